package org.cjsim.experiment;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.random.Seeds;

/** Design points of a sweep: a full grid, or a Latin hypercube sample of the axes' ranges. */
public final class SweepDesign {
    private SweepDesign() {}

    /** Every combination of the axes' grid values, the first axis varying slowest. */
    public static List<Map<String, Double>> grid(List<SweepAxis> axes) {
        List<Map<String, Double>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (SweepAxis axis : axes) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> p : points) {
                for (double v : axis.values()) {
                    Map<String, Double> q = new LinkedHashMap<>(p);
                    q.put(axis.path(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * {@code samples} points of a Latin hypercube over the axes' ranges (McKay, Beckman &amp; Conover 1979):
     * each axis's range is cut into {@code samples} equal strata, each stratum is used once, at a uniform
     * position within it; integer parameters are rounded.
     */
    public static List<Map<String, Double>> latinHypercube(List<SweepAxis> axes, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
        MersenneTwisterFast rng = new MersenneTwisterFast();
        rng.setSeed(new int[] {(int) seed, (int) (Seeds.mix(seed) >>> 32), 0x5eed, 0x1a7e});
        List<Map<String, Double>> points = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            points.add(new LinkedHashMap<>());
        }
        for (SweepAxis axis : axes) {
            int[] perm = new int[samples];
            for (int k = 0; k < samples; k++) {
                perm[k] = k;
            }
            for (int k = samples - 1; k > 0; k--) {
                int j = rng.nextInt(k + 1);
                int t = perm[k];
                perm[k] = perm[j];
                perm[j] = t;
            }
            for (int k = 0; k < samples; k++) {
                double u = (perm[k] + rng.nextDouble()) / samples;
                double v = axis.from() + u * (axis.to() - axis.from());
                points.get(k).put(axis.path(), axis.integer() ? Math.rint(v) : SweepAxis.round(v));
            }
        }
        return points;
    }
}

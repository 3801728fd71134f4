package org.cjsim.experiment;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How a strategy's paired difference to the reference spreads over plausible worlds ({@link Worlds}) and
 * random noise together: the share of worlds in which the strategy does better, and the 90% interval of the
 * difference in a single run.
 *
 * <p>Without worlds, each replication counts as a world of its own and the range covers random noise only.
 * With {@code M} worlds, replication {@code k} runs in world {@code k mod M}: a world's difference is the mean
 * of its replications' (with as many replications as worlds, one each), and the interval is taken over every
 * replication, so that it covers both the worlds and the noise.
 *
 * @param worlds the worlds compared: {@code min(M, replications)}, or the replications with a value when
 *     there are no worlds
 * @param overWorlds whether the study ran over plausible worlds (else the range covers noise only)
 * @param probBetter the share of worlds in which the mean difference is strictly better (higher or lower, as
 *     the metric prefers); NaN with no value
 * @param low the 5% quantile of the paired differences of single replications; NaN with no value
 * @param high the 95% quantile
 */
public record PlausibleRange(int worlds, boolean overWorlds, double probBetter, double low, double high) {

    /**
     * The range of {@code differences}, strategy minus reference by replication index from 0, in {@code
     * worldCount} worlds (0 for none); NaN differences are skipped.
     *
     * @param higherIsBetter whether a positive difference is better
     */
    public static PlausibleRange of(double[] differences, int worldCount, boolean higherIsBetter) {
        int groups = worldCount > 0 ? Math.min(worldCount, differences.length) : differences.length;
        double[] sum = new double[groups];
        int[] count = new int[groups];
        double[] values = new double[differences.length];
        int n = 0;
        for (int k = 0; k < differences.length; k++) {
            double d = differences[k];
            if (!Double.isNaN(d)) {
                sum[k % Math.max(1, groups)] += d;
                count[k % Math.max(1, groups)]++;
                values[n++] = d;
            }
        }
        int worlds = 0;
        int better = 0;
        for (int g = 0; g < groups; g++) {
            if (count[g] > 0) {
                worlds++;
                double mean = sum[g] / count[g];
                if (higherIsBetter ? mean > 0 : mean < 0) {
                    better++;
                }
            }
        }
        if (n == 0) {
            return new PlausibleRange(0, worldCount > 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] v = Arrays.copyOf(values, n);
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        return new PlausibleRange(
                worlds, worldCount > 0, (double) better / worlds, p.evaluate(v, 5), p.evaluate(v, 95));
    }
}

package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;

/**
 * One lever varied by a sweep: a numeric parameter from {@code from} to {@code to} (inclusive) in steps of
 * {@code step}. A Latin hypercube design uses only the range.
 *
 * @param path the parameter, e.g. {@code strategy.latitude}
 * @param from first value
 * @param to last value, at least {@code from}
 * @param step positive step (for a grid)
 */
public record SweepAxis(String path, double from, double to, double step) {

    public SweepAxis {
        ParamInfo info = Params.info(path)
                .orElseThrow(() -> new InvalidParameterException(
                        "--vary", "a parameter path such as strategy.latitude", "\"" + path + "\""));
        if (!info.numeric()) {
            throw new InvalidParameterException("--vary " + path, "a numeric parameter", info.allowed());
        }
        if (!(step > 0)) {
            throw new InvalidParameterException("--vary " + path + " step", "a positive number", Params.format(step));
        }
        if (!(from <= to)) {
            throw new InvalidParameterException(
                    "--vary " + path, "from <= to", Params.format(from) + ":" + Params.format(to));
        }
        for (double v : new double[] {from, to}) {
            if (v < info.min() || v > info.max()) {
                throw new InvalidParameterException(path, info.allowed(), Params.format(v));
            }
        }
    }

    /** The grid values: from, from + step, ... up to and including to (within a rounding tolerance). */
    public List<Double> values() {
        List<Double> v = new ArrayList<>();
        long n = (long) Math.floor((to - from) / step + 1e-9);
        for (long k = 0; k <= n; k++) {
            v.add(round(from + k * step));
        }
        return v;
    }

    /** Rounds away binary noise such as 0.30000000000000004. */
    static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    /** True for an integer parameter (values are rounded to whole numbers). */
    public boolean integer() {
        return Params.info(path).orElseThrow().type() == int.class;
    }
}

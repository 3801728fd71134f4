package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * One-at-a-time sensitivity analysis: each lever set to its low and its high value while every other
 * parameter keeps the base value, compared with the base on paired replications (the data of a tornado
 * chart). A lever's low and high values are its {@link org.cjsim.params.Param#low()} and {@link
 * org.cjsim.params.Param#high()}, or half and one and a half times the base value (within the valid range)
 * where those are not given; a boolean lever is switched off and on.
 */
public final class Sensitivity {
    private Sensitivity() {}

    /**
     * One lever's effect; a comparison is null when that end equals the base value (its difference is then
     * exactly zero).
     */
    public record Row(
            ParamInfo lever,
            Object baseValue,
            Object low,
            Object high,
            int replications,
            StrategyComparison lowComparison,
            StrategyComparison highComparison) {
        /** The paired difference of {@code metric} at the low value. */
        public PairedDifference lowDifference(SummaryMetric metric) {
            return lowComparison == null ? PairedDifference.zero(replications) : lowComparison.difference(metric);
        }

        /** The paired difference of {@code metric} at the high value. */
        public PairedDifference highDifference(SummaryMetric metric) {
            return highComparison == null ? PairedDifference.zero(replications) : highComparison.difference(metric);
        }

        /** The larger absolute mean difference of {@code metric} at the two ends (for sorting a tornado). */
        public double swing(SummaryMetric metric) {
            return Math.abs(
                    nz(highDifference(metric).mean()) - nz(lowDifference(metric).mean()));
        }

        private static double nz(double v) {
            return Double.isNaN(v) ? 0 : v;
        }
    }

    /** The result: the base and one row per lever, sorted by the swing in net contribution, largest first. */
    public record Result(ScenarioResult base, List<Row> rows) {}

    /** The low and high values of every lever for {@code base}, in declaration order. */
    public static Map<ParamInfo, Object[]> ends(ScenarioParams base, List<ParamInfo> levers) {
        Map<ParamInfo, Object[]> ends = new LinkedHashMap<>();
        for (ParamInfo lever : levers) {
            Object value = Params.get(base, lever.path());
            if (lever.type() == boolean.class) {
                ends.put(lever, new Object[] {false, true});
                continue;
            }
            double v = ((Number) value).doubleValue();
            double low = Double.isNaN(lever.low()) ? v * 0.5 : lever.low();
            double high = Double.isNaN(lever.high()) ? v * 1.5 : lever.high();
            low = Math.max(lever.min(), Math.min(lever.max(), low));
            high = Math.max(lever.min(), Math.min(lever.max(), high));
            if (lever.type() == int.class) {
                ends.put(lever, new Object[] {(int) Math.rint(low), (int) Math.rint(high)});
            } else {
                ends.put(lever, new Object[] {low, high});
            }
        }
        return ends;
    }

    /**
     * The scenarios a sensitivity analysis runs, in order: the base, then each lever's low and high variant,
     * leaving out variants equal to the base (their difference is exactly zero).
     */
    public static List<ScenarioParams> scenarios(ScenarioParams base, List<ParamInfo> levers) {
        List<ScenarioParams> scenarios = new ArrayList<>();
        scenarios.add(base);
        Map<String, ScenarioParams> variants = new LinkedHashMap<>();
        for (Map.Entry<ParamInfo, Object[]> e : ends(base, levers).entrySet()) {
            for (Object v : e.getValue()) {
                ScenarioParams s = variant(base, e.getKey(), v);
                if (s != null && !variants.containsKey(s.name())) {
                    variants.put(s.name(), s);
                    scenarios.add(s);
                }
            }
        }
        return scenarios;
    }

    /** Runs the base and every lever's low and high variant (variants equal to the base are not rerun). */
    public static Result run(
            ScenarioParams base,
            List<ParamInfo> levers,
            ExperimentSettings settings,
            ExperimentListener listener,
            List<ReplicationResult> done) {
        Map<ParamInfo, Object[]> ends = ends(base, levers);
        List<ScenarioParams> scenarios = scenarios(base, levers);
        ExperimentResult result = Experiment.run(scenarios, settings, listener, done);
        ScenarioResult baseResult = result.scenarios().get(0);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<ParamInfo, Object[]> e : ends.entrySet()) {
            ParamInfo lever = e.getKey();
            Object[] lh = e.getValue();
            rows.add(new Row(
                    lever,
                    Params.get(base, lever.path()),
                    lh[0],
                    lh[1],
                    baseResult.replications().size(),
                    comparison(result, baseResult, variant(base, lever, lh[0])),
                    comparison(result, baseResult, variant(base, lever, lh[1]))));
        }
        rows.sort((a, b) ->
                Double.compare(b.swing(SummaryMetric.NET_CONTRIBUTION), a.swing(SummaryMetric.NET_CONTRIBUTION)));
        return new Result(baseResult, List.copyOf(rows));
    }

    /** The base with {@code lever} at {@code value}, or null when that is the base value. */
    static ScenarioParams variant(ScenarioParams base, ParamInfo lever, Object value) {
        Object current = Params.get(base, lever.path());
        if (current.equals(value)) {
            return null;
        }
        ScenarioParams s = Params.with(base, lever.path(), value);
        String v = value instanceof Number n ? Params.format(n.doubleValue()) : String.valueOf(value);
        return s.named(base.name() + " " + lever.path() + "=" + v, base.description());
    }

    private static StrategyComparison comparison(ExperimentResult result, ScenarioResult base, ScenarioParams variant) {
        if (variant == null) {
            return null;
        }
        return StrategyComparison.of(base, result.scenario(variant.name()).orElseThrow());
    }
}

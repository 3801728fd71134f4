package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * One-at-a-time sensitivity analysis ({@code cjsim sensitivity}): each lever set to a low and a high value
 * while every other parameter keeps the base value, compared with the base on paired replications (the
 * data of a tornado chart).
 *
 * <p>The ends straddle the base, so that "low" always means less of the lever than the base and "high"
 * more. They are the lever's usual {@link org.cjsim.params.Param#low()} and {@link
 * org.cjsim.params.Param#high()} where those lie below and above the base. Where the base lies at or beyond
 * one of them (a scenario with less staff than the usual low, say), that end moves to the base minus (or
 * plus) half the usual range, within the valid range, and the row carries a {@link Ends#note() note}
 * saying so; at the edge of the valid range there is no end beyond the base. A lever without usual values
 * goes to half and one and a half times the base (within the valid range); a boolean lever is switched off
 * and on.
 *
 * <p>Each variant run knows its lever and end ({@link Variant}): the result pairs them with their runs by
 * position, not by name.
 *
 * @param base the scenario every lever is varied from
 * @param levers the levers varied, in declaration order, each once
 */
public record Sensitivity(ScenarioParams base, List<ParamInfo> levers) implements Study<Sensitivity.Result> {
    /** The study's {@link #key()}. */
    public static final String KEY = "sensitivity";

    /** @throws IllegalArgumentException if a lever is given twice */
    public Sensitivity {
        Objects.requireNonNull(base);
        levers = List.copyOf(levers);
        Set<String> paths = new HashSet<>();
        for (ParamInfo lever : levers) {
            if (!paths.add(lever.path())) {
                throw new IllegalArgumentException("the lever " + lever.path() + " is given twice");
            }
        }
    }

    /** Which end of a lever a variant is at. */
    public enum End {
        LOW,
        HIGH
    }

    /**
     * The base with one lever at one end: a scenario the analysis runs besides the base.
     *
     * @param lever the lever changed
     * @param end which end it is at
     * @param value the lever's value there
     * @param scenario the base with the lever at {@code value}
     */
    public record Variant(ParamInfo lever, End end, Object value, ScenarioParams scenario) {}

    /**
     * A lever's two ends for a base.
     *
     * @param low the value below the base, or the base itself where there is none
     * @param high the value above the base, or the base itself where there is none
     * @param note empty when the ends are the lever's usual low and high values; otherwise why one moved
     */
    public record Ends(Object low, Object high, String note) {}

    /**
     * One lever's effect; a comparison is null when that end equals the base value (its difference is then
     * exactly zero).
     *
     * @param note empty when the ends are the lever's usual values; otherwise why one moved ({@link Ends})
     */
    public record Row(
            ParamInfo lever,
            Object baseValue,
            Object low,
            Object high,
            int replications,
            StrategyComparison lowComparison,
            StrategyComparison highComparison,
            String note) {
        public Row {
            note = note == null ? "" : note;
        }

        /** A row whose ends are the lever's usual values (no note). */
        public Row(
                ParamInfo lever,
                Object baseValue,
                Object low,
                Object high,
                int replications,
                StrategyComparison lowComparison,
                StrategyComparison highComparison) {
            this(lever, baseValue, low, high, replications, lowComparison, highComparison, "");
        }

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

    /**
     * The result: one row per lever, sorted by the swing in net contribution, largest first.
     *
     * @param study what was run
     * @param experiment the base's result first, then each variant's ({@link #variants()}), in order
     * @param rows one per lever, largest swing in net contribution first
     */
    public record Result(Sensitivity study, ExperimentResult experiment, List<Row> rows) implements StudyResult {
        public Result {
            rows = List.copyOf(rows);
        }

        /** The base's result. */
        public ScenarioResult base() {
            return experiment.scenarios().get(0);
        }

        @Override
        public <T> T accept(StudyResult.Cases<T> cases) {
            return cases.sensitivity(this);
        }
    }

    /** The ends of every lever for {@code base}, in declaration order. */
    public static Map<ParamInfo, Ends> ends(ScenarioParams base, List<ParamInfo> levers) {
        Map<ParamInfo, Ends> ends = new LinkedHashMap<>();
        for (ParamInfo lever : levers) {
            ends.put(lever, ends(base, lever));
        }
        return ends;
    }

    /** The ends of {@code lever} for {@code base} (see the class comment). */
    public static Ends ends(ScenarioParams base, ParamInfo lever) {
        Object value = Params.get(base, lever.path());
        if (lever.type() == boolean.class) {
            return new Ends(false, true, "");
        }
        double v = ((Number) value).doubleValue();
        if (Double.isNaN(lever.low()) || Double.isNaN(lever.high())) {
            return ends(lever, v * 0.5, v * 1.5, "");
        }
        double usualLow = lever.low();
        double usualHigh = lever.high();
        double half = (usualHigh - usualLow) / 2;
        double low = usualLow < v ? usualLow : v - half;
        double high = usualHigh > v ? usualHigh : v + half;
        Ends ends = ends(lever, low, high, "");
        double lowEnd = ((Number) ends.low()).doubleValue();
        double highEnd = ((Number) ends.high()).doubleValue();
        String where = v < usualLow
                ? "below"
                : v == usualLow
                        ? "at the low end of"
                        : v > usualHigh ? "above" : v == usualHigh ? "at the high end of" : "";
        List<String> moved = new ArrayList<>();
        String valid = "the valid range [" + Params.format(lever.min()) + ", " + Params.format(lever.max()) + "]";
        if (lowEnd != usualLow) {
            moved.add(
                    lowEnd == v
                            ? "no low end (" + Params.format(v) + " is the smallest valid value)"
                            : "low end " + Params.format(lowEnd) + " (half the usual range below the base"
                                    + (lowEnd != round(v - half) ? ", cut to " + valid : "") + ")");
        }
        if (highEnd != usualHigh) {
            moved.add(
                    highEnd == v
                            ? "no high end (" + Params.format(v) + " is the largest valid value)"
                            : "high end " + Params.format(highEnd) + " (half the usual range above the base"
                                    + (highEnd != round(v + half) ? ", cut to " + valid : "") + ")");
        }
        String note = moved.isEmpty()
                ? ""
                : "the base " + Params.format(v) + " is " + where + " the usual range [" + Params.format(usualLow)
                        + ", " + Params.format(usualHigh) + "]: " + String.join(", ", moved);
        return new Ends(ends.low(), ends.high(), note);
    }

    /** {@code low} and {@code high} within the lever's valid range, whole numbers for an integer lever. */
    private static Ends ends(ParamInfo lever, double low, double high, String note) {
        low = Math.max(lever.min(), Math.min(lever.max(), round(low)));
        high = Math.max(lever.min(), Math.min(lever.max(), round(high)));
        if (lever.type() == int.class) {
            return new Ends((int) Math.rint(low), (int) Math.rint(high), note);
        }
        return new Ends(low, high, note);
    }

    /** {@code v} without binary noise such as 0.09999999999999998 (as {@link SweepAxis} rounds). */
    private static double round(double v) {
        return SweepAxis.round(v);
    }

    @Override
    public String key() {
        return KEY;
    }

    /**
     * The variants besides the base, in order: each lever's low then high end, leaving out ends equal to the
     * base value (their difference is exactly zero).
     */
    public List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        for (Map.Entry<ParamInfo, Ends> e : ends(base, levers).entrySet()) {
            ParamInfo lever = e.getKey();
            for (End end : End.values()) {
                Object value =
                        end == End.LOW ? e.getValue().low() : e.getValue().high();
                ScenarioParams s = variant(base, lever, value);
                if (s != null) {
                    variants.add(new Variant(lever, end, value, s));
                }
            }
        }
        return List.copyOf(variants);
    }

    /** A gatherer that follows every variant's paired daily differences to the base. */
    @Override
    public Gatherer gatherer(ExperimentSettings settings) {
        return new Gatherer(scenarios(), settings, base.name());
    }

    /** The scenarios the analysis runs, in order: the base, then each of {@link #variants()}. */
    @Override
    public List<ScenarioParams> scenarios() {
        List<ScenarioParams> scenarios = new ArrayList<>();
        scenarios.add(base);
        variants().forEach(v -> scenarios.add(v.scenario()));
        return scenarios;
    }

    /**
     * Compares each variant with the base, and gathers each lever's two ends into a row (an end equal to
     * the base has no comparison).
     */
    @Override
    public Result aggregate(ExperimentResult experiment) {
        List<Variant> variants = variants();
        List<ScenarioParams> scenarios = new ArrayList<>();
        scenarios.add(base);
        variants.forEach(v -> scenarios.add(v.scenario()));
        Study.requireScenarios(scenarios, experiment);
        ScenarioResult baseResult = experiment.scenarios().get(0);
        Map<ParamInfo, Map<End, StrategyComparison>> compared = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            compared.computeIfAbsent(v.lever(), l -> new EnumMap<>(End.class))
                    .put(
                            v.end(),
                            StrategyComparison.of(
                                    baseResult,
                                    experiment.scenarios().get(i + 1),
                                    experiment.settings().worlds().size()));
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<ParamInfo, Ends> e : ends(base, levers).entrySet()) {
            ParamInfo lever = e.getKey();
            Ends lh = e.getValue();
            Map<End, StrategyComparison> c = compared.getOrDefault(lever, Map.of());
            rows.add(new Row(
                    lever,
                    Params.get(base, lever.path()),
                    lh.low(),
                    lh.high(),
                    baseResult.replications().size(),
                    c.get(End.LOW),
                    c.get(End.HIGH),
                    lh.note()));
        }
        rows.sort((a, b) ->
                Double.compare(b.swing(SummaryMetric.NET_CONTRIBUTION), a.swing(SummaryMetric.NET_CONTRIBUTION)));
        return new Result(this, experiment, rows);
    }

    @Override
    public <T> T accept(Cases<T> cases) {
        return cases.sensitivity(this);
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
}

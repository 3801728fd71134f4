package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.Severity;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ScenarioParams;

/**
 * Every replication of one scenario, in replication order, and the statistics across them: of each summary
 * metric, of each daily metric day by day, and the pooled retention ladder.
 *
 * <p>Daily statistics are computed from the replications' daily series. A result gathered from more than
 * {@link DailyStatistics#KEPT_REPLICATIONS} replications ({@link Gatherer}) keeps the series of the first
 * ones only, and running means and variances of all: its means and confidence intervals cover every
 * replication, its 5% and 95% quantiles the replications kept.
 */
public final class ScenarioResult {
    private final ScenarioParams scenario;
    private final List<ReplicationResult> replications;
    private Map<SummaryMetric, MetricStatistics> summary;
    private final DailyMoments moments;
    private Map<DailyMetric, SeriesStatistics> daily;

    /**
     * A result whose daily statistics are computed from every replication's daily series.
     *
     * @param replications the replications of {@code scenario}, in any order
     */
    public ScenarioResult(ScenarioParams scenario, List<ReplicationResult> replications) {
        this(scenario, replications, null);
    }

    /**
     * @param moments the running statistics of the replications beyond those kept whole, or null when every
     *     replication kept its daily series
     */
    ScenarioResult(ScenarioParams scenario, List<ReplicationResult> replications, DailyMoments moments) {
        this.scenario = scenario;
        List<ReplicationResult> sorted = new ArrayList<>(replications);
        sorted.sort((a, b) -> Integer.compare(a.replication(), b.replication()));
        this.replications = Collections.unmodifiableList(sorted);
        this.moments = moments;
    }

    public ScenarioParams scenario() {
        return scenario;
    }

    public String name() {
        return scenario.name();
    }

    /** The replications, ordered by index. */
    public List<ReplicationResult> replications() {
        return replications;
    }

    /** The replication indices, in order. */
    public List<Integer> indices() {
        return replications.stream().map(ReplicationResult::replication).toList();
    }

    /** The values of {@code metric}, one per replication, in replication order. */
    public double[] values(SummaryMetric metric) {
        return replications.stream().mapToDouble(r -> r.get(metric)).toArray();
    }

    /** Statistics of {@code metric} over replications. */
    public MetricStatistics statistics(SummaryMetric metric) {
        return summary().get(metric);
    }

    /** Statistics of every summary metric. */
    public synchronized Map<SummaryMetric, MetricStatistics> summary() {
        if (summary == null) {
            Map<SummaryMetric, MetricStatistics> m = new EnumMap<>(SummaryMetric.class);
            for (SummaryMetric metric : SummaryMetric.values()) {
                m.put(metric, MetricStatistics.of(values(metric)));
            }
            summary = Collections.unmodifiableMap(m);
        }
        return summary;
    }

    /**
     * True when the daily statistics cover every replication: each kept its daily series, or was folded
     * into the running statistics with them.
     */
    public boolean hasDaily() {
        return !replications.isEmpty()
                && (moments == null || moments.complete())
                && kept().stream().allMatch(r -> r.run().daily() != null);
    }

    /** The replications whose daily series are kept: all of them, or the first ones of a long study. */
    private List<ReplicationResult> kept() {
        return moments == null ? replications : replications.subList(0, Math.min(replications.size(), moments.kept()));
    }

    /** Statistics of a daily metric over replications, day by day; null if daily series were not kept. */
    public SeriesStatistics daily(DailyMetric metric) {
        Map<DailyMetric, SeriesStatistics> d = daily();
        return d == null ? null : d.get(metric);
    }

    /** Statistics of every daily metric; null if daily series were not kept. */
    public synchronized Map<DailyMetric, SeriesStatistics> daily() {
        if (daily == null && hasDaily()) {
            Map<DailyMetric, SeriesStatistics> m = new EnumMap<>(DailyMetric.class);
            for (DailyMetric metric : DailyMetric.values()) {
                m.put(metric, series(metric));
            }
            daily = Collections.unmodifiableMap(m);
        }
        return daily;
    }

    private SeriesStatistics series(DailyMetric metric) {
        List<ReplicationResult> reps = kept();
        int days =
                reps.stream().mapToInt(r -> r.run().series(metric).length).min().orElse(0);
        SeriesStatistics exact = SeriesStatistics.of(
                reps.size(), days, (k, d) -> reps.get(k).run().series(metric)[d]);
        return moments == null ? exact : moments.get(metric, false, false).statistics(exact);
    }

    /**
     * Statistics of a daily metric as charts draw it: a stock day by day ({@link #daily(DailyMetric)}); a flow
     * or daily rate ({@link DailyStatistics#smoothed}) smoothed replication by replication by the centred
     * {@value DailyStatistics#SMOOTHING_DAYS}-day moving average before the statistics are taken.
     *
     * @throws IllegalStateException if the daily series were not kept ({@link #hasDaily()})
     */
    public SeriesStatistics smoothedDaily(DailyMetric metric) {
        requireDaily(this);
        if (!DailyStatistics.smoothed(metric)) {
            return daily(metric);
        }
        List<ReplicationResult> reps = kept();
        int days =
                reps.stream().mapToInt(r -> r.run().series(metric).length).min().orElse(0);
        double[][] smoothed = new double[reps.size()][];
        for (int k = 0; k < reps.size(); k++) {
            smoothed[k] = DailyStatistics.smooth(reps.get(k).run().series(metric), days);
        }
        SeriesStatistics exact = DailyStatistics.statistics(smoothed, days);
        return moments == null ? exact : moments.get(metric, true, false).statistics(exact);
    }

    /**
     * Strategy minus reference of a daily metric over replication pairs, day by day, over the days both sides
     * have: mean, 95% confidence interval of the mean, and 5% and 95% quantiles of single pairs (pairs with a
     * NaN on a day are skipped that day); with {@code smooth}, a flow or daily rate ({@link
     * DailyStatistics#smoothed}) has each pair's difference smoothed by the moving average first. Replications
     * are paired by their place in order, which is their index when both sides have the same replications (as
     * a comparison's do).
     *
     * @throws IllegalStateException if either side has no daily series, or {@code strategy} was gathered
     *     beyond the replications kept whole without following its differences to {@code reference}
     */
    public static SeriesStatistics difference(
            ScenarioResult reference, ScenarioResult strategy, DailyMetric metric, boolean smooth) {
        requireDaily(reference);
        requireDaily(strategy);
        boolean smoothed = smooth && DailyStatistics.smoothed(metric);
        double[][] pairs = pairs(reference.kept(), strategy.kept(), metric);
        int days = pairs.length == 0 ? 0 : pairs[0].length;
        SeriesStatistics exact;
        if (smoothed) {
            double[][] s = new double[pairs.length][];
            for (int k = 0; k < pairs.length; k++) {
                s[k] = DailyStatistics.movingAverage(pairs[k], days, DailyStatistics.SMOOTHING_DAYS);
            }
            exact = DailyStatistics.statistics(s, days);
        } else {
            exact = SeriesStatistics.of(pairs.length, days, (k, d) -> pairs[k][d]);
        }
        if (!hasDifference(reference, strategy)) {
            throw new IllegalStateException("the daily differences of " + strategy.name() + " beyond "
                    + strategy.kept().size() + " replications were followed against "
                    + (strategy.moments == null || strategy.moments.reference() == null
                            ? "no scenario"
                            : strategy.moments.reference())
                    + ", not "
                    + reference.name());
        }
        return strategy.moments == null
                ? exact
                : strategy.moments.get(metric, smoothed, true).statistics(exact);
    }

    /**
     * True when the paired daily differences of {@code strategy} to {@code reference} can be computed: both
     * have their daily series ({@link #hasDaily()}), and either every replication kept them, or {@code
     * strategy}'s differences to {@code reference} were followed beyond the replications kept whole.
     */
    public static boolean hasDifference(ScenarioResult reference, ScenarioResult strategy) {
        if (!reference.hasDaily() || !strategy.hasDaily()) {
            return false;
        }
        return strategy.moments == null && reference.moments == null
                || strategy.moments != null && reference.name().equals(strategy.moments.reference());
    }

    /**
     * Strategy minus reference of a daily metric, pair by pair (replications paired by their place in order),
     * over the days both sides of every pair have.
     */
    private static double[][] pairs(
            List<ReplicationResult> reference, List<ReplicationResult> strategy, DailyMetric metric) {
        int n = Math.min(reference.size(), strategy.size());
        int days = Integer.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            days = Math.min(days, reference.get(k).run().series(metric).length);
            days = Math.min(days, strategy.get(k).run().series(metric).length);
        }
        double[][] pairs = new double[n][n == 0 ? 0 : days];
        for (int k = 0; k < n; k++) {
            float[] a = strategy.get(k).run().series(metric);
            float[] b = reference.get(k).run().series(metric);
            for (int d = 0; d < pairs[k].length; d++) {
                pairs[k][d] = (double) a[d] - b[d];
            }
        }
        return pairs;
    }

    private static void requireDaily(ScenarioResult s) {
        if (!s.hasDaily()) {
            throw new IllegalStateException(
                    "scenario " + s.name() + " has no daily series: run the experiment with daily series kept");
        }
    }

    /** The retention ladder counts summed over replications. */
    public LadderCounts ladderCounts() {
        LadderCounts total = new LadderCounts();
        for (ReplicationResult r : replications) {
            total.addAll(r.run().ladder());
        }
        return total;
    }

    /**
     * The pooled retention ladder: for each group, one rung over both severities ({@code severity} null),
     * then one per severity class.
     */
    public List<LadderRung> ladder() {
        LadderCounts c = ladderCounts();
        List<LadderRung> rungs = new ArrayList<>();
        for (LadderGroup g : LadderGroup.values()) {
            rungs.add(LadderRung.of(g, null, c.entered(g), c.retained(g)));
            for (Severity s : Severity.values()) {
                if ((g == LadderGroup.NO_ISSUE) == (s == Severity.NONE)) {
                    rungs.add(LadderRung.of(g, s, c.entered(g, s), c.retained(g, s)));
                }
            }
        }
        return rungs;
    }
}

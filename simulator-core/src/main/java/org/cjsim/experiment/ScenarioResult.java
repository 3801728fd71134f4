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
 */
public final class ScenarioResult {
    private final ScenarioParams scenario;
    private final List<ReplicationResult> replications;
    private Map<SummaryMetric, MetricStatistics> summary;
    private Map<DailyMetric, SeriesStatistics> daily;

    /** @param replications the replications of {@code scenario}, in any order */
    public ScenarioResult(ScenarioParams scenario, List<ReplicationResult> replications) {
        this.scenario = scenario;
        List<ReplicationResult> sorted = new ArrayList<>(replications);
        sorted.sort((a, b) -> Integer.compare(a.replication(), b.replication()));
        this.replications = Collections.unmodifiableList(sorted);
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

    /** True when every replication kept its daily series. */
    public boolean hasDaily() {
        return !replications.isEmpty()
                && replications.stream().allMatch(r -> r.run().daily() != null);
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
        int days = replications.stream()
                .mapToInt(r -> r.run().series(metric).length)
                .min()
                .orElse(0);
        return SeriesStatistics.of(
                replications.size(), days, (k, d) -> replications.get(k).run().series(metric)[d]);
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

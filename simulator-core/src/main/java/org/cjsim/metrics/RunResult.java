package org.cjsim.metrics;

import java.util.Map;

/**
 * What one run of the model produced.
 *
 * @param summary the summary metrics, indexed by {@link SummaryMetric#ordinal()}
 * @param daily the daily series, {@code [DailyMetric.ordinal()][day]}, or null when not kept
 * @param ladder the retention ladder counts
 * @param streamSeeds the seed of every random stream the run used, by name
 */
public record RunResult(double[] summary, float[][] daily, LadderCounts ladder, Map<String, Long> streamSeeds) {

    /** The value of one summary metric. */
    public double get(SummaryMetric metric) {
        return summary[metric.ordinal()];
    }

    /** The daily series of one metric, or null when daily series were not kept. */
    public float[] series(DailyMetric metric) {
        return daily == null ? null : daily[metric.ordinal()];
    }

    /** The same result without the daily series, to save memory. */
    public RunResult withoutDaily() {
        return new RunResult(summary, null, ladder, streamSeeds);
    }
}

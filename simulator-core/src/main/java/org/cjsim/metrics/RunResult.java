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

    /**
     * The result of a scaled-down market reported at full size: money and counts multiplied by {@code scale}
     * (every simulated person stands for {@code scale} real ones); shares, rates, scores, days and ratios
     * unchanged. The ladder's counts stay as simulated (only their rates are reported).
     */
    public RunResult scaled(double scale) {
        if (scale == 1) {
            return this;
        }
        double[] s = summary.clone();
        for (SummaryMetric m : SummaryMetric.values()) {
            if (m.unit().extensive()) {
                s[m.ordinal()] *= scale;
            }
        }
        float[][] d = null;
        if (daily != null) {
            d = new float[daily.length][];
            for (DailyMetric m : DailyMetric.values()) {
                float[] x = daily[m.ordinal()].clone();
                if (m.unit().extensive()) {
                    for (int k = 0; k < x.length; k++) {
                        x[k] *= (float) scale;
                    }
                }
                d[m.ordinal()] = x;
            }
        }
        return new RunResult(s, d, ladder, streamSeeds);
    }

    /** The same result without the daily series, to save memory. */
    public RunResult withoutDaily() {
        return new RunResult(summary, null, ladder, streamSeeds);
    }
}

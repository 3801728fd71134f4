package org.cjsim.experiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.cjsim.metrics.DailyMetric;

/**
 * How daily series are summarised over replications: which metrics are smoothed, the moving average that
 * smooths them, the statistics taken day by day, and how many replications' series are kept whole.
 *
 * <p>Stocks (customers, cumulative money, NPS, headcount...) are read day by day. Flows and daily rates
 * (revenue per day, resolution time of the cases closed that day...) are noisy from one day to the next:
 * each replication's series is smoothed by a centred {@value #SMOOTHING_DAYS}-day moving average before the
 * statistics are taken, so that a band is the confidence interval of the smoothed mean.
 *
 * <p>Memory: the daily series of the first {@value #KEPT_REPLICATIONS} replications of each scenario are
 * kept whole, and every statistic of a study with at most that many replications is computed exactly from
 * them. Beyond, each further replication is folded, in index order, into running means and variances
 * (Welford's method) and its series dropped, so that a study's memory does not grow with its replications:
 * means and confidence intervals still cover every replication, while the 5% and 95% quantiles of single
 * runs are those of the first {@value #KEPT_REPLICATIONS}.
 */
public final class DailyStatistics {
    /** Width of the moving average of flows, in days. */
    public static final int SMOOTHING_DAYS = 30;

    /**
     * Replications per scenario whose daily series are kept whole; the 5% and 95% quantiles of a study with
     * more are estimated from these.
     */
    public static final int KEPT_REPLICATIONS = 100;

    /** The metrics read day by day: stocks read at the end of the day. */
    public static final Set<DailyMetric> STOCKS = Collections.unmodifiableSet(EnumSet.of(
            DailyMetric.UNAWARE,
            DailyMetric.AWARE,
            DailyMetric.CUSTOMERS,
            DailyMetric.CHURNED,
            DailyMetric.ADVOCATES,
            DailyMetric.REPEAT_CUSTOMERS,
            DailyMetric.CUMULATIVE_NET_CONTRIBUTION,
            DailyMetric.CUMULATIVE_NPV,
            DailyMetric.NPS,
            DailyMetric.MEAN_SATISFACTION,
            DailyMetric.PROMOTERS,
            DailyMetric.PASSIVES,
            DailyMetric.DETRACTORS,
            DailyMetric.QUEUE_LENGTH,
            DailyMetric.HEADCOUNT,
            DailyMetric.VACANCIES,
            DailyMetric.MEAN_STRESS,
            DailyMetric.MEAN_SKILL,
            DailyMetric.ISSUE_FACTOR));

    private DailyStatistics() {}

    /** True when {@code metric} is smoothed (a flow or daily rate). */
    public static boolean smoothed(DailyMetric metric) {
        return !STOCKS.contains(metric);
    }

    /** The centred moving average of the first {@code days} values, skipping NaN (NaN where all are). */
    public static double[] movingAverage(double[] values, int days, int window) {
        int before = window / 2;
        int after = window - 1 - before;
        double[] out = new double[days];
        double sum = 0;
        int count = 0;
        int from = 0;
        int to = -1;
        for (int d = 0; d < days; d++) {
            int wantFrom = Math.max(0, d - before);
            int wantTo = Math.min(days - 1, d + after);
            while (to < wantTo) {
                to++;
                if (!Double.isNaN(values[to])) {
                    sum += values[to];
                    count++;
                }
            }
            while (from < wantFrom) {
                if (!Double.isNaN(values[from])) {
                    sum -= values[from];
                    count--;
                }
                from++;
            }
            out[d] = count == 0 ? Double.NaN : sum / count;
        }
        return out;
    }

    /** {@code series} as doubles, smoothed by the {@value #SMOOTHING_DAYS}-day moving average over {@code days} days. */
    static double[] smooth(float[] series, int days) {
        double[] values = new double[series.length];
        for (int d = 0; d < series.length; d++) {
            values[d] = series[d];
        }
        return movingAverage(values, days, SMOOTHING_DAYS);
    }

    /**
     * Mean, 95% confidence interval and the 5% and 95% quantiles (type 7) across {@code series}, one per
     * replication, day by day over the first {@code days} days; NaN values are skipped.
     */
    public static SeriesStatistics statistics(double[][] series, int days) {
        double[] mean = new double[days];
        double[] lo = new double[days];
        double[] hi = new double[days];
        double[] p05 = new double[days];
        double[] p95 = new double[days];
        double[] column = new double[series.length];
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < series.length; k++) {
                column[k] = series[k][d];
            }
            MetricStatistics st = MetricStatistics.of(column);
            mean[d] = st.mean();
            lo[d] = st.n() < 2 ? st.mean() : st.ciLow();
            hi[d] = st.n() < 2 ? st.mean() : st.ciHigh();
            double[] present =
                    Arrays.stream(column).filter(v -> !Double.isNaN(v)).sorted().toArray();
            p05[d] = quantile(present, 0.05);
            p95[d] = quantile(present, 0.95);
        }
        return new SeriesStatistics(mean, lo, hi, p05, p95);
    }

    /** The type-7 quantile (linear interpolation between order statistics) of sorted values; NaN if none. */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

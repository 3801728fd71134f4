package org.cjsim.charts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A daily metric over the run, one line per strategy (the mean over replications) with its 95% confidence
 * band shaded (cut at the metric's natural bounds, e.g. 0 days). Stocks (customers, cumulative money, NPS, headcount...) are drawn day by day; flows and daily
 * rates (revenue per day, resolution time of the cases closed that day...) are smoothed with a centred
 * 30-day moving average of each replication before the statistics are taken, so that the band is the
 * confidence interval of the smoothed mean, and the subtitle says so.
 */
public final class TimeSeriesChart {
    /** Width of the moving average of flows, in days. */
    public static final int SMOOTHING_DAYS = 30;

    /** The metrics drawn day by day: stocks read at the end of the day. */
    public static final Set<DailyMetric> STOCKS = EnumSet.of(
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
            DailyMetric.ISSUE_FACTOR);

    /** The unit of the time axis. */
    public enum TimeUnit {
        /** Day 1 to the last day. */
        DAYS,
        /** Years since the start. */
        YEARS,
        /** Years for runs of two years or more, days otherwise. */
        AUTO
    }

    private TimeSeriesChart() {}

    /**
     * The lowest value a metric of {@code unit} can take: 0 for counts, durations, shares and points, where
     * a t-interval from few replications could otherwise reach below it; none for money and scores.
     */
    static double floor(MetricUnit unit) {
        return switch (unit) {
            case COUNT, DAYS, HOURS, SHARE, POINTS -> 0;
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    /** True when {@code metric} is smoothed (a flow or daily rate). */
    public static boolean smoothed(DailyMetric metric) {
        return !STOCKS.contains(metric);
    }

    /**
     * The chart of {@code metric} for {@code scenarios}.
     *
     * @throws IllegalArgumentException if a scenario has no daily series (the experiment did not keep them)
     */
    public static JFreeChart create(
            List<ScenarioResult> scenarios, DailyMetric metric, ChartContext context, TimeUnit unit) {
        for (ScenarioResult s : scenarios) {
            if (!s.hasDaily()) {
                throw new IllegalArgumentException("scenario " + s.name()
                        + " has no daily series: run the experiment with daily series kept to draw a time series");
            }
        }
        Palette palette =
                Palette.of(scenarios.stream().map(ScenarioResult::name).toList());
        double floor = floor(metric.unit());
        double ceiling = metric.unit() == MetricUnit.SHARE
                ? 1
                : metric.unit() == MetricUnit.POINTS ? 10 : Double.POSITIVE_INFINITY;
        List<String> names = new ArrayList<>();
        List<SeriesStatistics> stats = new ArrayList<>();
        for (ScenarioResult s : scenarios) {
            names.add(s.name());
            stats.add(smoothed(metric) ? smooth(s, metric, SMOOTHING_DAYS) : s.daily(metric));
        }
        List<LegendItem> legend = new ArrayList<>();
        String name = Labels.name(metric);
        NumberAxis y = new NumberAxis(Labels.axis(name, metric.unit()));
        y.setNumberFormatOverride(UnitFormat.axis(metric.unit(), context.currency()));
        y.setAutoRangeIncludesZero(metric.unit() == MetricUnit.COUNT || metric.unit() == MetricUnit.CURRENCY);
        XYPlot plot = bandPlot(names, stats, palette, floor, ceiling, unit, y, legend);
        if (metric.unit() == MetricUnit.CURRENCY || metric.unit() == MetricUnit.SCORE) {
            plot.addRangeMarker(Theme.zeroLine(0, null, false));
        }

        String subtitle = "Mean of " + context.runs() + " per strategy"
                + (smoothed(metric) ? ", " + SMOOTHING_DAYS + "-day moving average" : "")
                + "; shaded: 95% confidence interval";
        String title =
                name + (name.toLowerCase(java.util.Locale.ROOT).contains("time") ? " through the run" : " over time");
        return Theme.chart(title, subtitle, context, plot, true, Theme.legend(legend));
    }

    /**
     * A plot of one line per series, the mean day by day (day 1 first), with its 95% band shaded (cut at
     * {@code floor} and {@code ceiling}), each in its colour of {@code palette}, on a time axis in days or, for
     * two years and more with {@link TimeUnit#AUTO}, in years; adds each line's legend item to {@code legend}.
     */
    static XYPlot bandPlot(
            List<String> names,
            List<SeriesStatistics> stats,
            Palette palette,
            double floor,
            double ceiling,
            TimeUnit unit,
            NumberAxis y,
            List<LegendItem> legend) {
        int days = stats.stream().mapToInt(SeriesStatistics::days).max().orElse(0);
        boolean years = unit == TimeUnit.YEARS || unit == TimeUnit.AUTO && days >= 730;
        double xScale = years ? 1 / 365.0 : 1;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.16f);
        for (int i = 0; i < names.size(); i++) {
            SeriesStatistics st = stats.get(i);
            YIntervalSeries series = new YIntervalSeries(names.get(i), false, true);
            for (int d = 0; d < st.days(); d++) {
                double mean = st.mean()[d];
                if (Double.isNaN(mean)) {
                    continue;
                }
                double lo = Double.isNaN(st.ciLow()[d]) ? mean : Math.max(st.ciLow()[d], floor);
                double hi = Double.isNaN(st.ciHigh()[d]) ? mean : Math.min(st.ciHigh()[d], ceiling);
                series.add((d + 1) * xScale, mean, lo, hi);
            }
            data.addSeries(series);
            java.awt.Color colour = palette.colour(names.get(i));
            renderer.setSeriesPaint(i, Palette.forLine(colour));
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, Theme.LINE);
            legend.add(Theme.line(names.get(i), Palette.forLine(colour)));
        }
        NumberAxis x = new NumberAxis(years ? "Years since the start" : "Day");
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0.01);
        if (years) {
            x.setRange(0, Math.max(days / 365.0, 0.1));
            x.setTickUnit(new NumberTickUnit(days / 365.0 > 5 ? 1 : 0.5, new java.text.DecimalFormat("0.#")));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Theme.style(plot);
        return plot;
    }

    /**
     * Statistics of the centred {@code window}-day moving average of {@code metric}: each replication's
     * series is averaged over the days around each day (fewer at the ends; days without a value are
     * skipped), then mean, 95% confidence interval and the 5% and 95% quantiles (type 7, as in the core)
     * are taken across replications day by day.
     */
    public static SeriesStatistics smooth(ScenarioResult s, DailyMetric metric, int window) {
        List<ReplicationResult> reps = s.replications();
        int days =
                reps.stream().mapToInt(r -> r.run().series(metric).length).min().orElse(0);
        double[][] smoothed = new double[reps.size()][];
        for (int k = 0; k < reps.size(); k++) {
            float[] series = reps.get(k).run().series(metric);
            double[] values = new double[series.length];
            for (int d = 0; d < series.length; d++) {
                values[d] = series[d];
            }
            smoothed[k] = movingAverage(values, days, window);
        }
        return statistics(smoothed, days);
    }

    /**
     * Mean, 95% confidence interval and the 5% and 95% quantiles (type 7, as in the core) across {@code
     * series}, one per replication, day by day over the first {@code days} days; NaN values are skipped.
     */
    static SeriesStatistics statistics(double[][] series, int days) {
        double[][] smoothed = series;
        double[] mean = new double[days];
        double[] lo = new double[days];
        double[] hi = new double[days];
        double[] p05 = new double[days];
        double[] p95 = new double[days];
        double[] column = new double[smoothed.length];
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < smoothed.length; k++) {
                column[k] = smoothed[k][d];
            }
            MetricStatistics st = MetricStatistics.of(column);
            mean[d] = st.mean();
            lo[d] = st.n() < 2 ? st.mean() : st.ciLow();
            hi[d] = st.n() < 2 ? st.mean() : st.ciHigh();
            double[] present = java.util.Arrays.stream(column)
                    .filter(v -> !Double.isNaN(v))
                    .sorted()
                    .toArray();
            p05[d] = quantile(present, 0.05);
            p95[d] = quantile(present, 0.95);
        }
        return new SeriesStatistics(mean, lo, hi, p05, p95);
    }

    /** The type-7 quantile (linear interpolation between order statistics) of sorted values; NaN if none. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The centred moving average of the first {@code days} values, skipping NaN (NaN where all are). */
    static double[] movingAverage(double[] values, int days, int window) {
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
}

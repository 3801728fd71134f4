package org.cjsim.charts;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.DailyStatistics;
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
    /** Width of the moving average of flows, in days ({@link DailyStatistics#SMOOTHING_DAYS}). */
    public static final int SMOOTHING_DAYS = DailyStatistics.SMOOTHING_DAYS;

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

    /** True when {@code metric} is smoothed (a flow or daily rate): {@link DailyStatistics#smoothed}. */
    public static boolean smoothed(DailyMetric metric) {
        return DailyStatistics.smoothed(metric);
    }

    /**
     * The reference followed by the strategies, once each has been checked to have its daily series.
     *
     * @param noStrategy the message when there is no strategy besides the reference
     * @param what what the daily series are needed for, e.g. "draw differences"
     * @throws IllegalArgumentException if there is no strategy, or a scenario has no daily series
     */
    static List<ScenarioResult> referenceAndStrategies(
            ScenarioResult reference, List<ScenarioResult> strategies, String noStrategy, String what) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException(noStrategy);
        }
        List<ScenarioResult> all = new ArrayList<>();
        all.add(reference);
        all.addAll(strategies);
        for (ScenarioResult s : all) {
            if (!s.hasDaily()) {
                throw new IllegalArgumentException("scenario " + s.name()
                        + " has no daily series: run the experiment with daily series kept to " + what);
            }
        }
        return all;
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
            stats.add(s.smoothedDaily(metric));
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
}

package org.cjsim.charts;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A daily metric as each strategy's paired difference to the reference over the run: one line per strategy
 * (the mean over replication pairs, common random numbers) with its 95% confidence band, and the zero line
 * of the reference. Where the levels of several strategies lie close together (resolution time, NPS), the
 * differences show what the levels hide. Flows and daily rates are smoothed as in {@link TimeSeriesChart}:
 * each pair's difference by a centred moving average before the statistics are taken.
 */
public final class DifferenceChart {
    private DifferenceChart() {}

    /**
     * The chart of {@code metric}, each of {@code strategies} minus {@code reference}.
     *
     * @throws IllegalArgumentException if a scenario has no daily series, or there is no strategy
     */
    public static JFreeChart create(
            ScenarioResult reference,
            List<ScenarioResult> strategies,
            DailyMetric metric,
            ChartContext context,
            TimeSeriesChart.TimeUnit unit) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("a difference chart needs a strategy besides the reference");
        }
        List<ScenarioResult> all = new ArrayList<>();
        all.add(reference);
        all.addAll(strategies);
        for (ScenarioResult s : all) {
            if (!s.hasDaily()) {
                throw new IllegalArgumentException("scenario " + s.name()
                        + " has no daily series: run the experiment with daily series kept to draw differences");
            }
        }
        Palette palette = Palette.of(all.stream().map(ScenarioResult::name).toList());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.16f);
        List<LegendItem> legend = new ArrayList<>();
        int days = 0;
        for (ScenarioResult s : strategies) {
            days = Math.max(days, difference(reference, s, metric).days());
        }
        boolean years = unit == TimeSeriesChart.TimeUnit.YEARS || unit == TimeSeriesChart.TimeUnit.AUTO && days >= 730;
        double xScale = years ? 1 / 365.0 : 1;
        int i = 0;
        for (ScenarioResult s : strategies) {
            SeriesStatistics st = difference(reference, s, metric);
            YIntervalSeries series = new YIntervalSeries(s.name(), false, true);
            for (int d = 0; d < st.days(); d++) {
                double mean = st.mean()[d];
                if (!Double.isNaN(mean)) {
                    double lo = Double.isNaN(st.ciLow()[d]) ? mean : st.ciLow()[d];
                    double hi = Double.isNaN(st.ciHigh()[d]) ? mean : st.ciHigh()[d];
                    series.add((d + 1) * xScale, mean, lo, hi);
                }
            }
            data.addSeries(series);
            java.awt.Color colour = palette.colour(s.name());
            renderer.setSeriesPaint(i, Palette.forLine(colour));
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, Theme.LINE);
            legend.add(Theme.line(s.name(), Palette.forLine(colour)));
            i++;
        }

        NumberAxis x = new NumberAxis(years ? "Years since the start" : "Day");
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0.01);
        if (years) {
            x.setRange(0, Math.max(days / 365.0, 0.1));
            x.setTickUnit(new NumberTickUnit(days / 365.0 > 5 ? 1 : 0.5, new java.text.DecimalFormat("0.#")));
        }
        String name = Labels.name(metric);
        NumberAxis y = new NumberAxis(Labels.axis("Difference in " + Labels.lower(name), metric.unit()));
        y.setNumberFormatOverride(UnitFormat.differenceAxis(metric.unit(), context.currency()));
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Theme.style(plot);
        plot.addRangeMarker(Theme.zeroLine(0, null, false));

        String subtitle = "Each strategy minus " + reference.name() + ", paired; mean of " + context.runs()
                + (TimeSeriesChart.smoothed(metric)
                        ? ", " + TimeSeriesChart.SMOOTHING_DAYS + "-day moving average"
                        : "")
                + "; shaded: 95% confidence interval";
        return Theme.chart(
                name + ": difference to " + reference.name(), subtitle, context, plot, true, Theme.legend(legend));
    }

    /**
     * The paired difference of {@code metric}, strategy minus reference, day by day: as it is for a stock; for a
     * flow or daily rate, each pair's difference smoothed by the centred moving average of {@link
     * TimeSeriesChart} first.
     */
    static SeriesStatistics difference(ScenarioResult reference, ScenarioResult strategy, DailyMetric metric) {
        if (!TimeSeriesChart.smoothed(metric)) {
            return BusinessCase.difference(reference, strategy, metric);
        }
        int n = Math.min(
                reference.replications().size(), strategy.replications().size());
        int days = Integer.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            days = Math.min(days, reference.replications().get(k).run().series(metric).length);
            days = Math.min(days, strategy.replications().get(k).run().series(metric).length);
        }
        days = n == 0 ? 0 : days;
        double[][] smoothed = new double[n][];
        for (int k = 0; k < n; k++) {
            float[] a = strategy.replications().get(k).run().series(metric);
            float[] b = reference.replications().get(k).run().series(metric);
            float[] diff = new float[days];
            for (int d = 0; d < days; d++) {
                diff[d] = a[d] - b[d];
            }
            smoothed[k] = TimeSeriesChart.movingAverage(diff, days, TimeSeriesChart.SMOOTHING_DAYS);
        }
        return TimeSeriesChart.statistics(smoothed, days);
    }
}

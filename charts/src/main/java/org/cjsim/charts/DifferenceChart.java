package org.cjsim.charts;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

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
        List<ScenarioResult> all = TimeSeriesChart.referenceAndStrategies(
                reference, strategies, "a difference chart needs a strategy besides the reference", "draw differences");
        Palette palette = Palette.of(all.stream().map(ScenarioResult::name).toList());
        List<String> names = new ArrayList<>();
        List<SeriesStatistics> stats = new ArrayList<>();
        for (ScenarioResult s : strategies) {
            names.add(s.name());
            stats.add(difference(reference, s, metric));
        }
        String name = Labels.name(metric);
        NumberAxis y = new NumberAxis(Labels.axis("Difference in " + Labels.lower(name), metric.unit()));
        y.setNumberFormatOverride(UnitFormat.differenceAxis(metric.unit(), context.currency()));
        y.setAutoRangeIncludesZero(true);
        List<LegendItem> legend = new ArrayList<>();
        XYPlot plot = TimeSeriesChart.bandPlot(
                names, stats, palette, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, unit, y, legend);
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
     * flow or daily rate, each pair's difference smoothed by the centred moving average first.
     */
    static SeriesStatistics difference(ScenarioResult reference, ScenarioResult strategy, DailyMetric metric) {
        return ScenarioResult.difference(reference, strategy, metric, true);
    }
}

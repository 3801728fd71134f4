package org.cjsim.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * A daily metric over time as small multiples: one panel per strategy, its line and 95% band in its colour
 * over the reference's in grey, every panel on the same scale. Where the time series of every strategy in
 * one plot is spaghetti, each panel compares one strategy with the reference. Lines as in {@link
 * TimeSeriesChart}: flows and daily rates smoothed by a centred {@value TimeSeriesChart#SMOOTHING_DAYS}-day
 * moving average.
 */
public final class TimeSeriesPanelsChart {
    private static final BasicStroke REFERENCE_LINE =
            new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private TimeSeriesPanelsChart() {}

    /**
     * The panels of {@code metric}: one per scenario of {@code strategies}, each over {@code reference}.
     *
     * @throws IllegalArgumentException if a scenario has no daily series or there is no strategy
     */
    public static JFreeChart create(
            ScenarioResult reference,
            List<ScenarioResult> strategies,
            DailyMetric metric,
            ChartContext context,
            TimeSeriesChart.TimeUnit unit) {
        List<ScenarioResult> all = TimeSeriesChart.referenceAndStrategies(
                reference, strategies, "small multiples need a strategy besides the reference", "draw a time series");
        Palette palette = Palette.of(all.stream().map(ScenarioResult::name).toList());
        double floor = TimeSeriesChart.floor(metric.unit());
        double ceiling = metric.unit() == MetricUnit.SHARE
                ? 1
                : metric.unit() == MetricUnit.POINTS ? 10 : Double.POSITIVE_INFINITY;
        SeriesStatistics ref = statistics(reference, metric);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<SeriesStatistics> stats = new ArrayList<>();
        for (ScenarioResult s : all) {
            SeriesStatistics st = statistics(s, metric);
            stats.add(st);
            for (int d = 0; d < st.days(); d++) {
                for (double v : new double[] {st.mean()[d], st.ciLow()[d], st.ciHigh()[d]}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, Math.max(v, floor));
                        hi = Math.max(hi, Math.min(v, ceiling));
                    }
                }
            }
        }
        if (metric.unit().extensive()) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.05;
        List<SmallMultiplesPlot.Panel> panels = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            ScenarioResult s = strategies.get(i);
            NumberAxis y = new NumberAxis();
            y.setNumberFormatOverride(UnitFormat.axis(metric.unit(), context.currency()));
            y.setRange(metric.unit().extensive() && lo >= 0 ? 0 : lo - pad, hi + pad);
            XYPlot plot = TimeSeriesChart.bandPlot(
                    List.of(reference.name(), s.name()),
                    List.of(ref, stats.get(i + 1)),
                    palette,
                    floor,
                    ceiling,
                    unit,
                    y,
                    new ArrayList<LegendItem>());
            XYItemRenderer r = plot.getRenderer();
            r.setSeriesPaint(0, Palette.GREY);
            r.setSeriesFillPaint(0, Palette.LIGHT_GREY);
            r.setSeriesStroke(0, REFERENCE_LINE);
            if (metric.unit() == MetricUnit.CURRENCY || metric.unit() == MetricUnit.SCORE) {
                plot.addRangeMarker(Theme.zeroLine(0, null, false));
            }
            panels.add(new SmallMultiplesPlot.Panel(s.name(), Palette.forLine(palette.colour(s.name())), plot));
        }
        int columns = SmallMultiplesPlot.columnsFor(strategies.size());
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        FontMetrics ticks = g.getFontMetrics(Theme.font(Font.PLAIN, Theme.TICK_SIZE));
        UnitFormat axis = UnitFormat.axis(metric.unit(), context.currency());
        double left = Math.max(ticks.stringWidth(axis.format(lo - pad)), ticks.stringWidth(axis.format(hi + pad))) + 36;
        double bottom = ticks.getHeight() + 24;
        g.dispose();
        String name = Labels.name(metric);
        boolean years =
                unit == TimeSeriesChart.TimeUnit.YEARS || unit == TimeSeriesChart.TimeUnit.AUTO && ref.days() >= 730;
        String subtitle = Labels.axis(name, metric.unit()) + " by " + (years ? "year since the start" : "day")
                + "; each strategy over " + reference.name() + " (grey); mean of " + context.runs()
                + (TimeSeriesChart.smoothed(metric)
                        ? ", " + TimeSeriesChart.SMOOTHING_DAYS + "-day moving average"
                        : "")
                + "; shaded: 95% confidence interval; same scale in every panel";
        return Theme.chart(
                name + ": each strategy against " + reference.name(),
                subtitle,
                context,
                new SmallMultiplesPlot(panels, columns, left, bottom),
                false,
                null);
    }

    private static SeriesStatistics statistics(ScenarioResult s, DailyMetric metric) {
        return s.smoothedDaily(metric);
    }
}

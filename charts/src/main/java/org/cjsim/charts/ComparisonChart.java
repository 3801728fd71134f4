package org.cjsim.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/**
 * Strategy comparison: each strategy's difference to the reference in one summary metric, mean of paired
 * replications with its 95% confidence interval as a whisker, sorted from the largest difference down.
 * A significant difference (p &lt; 0.05, the interval excludes zero) is a solid bar in the strategy's colour,
 * a non-significant one a hollow bar outlined in it, labelled "n.s."; the legend says so.
 */
public final class ComparisonChart {
    /** The series key of the single series. */
    public static final String SERIES = "difference";

    private ComparisonChart() {}

    /** The chart of every strategy of {@code result} against {@code reference}. */
    public static JFreeChart create(
            ExperimentResult result, String reference, SummaryMetric metric, ChartContext context) {
        Palette palette =
                Palette.of(result.scenarios().stream().map(ScenarioResult::name).toList());
        return create(result.comparisons(reference), reference, metric, palette, context);
    }

    /**
     * The chart of {@code comparisons}, all against {@code reference}.
     *
     * @param palette the colours of the strategies
     */
    public static JFreeChart create(
            List<StrategyComparison> comparisons,
            String reference,
            SummaryMetric metric,
            Palette palette,
            ChartContext context) {
        List<StrategyComparison> sorted = new ArrayList<>(comparisons);
        sorted.sort(Comparator.comparingDouble(
                        (StrategyComparison c) -> orLowest(c.difference(metric).mean()))
                .reversed());
        UnitFormat label = UnitFormat.differenceLabel(metric.unit(), context.currency());

        BarDataset data = new BarDataset();
        for (StrategyComparison c : sorted) {
            PairedDifference d = c.difference(metric);
            boolean significant = d.significant();
            String text = label.text(d.mean()) + (significant ? "" : "  n.s.");
            data.add(
                    SERIES,
                    c.scenario(),
                    new BarItem(
                            0,
                            d.mean(),
                            d.ciLow(),
                            d.ciHigh(),
                            palette.colour(c.scenario()),
                            !significant,
                            text,
                            null));
        }

        RangeBarRenderer renderer = new RangeBarRenderer(false);
        renderer.setMaximumBarWidth(0.11);
        String name = Labels.name(metric);
        NumberAxis valueAxis =
                new NumberAxis(Labels.axis("Difference in " + Labels.lower(name) + " vs " + reference, metric.unit()));
        valueAxis.setNumberFormatOverride(UnitFormat.differenceAxis(metric.unit(), context.currency()));
        valueAxis.setUpperMargin(0.16);
        valueAxis.setLowerMargin(0.16);
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setCategoryMargin(0.3);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        plot.addRangeMarker(Theme.zeroLine(0, null, true));

        String subtitle = "Strategy minus " + reference + ", mean of " + context.runs()
                + ", paired; whiskers: 95% confidence interval";
        return Theme.chart(
                name + ": difference to " + reference,
                subtitle,
                context,
                plot,
                true,
                Theme.legend(List.of(
                        Theme.box("Significant (p < 0.05)", Palette.DARK_GREY),
                        Theme.hollowBox("Not significant (n.s.)", Palette.DARK_GREY))));
    }

    private static double orLowest(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}

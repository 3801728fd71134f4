package org.cjsim.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/**
 * Tornado of a one-at-a-time sensitivity analysis: for each lever, the difference to the base when the
 * lever is at its low value (sky blue) and at its high value (blue), levers sorted by swing (the distance
 * between the two ends) with the largest at the top. Both ends sit on the lever's row; when both fall on the
 * same side the shorter is drawn over the longer, with its value inside it where it fits, else beyond the
 * longer one, the two values stacked one per line, each after a square in its end's colour: every end keeps
 * its value. Non-significant ends are hollow. Levers whose variants
 * were not run (both ends equal to the base) are left out.
 */
public final class TornadoChart {
    /** Series key of the low ends. */
    public static final String LOW = "Lever at its low value";
    /** Series key of the high ends. */
    public static final String HIGH = "Lever at its high value";

    private TornadoChart() {}

    /** The tornado of {@code result} in {@code metric}. */
    public static JFreeChart create(Sensitivity.Result result, SummaryMetric metric, ChartContext context) {
        List<Sensitivity.Row> rows = new ArrayList<>();
        for (Sensitivity.Row row : result.rows()) {
            // A lever whose ends both equal the base value was not varied: leave it out.
            if (row.lowComparison() != null || row.highComparison() != null) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingDouble((Sensitivity.Row r) -> r.swing(metric))
                .reversed());

        UnitFormat label = UnitFormat.differenceLabel(metric.unit(), context.currency());
        BarDataset data = new BarDataset();
        for (Sensitivity.Row row : rows) {
            String key = Labels.lever(row.lever()) + ": " + Labels.value(row.low()) + " / " + Labels.value(row.high())
                    + "  (base " + Labels.value(row.baseValue()) + ")";
            PairedDifference low = row.lowDifference(metric);
            PairedDifference high = row.highDifference(metric);
            boolean sameSide = Math.signum(nz(low.mean())) == Math.signum(nz(high.mean()));
            boolean lowShorter = Math.abs(nz(low.mean())) < Math.abs(nz(high.mean()));
            data.add(LOW, key, end(low, row.lowComparison() != null, Palette.SKY_BLUE, label, sameSide && lowShorter));
            data.add(HIGH, key, end(high, row.highComparison() != null, Palette.BLUE, label, sameSide && !lowShorter));
        }

        RangeBarRenderer renderer = new RangeBarRenderer(true);
        renderer.setMaximumBarWidth(0.09);
        renderer.setKeepInnerLabels(true);
        String name = Labels.name(metric);
        UnitFormat level = UnitFormat.label(metric.unit(), context.currency());
        NumberAxis valueAxis = new NumberAxis(Labels.axis(
                "Difference in " + Labels.lower(name) + " vs " + result.base().name() + " ("
                        + level.text(result.base().statistics(metric).mean()) + ")",
                metric.unit()));
        valueAxis.setNumberFormatOverride(UnitFormat.differenceAxis(metric.unit(), context.currency()));
        valueAxis.setUpperMargin(0.16);
        valueAxis.setLowerMargin(0.16);
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setCategoryMargin(0.3);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        categoryAxis.setMaximumCategoryLabelLines(2);
        plot.addRangeMarker(Theme.zeroLine(0, null, true));

        String subtitle = "One lever at a time at its low / high value, all else as in "
                + result.base().name() + "; mean of " + context.runs() + ", paired; hollow: not significant";
        return Theme.chart(
                "What moves " + Labels.lower(name) + ": one lever at a time",
                subtitle,
                context,
                plot,
                true,
                Theme.legend(List.of(
                        Theme.box(LOW, Palette.SKY_BLUE),
                        Theme.box(HIGH, Palette.BLUE),
                        Theme.hollowBox("Not significant", Palette.DARK_GREY))));
    }

    /** One end's bar; an end equal to the base value ({@code run} false) is an empty bar without a label. */
    private static BarItem end(
            PairedDifference d, boolean run, java.awt.Color colour, UnitFormat label, boolean inside) {
        if (!run) {
            return new BarItem(0, 0, Double.NaN, Double.NaN, colour, false, null, null);
        }
        double v = nz(d.mean());
        String text = Double.isNaN(d.mean()) ? null : label.text(v);
        boolean hollow = !Double.isNaN(d.mean()) && !d.significant();
        return new BarItem(0, v, Double.NaN, Double.NaN, colour, hollow, inside ? null : text, inside ? text : null);
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}

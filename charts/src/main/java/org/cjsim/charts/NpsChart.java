package org.cjsim.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/**
 * NPS split per strategy on the last day: detractors (vermillion), passives (grey) and promoters (bluish
 * green) as shares of customers, stacked to 100%, strategies sorted by NPS (promoters minus detractors) from
 * the highest down; the NPS is in each strategy's label. The shares are the means over replications of the
 * final-day detractor, passive and promoter shares, rescaled to add up to exactly 100%.
 */
public final class NpsChart {
    /** Series key of the detractor segments. */
    public static final String DETRACTORS = "Detractors (0\u20136)";
    /** Series key of the passive segments. */
    public static final String PASSIVES = "Passives (7\u20138)";
    /** Series key of the promoter segments. */
    public static final String PROMOTERS = "Promoters (9\u201310)";

    private NpsChart() {}

    /** The split of {@code scenarios}. */
    public static JFreeChart create(List<ScenarioResult> scenarios, ChartContext context) {
        List<ScenarioResult> sorted = new ArrayList<>(scenarios);
        sorted.sort(Comparator.comparingDouble((ScenarioResult s) -> -nps(s)));
        BarDataset data = new BarDataset();
        for (ScenarioResult s : sorted) {
            double d = s.statistics(SummaryMetric.DETRACTOR_SHARE).mean();
            double p = s.statistics(SummaryMetric.PASSIVE_SHARE).mean();
            double pr = s.statistics(SummaryMetric.PROMOTER_SHARE).mean();
            double sum = d + p + pr;
            if (!(sum > 0)) {
                continue;
            }
            d /= sum;
            p /= sum;
            pr /= sum;
            String key = s.name() + "   NPS " + oneDecimal(nps(s));
            data.add(DETRACTORS, key, segment(0, d, Palette.NEGATIVE));
            data.add(PASSIVES, key, segment(d, d + p, Palette.LIGHT_GREY));
            data.add(PROMOTERS, key, segment(d + p, 1, Palette.POSITIVE));
        }
        RangeBarRenderer renderer = new RangeBarRenderer(true);
        renderer.setSegmentOutline(true);
        renderer.setMaximumBarWidth(0.1);
        renderer.setIncludeBaseInRange(false);
        NumberAxis valueAxis = new NumberAxis("Share of customers on the last day");
        valueAxis.setNumberFormatOverride(UnitFormat.axis(MetricUnit.SHARE, ""));
        valueAxis.setRange(0, 1);
        valueAxis.setTickUnit(new NumberTickUnit(0.1));
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setCategoryMargin(0.3);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        return Theme.chart(
                "Net Promoter Score: who would recommend us",
                "Promoters minus detractors, share of customers after " + Labels.horizon(context.years()) + ", mean of "
                        + Labels.replications(context.replications()),
                context,
                plot,
                true,
                Theme.legend(List.of(
                        Theme.box(DETRACTORS, Palette.NEGATIVE),
                        Theme.box(PASSIVES, Palette.LIGHT_GREY),
                        Theme.box(PROMOTERS, Palette.POSITIVE))));
    }

    /** A score with its sign and one decimal, e.g. {@code +41.8}, {@code −3.0}. */
    static String oneDecimal(double v) {
        return UnitFormat.differenceLabel(MetricUnit.SCORE, "").text(v);
    }

    private static double nps(ScenarioResult s) {
        double v = s.statistics(SummaryMetric.NPS).mean();
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static BarItem segment(double from, double to, java.awt.Color colour) {
        String text = Math.round((to - from) * 100) + "%";
        return new BarItem(from, to, Double.NaN, Double.NaN, colour, false, null, text);
    }
}

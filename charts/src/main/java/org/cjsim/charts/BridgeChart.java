package org.cjsim.charts;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.BridgeStep;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.ProfitBridge;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/**
 * Profit bridge (waterfall) from the reference to a strategy: a start bar at 0 for the reference, one
 * floating bar per ledger line (more revenue from retention, referrals and share of wallet; lower or higher
 * wages, second tier, goodwill, refunds, marketing, referral rewards, hiring, prevention, follow-up, and the
 * costs of listening, clarity, triage, faster escalation and latitude), each
 * starting where the previous one ended, and the total: the difference in net contribution with its 95%
 * confidence interval. Bars that raise profit are bluish green, bars that lower it vermillion, the total dark
 * grey (hollow when not significant). Lines whose mean is exactly zero (e.g. prevention when neither
 * strategy spends on it) are left out; the bars still add up to the total.
 */
public final class BridgeChart {
    /** The series key of the single series. */
    public static final String SERIES = "bridge";

    /** The most bars (with the start and the total) whose labels stand upright under them. */
    static final int UPRIGHT_LABELS = 13;

    private BridgeChart() {}

    /** The bridge from {@code reference} to {@code strategy} in {@code result}. */
    public static JFreeChart create(ExperimentResult result, String reference, String strategy, ChartContext context) {
        ScenarioResult ref = result.scenario(reference)
                .orElseThrow(() -> new IllegalArgumentException("no scenario called " + reference));
        ScenarioResult s = result.scenario(strategy)
                .orElseThrow(() -> new IllegalArgumentException("no scenario called " + strategy));
        StrategyComparison c = StrategyComparison.of(ref, s);
        return create(
                c.bridge(),
                ref.statistics(SummaryMetric.NET_CONTRIBUTION).mean(),
                s.statistics(SummaryMetric.NET_CONTRIBUTION).mean(),
                context);
    }

    /**
     * The chart of {@code bridge}.
     *
     * @param referenceLevel the reference's mean net contribution, for the subtitle (NaN to leave it out)
     * @param strategyLevel the strategy's mean net contribution, for the subtitle (NaN to leave it out)
     */
    public static JFreeChart create(
            ProfitBridge bridge, double referenceLevel, double strategyLevel, ChartContext context) {
        UnitFormat label = UnitFormat.differenceLabel(MetricUnit.CURRENCY, context.currency());
        BarDataset data = new BarDataset();
        String startKey = bridge.reference();
        data.add(SERIES, startKey, new BarItem(0, 0, Double.NaN, Double.NaN, Palette.GREY, false, null, null));

        List<String> keys = new ArrayList<>();
        keys.add(startKey);
        double running = 0;
        for (BridgeStep step : bridge.steps()) {
            double v = step.contribution().mean();
            if (Double.isNaN(v) || v == 0) {
                continue;
            }
            String key = unique(Labels.bridgeStep(step.key(), step.label()), keys);
            keys.add(key);
            // Marked as the comparison and the tornado mark them: hollow and "n.s." when not significant.
            boolean stepSignificant = step.contribution().significant();
            data.add(
                    SERIES,
                    key,
                    new BarItem(
                            running,
                            running + v,
                            Double.NaN,
                            Double.NaN,
                            v > 0 ? Palette.POSITIVE : Palette.NEGATIVE,
                            !stepSignificant,
                            label.text(v) + (stepSignificant ? "" : "  n.s."),
                            null));
            running += v;
        }
        PairedDifference total = bridge.total();
        String totalKey = unique(bridge.scenario(), keys);
        keys.add(totalKey);
        boolean significant = total.significant();
        data.add(
                SERIES,
                totalKey,
                new BarItem(
                        0,
                        total.mean(),
                        total.ciLow(),
                        total.ciHigh(),
                        Palette.DARK_GREY,
                        !significant,
                        label.text(total.mean()) + (significant ? "" : "  n.s."),
                        null));

        RangeBarRenderer renderer = new RangeBarRenderer(false);
        renderer.setMaximumBarWidth(0.07);
        NumberAxis valueAxis = new NumberAxis("Difference in net contribution");
        valueAxis.setNumberFormatOverride(UnitFormat.differenceAxis(MetricUnit.CURRENCY, context.currency()));
        valueAxis.setUpperMargin(0.12);
        valueAxis.setLowerMargin(0.12);
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setLowerMargin(0.01);
        categoryAxis.setUpperMargin(0.03);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        Theme.style(plot);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        if (keys.size() > UPRIGHT_LABELS) {
            // Too many bars for upright labels: words would break inside ("Retenti on"), so they slant.
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.addRangeMarker(Theme.zeroLine(0, null, false));

        BasicStroke dashed =
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
        for (int i = 0; i < keys.size() - 1; i++) {
            double level = data.item(SERIES, keys.get(i)).end();
            plot.addAnnotation(
                    new CategoryLineAnnotation(keys.get(i), level, keys.get(i + 1), level, Palette.GREY, dashed));
        }

        UnitFormat levelFormat = UnitFormat.label(MetricUnit.CURRENCY, context.currency());
        String levels = Double.isNaN(referenceLevel) || Double.isNaN(strategyLevel)
                ? ""
                : " (" + levelFormat.text(referenceLevel) + " \u2192 " + levelFormat.text(strategyLevel) + ")";
        String subtitle = "Net contribution" + levels + " by ledger line; mean of " + context.runs()
                + ", paired; whisker: 95% CI; hollow: n.s.";
        return Theme.chart(
                "Profit bridge: " + bridge.reference() + " to " + bridge.scenario() + ", " + label.text(total.mean()),
                subtitle,
                context,
                plot,
                true,
                Theme.legend(List.of(
                        Theme.box("Raises profit", Palette.POSITIVE),
                        Theme.box("Lowers profit", Palette.NEGATIVE),
                        Theme.box("Total difference", Palette.DARK_GREY),
                        Theme.hollowBox("Not significant (n.s.)", Palette.DARK_GREY))));
    }

    private static String unique(String key, List<String> taken) {
        String k = key;
        for (int n = 2; taken.contains(k); n++) {
            k = key + " (" + n + ")";
        }
        return k;
    }
}

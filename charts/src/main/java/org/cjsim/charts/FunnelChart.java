package org.cjsim.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/**
 * The customer journey funnel on the last day, per strategy, from the final-day summary metrics of each
 * replication (mean with 95% confidence interval). The stages:
 *
 * <ol>
 *   <li><b>Aware</b>: everyone who has heard of the company, {@code aware + customers + churned} (the
 *       market minus the unaware);
 *   <li><b>Ever a customer</b>: {@code customers + churned};
 *   <li><b>Customer now</b>: {@code customers};
 *   <li><b>Repeat customer</b>: customers with two or more purchases, {@code repeat_customers};
 *   <li><b>Advocate</b>: customers who have referred someone, {@code advocates} (not necessarily repeat
 *       customers, so this stage can exceed the one above it);
 * </ol>
 *
 * and, apart, <b>Churned</b>: former customers, {@code churned}.
 */
public final class FunnelChart {
    /** The stages, top to bottom. */
    public static final List<String> STAGES =
            List.of("Aware", "Ever a customer", "Customer now", "Repeat customer", "Advocate", "Churned");

    private FunnelChart() {}

    /** The people in each stage for each replication of {@code s}, by stage. */
    public static Map<String, double[]> stages(ScenarioResult s) {
        double[] aware = s.values(SummaryMetric.AWARE);
        double[] customers = s.values(SummaryMetric.CUSTOMERS);
        double[] churned = s.values(SummaryMetric.CHURNED);
        int n = customers.length;
        double[] everAware = new double[n];
        double[] ever = new double[n];
        for (int k = 0; k < n; k++) {
            everAware[k] = aware[k] + customers[k] + churned[k];
            ever[k] = customers[k] + churned[k];
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put(STAGES.get(0), everAware);
        m.put(STAGES.get(1), ever);
        m.put(STAGES.get(2), customers);
        m.put(STAGES.get(3), s.values(SummaryMetric.REPEAT_CUSTOMERS));
        m.put(STAGES.get(4), s.values(SummaryMetric.ADVOCATES));
        m.put(STAGES.get(5), churned);
        return m;
    }

    /** The funnel of {@code scenarios}, in their order. */
    public static JFreeChart create(List<ScenarioResult> scenarios, ChartContext context) {
        Palette palette =
                Palette.of(scenarios.stream().map(ScenarioResult::name).toList());
        boolean labels = scenarios.size() <= 6;
        UnitFormat format = UnitFormat.label(MetricUnit.COUNT, "");
        BarDataset data = new BarDataset();
        for (ScenarioResult s : scenarios) {
            for (Map.Entry<String, double[]> e : stages(s).entrySet()) {
                MetricStatistics st = MetricStatistics.of(e.getValue());
                data.add(
                        s.name(),
                        e.getKey(),
                        BarItem.of(
                                st.mean(),
                                st.ciLow(),
                                st.ciHigh(),
                                palette.colour(s.name()),
                                labels ? format.text(st.mean()) : null));
            }
        }
        RangeBarRenderer renderer = new RangeBarRenderer(false);
        renderer.setMaximumBarWidth(0.05);
        renderer.setItemMargin(0.0);
        renderer.setLabelFont(Theme.font(java.awt.Font.PLAIN, Theme.ITEM_LABEL_SIZE - 3));
        int population =
                scenarios.isEmpty() ? 0 : scenarios.get(0).scenario().market().population();
        NumberAxis valueAxis = new NumberAxis(
                "People on the last day" + (population > 0 ? " (market of " + format.text(population) + ")" : ""));
        valueAxis.setNumberFormatOverride(UnitFormat.axis(MetricUnit.COUNT, ""));
        valueAxis.setUpperMargin(0.1);
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setCategoryMargin(0.22);
        categoryAxis.setLowerMargin(0.01);
        categoryAxis.setUpperMargin(0.01);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        return Theme.chart(
                "Customer journey funnel on the last day",
                "People at each stage after " + Labels.horizon(context.years()) + ", mean of "
                        + Labels.replications(context.replications()) + "; whiskers: 95% confidence interval",
                context,
                plot,
                true,
                Theme.legend(scenarios.stream()
                        .map(s -> Theme.box(s.name(), palette.colour(s.name())))
                        .toList()));
    }
}

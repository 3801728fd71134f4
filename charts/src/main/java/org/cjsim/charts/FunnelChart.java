package org.cjsim.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
import org.jfree.chart.ui.RectangleInsets;

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

    /**
     * The funnel of {@code scenarios} as small multiples: one panel per scenario, in their order, each with
     * its six stages as bars labelled with their mean and a whisker for its 95% confidence interval, every
     * panel on the same scale.
     */
    public static JFreeChart create(List<ScenarioResult> scenarios, ChartContext context) {
        return create(scenarios, null, context);
    }

    /** As {@link #create(List, ChartContext)}, the panel of {@code reference} (if not null) titled so. */
    public static JFreeChart create(List<ScenarioResult> scenarios, String reference, ChartContext context) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("the funnel needs at least one scenario");
        }
        Palette palette =
                Palette.of(scenarios.stream().map(ScenarioResult::name).toList());
        UnitFormat format = UnitFormat.label(MetricUnit.COUNT, "");
        List<BarDataset> datasets = new ArrayList<>();
        double top = 0;
        for (ScenarioResult s : scenarios) {
            BarDataset data = new BarDataset();
            for (Map.Entry<String, double[]> e : stages(s).entrySet()) {
                MetricStatistics st = MetricStatistics.of(e.getValue());
                BarItem item = BarItem.of(
                        st.mean(), st.ciLow(), st.ciHigh(), palette.colour(s.name()), format.text(st.mean()));
                data.add(s.name(), e.getKey(), item);
                if (Double.isFinite(item.outerEnd())) {
                    top = Math.max(top, item.outerEnd());
                }
            }
            datasets.add(data);
        }
        int columns = SmallMultiplesPlot.columnsFor(scenarios.size());
        // room beyond the longest bar for its label, in a panel a column wide
        double upper = top <= 0 ? 1 : top * (1.04 + 0.06 * columns);
        Font labelFont = Theme.font(Font.PLAIN, Theme.ITEM_LABEL_SIZE - (columns > 2 ? 3 : 0));
        List<SmallMultiplesPlot.Panel> panels = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            RangeBarRenderer renderer = new RangeBarRenderer(false);
            renderer.setMaximumBarWidth(0.8);
            renderer.setLabelFont(labelFont);
            NumberAxis valueAxis = new NumberAxis();
            valueAxis.setNumberFormatOverride(UnitFormat.axis(MetricUnit.COUNT, ""));
            valueAxis.setRange(0, upper);
            CategoryAxis categoryAxis = new CategoryAxis();
            CategoryPlot plot = new CategoryPlot(datasets.get(i), categoryAxis, valueAxis, renderer);
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            Theme.style(plot);
            categoryAxis.setCategoryMargin(0.25);
            categoryAxis.setLowerMargin(0.02);
            categoryAxis.setUpperMargin(0.02);
            categoryAxis.setMaximumCategoryLabelLines(1);
            // a stage name as wide as the space kept for it on the left, not 30% of a small panel's width
            categoryAxis.setMaximumCategoryLabelWidthRatio(100f);
            valueAxis.setTickLabelInsets(new RectangleInsets(6, 10, 6, 10));
            plot.setInsets(new RectangleInsets(2, 4, 2, 4));
            ScenarioResult s = scenarios.get(i);
            String title = s.name().equals(reference) && scenarios.size() > 1 ? s.name() + " (reference)" : s.name();
            panels.add(new SmallMultiplesPlot.Panel(title, palette.colour(s.name()), plot));
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        FontMetrics ticks = g.getFontMetrics(Theme.font(Font.PLAIN, Theme.TICK_SIZE));
        double left = STAGES.stream().mapToInt(ticks::stringWidth).max().orElse(0) + 40;
        double bottom = ticks.getHeight() + 16;
        g.dispose();
        SmallMultiplesPlot plot = new SmallMultiplesPlot(panels, columns, left, bottom);
        int population = scenarios.get(0).scenario().market().population();
        return Theme.chart(
                "Customer journey funnel on the last day",
                "People at each stage after " + Labels.horizon(context.years())
                        + (population > 0 ? " in a market of " + format.text(population) : "") + ", mean of "
                        + Labels.replications(context.replications())
                        + (scenarios.size() > 1 ? ", same scale in every panel" : "")
                        + "; whiskers: 95% confidence interval",
                context,
                plot,
                false,
                null);
    }
}

package org.cjsim.charts;

import static org.cjsim.charts.Fixtures.plus;
import static org.cjsim.charts.Fixtures.scenario;
import static org.cjsim.charts.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;

class ComparisonChartTest {
    private static final SummaryMetric NC = SummaryMetric.NET_CONTRIBUTION;
    private static final double[] BASE = {100, 110, 120, 130};

    /** delight +50 (significant), empowered +10 with a wide spread (not significant), cost-cutter -20 (significant). */
    static ExperimentResult result() {
        return new ExperimentResult(
                ExperimentSettings.defaults().withReplications(4),
                List.of(
                        scenario("baseline", values(NC, BASE)),
                        scenario("cost-cutter", values(NC, plus(BASE, -20, -22, -18, -20))),
                        scenario("empowered", values(NC, plus(BASE, -10, 30, 5, 15))),
                        scenario("delight", values(NC, plus(BASE, 50, 52, 48, 50)))),
                0);
    }

    private static CategoryPlot plot(JFreeChart chart) {
        return (CategoryPlot) chart.getPlot();
    }

    @Test
    void barsAreTheMeanDifferencesSortedFromTheLargestDown() {
        JFreeChart chart = ComparisonChart.create(result(), "baseline", NC, Fixtures.CONTEXT);
        BarDataset data = (BarDataset) plot(chart).getDataset();
        assertEquals(List.of("delight", "empowered", "cost-cutter"), data.getColumnKeys());
        assertEquals(1, data.getRowCount());
        assertEquals(50, data.getValue(0, 0).doubleValue(), 1e-9);
        assertEquals(10, data.getValue(0, 1).doubleValue(), 1e-9);
        assertEquals(-20, data.getValue(0, 2).doubleValue(), 1e-9);
        assertEquals(PlotOrientation.HORIZONTAL, plot(chart).getOrientation());
    }

    @Test
    void whiskersAreThe95PercentConfidenceIntervalOfThePairedDifference() {
        ExperimentResult r = result();
        BarDataset data = (BarDataset) plot(ComparisonChart.create(r, "baseline", NC, Fixtures.CONTEXT))
                .getDataset();
        PairedDifference d = r.comparisons("baseline").stream()
                .filter(c -> c.scenario().equals("empowered"))
                .findFirst()
                .orElseThrow()
                .difference(NC);
        BarItem item = data.item(ComparisonChart.SERIES, "empowered");
        assertEquals(d.ciLow(), item.ciLow(), 1e-9);
        assertEquals(d.ciHigh(), item.ciHigh(), 1e-9);
        assertTrue(item.ciLow() < 0 && item.ciHigh() > 0);
    }

    @Test
    void significantDifferencesAreSolidAndOthersHollowAndMarkedNs() {
        BarDataset data = (BarDataset) plot(ComparisonChart.create(result(), "baseline", NC, Fixtures.CONTEXT))
                .getDataset();
        assertFalse(data.item(ComparisonChart.SERIES, "delight").hollow());
        assertFalse(data.item(ComparisonChart.SERIES, "cost-cutter").hollow());
        assertTrue(data.item(ComparisonChart.SERIES, "empowered").hollow());
        assertTrue(data.item(ComparisonChart.SERIES, "empowered").label().endsWith("n.s."));
        assertEquals("+$50", data.item(ComparisonChart.SERIES, "delight").label());
    }

    @Test
    void theLegendSaysWhatSolidAndHollowMean() {
        LegendItemCollection legend = plot(ComparisonChart.create(result(), "baseline", NC, Fixtures.CONTEXT))
                .getLegendItems();
        assertEquals(2, legend.getItemCount());
        assertEquals("Significant (p < 0.05)", legend.get(0).getLabel());
        assertTrue(legend.get(0).isShapeFilled());
        assertEquals("Not significant (n.s.)", legend.get(1).getLabel());
        assertEquals(java.awt.Color.WHITE, legend.get(1).getFillPaint());
    }

    @Test
    void barsHaveTheStrategiesColours() {
        BarDataset data = (BarDataset) plot(ComparisonChart.create(result(), "baseline", NC, Fixtures.CONTEXT))
                .getDataset();
        assertEquals(Palette.BLACK, data.item(ComparisonChart.SERIES, "delight").colour());
        assertEquals(
                Palette.VERMILLION,
                data.item(ComparisonChart.SERIES, "cost-cutter").colour());
    }

    @Test
    void theValueAxisShowsSignedMoneyInTheScenarioCurrency() {
        ChartContext euros = new ChartContext("test", 1, 4, 3, "\u20ac");
        JFreeChart chart = ComparisonChart.create(result(), "baseline", NC, euros);
        NumberAxis axis = (NumberAxis) plot(chart).getRangeAxis();
        assertInstanceOf(UnitFormat.class, axis.getNumberFormatOverride());
        assertEquals("+\u20ac1.5M", axis.getNumberFormatOverride().format(1_500_000));
        assertEquals("Difference in net contribution vs baseline", axis.getLabel());
        assertEquals(
                "Net contribution: difference to baseline", chart.getTitle().getText());
    }

    @Test
    void anyMetricCanBeCompared() {
        ExperimentResult r = new ExperimentResult(
                ExperimentSettings.defaults().withReplications(3),
                List.of(
                        scenario("baseline", values(SummaryMetric.ANNUAL_RETENTION, 0.80, 0.81, 0.79)),
                        scenario("empowered", values(SummaryMetric.ANNUAL_RETENTION, 0.83, 0.84, 0.82))),
                0);
        JFreeChart chart = ComparisonChart.create(r, "baseline", SummaryMetric.ANNUAL_RETENTION, Fixtures.CONTEXT);
        BarDataset data = (BarDataset) plot(chart).getDataset();
        assertEquals(0.03, data.getValue(0, 0).doubleValue(), 1e-9);
        assertEquals("+3.0 pp", data.item(ComparisonChart.SERIES, "empowered").label());
    }
}

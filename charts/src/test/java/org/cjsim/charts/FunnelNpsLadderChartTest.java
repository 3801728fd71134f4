package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.LadderRung;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.Severity;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class FunnelNpsLadderChartTest {

    private static BarDataset data(JFreeChart chart) {
        return (BarDataset) ((CategoryPlot) chart.getPlot()).getDataset();
    }

    private static ScenarioResult people(String name, double[] aware, double[] customers, double[] churned) {
        Map<SummaryMetric, double[]> v = new EnumMap<>(SummaryMetric.class);
        v.put(SummaryMetric.AWARE, aware);
        v.put(SummaryMetric.CUSTOMERS, customers);
        v.put(SummaryMetric.CHURNED, churned);
        v.put(SummaryMetric.REPEAT_CUSTOMERS, new double[] {300, 320, 310});
        v.put(SummaryMetric.ADVOCATES, new double[] {40, 50, 60});
        v.put(SummaryMetric.UNAWARE, new double[] {100, 100, 100});
        return Fixtures.scenario(name, v);
    }

    @Test
    void theFunnelStagesAreEverAwareEverCustomerCustomerRepeatAdvocateAndChurned() {
        ScenarioResult s = people(
                "baseline", new double[] {400, 420, 410}, new double[] {500, 480, 490}, new double[] {100, 100, 100});
        JFreeChart chart = FunnelChart.create(List.of(s), Fixtures.CONTEXT);
        BarDataset data = panel(chart, 0);
        assertEquals(FunnelChart.STAGES, data.getColumnKeys());
        assertEquals(List.of("baseline"), data.getRowKeys());
        assertEquals(1000, data.getValue("baseline", "Aware").doubleValue(), 1e-9);
        assertEquals(590, data.getValue("baseline", "Ever a customer").doubleValue(), 1e-9);
        assertEquals(490, data.getValue("baseline", "Customer now").doubleValue(), 1e-9);
        assertEquals(310, data.getValue("baseline", "Repeat customer").doubleValue(), 1e-9);
        assertEquals(50, data.getValue("baseline", "Advocate").doubleValue(), 1e-9);
        assertEquals(100, data.getValue("baseline", "Churned").doubleValue(), 1e-9);
        MetricStatistics customers = MetricStatistics.of(new double[] {500, 480, 490});
        assertEquals(customers.ciLow(), data.item("baseline", "Customer now").ciLow(), 1e-9);
        assertEquals(customers.ciHigh(), data.item("baseline", "Customer now").ciHigh(), 1e-9);
        assertEquals(Palette.GREY, data.item("baseline", "Aware").colour());
    }

    /** The bars of the funnel's {@code i}-th panel. */
    private static BarDataset panel(JFreeChart chart, int i) {
        return (BarDataset) ((CategoryPlot)
                        ((SmallMultiplesPlot) chart.getPlot()).panels().get(i).plot())
                .getDataset();
    }

    @Test
    void theFunnelHasOnePanelPerStrategyOfTheRealRunOnTheSameScaleWithEveryValueLabelled() {
        JFreeChart chart = FunnelChart.create(Fixtures.smallRun().scenarios(), "baseline", Fixtures.smallContext());
        SmallMultiplesPlot plot = (SmallMultiplesPlot) chart.getPlot();
        assertEquals(
                List.of("baseline (reference)", "empowered", "cost-cutter"),
                plot.panels().stream().map(SmallMultiplesPlot.Panel::title).toList());
        assertEquals(3, plot.columns());
        org.jfree.data.Range scale =
                ((CategoryPlot) plot.panels().get(0).plot()).getRangeAxis().getRange();
        List<TextRecorder.Text> texts = TextRecorder.draw(chart);
        for (int i = 0; i < 3; i++) {
            BarDataset d = panel(chart, i);
            assertEquals(FunnelChart.STAGES, d.getColumnKeys());
            assertEquals(
                    scale,
                    ((CategoryPlot) plot.panels().get(i).plot()).getRangeAxis().getRange());
            for (int c = 0; c < d.getColumnCount(); c++) {
                String label = d.item(0, c).label();
                assertEquals(
                        org.cjsim.format.UnitFormat.label(org.cjsim.metrics.MetricUnit.COUNT, "")
                                .text(d.getValue(0, c).doubleValue()),
                        label);
                assertTrue(texts.stream().anyMatch(t -> t.text().equals(label)), label + " drawn");
            }
        }
        // the stages are named once per row of panels, beside the first column
        assertEquals(1, TextRecorder.find(texts, "Repeat customer").size());
        BarDataset data = panel(chart, 0);
        assertEquals(List.of("baseline"), data.getRowKeys());
        ScenarioResult b = Fixtures.smallRun().scenario("baseline").orElseThrow();
        assertEquals(
                1000 - b.statistics(SummaryMetric.UNAWARE).mean(),
                data.getValue("baseline", "Aware").doubleValue(),
                1e-9);
    }

    @Test
    void nineStrategiesMakeAThreeByThreeGrid() {
        List<ScenarioResult> nine = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(people(
                    "s" + i, new double[] {400, 420, 410}, new double[] {500, 480, 490}, new double[] {100, 100, 100}));
        }
        SmallMultiplesPlot plot =
                (SmallMultiplesPlot) FunnelChart.create(nine, Fixtures.CONTEXT).getPlot();
        assertEquals(9, plot.panels().size());
        assertEquals(3, plot.columns());
        assertEquals(3, plot.rows());
        List<java.awt.geom.Rectangle2D> cells = plot.cells(new java.awt.geom.Rectangle2D.Double(0, 0, 1800, 900));
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                assertFalse(cells.get(i).intersects(cells.get(j)), i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void stageNamesAreWrittenInFullInTheSmallPanelsOfASlide() {
        List<ScenarioResult> nine = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(people(
                    "s" + i, new double[] {400, 420, 410}, new double[] {500, 480, 490}, new double[] {100, 100, 100}));
        }
        // a deck draws its pictures on a canvas 760 high, so that their text reads larger
        List<TextRecorder.Text> texts = TextRecorder.draw(FunnelChart.create(nine, Fixtures.CONTEXT), 1700, 760);
        for (String stage : List.of("Ever a customer", "Repeat customer", "Customer now")) {
            assertEquals(3, TextRecorder.find(texts, stage).size(), stage + " on each row of panels");
        }
    }

    private static ScenarioResult nps(String name, double detractors, double passives, double promoters) {
        Map<SummaryMetric, double[]> v = new EnumMap<>(SummaryMetric.class);
        v.put(SummaryMetric.DETRACTOR_SHARE, new double[] {detractors, detractors});
        v.put(SummaryMetric.PASSIVE_SHARE, new double[] {passives, passives});
        v.put(SummaryMetric.PROMOTER_SHARE, new double[] {promoters, promoters});
        v.put(SummaryMetric.NPS, new double[] {(promoters - detractors) * 100, (promoters - detractors) * 100});
        return Fixtures.scenario(name, v);
    }

    @Test
    void theNpsSplitStacksToOneHundredPercentSortedByNps() {
        JFreeChart chart = NpsChart.create(
                List.of(
                        nps("baseline", 0.2, 0.5, 0.3),
                        nps("delight", 0.1, 0.4, 0.5),
                        nps("cost-cutter", 0.3, 0.5, 0.2)),
                Fixtures.CONTEXT);
        BarDataset data = data(chart);
        assertEquals(List.of(NpsChart.DETRACTORS, NpsChart.PASSIVES, NpsChart.PROMOTERS), data.getRowKeys());
        assertEquals(3, data.getColumnCount());
        assertTrue(((String) data.getColumnKey(0)).startsWith("delight"));
        assertEquals("delight   NPS +40.0", data.getColumnKey(0));
        assertEquals(UnitFormat.MINUS + "3.0", NpsChart.oneDecimal(-2.96));
        assertEquals("0.0", NpsChart.oneDecimal(-0.01));
        assertTrue(((String) data.getColumnKey(2)).startsWith("cost-cutter"));
        for (int c = 0; c < 3; c++) {
            assertEquals(0, data.item(0, c).start());
            assertEquals(data.item(0, c).end(), data.item(1, c).start(), 1e-12);
            assertEquals(data.item(1, c).end(), data.item(2, c).start(), 1e-12);
            assertEquals(1, data.item(2, c).end(), 1e-12);
        }
        assertEquals(0.1, data.item(NpsChart.DETRACTORS, data.getColumnKey(0)).end(), 1e-12);
        assertEquals("50%", data.item(2, 0).innerLabel());
        assertEquals(Palette.NEGATIVE, data.item(0, 0).colour());
        assertEquals(Palette.POSITIVE, data.item(2, 0).colour());
        ValueAxis axis = ((CategoryPlot) chart.getPlot()).getRangeAxis();
        assertEquals(0, axis.getLowerBound());
        assertEquals(1, axis.getUpperBound());
    }

    @Test
    void sharesThatDoNotQuiteAddUpAreRescaled() {
        BarDataset data = data(NpsChart.create(List.of(nps("baseline", 0.2, 0.5, 0.29)), Fixtures.CONTEXT));
        assertEquals(1, data.item(2, 0).end(), 1e-12);
        assertEquals(0.2 / 0.99, data.item(0, 0).end(), 1e-12);
    }

    @Test
    void theLadderShowsThePooledRetainedShareWithItsWilsonInterval() {
        LadderCounts a = new LadderCounts();
        a.add(LadderGroup.NO_ISSUE, Severity.NONE, 100, 90);
        a.add(LadderGroup.RESOLVED_FAST, Severity.MINOR, 20, 19);
        a.add(LadderGroup.RESOLVED_FAST, Severity.MAJOR, 10, 8);
        a.add(LadderGroup.SILENT, Severity.MINOR, 30, 24);
        LadderCounts b = new LadderCounts();
        b.add(LadderGroup.NO_ISSUE, Severity.NONE, 100, 94);
        ScenarioResult s =
                Fixtures.scenario("empowered", Fixtures.values(SummaryMetric.NPS, 0, 0), new LadderCounts[] {a, b});
        BarDataset data = data(LadderChart.create(List.of(s), Fixtures.CONTEXT));
        String noIssue = LadderChart.groupLabel(LadderGroup.NO_ISSUE);
        String fast = LadderChart.groupLabel(LadderGroup.RESOLVED_FAST);
        assertEquals(List.of(noIssue, fast, LadderChart.groupLabel(LadderGroup.SILENT)), data.getColumnKeys());
        LadderRung pooled = LadderRung.of(LadderGroup.RESOLVED_FAST, null, 30, 27);
        assertEquals(0.9, data.getValue("empowered", fast).doubleValue(), 1e-12);
        assertEquals(pooled.ciLow(), data.item("empowered", fast).ciLow(), 1e-12);
        assertEquals(pooled.ciHigh(), data.item("empowered", fast).ciHigh(), 1e-12);
        assertEquals(0.92, data.getValue("empowered", noIssue).doubleValue(), 1e-12);
        assertEquals("92%", data.item("empowered", noIssue).label());
        assertNull(data.item("empowered", LadderChart.groupLabel(LadderGroup.UNRESOLVED)));
        assertEquals(Palette.BLUISH_GREEN, data.item("empowered", noIssue).colour());
    }

    @Test
    void theLadderCanShowOneSeverityClass() {
        LadderCounts a = new LadderCounts();
        a.add(LadderGroup.NO_ISSUE, Severity.NONE, 100, 90);
        a.add(LadderGroup.RESOLVED_FAST, Severity.MINOR, 20, 19);
        a.add(LadderGroup.RESOLVED_FAST, Severity.MAJOR, 10, 8);
        ScenarioResult s = Fixtures.scenario("baseline", Fixtures.values(SummaryMetric.NPS, 0), new LadderCounts[] {a});
        BarDataset data = data(LadderChart.create(List.of(s), Severity.MAJOR, Fixtures.CONTEXT));
        assertEquals(
                0.8,
                data.getValue("baseline", LadderChart.groupLabel(LadderGroup.RESOLVED_FAST))
                        .doubleValue(),
                1e-12);
        assertEquals(
                0.9,
                data.getValue("baseline", LadderChart.groupLabel(LadderGroup.NO_ISSUE))
                        .doubleValue(),
                1e-12);
    }
}

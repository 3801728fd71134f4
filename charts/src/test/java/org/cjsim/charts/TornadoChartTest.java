package org.cjsim.charts;

import static org.cjsim.charts.Fixtures.plus;
import static org.cjsim.charts.Fixtures.scenario;
import static org.cjsim.charts.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;

class TornadoChartTest {
    private static final SummaryMetric NC = SummaryMetric.NET_CONTRIBUTION;
    private static final double[] BASE = {100, 110, 120, 130};

    private static StrategyComparison vs(ScenarioResult base, String name, double... offsets) {
        return StrategyComparison.of(base, scenario(name, values(NC, plus(BASE, offsets))));
    }

    /**
     * Latitude: low -10, high +30 (both significant, swing 40); honesty: low +5 (not significant), high +8
     * (same side, swing 3); triage: low is the base (not run), high +12; clarity: neither end run.
     */
    static Sensitivity.Result result() {
        ScenarioResult base = scenario("baseline", values(NC, BASE));
        return Fixtures.sensitivity(
                base,
                List.of(
                        new Sensitivity.Row(
                                Params.info("strategy.honesty").orElseThrow(),
                                0.7,
                                0.3,
                                0.95,
                                base.replications().size(),
                                vs(base, "h-", -10, 20, 0, 10),
                                vs(base, "h+", 8, 8, 8, 8)),
                        new Sensitivity.Row(
                                Params.info("strategy.latitude").orElseThrow(),
                                0.4,
                                0.1,
                                0.8,
                                base.replications().size(),
                                vs(base, "l-", -10, -11, -9, -10),
                                vs(base, "l+", 30, 31, 29, 30)),
                        new Sensitivity.Row(
                                Params.info("strategy.triage").orElseThrow(),
                                false,
                                false,
                                true,
                                base.replications().size(),
                                null,
                                vs(base, "t+", 12, 12, 12, 12)),
                        new Sensitivity.Row(
                                Params.info("strategy.clarity").orElseThrow(),
                                0.7,
                                0.7,
                                0.7,
                                base.replications().size(),
                                null,
                                null)));
    }

    private static BarDataset data(JFreeChart chart) {
        return (BarDataset) ((CategoryPlot) chart.getPlot()).getDataset();
    }

    @Test
    void leversAreSortedBySwingLargestFirstAndLeversNotRunAreLeftOut() {
        BarDataset data = data(TornadoChart.create(result(), NC, Fixtures.CONTEXT));
        assertEquals(3, data.getColumnCount());
        assertTrue(((String) data.getColumnKey(0)).startsWith("Latitude: 0.1 / 0.8"));
        assertTrue(((String) data.getColumnKey(1)).startsWith("Triage: off / on"));
        assertTrue(((String) data.getColumnKey(2)).startsWith("Honesty: 0.3 / 0.95"));
        assertTrue(((String) data.getColumnKey(0)).endsWith("(base 0.4)"));
    }

    @Test
    void eachLeverHasItsLowAndHighEndAsDifferencesToTheBase() {
        BarDataset data = data(TornadoChart.create(result(), NC, Fixtures.CONTEXT));
        assertEquals(List.of(TornadoChart.LOW, TornadoChart.HIGH), data.getRowKeys());
        assertEquals(-10, data.getValue(0, 0).doubleValue(), 1e-9);
        assertEquals(30, data.getValue(1, 0).doubleValue(), 1e-9);
        assertEquals(0, data.getValue(0, 1).doubleValue(), 1e-9);
        assertNull(data.item(0, 1).label());
        assertEquals(12, data.getValue(1, 1).doubleValue(), 1e-9);
        assertEquals(Palette.SKY_BLUE, data.item(0, 0).colour());
        assertEquals(Palette.BLUE, data.item(1, 0).colour());
        assertTrue(((RangeBarRenderer) ((CategoryPlot) TornadoChart.create(result(), NC, Fixtures.CONTEXT)
                                .getPlot())
                        .getRenderer())
                .isOverlap());
    }

    @Test
    void nonSignificantEndsAreHollowAndAShorterEndOnTheSameSideIsLabelledInside() {
        BarDataset data = data(TornadoChart.create(result(), NC, Fixtures.CONTEXT));
        BarItem honestyLow = data.item(0, 2);
        BarItem honestyHigh = data.item(1, 2);
        assertTrue(honestyLow.hollow());
        assertFalse(honestyHigh.hollow());
        assertNull(honestyLow.label());
        assertEquals("+$5", honestyLow.innerLabel());
        assertEquals("+$8", honestyHigh.label());
        assertEquals(UnitFormat.MINUS + "$10", data.item(0, 0).label());
    }

    @Test
    void theAxisNamesTheBaseAndItsLevel() {
        JFreeChart chart = TornadoChart.create(result(), NC, Fixtures.CONTEXT);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertEquals(
                "Difference in net contribution vs baseline ($115)",
                plot.getRangeAxis().getLabel());
        assertEquals(3, plot.getLegendItems().getItemCount());
    }

    @Test
    void anotherMetricResortsTheLevers() {
        ScenarioResult base = scenario("baseline", values(SummaryMetric.NPS, 10, 11, 12));
        Sensitivity.Result r = Fixtures.sensitivity(
                base,
                List.of(
                        new Sensitivity.Row(
                                Params.info("strategy.latitude").orElseThrow(),
                                0.4,
                                0.1,
                                0.8,
                                base.replications().size(),
                                StrategyComparison.of(base, scenario("a", values(SummaryMetric.NPS, 11, 12, 13))),
                                StrategyComparison.of(base, scenario("b", values(SummaryMetric.NPS, 12, 13, 14)))),
                        new Sensitivity.Row(
                                Params.info("strategy.honesty").orElseThrow(),
                                0.7,
                                0.3,
                                0.95,
                                base.replications().size(),
                                StrategyComparison.of(base, scenario("c", values(SummaryMetric.NPS, 0, 1, 2))),
                                StrategyComparison.of(base, scenario("d", values(SummaryMetric.NPS, 20, 21, 22))))));
        BarDataset data = data(TornadoChart.create(r, SummaryMetric.NPS, Fixtures.CONTEXT));
        assertTrue(((String) data.getColumnKey(0)).startsWith("Honesty"));
        assertEquals("+10.0", data.item(1, 0).label());
    }

    /** A lever that moves the metric by 1000, and two whose ends are on the same side: both tiny, and close. */
    static Sensitivity.Result sameSide() {
        ScenarioResult base = scenario("baseline", values(NC, BASE));
        int n = base.replications().size();
        return Fixtures.sensitivity(
                base,
                List.of(
                        new Sensitivity.Row(
                                Params.info("strategy.latitude").orElseThrow(),
                                0.4,
                                0.1,
                                0.8,
                                n,
                                vs(base, "l-", -1000, -1000, -1000, -1000),
                                vs(base, "l+", 1000, 1000, 1000, 1000)),
                        new Sensitivity.Row(
                                Params.info("strategy.honesty").orElseThrow(),
                                0.7,
                                0.3,
                                0.95,
                                n,
                                vs(base, "h-", 1, 1, 1, 1),
                                vs(base, "h+", 3, 3, 3, 3)),
                        new Sensitivity.Row(
                                Params.info("strategy.triage").orElseThrow(),
                                false,
                                false,
                                true,
                                n,
                                vs(base, "t-", -21, -21, -21, -21),
                                vs(base, "t+", -23, -23, -23, -23))));
    }

    @Test
    void everyEndKeepsItsValueLabelClearOfTheOthersWhenBothEndsAreTinyOrClose() {
        JFreeChart chart = TornadoChart.create(sameSide(), NC, Fixtures.CONTEXT);
        List<TextRecorder.Text> texts = TextRecorder.draw(chart);
        String m = UnitFormat.MINUS;
        List<String> values = List.of("+$1", "+$3", m + "$21", m + "$23", m + "$1.00k", "+$1.00k");
        List<TextRecorder.Text> labels = new java.util.ArrayList<>();
        for (String v : values) {
            List<TextRecorder.Text> found = TextRecorder.find(texts, v);
            assertEquals(
                    1,
                    found.size(),
                    v + " drawn once, in "
                            + texts.stream().map(TextRecorder.Text::text).toList());
            labels.add(found.get(0));
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(
                        labels.get(i).bounds().intersects(labels.get(j).bounds()),
                        labels.get(i) + " overlaps " + labels.get(j));
            }
        }
    }
}

package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.PlausibleRange;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.experiment.Worlds;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class PaybackChartTest {
    private static final PairedDifference NET = PairedDifference.of(new double[] {10, 20, 30});

    /**
     * A made-up cash series over {@code days} days: the mean is {@code mean(d)}, the confidence interval
     * mean ± 1, the 5% and 95% quantiles mean ± 5.
     */
    private static SeriesStatistics cash(int days, java.util.function.IntToDoubleFunction mean) {
        double[] m = new double[days];
        double[] lo = new double[days];
        double[] hi = new double[days];
        double[] p05 = new double[days];
        double[] p95 = new double[days];
        for (int d = 0; d < days; d++) {
            m[d] = mean.applyAsDouble(d);
            lo[d] = m[d] - 1;
            hi[d] = m[d] + 1;
            p05[d] = m[d] - 5;
            p95[d] = m[d] + 5;
        }
        return new SeriesStatistics(m, lo, hi, p05, p95);
    }

    /** The business case of {@code empowered} against {@code baseline} with {@code cash}, over {@code worlds}. */
    private static BusinessCase businessCase(SeriesStatistics cash, int worlds) {
        int payback = cash == null ? BusinessCase.UNKNOWN : BusinessCase.paybackMonth(cash.mean());
        PlausibleRange range = new PlausibleRange(worlds > 0 ? worlds : 3, worlds > 0, 1, 5, 35);
        int days = cash == null ? 365 : cash.days();
        return new BusinessCase("empowered", "baseline", "$", days, NET, NET, 1, payback, NET, 3, 3, range, cash);
    }

    /** Negative for the first 40 days (day indices 0 to 39), then rising: pays back in month 2. */
    private static SeriesStatistics late() {
        return cash(365, d -> d < 40 ? -100 + d : 10 * (d - 39));
    }

    private static IntervalXYDataset line(JFreeChart chart) {
        return (IntervalXYDataset) ((XYPlot) chart.getPlot()).getDataset(0);
    }

    private static List<String> legend(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = ((XYPlot) chart.getPlot()).getFixedLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    private static List<String> notes(JFreeChart chart) {
        return ((XYPlot) chart.getPlot())
                .getAnnotations().stream()
                        .filter(a -> a instanceof XYTitleAnnotation)
                        .map(a -> ((TextTitle) ((XYTitleAnnotation) a).getTitle()).getText())
                        .toList();
    }

    private static List<Marker> paybackMarkers(JFreeChart chart) {
        java.util.Collection<?> markers = ((XYPlot) chart.getPlot()).getDomainMarkers(Layer.FOREGROUND);
        return markers == null
                ? List.of()
                : markers.stream().map(m -> (Marker) m).toList();
    }

    @Test
    void theLineIsTheMeanCashDifferenceByMonthFromZeroAndTheBandTheConfidenceIntervalWithoutWorlds() {
        SeriesStatistics cash = late();
        JFreeChart chart = PaybackChart.create(businessCase(cash, 0), Fixtures.CONTEXT);
        IntervalXYDataset data = line(chart);
        assertEquals(366, data.getItemCount(0));
        assertEquals(0, data.getXValue(0, 0));
        assertEquals(0, data.getYValue(0, 0));
        for (int d : new int[] {0, 39, 40, 364}) {
            assertEquals((d + 1) / BusinessCase.DAYS_PER_MONTH, data.getXValue(0, d + 1), 1e-12);
            assertEquals(cash.mean()[d], data.getYValue(0, d + 1));
            assertEquals(cash.ciLow()[d], data.getStartYValue(0, d + 1));
            assertEquals(cash.ciHigh()[d], data.getEndYValue(0, d + 1));
        }
        assertEquals(List.of("Mean difference", "95% confidence interval (random noise only)"), legend(chart));
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(365 / BusinessCase.DAYS_PER_MONTH, plot.getDomainAxis().getUpperBound(), 1e-9);
        assertEquals(0, plot.getDomainAxis().getLowerBound());
        assertEquals("Payback: empowered against baseline", chart.getTitle().getText());
        assertEquals(
                "Cumulative net contribution, empowered minus baseline, mean of 4 replications of 3 years, paired:"
                        + " +$3.25k at the end",
                ((TextTitle) chart.getSubtitle(0)).getText());
        assertTrue(
                plot.getRangeMarkers(Layer.FOREGROUND).stream().anyMatch(m -> ((ValueMarker) m).getValue() == 0),
                "a zero line");
    }

    @Test
    void overPlausibleWorldsTheBandIsWhereNinetyPercentOfTheWorldsRunsFall() {
        SeriesStatistics cash = late();
        JFreeChart chart = PaybackChart.create(businessCase(cash, 16), Fixtures.CONTEXT);
        IntervalXYDataset data = line(chart);
        for (int d : new int[] {0, 39, 40, 364}) {
            assertEquals(cash.mean()[d], data.getYValue(0, d + 1));
            assertEquals(cash.p05()[d], data.getStartYValue(0, d + 1));
            assertEquals(cash.p95()[d], data.getEndYValue(0, d + 1));
        }
        assertEquals(List.of("Mean difference", "90% of 16 plausible worlds"), legend(chart));
    }

    @Test
    void aDotOnTheMeanLineAndADashedLineMarkThePaybackPointInThePaybackMonth() {
        SeriesStatistics cash = late();
        BusinessCase bc = businessCase(cash, 0);
        assertEquals(2, bc.paybackMonth());
        JFreeChart chart = PaybackChart.create(bc, Fixtures.CONTEXT);
        XYDataset point = ((XYPlot) chart.getPlot()).getDataset(1);
        assertEquals(1, point.getItemCount(0));
        double x = point.getXValue(0, 0);
        assertEquals(41 / BusinessCase.DAYS_PER_MONTH, x, 1e-12, "the end of day 41, the first day at or above 0");
        assertTrue(x > bc.paybackMonth() - 1 && x <= bc.paybackMonth(), "in the payback month: " + x);
        assertEquals(cash.mean()[40], point.getYValue(0, 0));
        List<Marker> markers = paybackMarkers(chart);
        assertEquals(1, markers.size());
        assertEquals(x, ((ValueMarker) markers.get(0)).getValue());
        assertEquals("Pays back in month 2", markers.get(0).getLabel());
        assertEquals(org.jfree.chart.ui.TextAnchor.TOP_LEFT, markers.get(0).getLabelTextAnchor(), "right of it");
        // a payback late in the horizon has its label on the left of the line, inside the plot
        Marker late = paybackMarkers(
                        PaybackChart.create(businessCase(cash(365, d -> d < 300 ? -1 : 1), 0), Fixtures.CONTEXT))
                .get(0);
        assertEquals(org.jfree.chart.ui.TextAnchor.TOP_RIGHT, late.getLabelTextAnchor());
        assertEquals("Pays back in month 10", late.getLabel());
        assertEquals(List.of(), notes(chart));
    }

    @Test
    void aStrategyThatDoesNotPayBackOrPaysBackAtOnceGetsANoteAndNoPoint() {
        JFreeChart never = PaybackChart.create(businessCase(cash(100, d -> d < 99 ? 5 : -1), 0), Fixtures.CONTEXT);
        assertEquals(0, ((XYPlot) never.getPlot()).getDataset(1).getItemCount(0));
        assertEquals(List.of(), paybackMarkers(never));
        assertEquals(List.of("Does not pay back within the horizon"), notes(never));

        JFreeChart atOnce = PaybackChart.create(businessCase(cash(100, d -> d), 0), Fixtures.CONTEXT);
        assertEquals(0, ((XYPlot) atOnce.getPlot()).getDataset(1).getItemCount(0));
        assertEquals(List.of("Pays back immediately: never below baseline"), notes(atOnce));
    }

    @Test
    void withoutDailySeriesThereIsNothingToDraw() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> PaybackChart.create(businessCase(null, 0), Fixtures.CONTEXT));
        assertTrue(e.getMessage().contains("no daily series"), e.getMessage());
        Comparison.Result noDaily = Fixtures.comparison(ComparisonChartTest.result(), "baseline");
        assertFalse(Charts.drawable(noDaily).contains(ChartType.PAYBACK));
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.PAYBACK, null, noDaily, Fixtures.CONTEXT));
        assertEquals(
                "a payback chart needs the daily series of strategies compared with a reference, and these"
                        + " results are a comparison of 4 strategies without daily series; they can be drawn as"
                        + " comparison, ranking, bridge, funnel, nps",
                refused.getMessage());
    }

    @Test
    void aComparisonGetsOnePaybackChartPerStrategyInItsColourWithTheBandOfItsWorlds() {
        ExperimentResult run = Fixtures.smallRun();
        Comparison.Result comparison = Fixtures.comparison(run, "baseline");
        List<Charts.NamedChart> charts = Charts.create(ChartType.PAYBACK, null, comparison, Fixtures.smallContext());
        assertEquals(
                comparison.comparisons().stream()
                        .map(c -> "payback-" + c.scenario())
                        .toList(),
                charts.stream().map(Charts.NamedChart::name).toList());
        assertEquals(2, charts.size());
        for (int i = 0; i < charts.size(); i++) {
            StrategyComparison c = comparison.comparisons().get(i);
            XYPlot plot = (XYPlot) charts.get(i).chart().getPlot();
            assertEquals(
                    Palette.forLine(Palette.STRATEGIES.get(c.scenario())),
                    plot.getRenderer(0).getSeriesFillPaint(0));
            IntervalXYDataset data = (IntervalXYDataset) plot.getDataset(0);
            SeriesStatistics cash = c.businessCase().cash();
            int last = cash.days() - 1;
            assertEquals(cash.ciLow()[last], data.getStartYValue(0, data.getItemCount(0) - 1), 1e-9);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.PAYBACK, "npv", comparison, Fixtures.smallContext()));

        // Names outside the built-in strategies get their colour from every scenario of the study, as in the
        // time series: the second strategy is not drawn in the colour of the first.
        List<org.cjsim.experiment.ScenarioResult> renamed = new ArrayList<>();
        for (org.cjsim.experiment.ScenarioResult s : run.scenarios()) {
            renamed.add(new org.cjsim.experiment.ScenarioResult(
                    s.scenario().named("plan " + s.name(), ""), s.replications()));
        }
        ExperimentResult plans = new ExperimentResult(run.settings(), renamed, 0);
        Palette palette = Palette.of(
                renamed.stream().map(org.cjsim.experiment.ScenarioResult::name).toList());
        Comparison.Result planComparison = Fixtures.comparison(plans, "plan baseline");
        List<Charts.NamedChart> planCharts =
                Charts.create(ChartType.PAYBACK, null, planComparison, Fixtures.smallContext());
        for (int i = 0; i < planCharts.size(); i++) {
            String name = planComparison.comparisons().get(i).scenario();
            assertEquals(
                    Palette.forLine(palette.colour(name)),
                    ((XYPlot) planCharts.get(i).chart().getPlot())
                            .getRenderer(0)
                            .getSeriesFillPaint(0),
                    name);
        }

        // The same replications read as run in 3 plausible worlds: the band becomes the 5%-95% range.
        Map<String, Double> world = Map.of("market.population", 1000.0);
        ExperimentResult overWorlds = new ExperimentResult(
                run.settings().withWorlds(new Worlds("test", world, List.of(world, world, world))), run.scenarios(), 0);
        Comparison.Result inWorlds = Fixtures.comparison(overWorlds, "baseline");
        StrategyComparison c = inWorlds.comparisons().get(0);
        assertTrue(c.businessCase().overWorlds());
        XYPlot plot = (XYPlot) Charts.create(ChartType.PAYBACK, null, inWorlds, Fixtures.smallContext())
                .get(0)
                .chart()
                .getPlot();
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset(0);
        SeriesStatistics cash = c.businessCase().cash();
        int last = cash.days() - 1;
        assertEquals(cash.p05()[last], data.getStartYValue(0, data.getItemCount(0) - 1), 1e-9);
        assertEquals(cash.p95()[last], data.getEndYValue(0, data.getItemCount(0) - 1), 1e-9);
        assertNotEquals(cash.p05()[last], cash.ciLow()[last]);
        assertTrue(plot.getFixedLegendItems().get(1).getLabel().equals("90% of 3 plausible worlds"));
    }
}

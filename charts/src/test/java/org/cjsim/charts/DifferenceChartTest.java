package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.DailyStatistics;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** A daily metric as each strategy's paired difference to the reference over time. */
class DifferenceChartTest {

    private static YIntervalSeriesCollection data(JFreeChart chart) {
        return (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
    }

    private static ScenarioResult scenario(String name) {
        return Fixtures.smallRun().scenario(name).orElseThrow();
    }

    @Test
    void aStockIsTheMeanPairedDifferenceDayByDayWithItsInterval() {
        ScenarioResult base = scenario("baseline");
        List<ScenarioResult> strategies = List.of(scenario("empowered"), scenario("cost-cutter"));
        JFreeChart chart = DifferenceChart.create(
                base, strategies, DailyMetric.NPS, Fixtures.smallContext(), TimeSeriesChart.TimeUnit.DAYS);
        YIntervalSeriesCollection data = data(chart);
        assertEquals(2, data.getSeriesCount());
        for (int s = 0; s < 2; s++) {
            SeriesStatistics expected = BusinessCase.difference(base, strategies.get(s), DailyMetric.NPS);
            assertEquals(strategies.get(s).name(), data.getSeriesKey(s));
            assertEquals(expected.days(), data.getItemCount(s));
            for (int d = 0; d < expected.days(); d += 17) {
                assertEquals(d + 1, data.getXValue(s, d), 1e-12);
                assertEquals(expected.mean()[d], data.getYValue(s, d), 1e-9, "day " + d);
                assertEquals(expected.ciLow()[d], data.getStartYValue(s, d), 1e-9);
                assertEquals(expected.ciHigh()[d], data.getEndYValue(s, d), 1e-9);
            }
        }
        assertEquals(
                "Net Promoter Score: difference to baseline", chart.getTitle().getText());
    }

    @Test
    void aFlowIsSmoothedPairByPairSoItsMeanIsTheMovingAverageOfTheMeanDifference() {
        ScenarioResult base = scenario("baseline");
        ScenarioResult empowered = scenario("empowered");
        SeriesStatistics raw = BusinessCase.difference(base, empowered, DailyMetric.REVENUE);
        SeriesStatistics smoothed = DifferenceChart.difference(base, empowered, DailyMetric.REVENUE);
        double[] mean = raw.mean();
        double[] expected = DailyStatistics.movingAverage(mean, mean.length, TimeSeriesChart.SMOOTHING_DAYS);
        for (int d = 0; d < mean.length; d += 13) {
            assertEquals(expected[d], smoothed.mean()[d], 1e-9 * (1 + Math.abs(expected[d])), "day " + d);
        }
        // Smoothing narrows the day-to-day noise of a flow: its band is narrower on average.
        double rawWidth = 0;
        double smoothWidth = 0;
        for (int d = 0; d < mean.length; d++) {
            rawWidth += raw.ciHigh()[d] - raw.ciLow()[d];
            smoothWidth += smoothed.ciHigh()[d] - smoothed.ciLow()[d];
        }
        assertTrue(smoothWidth < rawWidth, smoothWidth + " vs " + rawWidth);
    }

    @Test
    void itIsDrawnOnRequestForAComparisonWithDailySeriesAndNotAmongTheStandardCharts() {
        ExperimentResult r = Fixtures.smallRun();
        Comparison study = new Comparison(
                r.scenarios().stream().map(ScenarioResult::scenario).toList(), "baseline");
        Comparison.Result result = study.aggregate(r);
        assertTrue(Charts.drawable(result).contains(ChartType.DIFFERENCE));
        List<Charts.NamedChart> charts =
                Charts.create(ChartType.DIFFERENCE, "mean_resolution_days", result, Fixtures.smallContext());
        assertEquals(1, charts.size());
        assertEquals("difference-mean-resolution-days", charts.get(0).name());
        assertEquals(
                "difference-nps",
                Charts.create(ChartType.DIFFERENCE, null, result, Fixtures.smallContext())
                        .get(0)
                        .name());
        assertFalse(Charts.createStandard(result, Fixtures.smallContext()).stream()
                .anyMatch(c -> c.name().startsWith("difference")));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.DIFFERENCE, "promoter_value_ratio", result, Fixtures.smallContext()));
        assertTrue(e.getMessage().contains("promoter_value_ratio"), e.getMessage());
    }

    @Test
    void withoutDailySeriesOrAStrategyThereIsNothingToDraw() {
        ScenarioResult plain = Fixtures.scenario("baseline", Map.of(SummaryMetric.REVENUE, new double[] {1, 2}));
        ScenarioResult other = Fixtures.scenario("x", Map.of(SummaryMetric.REVENUE, new double[] {1, 2}));
        assertThrows(
                IllegalArgumentException.class,
                () -> DifferenceChart.create(
                        plain, List.of(other), DailyMetric.NPS, Fixtures.CONTEXT, TimeSeriesChart.TimeUnit.AUTO));
        assertThrows(
                IllegalArgumentException.class,
                () -> DifferenceChart.create(
                        scenario("baseline"),
                        List.of(),
                        DailyMetric.NPS,
                        Fixtures.CONTEXT,
                        TimeSeriesChart.TimeUnit.AUTO));
    }
}

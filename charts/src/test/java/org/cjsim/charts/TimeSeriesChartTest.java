package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cjsim.experiment.DailyStatistics;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class TimeSeriesChartTest {
    private static final TimeSeriesChart.TimeUnit AUTO = TimeSeriesChart.TimeUnit.AUTO;

    private static YIntervalSeriesCollection data(JFreeChart chart) {
        return (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
    }

    @Test
    void oneLinePerStrategyWithTheDailyMeanAndItsConfidenceInterval() {
        ExperimentResult r = Fixtures.smallRun();
        JFreeChart chart = TimeSeriesChart.create(r.scenarios(), DailyMetric.CUSTOMERS, Fixtures.smallContext(), AUTO);
        YIntervalSeriesCollection data = data(chart);
        assertEquals(3, data.getSeriesCount());
        assertEquals("empowered", data.getSeriesKey(1));
        SeriesStatistics st = r.scenario("empowered").orElseThrow().daily(DailyMetric.CUSTOMERS);
        assertEquals(180, data.getItemCount(1));
        for (int d : new int[] {0, 90, 179}) {
            assertEquals(d + 1, data.getXValue(1, d), 1e-9);
            assertEquals(st.mean()[d], data.getYValue(1, d), 1e-9);
            assertEquals(Math.max(0, st.ciLow()[d]), data.getStartYValue(1, d), 1e-9);
            assertEquals(st.ciHigh()[d], data.getEndYValue(1, d), 1e-9);
        }
        assertInstanceOf(DeviationRenderer.class, ((XYPlot) chart.getPlot()).getRenderer());
        assertEquals("Day", ((XYPlot) chart.getPlot()).getDomainAxis().getLabel());
    }

    @Test
    void theTimeAxisCanBeInYears() {
        ExperimentResult r = Fixtures.smallRun();
        JFreeChart chart = TimeSeriesChart.create(
                r.scenarios(),
                DailyMetric.CUMULATIVE_NET_CONTRIBUTION,
                Fixtures.smallContext(),
                TimeSeriesChart.TimeUnit.YEARS);
        assertEquals(180 / 365.0, data(chart).getXValue(0, 179), 1e-12);
        assertEquals(
                "Years since the start",
                ((XYPlot) chart.getPlot()).getDomainAxis().getLabel());
    }

    @Test
    void linesAndBandsHaveTheStrategiesColours() {
        JFreeChart chart =
                TimeSeriesChart.create(Fixtures.smallRun().scenarios(), DailyMetric.NPS, Fixtures.smallContext(), AUTO);
        DeviationRenderer renderer = (DeviationRenderer) ((XYPlot) chart.getPlot()).getRenderer();
        assertEquals(Palette.GREY, renderer.getSeriesPaint(0));
        assertEquals(Palette.BLUISH_GREEN, renderer.getSeriesFillPaint(1));
        assertEquals(Palette.VERMILLION, renderer.getSeriesPaint(2));
        assertEquals(3, chart.getPlot().getLegendItems().getItemCount());
    }

    @Test
    void flowsAreSmoothedAndTheSubtitleSaysSo() {
        ExperimentResult r = Fixtures.smallRun();
        JFreeChart chart = TimeSeriesChart.create(r.scenarios(), DailyMetric.REVENUE, Fixtures.smallContext(), AUTO);
        String subtitle = ((TextTitle) chart.getSubtitle(0)).getText();
        assertTrue(subtitle.contains("30-day moving average"), subtitle);
        ScenarioResult baseline = r.scenario("baseline").orElseThrow();
        SeriesStatistics smooth = baseline.smoothedDaily(DailyMetric.REVENUE);
        assertEquals(smooth.mean()[100], data(chart).getYValue(0, 100), 1e-9);
        double expected = 0;
        for (int k = 0; k < 3; k++) {
            float[] v = baseline.replications().get(k).run().series(DailyMetric.REVENUE);
            double sum = 0;
            for (int d = 85; d <= 114; d++) {
                sum += v[d];
            }
            expected += sum / 30 / 3;
        }
        assertEquals(expected, smooth.mean()[100], 1e-6 * expected);
        assertFalse(
                ((TextTitle) TimeSeriesChart.create(r.scenarios(), DailyMetric.CUSTOMERS, Fixtures.smallContext(), AUTO)
                                .getSubtitle(0))
                        .getText()
                        .contains("moving average"));
    }

    @Test
    void theMovingAverageIsCentredShorterAtTheEndsAndSkipsMissingDays() {
        double[] v = {1, 2, 3, 4, 5};
        assertArrayEquals(new double[] {1.5, 2, 3, 4, 4.5}, DailyStatistics.movingAverage(v, 5, 3), 1e-12);
        double[] gaps = {Double.NaN, 2, Double.NaN, Double.NaN, Double.NaN};
        double[] m = DailyStatistics.movingAverage(gaps, 5, 3);
        assertEquals(2, m[0]);
        assertEquals(2, m[2]);
        assertTrue(Double.isNaN(m[4]));
    }

    @Test
    void bandsOfDurationsNeverReachBelowZero() {
        JFreeChart chart = TimeSeriesChart.create(
                Fixtures.smallRun().scenarios(), DailyMetric.MEAN_RESOLUTION_DAYS, Fixtures.smallContext(), AUTO);
        YIntervalSeriesCollection data = data(chart);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                assertTrue(data.getStartYValue(s, i) >= 0);
                assertTrue(data.getStartYValue(s, i) <= data.getYValue(s, i));
            }
        }
        assertEquals(
                "Mean resolution time (days)",
                ((XYPlot) chart.getPlot()).getRangeAxis().getLabel());
    }

    @Test
    void resultsWithoutDailySeriesAreRejectedWithAMessage() {
        ScenarioResult noDaily = Fixtures.scenario("baseline", Fixtures.values(SummaryMetric.NPS, 1, 2));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TimeSeriesChart.create(List.of(noDaily), DailyMetric.CUSTOMERS, Fixtures.CONTEXT, AUTO));
        assertTrue(e.getMessage().contains("daily series"), e.getMessage());
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        assertEquals(1.2, DailyStatistics.quantile(new double[] {1, 2, 3, 4, 5}, 0.05), 1e-12);
        assertEquals(3, DailyStatistics.quantile(new double[] {3}, 0.95));
        assertTrue(Double.isNaN(DailyStatistics.quantile(new double[0], 0.5)));
    }
}

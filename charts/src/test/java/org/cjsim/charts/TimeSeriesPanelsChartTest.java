package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.metrics.DailyMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class TimeSeriesPanelsChartTest {
    private static final DailyMetric METRIC = DailyMetric.MEAN_RESOLUTION_DAYS;

    @Test
    void eachStrategyHasAPanelOverTheReferenceAndEveryPanelTheSameScale() {
        ExperimentResult run = Fixtures.smallRun();
        ScenarioResult ref = run.scenario("baseline").orElseThrow();
        List<ScenarioResult> strategies = List.of(
                run.scenario("empowered").orElseThrow(),
                run.scenario("cost-cutter").orElseThrow());
        JFreeChart chart = TimeSeriesPanelsChart.create(
                ref, strategies, METRIC, Fixtures.smallContext(), TimeSeriesChart.TimeUnit.AUTO);
        SmallMultiplesPlot plot = (SmallMultiplesPlot) chart.getPlot();
        assertEquals(
                List.of("empowered", "cost-cutter"),
                plot.panels().stream().map(SmallMultiplesPlot.Panel::title).toList());
        Range scale = null;
        for (int i = 0; i < 2; i++) {
            XYPlot p = (XYPlot) plot.panels().get(i).plot();
            XYDataset data = p.getDataset();
            assertEquals(
                    List.of("baseline", strategies.get(i).name()), List.of(data.getSeriesKey(0), data.getSeriesKey(1)));
            assertEquals(Palette.GREY, p.getRenderer().getSeriesPaint(0), "the reference in grey");
            Range r = p.getRangeAxis().getRange();
            if (scale == null) {
                scale = r;
            }
            assertEquals(scale, r, "one scale");
            for (int s = 0; s < 2; s++) {
                for (int k = 0; k < data.getItemCount(s); k++) {
                    double y = data.getYValue(s, k);
                    assertTrue(Double.isNaN(y) || scale.contains(y), y + " within " + scale);
                }
            }
        }
        // the smoothed line is the time series chart's
        double expected = strategies.get(0).smoothedDaily(METRIC).mean()[10];
        XYDataset first = ((XYPlot) plot.panels().get(0).plot()).getDataset();
        assertEquals(11, first.getXValue(1, 10), 1e-9);
        assertEquals(expected, first.getYValue(1, 10), 1e-9);
    }

    @Test
    void aComparisonDrawsThemOnRequestAndNotAmongItsStandardCharts() {
        var comparison = Fixtures.comparison(Fixtures.smallRun(), "baseline");
        assertEquals(
                List.of("panels-mean-resolution-days"),
                Charts.create(ChartType.TIME_SERIES_PANELS, null, comparison, Fixtures.smallContext()).stream()
                        .map(Charts.NamedChart::name)
                        .toList());
        assertTrue(Charts.createStandard(comparison, Fixtures.smallContext()).stream()
                .noneMatch(c -> c.name().startsWith("panels")));
        assertThrows(
                IllegalArgumentException.class,
                () -> TimeSeriesPanelsChart.create(
                        comparison.reference(), List.of(), METRIC, Fixtures.CONTEXT, TimeSeriesChart.TimeUnit.AUTO));
    }
}

package org.cjsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cjsim.metrics.DailyMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class LabChartsTest {

    private static double[] day(double customers, double resolution, double resolved) {
        double[] v = new double[LabCharts.METRICS.size()];
        Arrays.fill(v, 1);
        v[LabCharts.METRICS.indexOf(DailyMetric.CUSTOMERS)] = customers;
        v[LabCharts.METRICS.indexOf(DailyMetric.MEAN_RESOLUTION_DAYS)] = resolution;
        v[LabCharts.METRICS.indexOf(DailyMetric.RESOLVED)] = resolved;
        return v;
    }

    @Test
    void sixChartsShowTheMetricsTheBriefNames() {
        LabCharts charts = new LabCharts("$");
        assertEquals(6, charts.charts().size());
        assertEquals("Customers", charts.charts().get(0).getTitle().getText());
        assertEquals("Net Promoter Score", charts.charts().get(1).getTitle().getText());
        assertEquals(
                "Cumulative net contribution", charts.charts().get(2).getTitle().getText());
        assertEquals(
                "Contacts waiting at the end of the day",
                charts.charts().get(3).getTitle().getText());
        assertEquals(
                "Time from issue to resolution",
                charts.charts().get(4).getTitle().getText());
        assertEquals("Mean employee stress", charts.charts().get(5).getTitle().getText());
        assertEquals(3, charts.charts().get(0).getXYPlot().getDataset().getSeriesCount());
    }

    @Test
    void eachDayAddsOnePointAndAMissingValueLeavesAGap() {
        LabCharts charts = new LabCharts("$");
        charts.addDay(0, day(80, 2.0, 1));
        charts.addDay(1, day(81, Double.NaN, 0));
        assertEquals(2, charts.series(DailyMetric.CUSTOMERS).getItemCount());
        assertEquals(81.0, charts.series(DailyMetric.CUSTOMERS).getY(1));
        assertNull(charts.series(DailyMetric.MEAN_RESOLUTION_DAYS).getY(1));
    }

    @Test
    void theResolutionAverageWeighsEachDayByTheComplaintsResolved() {
        LabCharts charts = new LabCharts("$");
        charts.addDay(0, day(80, 1.0, 3));
        charts.addDay(1, day(80, Double.NaN, 0));
        charts.addDay(2, day(80, 5.0, 1));
        // (3 x 1 + 1 x 5) / 4
        assertEquals(2.0, charts.resolutionAverage().getY(2).doubleValue(), 1e-12);
        assertEquals(1.0, charts.resolutionAverage().getY(1).doubleValue(), 1e-12);
    }

    @Test
    void theResolutionAverageForgetsDaysOutsideItsWindow() {
        LabCharts charts = new LabCharts("$");
        charts.addDay(0, day(80, 10.0, 5));
        for (int d = 1; d <= LabCharts.RESOLUTION_WINDOW; d++) {
            charts.addDay(d, day(80, 2.0, 1));
        }
        assertEquals(
                2.0,
                charts.resolutionAverage().getY(LabCharts.RESOLUTION_WINDOW).doubleValue(),
                1e-12);
    }

    @Test
    void aLeverChangeIsADashedLineOnEveryChartLabelledWithTheNewValues() {
        LabCharts charts = new LabCharts("$");
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("latitude", 0.8);
        change.put("triage", true);
        TreeMap<Integer, Map<String, Object>> changes = new TreeMap<>(Map.of(12, change));

        charts.markChanges(changes);
        charts.markChanges(changes);

        for (JFreeChart chart : charts.charts()) {
            Collection<?> markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
            assertEquals(1, markers.size());
            ValueMarker marker = (ValueMarker) markers.iterator().next();
            assertEquals(12, marker.getValue());
            assertEquals("latitude 0.8, triage true", marker.getLabel());
        }
    }

    @Test
    void aNewRunEmptiesTheCharts() {
        LabCharts charts = new LabCharts("$");
        charts.addDay(0, day(80, 2.0, 1));
        charts.markChanges(new TreeMap<>(Map.of(0, Map.of("latitude", 0.5))));
        charts.reset();
        assertEquals(0, charts.series(DailyMetric.CUSTOMERS).getItemCount());
        assertEquals(0, charts.resolutionAverage().getItemCount());
        XYPlot plot = charts.charts().get(0).getXYPlot();
        assertNull(plot.getDomainMarkers(Layer.FOREGROUND));
    }

    @Test
    void theChartsDrawHeadlessWithTheCurrencyOnTheMoneyAxis() {
        LabCharts charts = new LabCharts("€");
        for (int d = 0; d < 30; d++) {
            charts.addDay(d, day(80 + d, 2.0, 1));
        }
        JFreeChart money = charts.charts().get(2);
        assertEquals("€", money.getXYPlot().getRangeAxis().getLabel());
        BufferedImage image = money.createBufferedImage(300, 250);
        assertEquals(300, image.getWidth());
        assertTrue(LabCharts.minimumSpan(DailyMetric.NPS) >= 10);
    }

    @Test
    void countsStartAtZeroWhileTheScoreAndMoneyMayBeNegative() {
        LabCharts charts = new LabCharts("$");
        for (int d = 0; d < 10; d++) {
            charts.addDay(d, day(80, 2.0, 1));
        }
        assertEquals(0, charts.charts().get(3).getXYPlot().getRangeAxis().getLowerBound());
        NumberAxis nps = (NumberAxis) charts.charts().get(1).getXYPlot().getRangeAxis();
        assertFalse(nps.getAutoRangeIncludesZero());
    }
}

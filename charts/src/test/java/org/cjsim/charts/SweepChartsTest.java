package org.cjsim.charts;

import static org.cjsim.charts.Fixtures.scenario;
import static org.cjsim.charts.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class SweepChartsTest {
    private static final SummaryMetric NC = SummaryMetric.NET_CONTRIBUTION;
    private static final SweepAxis LATITUDE = new SweepAxis("strategy.latitude", 0, 1, 0.25);
    private static final SweepAxis CAP = new SweepAxis("strategy.goodwillCap", 0, 50, 25);

    /** Net contribution 1000 + 100 * latitude + cap, +-5 over three replications. */
    private static Sweep.Point point(double latitude, Double cap) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(LATITUDE.path(), latitude);
        if (cap != null) {
            v.put(CAP.path(), cap);
        }
        double m = 1000 + 100 * latitude + (cap == null ? 0 : cap);
        String name = "baseline strategy.latitude=" + latitude + (cap == null ? "" : " strategy.goodwillCap=" + cap);
        return new Sweep.Point(v, scenario(name, values(NC, m - 5, m, m + 5)));
    }

    private static List<Sweep.Point> oneLever() {
        List<Sweep.Point> points = new ArrayList<>();
        for (double l : LATITUDE.values()) {
            points.add(point(l, null));
        }
        return points;
    }

    private static List<Sweep.Point> grid() {
        List<Sweep.Point> points = new ArrayList<>();
        for (double l : LATITUDE.values()) {
            for (double c : CAP.values()) {
                points.add(point(l, c));
            }
        }
        return points;
    }

    @Test
    void aOneLeverSweepIsACurveWithItsBand() {
        JFreeChart chart = SweepChart.create(oneLever(), LATITUDE, NC, Fixtures.CONTEXT);
        XYPlot plot = (XYPlot) chart.getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals(5, data.getItemCount(0));
        MetricStatistics st = MetricStatistics.of(new double[] {1070, 1075, 1080});
        assertEquals(0.75, data.getXValue(0, 3), 1e-12);
        assertEquals(1075, data.getYValue(0, 3), 1e-9);
        assertEquals(st.ciLow(), data.getStartYValue(0, 3), 1e-9);
        assertEquals(st.ciHigh(), data.getEndYValue(0, 3), 1e-9);
        assertInstanceOf(DeviationRenderer.class, plot.getRenderer());
        assertEquals("Net contribution across latitude", chart.getTitle().getText());
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().startsWith("Sweep of baseline: latitude from 0 to 1"));
        assertEquals("Latitude (severity)", plot.getDomainAxis().getLabel());
    }

    @Test
    void aGridOfTwoLeversHasOneCurvePerValueOfTheOtherWithWhiskers() {
        JFreeChart chart = SweepChart.create(grid(), LATITUDE, NC, Fixtures.CONTEXT);
        XYPlot plot = (XYPlot) chart.getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(3, data.getSeriesCount());
        assertEquals("Goodwill cap = 25", data.getSeriesKey(1));
        assertEquals(1000 + 50 + 25, data.getYValue(1, 2), 1e-9);
        assertEquals(0.5, data.getXValue(1, 2), 1e-12);
        double dodge = SweepChart.DODGE * (LATITUDE.to() - LATITUDE.from());
        assertEquals(0.5 - dodge, data.getXValue(0, 2), 1e-12);
        assertEquals(0.5 + dodge, data.getXValue(2, 2), 1e-12);
        assertInstanceOf(XYErrorRenderer.class, plot.getRenderer());
        assertEquals(3, plot.getLegendItems().getItemCount());
    }

    @Test
    void scatteredDesignPointsAreDrawnAloneWithWhiskers() {
        List<Sweep.Point> lhs = List.of(point(0.13, 7.0), point(0.52, 41.0), point(0.91, 22.0));
        assertFalse(SweepChart.curves(lhs, LATITUDE));
        XYPlot plot = (XYPlot) SweepChart.create(lhs, CAP, NC, Fixtures.CONTEXT).getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals(3, data.getItemCount(0));
        assertEquals(7, data.getXValue(0, 0), 1e-12);
        XYErrorRenderer r = (XYErrorRenderer) plot.getRenderer();
        assertFalse(r.getDefaultLinesVisible());
    }

    @Test
    void aGridHeatmapHasOneCellPerPointColouredByTheMean() {
        JFreeChart chart = HeatmapChart.create(grid(), LATITUDE, CAP, NC, Fixtures.CONTEXT);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals(15, data.getItemCount(0));
        assertEquals(0.25, data.getXValue(0, 4), 1e-12);
        assertEquals(25, data.getYValue(0, 4), 1e-12);
        assertEquals(1000 + 25 + 25, data.getZValue(0, 4), 1e-9);
        XYBlockRenderer r = (XYBlockRenderer) plot.getRenderer();
        assertEquals(0.25, r.getBlockWidth());
        assertEquals(25, r.getBlockHeight());
        // money spread over 13% of its largest value: the scale spans the values, and says so
        assertEquals(1000, r.getPaintScale().getLowerBound(), 1e-9);
        assertEquals(1150, r.getPaintScale().getUpperBound(), 1e-9);
        assertEquals(-0.125, plot.getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(62.5, plot.getRangeAxis().getUpperBound(), 1e-12);
    }

    @Test
    void theHeatmapHasAColourLegendCellValuesAndTheBestCellOutlined() {
        JFreeChart chart = HeatmapChart.create(grid(), LATITUDE, CAP, NC, Fixtures.CONTEXT);
        PaintScaleLegend legend = null;
        for (Object t : chart.getSubtitles()) {
            if (t instanceof PaintScaleLegend p) {
                legend = p;
            }
        }
        assertTrue(legend != null);
        assertEquals(1150, legend.getScale().getUpperBound(), 1e-9);
        XYPlot plot = (XYPlot) chart.getPlot();
        long texts = plot.getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation)
                .count();
        assertEquals(15, texts);
        XYShapeAnnotation best = (XYShapeAnnotation) plot.getAnnotations().stream()
                .filter(a -> a instanceof XYShapeAnnotation)
                .findFirst()
                .orElseThrow();
        assertEquals(
                new XYShapeAnnotation(
                        new java.awt.geom.Rectangle2D.Double(0.875, 37.5, 0.25, 25),
                        new java.awt.BasicStroke(5f),
                        java.awt.Color.BLACK),
                best);
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().contains("$1.15k at latitude 1 and goodwill cap 50"));
    }

    @Test
    void scatteredPointsMakeADiscHeatmapWithTheBestRinged() {
        List<Sweep.Point> lhs = List.of(point(0.13, 7.0), point(0.52, 41.0), point(0.91, 22.0));
        assertFalse(HeatmapChart.onGrid(lhs, LATITUDE, CAP));
        XYPlot plot = (XYPlot)
                HeatmapChart.create(lhs, LATITUDE, CAP, NC, Fixtures.CONTEXT).getPlot();
        assertInstanceOf(XYShapeRenderer.class, plot.getRenderer());
        assertEquals(0.91, plot.getDataset(1).getXValue(0, 0), 1e-12);
    }

    @Test
    void aLeverTheSweepDidNotVaryIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SweepChart.create(oneLever(), CAP, NC, Fixtures.CONTEXT));
        assertTrue(e.getMessage().endsWith("does not vary strategy.goodwillCap"), e.getMessage());
    }

    @Test
    void aHeatmapNeedsTwoDifferentLevers() {
        assertThrows(
                IllegalArgumentException.class,
                () -> HeatmapChart.create(grid(), LATITUDE, LATITUDE, NC, Fixtures.CONTEXT));
    }

    @Test
    void theViridisScaleRunsFromDarkToLightAndClampsOutsideItsBounds() {
        ViridisScale s = new ViridisScale(0, 10);
        assertEquals(new java.awt.Color(0x440154), s.getPaint(0));
        assertEquals(new java.awt.Color(0xFDE725), s.getPaint(10));
        assertEquals(s.getPaint(10), s.getPaint(99));
        assertTrue(
                Palette.luminance((java.awt.Color) s.getPaint(2)) < Palette.luminance((java.awt.Color) s.getPaint(8)));
        ViridisScale flat = new ViridisScale(5, 5);
        assertEquals(4, flat.getLowerBound());
        assertEquals(6, flat.getUpperBound());
    }

    @Test
    void theValueAxisOfMoneyStartsAtZeroAndThatOfAScoreFollowsItsData() {
        XYPlot money = (XYPlot)
                SweepChart.create(oneLever(), LATITUDE, NC, Fixtures.CONTEXT).getPlot();
        assertEquals(0, money.getRangeAxis().getLowerBound(), 1e-9);
        assertTrue(money.getRangeAxis().getUpperBound() >= 1105);
        List<Sweep.Point> nps = new ArrayList<>();
        for (double l : LATITUDE.values()) {
            nps.add(new Sweep.Point(
                    Map.of(LATITUDE.path(), l),
                    scenario("n", values(SummaryMetric.NPS, 40 + 10 * l, 41 + 10 * l, 42 + 10 * l))));
        }
        XYPlot score = (XYPlot) SweepChart.create(nps, LATITUDE, SummaryMetric.NPS, Fixtures.CONTEXT)
                .getPlot();
        assertTrue(score.getRangeAxis().getLowerBound() > 30, "NPS is not a count: its axis fits its data");
    }

    /** Net contribution 1000 + 100 * latitude plus noise shared by replication k at every point (a seed's luck). */
    private static List<Sweep.Point> sameSeeds() {
        double[] luck = {-40, 0, 40};
        List<Sweep.Point> points = new ArrayList<>();
        for (double l : LATITUDE.values()) {
            double m = 1000 + 100 * l;
            points.add(new Sweep.Point(
                    Map.of(LATITUDE.path(), l),
                    scenario(
                            "baseline strategy.latitude=" + l,
                            values(NC, m + luck[0] + l, m + luck[1] - l, m + luck[2]))));
        }
        return points;
    }

    @Test
    void pairedDifferencesToTheBasePointTakeReplicationKMinusItsReplicationK() {
        Sweep.Result r = Fixtures.sweep(sameSeeds(), List.of(LATITUDE));
        Sweep.Point base = SweepChart.basePoint(r);
        double baseLatitude = ((Number) org.cjsim.params.Params.get(r.study().base(), LATITUDE.path())).doubleValue();
        for (Sweep.Point p : r.points()) {
            assertTrue(Math.abs(p.values().get(LATITUDE.path()) - baseLatitude)
                    >= Math.abs(base.values().get(LATITUDE.path()) - baseLatitude) - 1e-12);
        }
        JFreeChart chart = SweepChart.create(r.points(), LATITUDE, NC, Fixtures.CONTEXT, base);
        XYPlot plot = (XYPlot) chart.getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        Sweep.Point last = r.points().get(4);
        org.cjsim.experiment.PairedDifference d = org.cjsim.experiment.PairedDifference.of(
                last.result().values(NC), base.result().values(NC));
        assertEquals(d.mean(), data.getYValue(0, 4), 1e-9);
        assertEquals(d.ciLow(), data.getStartYValue(0, 4), 1e-9);
        assertEquals(d.ciHigh(), data.getEndYValue(0, 4), 1e-9);
        // the seeds' luck cancels: the paired interval is far narrower than the unpaired one
        MetricStatistics unpaired = last.result().statistics(NC);
        assertTrue(d.ciHigh() - d.ciLow() < (unpaired.ciHigh() - unpaired.ciLow()) / 5);
        int at = r.points().indexOf(base);
        assertEquals(0, data.getYValue(0, at), 1e-12);
        assertTrue(plot.getRangeAxis().getLabel().startsWith("Difference in net contribution vs the base point"));
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().contains("paired difference to the point at latitude"));
    }

    @Test
    void aPairedHeatmapShowsTheDifferencesToTheBasePoint() {
        Sweep.Result r = Fixtures.sweep(grid(), List.of(LATITUDE, CAP));
        Sweep.Point base = SweepChart.basePoint(r);
        JFreeChart chart = HeatmapChart.create(r.points(), LATITUDE, CAP, NC, Fixtures.CONTEXT, base);
        XYZDataset data = (XYZDataset) ((XYPlot) chart.getPlot()).getDataset();
        Map<String, Double> b = base.values();
        double expected = (1000 + 25 + 25) - (1000 + 100 * b.get(LATITUDE.path()) + b.get(CAP.path()));
        assertEquals(expected, data.getZValue(0, 4), 1e-9);
    }

    @Test
    void aThousandScatteredPointsAreDotsWithoutWhiskersAndATrend() {
        java.util.Random random = new java.util.Random(7);
        List<Sweep.Point> lhs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lhs.add(point(random.nextDouble(), 50 * random.nextDouble()));
        }
        assertFalse(SweepChart.curves(lhs, LATITUDE));
        JFreeChart chart = SweepChart.create(lhs, LATITUDE, NC, Fixtures.CONTEXT);
        XYPlot plot = (XYPlot) chart.getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(1000, data.getItemCount(0));
        for (int i = 0; i < 1000; i++) {
            assertEquals(data.getYValue(0, i), data.getStartYValue(0, i), 0, "no whisker");
            assertEquals(data.getYValue(0, i), data.getEndYValue(0, i), 0, "no whisker");
        }
        assertEquals(SweepChart.TREND, data.getSeriesKey(1));
        assertEquals(SweepChart.MAX_BINS, data.getItemCount(1));
        // the trend follows 1000 + 100 * latitude + the mean cap (25): within the cap's spread of a bin's mean
        assertEquals(1000 + 100 * data.getXValue(1, 10) + 25, data.getYValue(1, 10), 6);
        assertFalse(plot.getRenderer() instanceof XYErrorRenderer);
        List<Sweep.Point> few = lhs.subList(0, SweepChart.MAX_WHISKERS);
        assertInstanceOf(
                XYErrorRenderer.class,
                ((XYPlot) SweepChart.create(few, LATITUDE, NC, Fixtures.CONTEXT).getPlot()).getRenderer());
    }

    @Test
    void pairedChartsAreNamedSoAndOnlySweepsDrawThem() {
        Sweep.Result r = Fixtures.sweep(grid(), List.of(LATITUDE, CAP));
        assertEquals(
                List.of("heatmap-net-contribution-paired"),
                Charts.create(ChartType.HEATMAP, null, r, Fixtures.CONTEXT, true).stream()
                        .map(Charts.NamedChart::name)
                        .toList());
        assertEquals(
                List.of("sweep-net-contribution-latitude-paired", "sweep-net-contribution-goodwill-cap-paired"),
                Charts.create(ChartType.SWEEP, null, r, Fixtures.CONTEXT, true).stream()
                        .map(Charts.NamedChart::name)
                        .toList());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.TORNADO, null, TornadoChartTest.result(), Fixtures.CONTEXT, true));
        assertTrue(e.getMessage().contains("sweep and heatmap"), e.getMessage());
    }

    @Test
    void aHeatmapOfMoneySpreadTooLittleForAScaleFromZeroSaysItsScaleDoesNotStartThere() {
        List<Sweep.Point> narrow = new ArrayList<>();
        for (double l : LATITUDE.values()) {
            for (double c : CAP.values()) {
                double m = 10_000 + 10 * l + c;
                narrow.add(new Sweep.Point(
                        new LinkedHashMap<>(Map.of(LATITUDE.path(), l, CAP.path(), c)),
                        scenario("g", values(NC, m - 1, m, m + 1))));
            }
        }
        JFreeChart chart = HeatmapChart.create(narrow, LATITUDE, CAP, NC, Fixtures.CONTEXT);
        XYBlockRenderer r = (XYBlockRenderer) ((XYPlot) chart.getPlot()).getRenderer();
        assertEquals(10_000, r.getPaintScale().getLowerBound(), 1e-9);
        PaintScaleLegend legend = null;
        for (Object t : chart.getSubtitles()) {
            if (t instanceof PaintScaleLegend p) {
                legend = p;
            }
        }
        assertEquals(HeatmapChart.NOT_FROM_ZERO, legend.getAxis().getLabel());
        List<Sweep.Point> spread = new ArrayList<>();
        for (double l : LATITUDE.values()) {
            for (double c : CAP.values()) {
                double m = 100 + 100 * l + c;
                spread.add(new Sweep.Point(
                        new LinkedHashMap<>(Map.of(LATITUDE.path(), l, CAP.path(), c)),
                        scenario("g", values(NC, m - 1, m, m + 1))));
            }
        }
        JFreeChart wide = HeatmapChart.create(spread, LATITUDE, CAP, NC, Fixtures.CONTEXT);
        assertEquals(
                0,
                ((XYBlockRenderer) ((XYPlot) wide.getPlot()).getRenderer())
                        .getPaintScale()
                        .getLowerBound(),
                1e-9,
                "values from 100 to 250: the scale reaches zero");
        for (Object t : wide.getSubtitles()) {
            if (t instanceof PaintScaleLegend p) {
                assertEquals(null, p.getAxis().getLabel());
            }
        }
    }
}

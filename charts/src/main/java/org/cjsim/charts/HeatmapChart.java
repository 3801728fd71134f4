package org.cjsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A summary metric over two levers of a sweep: on a grid, one cell per design point coloured on the viridis
 * scale by the mean over replications, with the value written in the cell when the grid is small enough to
 * read; otherwise (a Latin hypercube) one coloured disc per point. A colour legend on the right gives the
 * scale; the best point (highest, or lowest for a metric where lower is better) is outlined.
 *
 * <p>The colour scale of money and counts ({@link MetricUnit#extensive()}) reaches zero, so that a small
 * difference does not span the whole scale; when the values spread over less than {@value #MIN_SPREAD} of
 * the largest magnitude (every colour would then be the same), the scale spans the values only and its
 * legend says so ("{@value #NOT_FROM_ZERO}"). On request (a base point, see {@link SweepChart#basePoint}) each
 * point shows its paired difference to the base point instead (replication k minus the base point's
 * replication k), on a scale that reaches zero.
 */
public final class HeatmapChart {
    /** The series key of the single series. */
    public static final String SERIES = "mean";
    /** The series key of the ring around the best point of a sweep that is not on a grid. */
    public static final String BEST = "best";
    /** The largest grid, in cells along each lever, whose values are written in the cells. */
    public static final int MAX_LABELLED = 14;

    /**
     * The smallest spread of the values, as a share of their largest magnitude, for which the colour scale of
     * money and counts reaches zero.
     */
    public static final double MIN_SPREAD = 0.25;

    /** The label of a colour scale of money or counts that does not reach zero. */
    public static final String NOT_FROM_ZERO = "scale not from zero";

    private HeatmapChart() {}

    /** True when every point lies on the grid of both axes (one cell per point). */
    public static boolean onGrid(List<Sweep.Point> points, SweepAxis x, SweepAxis y) {
        int cells = x.values().size() * y.values().size();
        return points.size() == cells
                && points.stream()
                        .allMatch(p -> onAxis(p.values().get(x.path()), x)
                                && onAxis(p.values().get(y.path()), y));
    }

    private static boolean onAxis(Double v, SweepAxis axis) {
        return v != null && axis.values().stream().anyMatch(g -> Math.abs(g - v) <= 1e-9 * Math.max(1, Math.abs(g)));
    }

    /** The heatmap of {@code metric} over levers {@code x} (across) and {@code y} (up). */
    public static JFreeChart create(
            List<Sweep.Point> points, SweepAxis x, SweepAxis y, SummaryMetric metric, ChartContext context) {
        return create(points, x, y, metric, context, null);
    }

    /**
     * The heatmap of {@code metric} over levers {@code x} (across) and {@code y} (up): the mean of each
     * point, or with a {@code base} point each point's paired difference to it.
     */
    public static JFreeChart create(
            List<Sweep.Point> points,
            SweepAxis x,
            SweepAxis y,
            SummaryMetric metric,
            ChartContext context,
            Sweep.Point base) {
        boolean pairedMode = base != null;
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the sweep has no points to chart");
        }
        if (x.path().equals(y.path())) {
            throw new IllegalArgumentException("a heatmap needs two different levers, got " + x.path() + " twice");
        }
        int n = points.size();
        double[][] xyz = new double[3][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int best = -1;
        for (int i = 0; i < n; i++) {
            Sweep.Point p = points.get(i);
            Double vx = p.values().get(x.path());
            Double vy = p.values().get(y.path());
            if (vx == null || vy == null) {
                throw new IllegalArgumentException(
                        "design point " + p.result().name() + " does not vary both " + x.path() + " and " + y.path());
            }
            double z = pairedMode
                    ? SweepChart.paired(p, base, metric).mean()
                    : p.result().statistics(metric).mean();
            xyz[0][i] = vx;
            xyz[1][i] = vy;
            xyz[2][i] = z;
            if (!Double.isNaN(z)) {
                min = Math.min(min, z);
                max = Math.max(max, z);
                if (best < 0 || (metric.higherIsBetter() ? z > xyz[2][best] : z < xyz[2][best])) {
                    best = i;
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(SERIES, xyz);
        boolean fromZero = pairedMode
                || (metric.unit().extensive() && max - min >= MIN_SPREAD * Math.max(Math.abs(min), Math.abs(max)));
        if (fromZero) {
            // the scale reaches zero: a small difference does not span every colour
            min = Math.min(0, min);
            max = Math.max(0, max);
        }
        boolean broken = !fromZero && metric.unit().extensive() && (min > 0 || max < 0);
        ViridisScale scale = new ViridisScale(min, max);
        boolean grid = onGrid(points, x, y);

        NumberAxis xAxis = new NumberAxis(SweepChart.leverAxisLabel(x.path()));
        NumberAxis yAxis = new NumberAxis(SweepChart.leverAxisLabel(y.path()));
        for (NumberAxis a : new NumberAxis[] {xAxis, yAxis}) {
            a.setAutoRangeIncludesZero(false);
            a.setLowerMargin(0);
            a.setUpperMargin(0);
        }
        xAxis.setNumberFormatOverride(UnitFormat.axis(MetricUnit.RATIO, ""));
        yAxis.setNumberFormatOverride(UnitFormat.axis(MetricUnit.RATIO, ""));
        if (x.integer()) {
            xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (y.integer()) {
            yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (grid) {
            SweepChart.gridTicks(xAxis, x);
            SweepChart.gridTicks(yAxis, y);
        }
        double hx = grid ? x.step() / 2 : Math.max((x.to() - x.from()) * 0.04, 1e-9);
        double hy = grid ? y.step() / 2 : Math.max((y.to() - y.from()) * 0.04, 1e-9);
        xAxis.setRange(x.from() - hx, x.to() + hx);
        yAxis.setRange(y.from() - hy, y.to() + hy);

        XYPlot plot;
        if (grid) {
            XYBlockRenderer r = new XYBlockRenderer();
            r.setBlockWidth(x.step());
            r.setBlockHeight(y.step());
            r.setBlockAnchor(RectangleAnchor.CENTER);
            r.setPaintScale(scale);
            plot = new XYPlot(data, xAxis, yAxis, r);
        } else {
            XYShapeRenderer r = new XYShapeRenderer();
            r.setPaintScale(scale);
            // smaller discs when there are many, so that they overlap less
            double radius = n > 200 ? 10 : 16;
            Ellipse2D disc = new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
            r.setDefaultShape(disc);
            r.setSeriesShape(0, disc);
            r.setDrawOutlines(true);
            r.setUseOutlinePaint(true);
            r.setSeriesOutlinePaint(0, Color.WHITE);
            plot = new XYPlot(data, xAxis, yAxis, r);
        }
        Theme.style(plot);
        plot.setDomainGridlinesVisible(!grid);
        plot.setRangeGridlinesVisible(!grid);

        UnitFormat label = pairedMode
                ? UnitFormat.differenceLabel(metric.unit(), context.currency())
                : UnitFormat.label(metric.unit(), context.currency());
        UnitFormat coordinate = UnitFormat.label(MetricUnit.RATIO, "");
        boolean labelled =
                grid && x.values().size() <= MAX_LABELLED && y.values().size() <= MAX_LABELLED;
        if (labelled) {
            Font font =
                    Theme.font(Font.PLAIN, Theme.ITEM_LABEL_SIZE - (x.values().size() > 8 ? 4 : 0));
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(xyz[2][i])) {
                    continue;
                }
                XYTextAnnotation t = new XYTextAnnotation(label.text(xyz[2][i]), xyz[0][i], xyz[1][i]);
                t.setFont(font);
                t.setPaint(Palette.textOn((Color) scale.getPaint(xyz[2][i])));
                t.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(t);
            }
        }
        if (best >= 0 && grid) {
            double bx = xyz[0][best];
            double by = xyz[1][best];
            Rectangle2D outline = new Rectangle2D.Double(bx - x.step() / 2, by - y.step() / 2, x.step(), y.step());
            plot.addAnnotation(new XYShapeAnnotation(outline, new BasicStroke(5f), Color.BLACK));
        } else if (best >= 0) {
            DefaultXYDataset ring = new DefaultXYDataset();
            ring.addSeries(BEST, new double[][] {{xyz[0][best]}, {xyz[1][best]}});
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesShape(0, new Ellipse2D.Double(-24, -24, 48, 48));
            r.setSeriesShapesFilled(0, false);
            r.setUseOutlinePaint(true);
            r.setSeriesOutlinePaint(0, Color.BLACK);
            r.setSeriesOutlineStroke(0, new BasicStroke(5f));
            plot.setDataset(1, ring);
            plot.setRenderer(1, r);
        }

        String name = Labels.name(metric);
        String sweepBase = SweepChart.baseName(points.get(0), x.path());
        String bestText = best < 0
                ? ""
                : "; outlined: the best, " + label.text(xyz[2][best]) + " at " + Labels.lower(Labels.lever(x.path()))
                        + " " + coordinate.text(xyz[0][best]) + " and " + Labels.lower(Labels.lever(y.path())) + " "
                        + coordinate.text(xyz[1][best]);
        String what = pairedMode
                ? "paired difference to " + SweepChart.describe(base) + " (replication k minus its replication k), mean"
                : "mean";
        JFreeChart chart = Theme.chart(
                (pairedMode ? name + ": difference to the base point over " : name + " over ")
                        + Labels.lower(Labels.lever(x.path())) + " and " + Labels.lower(Labels.lever(y.path())),
                (sweepBase.isEmpty()
                                ? Character.toUpperCase(what.charAt(0)) + what.substring(1)
                                : "Sweep of " + sweepBase + "; " + what)
                        + " of " + context.runs() + " per point" + bestText,
                context,
                plot,
                false,
                null);

        NumberAxis scaleAxis = new NumberAxis();
        scaleAxis.setNumberFormatOverride(
                pairedMode
                        ? UnitFormat.differenceAxis(metric.unit(), context.currency())
                        : UnitFormat.axis(metric.unit(), context.currency()));
        scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        Theme.style(scaleAxis);
        if (broken) {
            scaleAxis.setLabel(NOT_FROM_ZERO);
        }
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(32);
        legend.setSubdivisionCount(128);
        legend.setStripOutlineVisible(false);
        legend.setMargin(new RectangleInsets(8, 24, 8, 0));
        legend.setPadding(new RectangleInsets(0, 0, 0, 0));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }
}

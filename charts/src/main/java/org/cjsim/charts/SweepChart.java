package org.cjsim.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Response of a summary metric to one lever of a sweep: the mean over replications at each value of the
 * lever with its 95% confidence interval.
 *
 * <p>The design points are grouped by the values of the other levers. When every group has at least two
 * values of this lever and there are at most {@value #MAX_CURVES} groups (a one-lever sweep, or a grid whose
 * other lever has few values), each group is a curve with a shaded band, coloured along the viridis scale by
 * group; a single curve has a shaded band, several have whiskers, shifted slightly sideways ({@link #DODGE})
 * so that they do not hide each other. Otherwise (a Latin hypercube, or many levers) each point is drawn on its own with a whisker.
 */
public final class SweepChart {
    /** The most curves drawn; with more groups the points are drawn alone. */
    public static final int MAX_CURVES = 8;

    /**
     * Between neighbouring curves, their points are shifted sideways by this share of the lever's range,
     * so that whiskers at the same lever value do not hide each other.
     */
    public static final double DODGE = 0.006;

    /** The most grid values for which the axis ticks sit exactly on the grid. */
    static final int MAX_GRID_TICKS = 15;

    private SweepChart() {}

    /** True when {@code points} against {@code axis} are drawn as curves with bands. */
    public static boolean curves(List<Sweep.Point> points, SweepAxis axis) {
        Map<String, List<Sweep.Point>> groups = groups(points, axis);
        return groups.size() <= MAX_CURVES && groups.values().stream().allMatch(g -> g.size() >= 2);
    }

    /** The chart of {@code metric} against {@code axis}. */
    public static JFreeChart create(
            List<Sweep.Point> points, SweepAxis axis, SummaryMetric metric, ChartContext context) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the sweep has no points to chart");
        }
        for (Sweep.Point p : points) {
            if (p.values().get(axis.path()) == null) {
                throw new IllegalArgumentException(
                        "design point " + p.result().name() + " does not vary " + axis.path());
            }
        }
        Map<String, List<Sweep.Point>> groups = groups(points, axis);
        boolean curves = curves(points, axis);
        boolean band = curves && groups.size() == 1;
        double dodge = curves && groups.size() > 1 ? (axis.to() - axis.from()) * DODGE : 0;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<LegendItem> legend = new ArrayList<>();
        int g = 0;
        for (Map.Entry<String, List<Sweep.Point>> e : groups.entrySet()) {
            String key = curves ? (e.getKey().isEmpty() ? Labels.name(metric) : e.getKey()) : "design points";
            YIntervalSeries series =
                    data.indexOf(key) >= 0 ? data.getSeries(data.indexOf(key)) : new YIntervalSeries(key, true, true);
            for (Sweep.Point p : e.getValue()) {
                MetricStatistics st = p.result().statistics(metric);
                if (Double.isNaN(st.mean())) {
                    continue;
                }
                double lo = Double.isNaN(st.ciLow()) ? st.mean() : st.ciLow();
                double hi = Double.isNaN(st.ciHigh()) ? st.mean() : st.ciHigh();
                series.add(p.values().get(axis.path()) + (g - (groups.size() - 1) / 2.0) * dodge, st.mean(), lo, hi);
            }
            if (data.indexOf(key) < 0) {
                data.addSeries(series);
                Color colour = groups.size() == 1 || !curves
                        ? Palette.BLUE
                        : ViridisScale.colour(0.85 * g / (groups.size() - 1));
                legend.add(Theme.line(key, colour));
            }
            g++;
        }

        AbstractXYItemRenderer renderer;
        Ellipse2D dot = new Ellipse2D.Double(-7, -7, 14, 14);
        if (band) {
            DeviationRenderer r = new DeviationRenderer(true, true);
            r.setAlpha(0.2f);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                Color colour = (Color) legend.get(i).getLinePaint();
                r.setSeriesPaint(i, colour);
                r.setSeriesFillPaint(i, colour);
                r.setSeriesStroke(i, Theme.LINE);
                r.setSeriesShape(i, dot);
            }
            renderer = r;
        } else {
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDefaultLinesVisible(curves);
            r.setDefaultShapesVisible(true);
            r.setDrawXError(false);
            r.setErrorPaint(curves ? null : Palette.DARK_GREY);
            r.setErrorStroke(Theme.WHISKER);
            r.setCapLength(12);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                r.setSeriesPaint(i, (Color) legend.get(i).getLinePaint());
                r.setSeriesStroke(i, Theme.LINE);
                r.setSeriesShape(i, dot);
            }
            renderer = r;
        }

        NumberAxis x = new NumberAxis(leverAxisLabel(axis.path()));
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(UnitFormat.axis(MetricUnit.RATIO, ""));
        if (axis.integer()) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (curves) {
            gridTicks(x, axis);
        }
        double pad = Math.max((axis.to() - axis.from()) * 0.03, 1e-9);
        x.setRange(axis.from() - pad, axis.to() + pad);
        String name = Labels.name(metric);
        NumberAxis y = new NumberAxis(Labels.axis(name, metric.unit()));
        y.setNumberFormatOverride(UnitFormat.axis(metric.unit(), context.currency()));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Theme.style(plot);
        if (metric.unit() == MetricUnit.CURRENCY || metric.unit() == MetricUnit.SCORE) {
            plot.addRangeMarker(Theme.zeroLine(0, null, false));
        }
        String base = baseName(points.get(0), axis.path());
        String lever = Labels.lever(axis.path());
        String subtitle = (base.isEmpty() ? lever : "Sweep of " + base + ": " + Labels.lower(lever)) + " from "
                + Labels.value(axis.from()) + " to " + Labels.value(axis.to()) + "; mean of " + context.runs()
                + " per point; " + (band ? "shaded" : "whiskers") + ": 95% confidence interval";
        return Theme.chart(
                name + " across " + Labels.lower(Labels.lever(axis.path())),
                subtitle,
                context,
                plot,
                curves && groups.size() > 1,
                Theme.legend(legend));
    }

    /**
     * Puts the ticks of {@code axis} on the grid values of {@code sweep} when the grid is small and its
     * values are multiples of its step (so that ticks fall on them).
     */
    static void gridTicks(NumberAxis axis, SweepAxis sweep) {
        double k = sweep.from() / sweep.step();
        if (sweep.values().size() <= MAX_GRID_TICKS && Math.abs(k - Math.rint(k)) < 1e-6) {
            axis.setTickUnit(new NumberTickUnit(sweep.step(), UnitFormat.axis(MetricUnit.RATIO, "")));
        }
    }

    /** Points grouped by the values of the other levers, groups in the order of those values, points by this lever's value. */
    static Map<String, List<Sweep.Point>> groups(List<Sweep.Point> points, SweepAxis axis) {
        Map<List<Double>, List<Sweep.Point>> byValues = new TreeMap<>(SweepChart::compareLists);
        Map<List<Double>, String> names = new LinkedHashMap<>();
        for (Sweep.Point p : points) {
            List<Double> others = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (Map.Entry<String, Double> e : p.values().entrySet()) {
                if (!e.getKey().equals(axis.path())) {
                    others.add(e.getValue());
                    words.add(Labels.lever(e.getKey()) + " = " + Labels.value(e.getValue()));
                }
            }
            byValues.computeIfAbsent(others, k -> new ArrayList<>()).add(p);
            names.putIfAbsent(others, String.join(", ", words));
        }
        Map<String, List<Sweep.Point>> groups = new LinkedHashMap<>();
        for (Map.Entry<List<Double>, List<Sweep.Point>> e : byValues.entrySet()) {
            List<Sweep.Point> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Comparator.comparingDouble(p -> p.values().get(axis.path())));
            groups.put(names.get(e.getKey()), sorted);
        }
        return groups;
    }

    private static int compareLists(List<Double> a, List<Double> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Double.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The axis label of a lever: its name and, unless the name already says it, its unit. */
    static String leverAxisLabel(String path) {
        String name = Labels.lever(path);
        ParamInfo info = Params.info(path).orElse(null);
        if (info == null || info.unit().isBlank()) {
            return name;
        }
        String unit = info.unit();
        if (squash(name).contains(squash(unit))) {
            return name;
        }
        return name + " (" + unit + ")";
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The base scenario's name, from a design point's name such as {@code baseline strategy.latitude=0.3}. */
    static String baseName(Sweep.Point point, String firstPath) {
        String name = point.result().name();
        String first = point.values().keySet().stream().findFirst().orElse(firstPath);
        int at = name.indexOf(" " + first + "=");
        return at > 0 ? name.substring(0, at) : "";
    }
}

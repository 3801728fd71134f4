package org.cjsim.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.ReplicationResult;
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
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
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
 * so that they do not hide each other. Otherwise (a Latin hypercube, or many levers) each point is drawn on its own with a whisker;
 * beyond {@value #MAX_WHISKERS} points, as a small dot without whisker, with a trend line through the mean of
 * the points in each of up to {@value #MAX_BINS} equal bins of the lever, so that a thousand points still
 * read.
 *
 * <p>The value axis of money and counts ({@link MetricUnit#extensive()}) starts at zero, so that a small
 * difference is not drawn as a large one. On request ({@link #create(List, SweepAxis, SummaryMetric,
 * ChartContext, Sweep.Point)} with a base point) each point is drawn as its paired difference to the base
 * point instead: replication k minus the base point's replication k (the same seed), with its 95% confidence
 * interval, and the zero line.
 */
public final class SweepChart {
    /** The most curves drawn; with more groups the points are drawn alone. */
    public static final int MAX_CURVES = 8;

    /**
     * Between neighbouring curves, their points are shifted sideways by this share of the lever's range,
     * so that whiskers at the same lever value do not hide each other.
     */
    public static final double DODGE = 0.006;

    /** The most points drawn with whiskers when they are not curves; with more, dots and a trend. */
    public static final int MAX_WHISKERS = 60;

    /** The most bins of the trend line through many points. */
    public static final int MAX_BINS = 20;

    /** The series key of the trend line through many points. */
    public static final String TREND = "trend";

    private static final java.awt.BasicStroke TREND_HALO =
            new java.awt.BasicStroke(10f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND);

    /** The most grid values for which the axis ticks sit exactly on the grid. */
    static final int MAX_GRID_TICKS = 15;

    private SweepChart() {}

    /** True when {@code points} against {@code axis} are drawn as curves with bands. */
    public static boolean curves(List<Sweep.Point> points, SweepAxis axis) {
        Map<String, List<Sweep.Point>> groups = groups(points, axis);
        return groups.size() <= MAX_CURVES && groups.values().stream().allMatch(g -> g.size() >= 2);
    }

    /** The chart of {@code metric} against {@code axis}: the mean of each point. */
    public static JFreeChart create(
            List<Sweep.Point> points, SweepAxis axis, SummaryMetric metric, ChartContext context) {
        return create(points, axis, metric, context, null);
    }

    /**
     * The design point a paired sweep chart takes as its base: the point nearest the base scenario's values
     * of the levers (distances scaled by each lever's range), the first in design order on a tie; the point
     * itself when the base's values are on the design.
     */
    public static Sweep.Point basePoint(Sweep.Result result) {
        Sweep.Point best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Sweep.Point p : result.points()) {
            double d = 0;
            for (SweepAxis axis : result.axes()) {
                Object v = Params.get(result.study().base(), axis.path());
                double base = v instanceof Number n ? n.doubleValue() : v instanceof Boolean b && b ? 1 : 0;
                double range = Math.max(axis.to() - axis.from(), 1e-12);
                Double at = p.values().get(axis.path());
                d += at == null ? 0 : Math.pow((at - base) / range, 2);
            }
            if (d < bestDistance - 1e-12) {
                best = p;
                bestDistance = d;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the sweep has no points to chart");
        }
        return best;
    }

    /**
     * The paired difference of {@code metric} of {@code point} to {@code base}: replication k minus the base's
     * replication k, matched by replication index.
     */
    public static PairedDifference paired(Sweep.Point point, Sweep.Point base, SummaryMetric metric) {
        if (point == base) {
            return PairedDifference.zero(point.result().replications().size());
        }
        Map<Integer, Double> baseValues = new HashMap<>();
        for (ReplicationResult r : base.result().replications()) {
            baseValues.put(r.replication(), r.get(metric));
        }
        List<Double> differences = new ArrayList<>();
        for (ReplicationResult r : point.result().replications()) {
            Double b = baseValues.get(r.replication());
            if (b != null) {
                differences.add(r.get(metric) - b);
            }
        }
        return PairedDifference.of(
                differences.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** What the base point is, in words: "the point at latitude 0.4". */
    static String describe(Sweep.Point base) {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Double> e : base.values().entrySet()) {
            words.add(Labels.lower(Labels.lever(e.getKey())) + " " + Labels.value(e.getValue()));
        }
        return "the point at " + String.join(", ", words);
    }

    /**
     * The chart of {@code metric} against {@code axis}: the mean of each point, or with a {@code base} point
     * (see {@link #basePoint}) each point's paired difference to it.
     */
    public static JFreeChart create(
            List<Sweep.Point> points, SweepAxis axis, SummaryMetric metric, ChartContext context, Sweep.Point base) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the sweep has no points to chart");
        }
        for (Sweep.Point p : points) {
            if (p.values().get(axis.path()) == null) {
                throw new IllegalArgumentException(
                        "design point " + p.result().name() + " does not vary " + axis.path());
            }
        }
        boolean pairedMode = base != null;
        Map<String, List<Sweep.Point>> groups = groups(points, axis);
        boolean curves = curves(points, axis);
        boolean many = !curves && points.size() > MAX_WHISKERS;
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
                double[] v = value(p, base, metric);
                if (Double.isNaN(v[0])) {
                    continue;
                }
                double lo = many || Double.isNaN(v[1]) ? v[0] : v[1];
                double hi = many || Double.isNaN(v[2]) ? v[0] : v[2];
                series.add(p.values().get(axis.path()) + (g - (groups.size() - 1) / 2.0) * dodge, v[0], lo, hi);
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
        if (many) {
            YIntervalSeries trend = trend(data.getSeries(0), axis);
            data.addSeries(trend);
            legend.clear();
            LegendItem dots = new LegendItem(
                    "design points (" + points.size() + ")",
                    null,
                    null,
                    null,
                    new Ellipse2D.Double(-6, -6, 12, 12),
                    Palette.BLUE);
            dots.setLabelFont(Theme.font(java.awt.Font.PLAIN, Theme.LEGEND_SIZE));
            legend.add(dots);
            legend.add(Theme.line(
                    "trend: mean of the points in each of " + trend.getItemCount() + " bins of "
                            + Labels.lower(Labels.lever(axis.path())),
                    Palette.VERMILLION));
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
        } else if (many) {
            // faint dots, and the trend over them in a white halo so that it reads where they are dense
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer() {
                private static final long serialVersionUID = 1L;

                @Override
                public int getPassCount() {
                    return 3;
                }

                @Override
                protected boolean isLinePass(int pass) {
                    return pass == 1 || pass == 2;
                }

                @Override
                protected boolean isItemPass(int pass) {
                    return pass == 0;
                }

                @Override
                protected void drawFirstPassShape(
                        java.awt.Graphics2D g2, int pass, int series, int item, java.awt.Shape shape) {
                    g2.setStroke(pass == 1 ? TREND_HALO : Theme.LINE);
                    g2.setPaint(pass == 1 ? Color.WHITE : Palette.VERMILLION);
                    g2.draw(shape);
                }
            };
            Color faint = new Color(Palette.BLUE.getRed(), Palette.BLUE.getGreen(), Palette.BLUE.getBlue(), 90);
            r.setDrawSeriesLineAsPath(true);
            r.setSeriesLinesVisible(0, false);
            r.setSeriesShapesVisible(0, true);
            r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            r.setSeriesPaint(0, faint);
            r.setSeriesLinesVisible(1, true);
            r.setSeriesShapesVisible(1, false);
            r.setSeriesStroke(1, Theme.LINE);
            r.setSeriesPaint(1, Palette.VERMILLION);
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
        String baseText = pairedMode ? describe(base) : "";
        NumberAxis y = new NumberAxis(
                pairedMode
                        ? Labels.axis("Difference in " + Labels.lower(name) + " vs the base point", metric.unit())
                        : Labels.axis(name, metric.unit()));
        y.setNumberFormatOverride(
                pairedMode
                        ? UnitFormat.differenceAxis(metric.unit(), context.currency())
                        : UnitFormat.axis(metric.unit(), context.currency()));
        // money and counts from zero, so that a small difference is not drawn as a large one; differences
        // always show their zero
        y.setAutoRangeIncludesZero(pairedMode || metric.unit().extensive());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Theme.style(plot);
        if (pairedMode || metric.unit() == MetricUnit.CURRENCY || metric.unit() == MetricUnit.SCORE) {
            plot.addRangeMarker(Theme.zeroLine(0, null, false));
        }
        String sweepBase = baseName(points.get(0), axis.path());
        String lever = Labels.lever(axis.path());
        String what = many
                ? "dots: the mean of each of " + points.size() + " points"
                : (band ? "shaded" : "whiskers") + ": 95% confidence interval";
        String subtitle = (sweepBase.isEmpty() ? lever : "Sweep of " + sweepBase + ": " + Labels.lower(lever))
                + " from " + Labels.value(axis.from()) + " to " + Labels.value(axis.to()) + "; "
                + (pairedMode
                        ? "paired difference to " + baseText + " (replication k minus its replication k), mean of "
                        : "mean of ")
                + context.runs() + " per point; " + what;
        return Theme.chart(
                (pairedMode ? name + ": difference to the base point across " : name + " across ")
                        + Labels.lower(Labels.lever(axis.path())),
                subtitle,
                context,
                plot,
                (curves && groups.size() > 1) || many,
                Theme.legend(legend));
    }

    /**
     * The value of {@code metric} at {@code p}: its mean and 95% confidence interval, or with a {@code base}
     * its paired difference to the base point and that difference's interval.
     */
    private static double[] value(Sweep.Point p, Sweep.Point base, SummaryMetric metric) {
        if (base == null) {
            MetricStatistics st = p.result().statistics(metric);
            return new double[] {st.mean(), st.ciLow(), st.ciHigh()};
        }
        PairedDifference d = paired(p, base, metric);
        return new double[] {d.mean(), d.ciLow(), d.ciHigh()};
    }

    /**
     * The trend through many points: the mean of the points in each of up to {@link #MAX_BINS} equal bins of
     * the lever's range (about ten points a bin at least), at the bin's middle; empty bins are skipped.
     */
    static YIntervalSeries trend(YIntervalSeries points, SweepAxis axis) {
        int n = points.getItemCount();
        int bins = Math.max(1, Math.min(MAX_BINS, n / 10));
        double width = (axis.to() - axis.from()) / bins;
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < n; i++) {
            double xv = points.getX(i).doubleValue();
            int b = width <= 0 ? 0 : (int) Math.min(bins - 1, Math.max(0, Math.floor((xv - axis.from()) / width)));
            sum[b] += points.getYValue(i);
            count[b]++;
        }
        YIntervalSeries trend = new YIntervalSeries(TREND, true, true);
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                double m = sum[b] / count[b];
                trend.add(axis.from() + (b + 0.5) * width, m, m, m);
            }
        }
        return trend;
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

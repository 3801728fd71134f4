package org.cjsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live charts of the lab, drawn directly with JFreeChart 1.5: customers (with promoters and
 * detractors), Net Promoter Score, cumulative net contribution, contacts waiting, resolution time and
 * employee stress, one point per simulated day, with a dashed line on the day a lever change took effect.
 *
 * <p>The charts are plain {@link JFreeChart}s over {@link XYSeries}: {@link #addDay} and {@link
 * #markChanges} must run on the Swing thread once the charts are on screen.
 */
public final class LabCharts {
    /** The daily metrics the charts read, in the order of {@link #addDay}'s values. */
    public static final List<DailyMetric> METRICS = List.of(
            DailyMetric.CUSTOMERS,
            DailyMetric.PROMOTERS,
            DailyMetric.DETRACTORS,
            DailyMetric.NPS,
            DailyMetric.CUMULATIVE_NET_CONTRIBUTION,
            DailyMetric.QUEUE_LENGTH,
            DailyMetric.MEAN_RESOLUTION_DAYS,
            DailyMetric.RESOLVED,
            DailyMetric.MEAN_STRESS);

    /** Days over which the resolution time is averaged for its smooth line. */
    static final int RESOLUTION_WINDOW = 30;

    private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    private static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    private static final Color MARKER = new Color(0x44, 0x44, 0x44);

    private final Map<DailyMetric, XYSeries> series = new EnumMap<>(DailyMetric.class);
    private final XYSeries resolutionAverage = new XYSeries(RESOLUTION_WINDOW + "-day average", true, false);
    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<double[]> resolutionWindow = new ArrayList<>();

    /**
     * @param currency the currency symbol of the scenario, for the net contribution axis
     */
    public LabCharts(String currency) {
        for (DailyMetric m : METRICS) {
            series.put(m, new XYSeries(label(m), true, false));
        }
        charts.add(chart(
                "Customers",
                "people",
                List.of(DailyMetric.CUSTOMERS, DailyMetric.PROMOTERS, DailyMetric.DETRACTORS),
                List.of(BLUE, PersonCategory.PROMOTER.color(), PersonCategory.DETRACTOR.color())));
        charts.add(chart("Net Promoter Score", "score (-100 to 100)", List.of(DailyMetric.NPS), List.of(BLUE)));
        JFreeChart money = chart(
                "Cumulative net contribution",
                currency,
                List.of(DailyMetric.CUMULATIVE_NET_CONTRIBUTION),
                List.of(BLUE));
        ((NumberAxis) money.getXYPlot().getRangeAxis())
                .setNumberFormatOverride(UnitFormat.axis(MetricUnit.CURRENCY, currency));
        charts.add(money);
        charts.add(chart(
                "Contacts waiting at the end of the day",
                "contacts",
                List.of(DailyMetric.QUEUE_LENGTH),
                List.of(REDDISH_PURPLE)));
        JFreeChart resolution = chart(
                "Time from issue to resolution",
                "days",
                List.of(DailyMetric.MEAN_RESOLUTION_DAYS),
                List.of(new Color(0x56, 0xB4, 0xE9)));
        XYPlot plot = resolution.getXYPlot();
        XYLineAndShapeRenderer points = (XYLineAndShapeRenderer) plot.getRenderer();
        points.setSeriesLinesVisible(0, false);
        points.setSeriesShapesVisible(0, true);
        points.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        XYSeriesCollection average = new XYSeriesCollection(resolutionAverage);
        plot.setDataset(1, average);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, BLUE);
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, line);
        charts.add(resolution);
        charts.add(chart(
                "Mean employee stress", "stress (0-1)", List.of(DailyMetric.MEAN_STRESS), List.of(REDDISH_PURPLE)));
    }

    private static String label(DailyMetric m) {
        switch (m) {
            case CUSTOMERS:
                return "customers";
            case PROMOTERS:
                return "promoters";
            case DETRACTORS:
                return "detractors";
            case MEAN_RESOLUTION_DAYS:
                return "complaints resolved that day";
            default:
                return m.description();
        }
    }

    /**
     * The smallest span of the vertical axis of a chart of {@code metric}, so that day-to-day noise in a
     * small market does not fill the chart.
     */
    static double minimumSpan(DailyMetric metric) {
        switch (metric) {
            case NPS:
                return 20;
            case CUSTOMERS:
                return 20;
            case QUEUE_LENGTH:
                return 5;
            case MEAN_RESOLUTION_DAYS:
                return 2;
            case MEAN_STRESS:
                return 0.2;
            default:
                return 1e-6;
        }
    }

    /** True for metrics that can be negative. */
    static boolean signed(DailyMetric metric) {
        return metric == DailyMetric.NPS || metric == DailyMetric.CUMULATIVE_NET_CONTRIBUTION;
    }

    private JFreeChart chart(String title, String axis, List<DailyMetric> metrics, List<Color> colors) {
        XYSeriesCollection data = new XYSeriesCollection();
        metrics.forEach(m -> data.addSeries(series.get(m)));
        NumberAxis x = new NumberAxis("day");
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(axis);
        // counts, times and stress never go below zero; the score and money can
        if (!signed(metrics.get(0))) {
            y.setAutoRangeIncludesZero(true);
            y.setRangeType(RangeType.POSITIVE);
        } else {
            y.setAutoRangeIncludesZero(false);
        }
        y.setAutoRangeMinimumSize(minimumSpan(metrics.get(0)));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        // the theme resets paints: apply it first, then colour the series
        theme().apply(chart);
        for (int s = 0; s < colors.size(); s++) {
            renderer.setSeriesPaint(s, colors.get(s));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        boolean severalSeries = metrics.size() > 1 || metrics.contains(DailyMetric.MEAN_RESOLUTION_DAYS);
        if (legend != null) {
            legend.setVisible(severalSeries);
            legend.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return theme;
    }

    /** The charts, in display order. */
    public List<JFreeChart> charts() {
        return charts;
    }

    /** The series of one of the {@link #METRICS}. */
    public XYSeries series(DailyMetric metric) {
        return series.get(metric);
    }

    /** The average resolution time of the complaints resolved in the last {@link #RESOLUTION_WINDOW} days. */
    public XYSeries resolutionAverage() {
        return resolutionAverage;
    }

    /** Empties every chart, for a new run. */
    public void reset() {
        series.values().forEach(XYSeries::clear);
        resolutionAverage.clear();
        resolutionWindow.clear();
        charts.forEach(c -> c.getXYPlot().clearDomainMarkers());
    }

    /**
     * Adds one closed day.
     *
     * @param values the day's values of {@link #METRICS}, in that order; NaN leaves a gap
     */
    public void addDay(int day, double[] values) {
        for (int k = 0; k < METRICS.size(); k++) {
            double v = values[k];
            series.get(METRICS.get(k)).add(day, Double.isNaN(v) ? null : (Number) v);
        }
        double mean = values[METRICS.indexOf(DailyMetric.MEAN_RESOLUTION_DAYS)];
        double resolved = values[METRICS.indexOf(DailyMetric.RESOLVED)];
        resolutionWindow.add(new double[] {mean, Double.isNaN(mean) ? 0 : Math.max(1, resolved)});
        if (resolutionWindow.size() > RESOLUTION_WINDOW) {
            resolutionWindow.remove(0);
        }
        // the mean over every complaint resolved in the window: each day's mean weighted by its count
        double sum = 0;
        double count = 0;
        for (double[] v : resolutionWindow) {
            if (v[1] > 0) {
                sum += v[0] * v[1];
                count += v[1];
            }
        }
        resolutionAverage.add(day, count == 0 ? null : (Number) (sum / count));
    }

    /** Draws a dashed line on each day a lever change took effect, labelled with the new values. */
    public void markChanges(SortedMap<Integer, Map<String, Object>> changes) {
        for (JFreeChart chart : charts) {
            XYPlot plot = chart.getXYPlot();
            plot.clearDomainMarkers();
            changes.forEach((day, values) -> {
                ValueMarker marker = new ValueMarker(
                        day,
                        MARKER,
                        new BasicStroke(
                                1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
                marker.setLabel(values.entrySet().stream()
                        .map(e -> e.getKey() + " " + text(e.getValue()))
                        .collect(Collectors.joining(", ")));
                marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                marker.setLabelPaint(MARKER);
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(marker);
            });
        }
    }

    private static String text(Object value) {
        return value instanceof Number n ? UnitFormat.parameter(n.doubleValue()) : String.valueOf(value);
    }
}

package org.cjsim.charts;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of chart, with the label the command line uses ({@code cjsim chart DIR --type bridge}), the
 * kind of results each needs, and which metric {@code --metric} chooses.
 */
public enum ChartType {
    /** A daily metric over time per strategy with its 95% band; metric: a daily metric, default customers. */
    TIME_SERIES("time-series", Needs.COMPARISON, MetricKind.DAILY, "customers"),
    /** Difference of a summary metric to the reference per strategy; default net contribution. */
    COMPARISON("comparison", Needs.COMPARISON, MetricKind.SUMMARY, "net_contribution"),
    /** Profit bridge from the reference to each strategy; only net contribution. */
    BRIDGE("bridge", Needs.COMPARISON, MetricKind.BRIDGE, "net_contribution"),
    /** Tornado of a sensitivity analysis; default net contribution. */
    TORNADO("tornado", Needs.SENSITIVITY, MetricKind.SUMMARY, "net_contribution"),
    /** Response curve(s) of a sweep; default net contribution. */
    SWEEP("sweep", Needs.SWEEP, MetricKind.SUMMARY, "net_contribution"),
    /** Heatmap of a two-lever sweep; default net contribution. */
    HEATMAP("heatmap", Needs.SWEEP, MetricKind.SUMMARY, "net_contribution"),
    /** Journey funnel per strategy; no metric. */
    FUNNEL("funnel", Needs.COMPARISON, MetricKind.NONE, null),
    /** NPS split per strategy; no metric. */
    NPS("nps", Needs.COMPARISON, MetricKind.NONE, null),
    /** Retention ladder per strategy; no metric. */
    LADDER("ladder", Needs.COMPARISON, MetricKind.NONE, null);

    /** The results a chart type is drawn from. */
    public enum Needs {
        /** An experiment of strategies with a reference ({@link ChartData.Comparison}). */
        COMPARISON,
        /** A sweep ({@link ChartData.SweepData}). */
        SWEEP,
        /** A sensitivity analysis ({@link ChartData.SensitivityData}). */
        SENSITIVITY
    }

    /** What {@code --metric} names for a chart type. */
    public enum MetricKind {
        /** A {@link org.cjsim.metrics.DailyMetric}. */
        DAILY,
        /** A {@link org.cjsim.metrics.SummaryMetric}. */
        SUMMARY,
        /** Only net contribution (the ledger lines add up to it and to nothing else). */
        BRIDGE,
        /** No metric: the chart shows fixed metrics. */
        NONE
    }

    private final String label;
    private final Needs needs;
    private final MetricKind metricKind;
    private final String defaultMetric;

    ChartType(String label, Needs needs, MetricKind metricKind, String defaultMetric) {
        this.label = label;
        this.needs = needs;
        this.metricKind = metricKind;
        this.defaultMetric = defaultMetric;
    }

    /** The lower-case hyphenated label, e.g. {@code time-series}. */
    public String label() {
        return label;
    }

    public Needs needs() {
        return needs;
    }

    public MetricKind metricKind() {
        return metricKind;
    }

    /** The metric key used when none is given, or null for chart types without a metric. */
    public String defaultMetric() {
        return defaultMetric;
    }

    /** Every label, comma-separated, for help and error messages. */
    public static String labels() {
        return Arrays.stream(values()).map(ChartType::label).collect(Collectors.joining(", "));
    }

    /**
     * The type whose label is {@code text} (ignoring case; {@code timeseries} and {@code time_series} are
     * accepted too).
     *
     * @throws IllegalArgumentException naming the allowed labels, if there is none
     */
    public static ChartType parse(String text) {
        String t = text == null ? "" : text.trim().replace('_', '-');
        for (ChartType type : values()) {
            if (type.label.equalsIgnoreCase(t) || type.label.replace("-", "").equalsIgnoreCase(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown chart type \"" + text + "\": use one of " + labels());
    }
}

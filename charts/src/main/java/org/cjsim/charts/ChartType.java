package org.cjsim.charts;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.StudyResult;
import org.cjsim.experiment.Sweep;

/**
 * The kinds of chart, with the label the command line uses ({@code cjsim chart DIR --type bridge}), the
 * kinds of study whose results each can draw, and which metric {@code --metric} chooses.
 */
public enum ChartType {
    /** A daily metric over time per strategy with its 95% band; metric: a daily metric, default customers. */
    TIME_SERIES("time-series", MetricKind.DAILY, "customers", SingleRun.Result.class, Comparison.Result.class),
    /** Difference of a summary metric to the reference per strategy; default net contribution. */
    COMPARISON("comparison", MetricKind.SUMMARY, "net_contribution", Comparison.Result.class),
    /**
     * The ranking of the strategies as a table (the one {@code compare} prints), with the business case's
     * ROI and payback; no metric.
     */
    RANKING("ranking", MetricKind.NONE, null, Comparison.Result.class),
    /** Profit bridge from the reference to each strategy; only net contribution. */
    BRIDGE("bridge", MetricKind.BRIDGE, "net_contribution", Comparison.Result.class),
    /**
     * Cumulative difference in cash against the reference per strategy, with its band and payback point; no
     * metric; needs daily series.
     */
    PAYBACK("payback", MetricKind.NONE, null, Comparison.Result.class),
    /**
     * A daily metric as each strategy's paired difference to the reference over time, with its 95% band;
     * metric: a daily metric, default NPS.
     */
    DIFFERENCE("difference", MetricKind.DAILY, "nps", Comparison.Result.class),
    /**
     * A daily metric as small multiples, one panel per strategy over the reference, on one scale; metric: a
     * daily metric, default mean resolution days.
     */
    TIME_SERIES_PANELS("panels", MetricKind.DAILY, "mean_resolution_days", Comparison.Result.class),
    /** Tornado of a sensitivity analysis; default net contribution. */
    TORNADO("tornado", MetricKind.SUMMARY, "net_contribution", Sensitivity.Result.class),
    /** Response curve(s) of a sweep; default net contribution. */
    SWEEP("sweep", MetricKind.SUMMARY, "net_contribution", Sweep.Result.class),
    /** Heatmap of a two-lever sweep; default net contribution. */
    HEATMAP("heatmap", MetricKind.SUMMARY, "net_contribution", Sweep.Result.class),
    /** Journey funnel per strategy; no metric. */
    FUNNEL("funnel", MetricKind.NONE, null, SingleRun.Result.class, Comparison.Result.class),
    /** NPS split per strategy; no metric. */
    NPS("nps", MetricKind.NONE, null, SingleRun.Result.class, Comparison.Result.class),
    /** Retention ladder per strategy; no metric. */
    LADDER("ladder", MetricKind.NONE, null, SingleRun.Result.class, Comparison.Result.class);

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
    private final List<Class<? extends StudyResult>> studies;
    private final MetricKind metricKind;
    private final String defaultMetric;

    @SafeVarargs
    ChartType(String label, MetricKind metricKind, String defaultMetric, Class<? extends StudyResult>... studies) {
        this.label = label;
        this.studies = List.of(studies);
        this.metricKind = metricKind;
        this.defaultMetric = defaultMetric;
    }

    /** The lower-case hyphenated label, e.g. {@code time-series}. */
    public String label() {
        return label;
    }

    /** The kinds of study result this type can draw (whether it draws a given one: {@link #draws}). */
    public List<Class<? extends StudyResult>> studies() {
        return studies;
    }

    /**
     * Whether {@code result} is of a kind of study this type draws. A chart may need more than the kind
     * (daily series, a second strategy, two levers): {@link Charts#drawable} says what it can draw in full.
     */
    public boolean draws(StudyResult result) {
        return studies.contains(result.getClass());
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

package org.cjsim.metrics;

import java.util.Arrays;

/**
 * The daily time series of one run: flows are added during the day, stocks set at its close, and {@link
 * #closeDay(int)} stores the row. Values are kept as floats (a run of 3 years keeps about 200 KB).
 */
public final class MetricsRecorder {
    private static final int METRICS = DailyMetric.values().length;

    private final float[][] series;
    private final double[] today = new double[METRICS];
    private int daysRecorded;

    public MetricsRecorder(int days) {
        series = new float[METRICS][days];
    }

    /** Adds {@code amount} to today's value of a flow. */
    public void add(DailyMetric metric, double amount) {
        today[metric.ordinal()] += amount;
    }

    /** Adds one to today's value of a flow. */
    public void increment(DailyMetric metric) {
        today[metric.ordinal()]++;
    }

    /** Sets today's value of a stock or rate. */
    public void set(DailyMetric metric, double value) {
        today[metric.ordinal()] = value;
    }

    /** Today's value so far. */
    public double today(DailyMetric metric) {
        return today[metric.ordinal()];
    }

    /** Stores today's row as day {@code day} and starts an empty day. */
    public void closeDay(int day) {
        for (int m = 0; m < METRICS; m++) {
            series[m][day] = (float) today[m];
        }
        Arrays.fill(today, 0);
        daysRecorded = Math.max(daysRecorded, day + 1);
    }

    /** Days recorded so far. */
    public int days() {
        return daysRecorded;
    }

    /** The recorded value of {@code metric} on {@code day}. */
    public double value(DailyMetric metric, int day) {
        return series[metric.ordinal()][day];
    }

    /** The most recently recorded value of {@code metric}, or NaN before the first day closes. */
    public double latest(DailyMetric metric) {
        return daysRecorded == 0 ? Double.NaN : series[metric.ordinal()][daysRecorded - 1];
    }

    /** Sum of {@code metric} over the days recorded. */
    public double sum(DailyMetric metric) {
        double s = 0;
        float[] row = series[metric.ordinal()];
        for (int d = 0; d < daysRecorded; d++) {
            s += row[d];
        }
        return s;
    }

    /** Mean of {@code metric} over the days recorded, skipping days without a value (NaN). */
    public double mean(DailyMetric metric) {
        double s = 0;
        int n = 0;
        float[] row = series[metric.ordinal()];
        for (int d = 0; d < daysRecorded; d++) {
            if (!Float.isNaN(row[d])) {
                s += row[d];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** The recorded series, {@code [metric][day]}, trimmed to the days recorded. */
    public float[][] table() {
        float[][] copy = new float[METRICS][];
        for (int m = 0; m < METRICS; m++) {
            copy[m] = Arrays.copyOf(series[m], daysRecorded);
        }
        return copy;
    }
}

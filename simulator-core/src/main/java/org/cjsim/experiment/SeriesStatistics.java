package org.cjsim.experiment;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A daily metric across replications, day by day: mean, 95% confidence interval of the mean, and the
 * 5% and 95% quantiles of the replications (the spread of single runs).
 */
public record SeriesStatistics(double[] mean, double[] ciLow, double[] ciHigh, double[] p05, double[] p95) {

    /** The value of replication {@code k} on day {@code d}, NaN for none. */
    @FunctionalInterface
    interface DayValue {
        double get(int k, int d);
    }

    /**
     * The statistics of {@code n} replications over {@code days} days, skipping NaN values day by day; with a
     * single value on a day, its interval is that value.
     */
    static SeriesStatistics of(int n, int days, DayValue value) {
        double[] mean = new double[days];
        double[] lo = new double[days];
        double[] hi = new double[days];
        double[] p05 = new double[days];
        double[] p95 = new double[days];
        double[] column = new double[n];
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int d = 0; d < days; d++) {
            int count = 0;
            for (int k = 0; k < n; k++) {
                double v = value.get(k, d);
                if (!Double.isNaN(v)) {
                    column[count++] = v;
                }
            }
            double[] values = Arrays.copyOf(column, count);
            MetricStatistics s = MetricStatistics.of(values);
            mean[d] = s.mean();
            lo[d] = s.n() < 2 ? s.mean() : s.ciLow();
            hi[d] = s.n() < 2 ? s.mean() : s.ciHigh();
            p05[d] = count == 0 ? Double.NaN : percentile.evaluate(values, 5);
            p95[d] = count == 0 ? Double.NaN : percentile.evaluate(values, 95);
        }
        return new SeriesStatistics(mean, lo, hi, p05, p95);
    }

    /** Number of days. */
    public int days() {
        return mean.length;
    }

    /** Equal when every series holds the same values (records compare arrays by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesStatistics s
                && Arrays.equals(mean, s.mean)
                && Arrays.equals(ciLow, s.ciLow)
                && Arrays.equals(ciHigh, s.ciHigh)
                && Arrays.equals(p05, s.p05)
                && Arrays.equals(p95, s.p95);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mean) * 31 + Arrays.hashCode(p95);
    }

    @Override
    public String toString() {
        return "SeriesStatistics[" + days() + " days, mean on the last day "
                + (mean.length == 0 ? "none" : mean[mean.length - 1]) + "]";
    }
}

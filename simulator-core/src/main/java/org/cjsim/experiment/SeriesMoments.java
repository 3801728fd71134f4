package org.cjsim.experiment;

/**
 * Running mean and variance of a series over replications, day by day (Welford's method), fed one
 * replication at a time in index order so that the result does not depend on the order in which runs
 * finished. NaN values are skipped day by day.
 */
final class SeriesMoments {
    private final int[] n;
    private final double[] mean;
    private final double[] m2;
    private int days;

    SeriesMoments(int days) {
        this.n = new int[days];
        this.mean = new double[days];
        this.m2 = new double[days];
        this.days = days;
    }

    /** Adds one replication's series (its first {@link #days()} values; a shorter one shortens the result). */
    void add(double[] values) {
        days = Math.min(days, values.length);
        for (int d = 0; d < days; d++) {
            double v = values[d];
            if (Double.isNaN(v)) {
                continue;
            }
            int count = ++n[d];
            double delta = v - mean[d];
            mean[d] += delta / count;
            m2[d] += delta * (v - mean[d]);
        }
    }

    /** Adds one replication's series of floats. */
    void add(float[] values) {
        double[] v = new double[values.length];
        for (int d = 0; d < values.length; d++) {
            v[d] = values[d];
        }
        add(v);
    }

    int days() {
        return days;
    }

    /**
     * The statistics of every replication added: mean and 95% confidence interval of the mean (the mean
     * itself with a single value on a day, NaN with none), with the quantiles of single runs given by {@code
     * quantiles} (estimated from the replications kept whole).
     */
    SeriesStatistics statistics(SeriesStatistics quantiles) {
        int length = Math.min(days, quantiles.days());
        double[] m = new double[length];
        double[] lo = new double[length];
        double[] hi = new double[length];
        for (int d = 0; d < length; d++) {
            if (n[d] == 0) {
                m[d] = lo[d] = hi[d] = Double.NaN;
                continue;
            }
            m[d] = mean[d];
            if (n[d] < 2) {
                lo[d] = hi[d] = mean[d];
            } else {
                double half = MetricStatistics.halfWidth(Math.sqrt(m2[d] / (n[d] - 1)), n[d]);
                lo[d] = mean[d] - half;
                hi[d] = mean[d] + half;
            }
        }
        return new SeriesStatistics(
                m,
                lo,
                hi,
                java.util.Arrays.copyOf(quantiles.p05(), length),
                java.util.Arrays.copyOf(quantiles.p95(), length));
    }
}

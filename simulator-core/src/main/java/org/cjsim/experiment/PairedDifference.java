package org.cjsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The difference of a metric between a strategy and a reference over paired replications (the same
 * replication index, hence common random numbers): mean difference, its t-based 95% confidence interval
 * and the two-sided p-value of the paired t-test.
 *
 * @param n number of pairs with values on both sides
 * @param mean mean of strategy minus reference
 * @param sd standard deviation of the differences
 * @param ciLow lower end of the 95% confidence interval of the mean difference
 * @param ciHigh upper end
 * @param pValue two-sided p-value of the paired t-test (NaN for n &lt; 2)
 */
public record PairedDifference(int n, double mean, double sd, double ciLow, double ciHigh, double pValue) {

    /** Differences {@code strategy[k] - reference[k]}, skipping pairs with a NaN. */
    public static PairedDifference of(double[] strategy, double[] reference) {
        int len = Math.min(strategy.length, reference.length);
        double[] d = new double[len];
        for (int k = 0; k < len; k++) {
            d[k] = strategy[k] - reference[k];
        }
        return of(d);
    }

    /** Statistics of already-paired differences, skipping NaN. */
    public static PairedDifference of(double[] differences) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : differences) {
            if (!Double.isNaN(v)) {
                stats.addValue(v);
            }
        }
        int n = (int) stats.getN();
        double mean = n == 0 ? Double.NaN : stats.getMean();
        if (n < 2) {
            return new PairedDifference(n, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = stats.getStandardDeviation();
        double half = MetricStatistics.halfWidth(sd, n);
        double p;
        if (sd == 0) {
            p = mean == 0 ? 1.0 : 0.0;
        } else {
            double t = mean / (sd / Math.sqrt(n));
            p = 2 * new TDistribution(null, n - 1).cumulativeProbability(-Math.abs(t));
        }
        return new PairedDifference(n, mean, sd, mean - half, mean + half, p);
    }

    /** An exact zero difference over {@code n} pairs (a variant identical to its reference). */
    public static PairedDifference zero(int n) {
        return new PairedDifference(n, 0, 0, 0, 0, 1);
    }

    /** True when the 95% confidence interval excludes zero (p &lt; 0.05). */
    public boolean significant() {
        return pValue < 0.05;
    }
}

package org.cjsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Mean, standard deviation and t-based 95% confidence interval of a metric over replications.
 *
 * @param n number of replications with a value (NaN values are skipped)
 * @param mean sample mean
 * @param sd sample standard deviation (NaN for n &lt; 2)
 * @param ciLow lower end of the 95% confidence interval of the mean (NaN for n &lt; 2)
 * @param ciHigh upper end of the 95% confidence interval of the mean
 */
public record MetricStatistics(int n, double mean, double sd, double ciLow, double ciHigh) {

    /** Statistics of {@code values}, skipping NaN. */
    public static MetricStatistics of(double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                stats.addValue(v);
            }
        }
        int n = (int) stats.getN();
        if (n == 0) {
            return new MetricStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = stats.getMean();
        if (n < 2) {
            return new MetricStatistics(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = stats.getStandardDeviation();
        double half = halfWidth(sd, n);
        return new MetricStatistics(n, mean, sd, mean - half, mean + half);
    }

    /** Half-width of the t-based 95% confidence interval of a mean. */
    static double halfWidth(double sd, int n) {
        return tQuantile(n - 1) * sd / Math.sqrt(n);
    }

    private static final double[] T_QUANTILES = new double[1024];

    /** The 97.5% quantile of Student's t with {@code df} degrees of freedom (cached: it is called per day). */
    static double tQuantile(int df) {
        if (df >= T_QUANTILES.length) {
            return new TDistribution(null, df).inverseCumulativeProbability(0.975);
        }
        double t = T_QUANTILES[df];
        if (t == 0) {
            t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
            T_QUANTILES[df] = t;
        }
        return t;
    }

    /** Half of the width of the confidence interval. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }
}

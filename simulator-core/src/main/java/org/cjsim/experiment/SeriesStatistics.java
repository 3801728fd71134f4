package org.cjsim.experiment;

/**
 * A daily metric across replications, day by day: mean, 95% confidence interval of the mean, and the
 * 5% and 95% quantiles of the replications (the spread of single runs).
 */
public record SeriesStatistics(double[] mean, double[] ciLow, double[] ciHigh, double[] p05, double[] p95) {

    /** Number of days. */
    public int days() {
        return mean.length;
    }
}

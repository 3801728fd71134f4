/**
 * The experiment engine: replications in parallel under common random numbers, statistics across
 * replications (mean, standard deviation, t-based 95% confidence interval), paired comparisons of
 * strategies with a reference, the profit bridge, the retention ladder, sweeps and sensitivity analysis.
 */
package org.cjsim.experiment;

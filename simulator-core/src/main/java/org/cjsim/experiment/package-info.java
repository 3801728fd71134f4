/**
 * The experiment engine: replications in parallel under common random numbers, statistics across
 * replications (mean, standard deviation, t-based 95% confidence interval), paired comparisons of
 * strategies with a reference, the profit bridge, the business case, the retention ladder; and the studies built on them, one
 * sealed type {@link org.cjsim.experiment.Study} with a variant per kind (a single run, a comparison, a
 * sweep, a sensitivity analysis), each aggregating its replications into its own {@link
 * org.cjsim.experiment.StudyResult} by a pure function, whether they were just run or read back from files.
 */
package org.cjsim.experiment;

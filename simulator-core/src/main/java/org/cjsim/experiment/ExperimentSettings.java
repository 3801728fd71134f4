package org.cjsim.experiment;

import org.cjsim.params.InvalidParameterException;

/**
 * How an experiment runs: replications per scenario, the master seed every replication seed derives from,
 * the number of threads, and whether daily series are kept.
 *
 * @param replications replications per scenario, at least 1 (at least 2 for confidence intervals)
 * @param masterSeed the master seed; replication {@code k} of every scenario uses the same seed, so
 *     scenarios are compared under common random numbers
 * @param threads worker threads, at least 1; results do not depend on it
 * @param keepDaily keep every replication's daily series (needed for time-series statistics and charts)
 */
public record ExperimentSettings(int replications, long masterSeed, int threads, boolean keepDaily) {
    /** Replications per scenario when none are given. */
    public static final int DEFAULT_REPLICATIONS = 10;
    /** Master seed when none is given. */
    public static final long DEFAULT_SEED = 20261122L;

    public ExperimentSettings {
        if (replications < 1) {
            throw new InvalidParameterException(
                    "replications", "a whole number of at least 1", String.valueOf(replications));
        }
        if (threads < 1) {
            throw new InvalidParameterException("threads", "a whole number of at least 1", String.valueOf(threads));
        }
    }

    /** Defaults: 10 replications, the default seed, every core, daily series kept. */
    public static ExperimentSettings defaults() {
        return new ExperimentSettings(
                DEFAULT_REPLICATIONS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(), true);
    }

    public ExperimentSettings withReplications(int n) {
        return new ExperimentSettings(n, masterSeed, threads, keepDaily);
    }

    public ExperimentSettings withSeed(long seed) {
        return new ExperimentSettings(replications, seed, threads, keepDaily);
    }

    public ExperimentSettings withThreads(int n) {
        return new ExperimentSettings(replications, masterSeed, n, keepDaily);
    }

    public ExperimentSettings withKeepDaily(boolean keep) {
        return new ExperimentSettings(replications, masterSeed, threads, keep);
    }
}

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
 * @param worlds the plausible worlds replications run in ({@link Worlds#apply}), or {@link Worlds#NONE}
 */
public record ExperimentSettings(int replications, long masterSeed, int threads, boolean keepDaily, Worlds worlds) {
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
        java.util.Objects.requireNonNull(worlds);
    }

    /** Settings without worlds (random noise only). */
    public ExperimentSettings(int replications, long masterSeed, int threads, boolean keepDaily) {
        this(replications, masterSeed, threads, keepDaily, Worlds.NONE);
    }

    /** Defaults: 10 replications, the default seed, every core, daily series kept. */
    public static ExperimentSettings defaults() {
        return new ExperimentSettings(
                DEFAULT_REPLICATIONS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(), true);
    }

    public ExperimentSettings withReplications(int n) {
        return new ExperimentSettings(n, masterSeed, threads, keepDaily, worlds);
    }

    public ExperimentSettings withSeed(long seed) {
        return new ExperimentSettings(replications, seed, threads, keepDaily, worlds);
    }

    public ExperimentSettings withThreads(int n) {
        return new ExperimentSettings(replications, masterSeed, n, keepDaily, worlds);
    }

    public ExperimentSettings withKeepDaily(boolean keep) {
        return new ExperimentSettings(replications, masterSeed, threads, keep, worlds);
    }

    public ExperimentSettings withWorlds(Worlds w) {
        return new ExperimentSettings(replications, masterSeed, threads, keepDaily, w);
    }
}

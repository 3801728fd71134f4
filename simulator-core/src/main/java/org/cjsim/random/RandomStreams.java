package org.cjsim.random;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The named random streams of one replication. Each process of the model draws from its own stream
 * ({@link #ACQUISITION}, {@link #PURCHASES}...), seeded from the replication seed and the stream's name,
 * so that changing one mechanism does not shift the random numbers of the others. That is what makes
 * common random numbers work when strategies are compared on the same replication index.
 */
public final class RandomStreams {
    public static final String NETWORK = "network";
    public static final String POPULATION = "population";
    public static final String ACQUISITION = "acquisition";
    public static final String PURCHASES = "purchases";
    public static final String EXPERIENCE = "experience";
    public static final String ISSUES = "issues";
    public static final String SERVICE = "service";
    public static final String HANDLING = "handling";
    public static final String WORD_OF_MOUTH = "word-of-mouth";
    public static final String CHURN = "churn";
    public static final String EMPLOYEES = "employees";
    public static final String SCHEDULE = "schedule";

    private final long seed;
    private final Map<String, MersenneTwisterFast> streams = new HashMap<>();

    public RandomStreams(long replicationSeed) {
        this.seed = replicationSeed;
    }

    /** The replication seed the streams derive from. */
    public long seed() {
        return seed;
    }

    /** The stream called {@code name}, created on first use. */
    public MersenneTwisterFast get(String name) {
        return streams.computeIfAbsent(name, n -> {
            MersenneTwisterFast rng = new MersenneTwisterFast();
            rng.setSeed(Seeds.words(Seeds.stream(seed, n)));
            return rng;
        });
    }

    /** The seed of every stream created so far, by name, for the record of a run. */
    public Map<String, Long> seeds() {
        Map<String, Long> result = new TreeMap<>();
        for (String name : streams.keySet()) {
            result.put(name, Seeds.stream(seed, name));
        }
        return result;
    }
}

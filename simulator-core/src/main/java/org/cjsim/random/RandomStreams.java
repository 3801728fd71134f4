package org.cjsim.random;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The named random streams of one replication, seeded from the replication seed and the stream's name so
 * that changing one mechanism does not shift the random numbers of the others.
 *
 * <p>Two kinds: a sequential {@link #get stream} for what is drawn once, in an order no lever changes (the
 * network, the population on day 0), and a {@link #key root key} for the keyed draws of a process that runs
 * while strategies act ({@link KeyedRandom}): there each draw is a function of (root, entity, day or counter,
 * decision), so that a lever that changes how many draws one decision makes does not shift any other's. That
 * is what makes common random numbers hold when strategies are compared on the same replication index.
 */
public final class RandomStreams {
    /** Sequential: the friends-and-family network, built on day 0. */
    public static final String NETWORK = "network";
    /** Sequential: every person's taste, spend and initial state on day 0. */
    public static final String POPULATION = "population";
    /** Sequential: MASON's own generator ({@code SimState.random}), which the model does not draw from. */
    public static final String SCHEDULE = "schedule";
    /** Keyed: paid conversion, by (day, person). */
    public static final String ACQUISITION = "acquisition";
    /** Keyed: awareness through marketing, by (day, person). */
    public static final String AWARENESS = "awareness";
    /** Keyed: pre-sale questions, by (day, person). */
    public static final String QUESTIONS = "questions";
    /** Keyed: a conversion and its first purchase, by person. */
    public static final String CONVERSION = "conversion";
    /** Keyed: purchases and their issues, complaints and contacts, by (day, person). */
    public static final String PURCHASES = "purchases";
    /** Keyed: word of mouth, by (day, person). */
    public static final String WORD_OF_MOUTH = "word-of-mouth";
    /** Keyed: the base churn hazard, by (day, person). */
    public static final String CHURN = "churn";
    /** Keyed: the raised churn hazard of the customers at risk, by (day, person). */
    public static final String CHURN_AT_RISK = "churn-at-risk";
    /** Keyed: the workforce, by seat and (day, seat). */
    public static final String EMPLOYEES = "employees";

    private final long seed;
    private final Map<String, MersenneTwisterFast> streams = new HashMap<>();
    private final Map<String, Long> keys = new HashMap<>();

    public RandomStreams(long replicationSeed) {
        this.seed = replicationSeed;
    }

    /** The replication seed the streams derive from. */
    public long seed() {
        return seed;
    }

    /** The stream called {@code name}, created on first use. */
    public MersenneTwisterFast get(String name) {
        if (keys.containsKey(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is already a root key");
        }
        return streams.computeIfAbsent(name, n -> {
            MersenneTwisterFast rng = new MersenneTwisterFast();
            rng.setSeed(Seeds.words(Seeds.stream(seed, n)));
            return rng;
        });
    }

    /**
     * The root key of the keyed draws called {@code name} ({@link KeyedRandom}); the same derivation as a
     * stream's seed, so a name is either a stream or a root key, never both.
     */
    public long key(String name) {
        if (streams.containsKey(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is already a sequential stream");
        }
        return keys.computeIfAbsent(name, n -> Seeds.stream(seed, n));
    }

    /** The seed of every stream and root key created so far, by name, for the record of a run. */
    public Map<String, Long> seeds() {
        Map<String, Long> result = new TreeMap<>(keys);
        for (String name : streams.keySet()) {
            result.put(name, Seeds.stream(seed, name));
        }
        return result;
    }
}

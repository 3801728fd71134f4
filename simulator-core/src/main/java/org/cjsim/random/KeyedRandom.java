package org.cjsim.random;

/**
 * Counter-based random numbers: every draw is a pure function of a 64-bit key, so that a decision draws
 * the same number in every run that reaches it, however many draws other decisions made before it. That is
 * what keeps common random numbers in step when a strategy changes how often a process draws.
 *
 * <p>Keys form a tree: a run's root keys come from (replication seed, process name) ({@link
 * RandomStreams#key}); {@link #child(long, long)} derives the key of an entity, a day or a decision from its
 * parent, e.g. {@code child(child(purchases, day), person)} for a person's purchase on a day, and the
 * decisions of that purchase are children of that key. A key is used for one draw, or seeds one {@link
 * KeyedStream} for a draw that needs a variable number of uniforms.
 *
 * <p>{@code child(parent, i)} is output {@code i} of the SplitMix64 generator (Steele, Lea &amp; Flood 2014)
 * started at {@code parent}: {@code mix(parent + (i + 1) * 0x9E3779B97F4A7C15)}, with the bijective
 * finaliser {@link Seeds#mix}. Consecutive children are consecutive SplitMix64 outputs (BigCrush-clean);
 * children of different parents are SplitMix64 sequences started at unrelated points of a period of
 * 2<sup>64</sup>. The same construction is the core of counter-based generators such as Philox and
 * Threefry (Salmon et al. 2011): a strong mix of (key, counter).
 */
public final class KeyedRandom {
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TO_UNIT = 0x1.0p-53;

    private KeyedRandom() {}

    /** The key of child {@code index} of {@code parent}: an entity, a day, a counter or a decision. */
    public static long child(long parent, long index) {
        return Seeds.mix(parent + GOLDEN * (index + 1));
    }

    /** The key of grandchild {@code (a, b)} of {@code parent}: {@code child(child(parent, a), b)}. */
    public static long child(long parent, long a, long b) {
        return child(child(parent, a), b);
    }

    /** A uniform number in [0, 1) from {@code key}, with 53 random bits. */
    public static double uniform(long key) {
        return (key >>> 11) * TO_UNIT;
    }

    /** A uniform number in [lo, hi) from {@code key}. */
    public static double uniform(long key, double lo, double hi) {
        return lo + (hi - lo) * uniform(key);
    }

    /** True with probability {@code p}: {@code uniform(key) < p}. */
    public static boolean bernoulli(long key, double p) {
        return uniform(key) < p;
    }

    /** An exponential number with mean {@code mean} from {@code key}, by inversion. */
    public static double exponential(long key, double mean) {
        return -mean * Math.log(1.0 - uniform(key));
    }

    /**
     * A standard normal number from {@code key}, by the Box-Muller transform of two uniforms: {@code key}
     * itself and its first child.
     */
    public static double gaussian(long key) {
        double u1 = 1.0 - uniform(key);
        double u2 = uniform(child(key, 0));
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /**
     * A Poisson count with mean {@code mean} from {@code key}, by inversion of one uniform (so that a larger
     * mean never gives a smaller count from the same key). For small means: the loop runs about {@code mean}
     * times.
     */
    public static int poisson(long key, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double u = uniform(key);
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u >= cumulative && p > 0) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}

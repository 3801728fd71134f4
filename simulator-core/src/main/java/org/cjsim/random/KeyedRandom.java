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
     * A standard normal number from {@code key}, by inversion of one uniform ({@link #inverseNormal}), so
     * that a larger uniform always gives a larger number: runs that share the key share the quantile.
     */
    public static double gaussian(long key) {
        // 52 bits and a half step: strictly inside (0, 1), where 53 bits and a half step could round to 1.
        return inverseNormal(((key >>> 12) + 0.5) * 0x1.0p-52);
    }

    private static final double[] A = {
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.383577518672690e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    private static final double P_LOW = 0.02425;

    /**
     * The standard normal quantile of {@code p} in (0, 1), by Acklam's rational approximation (relative
     * error below 1.2e-9): polynomial arithmetic only in the central 95%, a logarithm and a square root in
     * the tails. Fast and precise enough for the model's noise; not for extreme-value work.
     */
    static double inverseNormal(double p) {
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return tail(q);
        }
        if (p > 1 - P_LOW) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -tail(q);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
                * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static double tail(double q) {
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
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

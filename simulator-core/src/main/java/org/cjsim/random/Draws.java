package org.cjsim.random;

import ec.util.MersenneTwisterFast;

/** Small, fast draws used on the model's hot paths. */
public final class Draws {
    private Draws() {}

    /**
     * The probability that an event with constant {@code rate} (per unit time) happens within {@code dt}:
     * {@code 1 - exp(-rate * dt)}. A daily step with this probability reproduces the continuous-time model.
     */
    public static double probability(double rate, double dt) {
        return -Math.expm1(-rate * dt);
    }

    /** An exponential waiting time with the given mean. */
    public static double exponential(MersenneTwisterFast rng, double mean) {
        return -mean * Math.log(1.0 - rng.nextDouble());
    }

    /**
     * The number of failures before the first success of Bernoulli trials with success probability {@code
     * p}: the gap to the next selected element when every element is selected independently with
     * probability {@code p}. Returns {@link Integer#MAX_VALUE} when {@code p <= 0}.
     *
     * @param logOneMinusP {@code Math.log1p(-p)}, computed once by the caller
     */
    public static int geometricGap(MersenneTwisterFast rng, double p, double logOneMinusP) {
        if (p >= 1) {
            return 0;
        }
        if (p <= 0) {
            return Integer.MAX_VALUE;
        }
        double g = Math.floor(Math.log(1.0 - rng.nextDouble()) / logOneMinusP);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) g;
    }

    /** A Poisson count with a small mean (Knuth's multiplication method). */
    public static int poisson(MersenneTwisterFast rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        int k = 0;
        double prod = rng.nextDouble();
        while (prod > limit) {
            k++;
            prod *= rng.nextDouble();
        }
        return k;
    }

    /** A uniform draw in [lo, hi). */
    public static double uniform(MersenneTwisterFast rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}

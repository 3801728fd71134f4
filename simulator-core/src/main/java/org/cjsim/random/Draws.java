package org.cjsim.random;

import ec.util.MersenneTwisterFast;

/** Small draws from a sequential stream (the network and the population on day 0), and daily probabilities. */
public final class Draws {
    private Draws() {}

    /**
     * The probability that an event with constant {@code rate} (per unit time) happens within {@code dt}:
     * {@code 1 - exp(-rate * dt)}. A daily step with this probability reproduces the continuous-time model.
     */
    public static double probability(double rate, double dt) {
        double x = rate * dt;
        // Math.expm1 is not an intrinsic and costs several times Math.exp. Below 1e-3 the Taylor polynomial of
        // degree 4 is exact to 1e-14 relative; above, 1 - exp(-x) loses at most 1.2e-13 relative.
        return x < 1e-3 ? x * (1 - x * (0.5 - x * (1 / 6.0 - x / 24))) : 1 - Math.exp(-x);
    }

    /** An exponential waiting time with the given mean. */
    public static double exponential(MersenneTwisterFast rng, double mean) {
        return -mean * Math.log(1.0 - rng.nextDouble());
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
}

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
        return -Math.expm1(-rate * dt);
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

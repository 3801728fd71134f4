package org.cjsim.random;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * A sequence of random numbers started from a key ({@link KeyedRandom}): draw {@code j} after {@code
 * reset(key)} is {@code KeyedRandom.child(key, j)}, the SplitMix64 sequence from {@code key}. For draws that
 * take a variable number of uniforms (a rejection sampler, the candidates of a day) where one keyed uniform
 * is not enough; reset it to a key of its own (a child that no other draw uses), so that its numbers are no
 * other decision's. One object can be reset again and again without allocating.
 *
 * <p>It is a Commons Math {@code RandomGenerator}, so that Commons Math distributions can sample from it.
 */
public final class KeyedStream extends AbstractRandomGenerator {
    private long state;

    /** A stream started at {@code key}. */
    public KeyedStream(long key) {
        state = key;
    }

    /** Starts the sequence again from {@code key}; returns this stream. */
    public KeyedStream reset(long key) {
        state = key;
        clear();
        return this;
    }

    /** Same as {@link #reset(long)}. */
    @Override
    public void setSeed(long seed) {
        reset(seed);
    }

    @Override
    public long nextLong() {
        state += KeyedRandom.GOLDEN;
        return Seeds.mix(state);
    }

    @Override
    public double nextDouble() {
        return KeyedRandom.uniform(nextLong());
    }

    /**
     * The number of failures before the first success of Bernoulli trials with success probability {@code
     * p}: the gap to the next selected element when every element is selected independently with
     * probability {@code p}. Returns {@link Integer#MAX_VALUE} when {@code p <= 0}.
     *
     * @param logOneMinusP {@code Math.log1p(-p)}, computed once by the caller
     */
    public int geometricGap(double p, double logOneMinusP) {
        if (p >= 1) {
            return 0;
        }
        if (p <= 0) {
            return Integer.MAX_VALUE;
        }
        double g = Math.floor(Math.log(1.0 - nextDouble()) / logOneMinusP);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) g;
    }
}

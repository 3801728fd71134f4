package org.cjsim.random;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Commons Math's {@code RandomGenerator} view of a MASON {@link MersenneTwisterFast}, so that Commons
 * Math distributions draw from a model's named stream (never from the clock).
 */
public final class MtfRandomGenerator extends AbstractRandomGenerator {
    private final MersenneTwisterFast rng;

    public MtfRandomGenerator(MersenneTwisterFast rng) {
        this.rng = rng;
    }

    @Override
    public void setSeed(long seed) {
        rng.setSeed(Seeds.words(seed));
    }

    @Override
    public double nextDouble() {
        return rng.nextDouble();
    }

    @Override
    public int nextInt(int n) {
        return rng.nextInt(n);
    }

    @Override
    public long nextLong() {
        return rng.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return rng.nextBoolean();
    }

    @Override
    public double nextGaussian() {
        return rng.nextGaussian();
    }
}

package org.cjsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void replicationSeedsAreDistinctAlsoInTheirLow32Bits() {
        Set<Long> seeds = new HashSet<>();
        Set<Integer> low = new HashSet<>();
        for (long master = 0; master < 20; master++) {
            for (int k = 0; k < 500; k++) {
                long s = Seeds.replication(master, k);
                seeds.add(s);
                low.add((int) s);
            }
        }
        assertEquals(10_000, seeds.size());
        assertEquals(10_000, low.size());
    }

    @Test
    void sameNamesGiveTheSameStreamAndOtherNamesAnother() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        assertEquals(a.get("issues").nextLong(), b.get("issues").nextLong());
        assertNotEquals(
                new RandomStreams(42).get("issues").nextLong(),
                new RandomStreams(42).get("churn").nextLong());
    }

    @Test
    void streamsUseAll64BitsOfTheReplicationSeed() {
        long lowBits = 0x1234_5678L;
        long a = lowBits;
        long b = lowBits | (1L << 40);
        assertNotEquals(
                new RandomStreams(a).get("x").nextLong(),
                new RandomStreams(b).get("x").nextLong());
    }

    @Test
    void drawingFromOneStreamDoesNotShiftAnother() {
        RandomStreams a = new RandomStreams(7);
        RandomStreams b = new RandomStreams(7);
        for (int k = 0; k < 1000; k++) {
            a.get("purchases").nextDouble();
        }
        assertEquals(a.get("churn").nextDouble(), b.get("churn").nextDouble());
    }

    @Test
    void streamSeedsAreRecordedByName() {
        RandomStreams s = new RandomStreams(1);
        s.get("wom");
        s.get("churn");
        assertEquals(Set.of("wom", "churn"), s.seeds().keySet());
        assertEquals(Seeds.stream(1, "wom"), s.seeds().get("wom"));
    }

    @Test
    void aDailyProbabilityReproducesTheContinuousRate() {
        assertEquals(1 - Math.exp(-0.3), Draws.probability(0.3, 1), 1e-15);
        assertEquals(0.0, Draws.probability(0, 1));
        for (double x : new double[] {1e-9, 3.5e-4, 0.999e-3, 1e-3, 1.001e-3, 0.05, 2}) {
            double exact = -Math.expm1(-x);
            assertEquals(exact, Draws.probability(x, 1), 2e-13 * exact, "rate " + x);
        }
    }

    @Test
    void poissonCountsHaveTheirMean() {
        MersenneTwisterFast rng = new MersenneTwisterFast(4);
        long sum = 0;
        for (int k = 0; k < 100_000; k++) {
            sum += Draws.poisson(rng, 1.5);
        }
        assertEquals(1.5, sum / 100_000.0, 0.03);
        assertTrue(Draws.exponential(rng, 2) >= 0);
    }
}

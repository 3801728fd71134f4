package org.cjsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * The keyed generator. Every key here is fixed, so every test is deterministic; the statistical thresholds
 * are set so that a sound generator fails them with probability below 1e-6 (p-value thresholds of 1e-6,
 * or bounds of about 5 standard errors), while a broken mix (a constant, a shift of the counter, a
 * correlation between neighbouring keys) fails them by orders of magnitude.
 */
class KeyedRandomTest {
    private static final long ROOT = new RandomStreams(20261122L).key("test");

    @Test
    void theSameKeyGivesTheSameNumberInAnyOrderAndAnyRun() {
        double[] first = new double[1000];
        for (int i = 0; i < first.length; i++) {
            first[i] = KeyedRandom.uniform(KeyedRandom.child(ROOT, 7, i));
        }
        for (int i = first.length - 1; i >= 0; i--) {
            assertEquals(first[i], KeyedRandom.uniform(KeyedRandom.child(ROOT, 7, i)));
        }
        long sameRoot = new RandomStreams(20261122L).key("test");
        assertEquals(first[3], KeyedRandom.uniform(KeyedRandom.child(sameRoot, 7, 3)));
        assertEquals(
                KeyedRandom.gaussian(KeyedRandom.child(ROOT, 1)), KeyedRandom.gaussian(KeyedRandom.child(ROOT, 1)));
    }

    @Test
    void anotherRootSeedOrIndexGivesAnotherKey() {
        Set<Long> keys = new HashSet<>();
        for (String name : new String[] {"a", "b", "purchases", "churn"}) {
            for (long seed = 0; seed < 10; seed++) {
                long root = new RandomStreams(seed).key(name);
                for (int day = 0; day < 50; day++) {
                    for (int person = 0; person < 50; person++) {
                        keys.add(KeyedRandom.child(root, day, person));
                    }
                }
            }
        }
        assertEquals(4 * 10 * 50 * 50, keys.size());
        assertNotEquals(KeyedRandom.child(ROOT, 1, 2), KeyedRandom.child(ROOT, 2, 1));
    }

    @Test
    void uniformsOverPeopleAndDaysFillEqualBinsEqually() {
        int bins = 100;
        long[] counts = new long[bins];
        double min = 1;
        double max = 0;
        for (int day = 0; day < 200; day++) {
            long dayKey = KeyedRandom.child(ROOT, day);
            for (int person = 0; person < 1000; person++) {
                double u = KeyedRandom.uniform(KeyedRandom.child(dayKey, person));
                counts[(int) (u * bins)]++;
                min = Math.min(min, u);
                max = Math.max(max, u);
            }
        }
        double[] expected = new double[bins];
        java.util.Arrays.fill(expected, 200_000.0 / bins);
        assertTrue(new ChiSquareTest().chiSquareTest(expected, counts) > 1e-6);
        assertTrue(min >= 0 && min < 1e-4, "min " + min);
        assertTrue(max < 1 && max > 1 - 1e-4, "max " + max);
    }

    @Test
    void everyBitOfNeighbouringKeysIsSetHalfOfTheTime() {
        int n = 100_000;
        int[] ones = new int[64];
        for (int i = 0; i < n; i++) {
            long k = KeyedRandom.child(ROOT, i);
            for (int b = 0; b < 64; b++) {
                ones[b] += (int) ((k >>> b) & 1);
            }
        }
        double sd = Math.sqrt(n * 0.25);
        for (int b = 0; b < 64; b++) {
            assertEquals(n / 2.0, ones[b], 5.5 * sd, "bit " + b);
        }
    }

    @Test
    void neighbouringPeopleDaysAndDecisionsDrawUncorrelatedNumbers() {
        int n = 100_000;
        double[] person = new double[n];
        double[] nextPerson = new double[n];
        double[] nextDay = new double[n];
        double[] otherDecision = new double[n];
        double[] otherRoot = new double[n];
        long root2 = new RandomStreams(20261122L).key("test2");
        for (int i = 0; i < n; i++) {
            long key = KeyedRandom.child(ROOT, 5, i);
            person[i] = KeyedRandom.uniform(key);
            nextPerson[i] = KeyedRandom.uniform(KeyedRandom.child(ROOT, 5, i + 1));
            nextDay[i] = KeyedRandom.uniform(KeyedRandom.child(ROOT, 6, i));
            otherDecision[i] = KeyedRandom.uniform(KeyedRandom.child(key, 0));
            otherRoot[i] = KeyedRandom.uniform(KeyedRandom.child(root2, 5, i));
        }
        double bound = 5 / Math.sqrt(n);
        assertEquals(0, correlation(person, nextPerson), bound);
        assertEquals(0, correlation(person, nextDay), bound);
        assertEquals(0, correlation(person, otherDecision), bound);
        assertEquals(0, correlation(person, otherRoot), bound);
    }

    @Test
    void gaussiansAreStandardNormal() {
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = KeyedRandom.gaussian(KeyedRandom.child(ROOT, 11, i));
        }
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(null, 0, 1), x) > 1e-6);
    }

    @Test
    void theNormalQuantileIsPreciseAndRisesWithTheUniform() {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double previous = Double.NEGATIVE_INFINITY;
        // Commons Math's quantile loses precision beyond 1e-6 from 0 or 1 (it computes erfInv(2p - 1)).
        for (double p : new double[] {1e-6, 1e-4, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.97575, 0.999, 1 - 1e-6}) {
            double x = KeyedRandom.inverseNormal(p);
            assertEquals(normal.inverseCumulativeProbability(p), x, 2e-9 * Math.max(1, Math.abs(x)), "p " + p);
            assertTrue(x > previous);
            previous = x;
        }
        assertEquals(0, KeyedRandom.inverseNormal(0.5), 1e-15);
        // The extreme uniforms (52 bits and a half step): about 8.2 standard deviations, finite.
        assertEquals(-8.21, KeyedRandom.gaussian(0L), 0.01);
        assertEquals(8.21, KeyedRandom.gaussian(-1L), 0.01);
    }

    @Test
    void exponentialsHaveTheirMeanAndAreNeverNegative() {
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double x = KeyedRandom.exponential(KeyedRandom.child(ROOT, 12, i), 2);
            assertTrue(x >= 0);
            sum += x;
        }
        assertEquals(2, sum / n, 5 * 2 / Math.sqrt(n));
    }

    @Test
    void poissonCountsFollowThePoissonLawAndNeverFallWhenTheMeanRises() {
        double mean = 1.5;
        int n = 100_000;
        PoissonDistribution law = new PoissonDistribution(null, mean, 1e-12, 1000);
        long[] counts = new long[7];
        double[] expected = new double[7];
        for (int k = 0; k < 7; k++) {
            expected[k] = n * (k < 6 ? law.probability(k) : 1 - law.cumulativeProbability(5));
        }
        for (int i = 0; i < n; i++) {
            long key = KeyedRandom.child(ROOT, 13, i);
            int k = KeyedRandom.poisson(key, mean);
            counts[Math.min(k, 6)]++;
            assertTrue(KeyedRandom.poisson(key, 1.6) >= k);
        }
        assertTrue(new ChiSquareTest().chiSquareTest(expected, counts) > 1e-6);
        assertEquals(0, KeyedRandom.poisson(ROOT, 0));
    }

    @Test
    void aStreamDrawsTheChildrenOfItsKeyAndStartsAgainWhenReset() {
        KeyedStream s = new KeyedStream(ROOT);
        for (int j = 0; j < 5; j++) {
            assertEquals(KeyedRandom.child(ROOT, j), s.nextLong());
        }
        BetaDistribution beta = new BetaDistribution(s, 2, 5);
        s.reset(KeyedRandom.child(ROOT, 99));
        double a = beta.sample();
        double b = beta.sample();
        s.reset(KeyedRandom.child(ROOT, 99));
        assertEquals(a, beta.sample());
        assertEquals(b, beta.sample());
        s.reset(ROOT);
        double g = s.nextGaussian();
        s.reset(ROOT);
        assertEquals(g, s.nextGaussian(), "reset forgets the second normal of a pair");
    }

    @Test
    void geometricGapsHaveTheMeanOfTheGeometricLaw() {
        KeyedStream s = new KeyedStream(KeyedRandom.child(ROOT, 14));
        double p = 0.05;
        double log = Math.log1p(-p);
        long sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            sum += s.geometricGap(p, log);
        }
        double mean = (1 - p) / p;
        double sd = Math.sqrt(1 - p) / p;
        assertEquals(mean, (double) sum / n, 5 * sd / Math.sqrt(n));
        assertEquals(Integer.MAX_VALUE, s.geometricGap(0, 0));
        assertEquals(0, s.geometricGap(1, 0));
    }

    @Test
    void aNameIsEitherASequentialStreamOrARootKey() {
        RandomStreams streams = new RandomStreams(3);
        streams.get("network");
        long key = streams.key("purchases");
        assertEquals(Seeds.stream(3, "purchases"), key);
        assertEquals(key, streams.seeds().get("purchases"));
        assertTrue(streams.seeds().containsKey("network"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> streams.key("network"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> streams.get("purchases"));
    }

    private static double correlation(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}

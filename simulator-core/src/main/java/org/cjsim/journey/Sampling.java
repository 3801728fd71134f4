package org.cjsim.journey;

import org.cjsim.random.KeyedStream;

/**
 * Thinning for the daily phases: every person is a candidate independently with a probability {@code pMax}
 * that bounds each person's own probability, found by geometric skipping in time proportional to the number
 * of candidates rather than to the number of people. The caller then accepts a candidate with probability
 * {@code p_i / pMax}, which gives each person exactly their own probability {@code p_i}, however rates change
 * from day to day.
 */
final class Sampling {
    private Sampling() {}

    /** Appends to {@code out} the people of {@code 0..n-1} selected independently with probability {@code pMax}. */
    static void candidates(int n, double pMax, KeyedStream rng, IntBuffer out) {
        out.clear();
        if (pMax <= 0 || n == 0) {
            return;
        }
        if (pMax >= 1) {
            for (int k = 0; k < n; k++) {
                out.add(k);
            }
            return;
        }
        double logQ = Math.log1p(-pMax);
        long k = rng.geometricGap(pMax, logQ);
        while (k < n) {
            out.add((int) k);
            k += 1L + rng.geometricGap(pMax, logQ);
        }
    }
}

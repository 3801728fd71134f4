package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import org.cjsim.customer.IndexSet;
import org.cjsim.random.Draws;

/**
 * Thinning for the daily phases: every member of a set is a candidate independently with a probability
 * {@code pMax} that bounds each member's own probability, found by geometric skipping in time
 * proportional to the number of candidates rather than to the size of the set. The caller then accepts a
 * candidate with probability {@code p_i / pMax}, which gives each member exactly its own probability
 * {@code p_i}, however rates change from day to day.
 */
final class Sampling {
    private Sampling() {}

    /** Appends to {@code out} the members of {@code set} selected independently with probability {@code pMax}. */
    static void candidates(IndexSet set, double pMax, MersenneTwisterFast rng, IntBuffer out) {
        out.clear();
        int n = set.size();
        if (pMax <= 0 || n == 0) {
            return;
        }
        if (pMax >= 1) {
            for (int k = 0; k < n; k++) {
                out.add(set.get(k));
            }
            return;
        }
        double logQ = Math.log1p(-pMax);
        long k = Draws.geometricGap(rng, pMax, logQ);
        while (k < n) {
            out.add(set.get((int) k));
            k += 1L + Draws.geometricGap(rng, pMax, logQ);
        }
    }
}

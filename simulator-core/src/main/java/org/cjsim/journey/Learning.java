package org.cjsim.journey;

import org.cjsim.params.MarketParams;

/**
 * Listening (docs/model.md, submodel 12): resolved complaints reported to the people who can fix their cause
 * lower the issue rate. Each day's reports close part of the gap between the learned issue factor and its
 * floor, in proportion to reports per 1,000 customers; without reports the factor drifts back towards 1.
 */
final class Learning {
    private double factor = 1.0;
    private int reports;

    /** A resolved complaint reaches the people who can fix its cause. */
    void report() {
        reports++;
    }

    /** Learns from the reports since the last call, among {@code customers} customers; returns the new factor. */
    double learn(MarketParams m, int customers) {
        double perThousand = reports * 1000.0 / Math.max(1, customers);
        reports = 0;
        double f = factor;
        f -= Math.min(1, m.learnRate() * perThousand) * (f - m.learnFloor());
        f += m.forgetRate() / 365.0 * (1 - f);
        factor = Math.max(m.learnFloor(), Math.min(1, f));
        return factor;
    }

    /** The issue rate's multiplier: 1 until something is learned, never below the floor. */
    double factor() {
        return factor;
    }

    /** Reports not yet learned from. */
    int pendingReports() {
        return reports;
    }
}

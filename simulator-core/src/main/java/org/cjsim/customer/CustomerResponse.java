package org.cjsim.customer;

/**
 * The customer's response curves as pure functions: what the model's phases call, and what unit tests
 * check one by one. Satisfaction S and expectation E are on the 0-10 likelihood-to-recommend scale.
 */
public final class CustomerResponse {
    /** Satisfaction at which the churn hazard is h0 and the purchase rate is lambda0. */
    public static final double NEUTRAL = 7.0;

    private CustomerResponse() {}

    /**
     * The loss-averse weight of a disconfirmation {@code d = Q - E}: {@code d} for a surplus and {@code
     * lossAversion * d} for a shortfall (Anderson &amp; Sullivan 1993; Mittal, Ross &amp; Baldasare 1998).
     */
    public static double disconfirmation(double d, double lossAversion) {
        return d >= 0 ? d : lossAversion * d;
    }

    /**
     * Satisfaction after a purchase of quality {@code q}, by expectation-disconfirmation (Oliver 1980): S
     * moves towards the quality ({@code eta}) and by the loss-averse gap to the expectation ({@code
     * gamma}). Clamped to [0, 10].
     */
    public static double satisfactionAfterPurchase(
            double s, double e, double q, double eta, double gamma, double lossAversion) {
        return clamp(s + eta * (q - s) + gamma * disconfirmation(q - e, lossAversion));
    }

    /** Expectation after a purchase of quality {@code q}: it adapts towards experience at rate {@code beta}. */
    public static double expectationAfterPurchase(double e, double q, double beta) {
        return clamp(e + beta * (q - e));
    }

    /** Expectation at conversion: the baseline plus the part of the promise inflation dishonesty adds. */
    public static double expectationAtConversion(double baseline, double promiseInflation, double honesty) {
        return clamp(baseline + (1 - honesty) * promiseInflation);
    }

    /**
     * Purchase rate (per day) at satisfaction {@code s}: {@code lambda0 * (1 + w * (S - 7) / 3)}, floored at
     * 0. Satisfied customers give more of their wallet.
     */
    public static double purchaseRate(double lambda0, double walletWeight, double s) {
        return Math.max(0, lambda0 * (1 + walletWeight * (s - NEUTRAL) / 3));
    }

    /** Daily churn hazard h0 that gives {@code annualChurn} over a year at constant hazard. */
    public static double baseChurnHazard(double annualChurn) {
        return -Math.log1p(-annualChurn) / 365.0;
    }

    /**
     * Daily churn hazard at satisfaction {@code s}, before the multipliers of silence and grievance: {@code h0 *
     * M / (1 + (M - 1) * exp(theta * (1 - switchingCost) * (S - 7)))}, M being {@code ceiling}. It is h0 at S =
     * 7; above 7 it falls like {@code h0 * exp(-theta * (1 - switchingCost) * (S - 7))} (times {@code M / (M -
     * 1)} at most); below 7 it rises towards {@code M * h0} and saturates there: dissatisfaction makes a
     * customer ready to leave, but inertia, search costs and the lack of a better alternative bound how fast
     * they do (Anderson &amp; Mittal 2000; Jones, Mothersbaugh &amp; Beatty 2000). With an infinite ceiling it is
     * the exponential {@code h0 * exp(-theta * (1 - switchingCost) * (S - 7))}. The lower the switching cost,
     * the more retention follows satisfaction.
     */
    public static double churnHazard(double h0, double theta, double switchingCost, double ceiling, double s) {
        double x = Math.exp(theta * (1 - switchingCost) * (s - NEUTRAL));
        if (Double.isInfinite(ceiling)) {
            return h0 / x;
        }
        return h0 * ceiling / (1 + (ceiling - 1) * x);
    }

    /** Probability of voicing an issue of {@code severity}: {@code c0 + c1 * severity + boost}, at most 1. */
    public static double complaintProbability(double c0, double c1, double severity, double boost) {
        return Math.min(1, c0 + c1 * severity + boost);
    }

    /**
     * Fairness of a resolution in [0, 1]: {@code base} for a correct resolution, rising linearly to 1 with
     * the share of the damage compensated ({@code compensation} in [0, 1]).
     */
    public static double fairness(double base, double compensation) {
        return base + (1 - base) * Math.max(0, Math.min(1, compensation));
    }

    /**
     * Satisfaction regained at resolution, as a multiple of the damage the issue did: {@code damage *
     * recoveryMax * exp(-T / tau) * fairness}, times {@code 1 + ownershipBonus} when the employee owned the
     * company's mistake and {@code repeatFactor} after a repeat failure, and capped at {@code severeCap *
     * damage} for a severe issue. When the multiple exceeds 1 the customer ends above where they were before
     * the failure: the service recovery paradox, which therefore needs fast, fair (compensated) recovery of a
     * minor first failure, and never holds for a severe one or, when {@code recoveryMax * (1 +
     * ownershipBonus) * repeatFactor <= 1}, for a repeat one (McCollough &amp; Bharadwaj 1992; Maxham &amp;
     * Netemeyer 2002; de Matos, Henrique &amp; Rossi 2007).
     *
     * @param resolutionDays time from the issue to its resolution
     * @param damage satisfaction the issue has cost so far (impact, effort, patience), in points
     */
    public static double recovery(
            double recoveryMax,
            double tau,
            double resolutionDays,
            double fairness,
            boolean owned,
            double ownershipBonus,
            boolean repeatFailure,
            double repeatFactor,
            double severity,
            double severeThreshold,
            double severeCap,
            double damage) {
        double r = damage * recoveryMax * Math.exp(-resolutionDays / tau) * fairness;
        if (owned) {
            r *= 1 + ownershipBonus;
        }
        if (repeatFailure) {
            r *= repeatFactor;
        }
        if (severity > severeThreshold) {
            r = Math.min(r, severeCap * damage);
        }
        return r;
    }

    /** Promoter on the likelihood-to-recommend scale: S of 9 or more. */
    public static boolean isPromoter(double s) {
        return s >= 9;
    }

    /** Detractor: S of 6 or less. */
    public static boolean isDetractor(double s) {
        return s <= 6;
    }

    /** Clamps to the 0-10 scale. */
    public static double clamp(double s) {
        return Math.max(0, Math.min(10, s));
    }
}

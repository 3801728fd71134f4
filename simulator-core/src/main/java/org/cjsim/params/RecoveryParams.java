package org.cjsim.params;

/**
 * Recovery after a resolution: how much satisfaction a fast, fair resolution restores (the recovery paradox),
 * and what broken promises and discovered deflections cost (McCollough & Bharadwaj 1992; Maxham & Netemeyer
 * 2002). Part of {@link CustomerParams}: its parameters are written in the {@code customers} section.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param recoveryMax largest recovery, as a multiple of the satisfaction the issue cost, of an immediate, fully fair resolution; above 1 the recovery paradox is possible. Source: McCollough & Bharadwaj (1992); Wirtz & Mattila (2004), IJSIM 15(2).
 * @param recoveryTauDays time constant of the decay of recovery with resolution time: gain * exp(-T / tau).
 * @param fairnessBase fairness of a correct resolution without compensation; compensation raises it towards 1.
 * @param ownershipBonus extra recovery when an employee owns the company's mistake.
 * @param repeatRecoveryFactor recovery multiplier for a repeat failure (the customer has failed before). Source: Maxham & Netemeyer (2002), J. Marketing 66(4).
 * @param severeThreshold severity above which recovery is capped below the damage.
 * @param severeRecoveryCap largest recovery after a severe issue, as a share of the satisfaction it cost.
 * @param honestNoPenalty satisfaction lost when an impossible request is honestly declined with an alternative.
 * @param brokenPromisePenalty satisfaction lost when a dishonest yes to an impossible request is broken later.
 * @param deflectionPenalty satisfaction lost when a customer finds out the company deflected its own mistake.
 * @param deflectionDiscovery probability that a deflected mistake is found out later.
 * @param womBurstSize people told at once after a broken promise or a discovered deflection.
 * @param brokenPromiseMinDays shortest time before a dishonest yes to an impossible request is found broken.
 * @param brokenPromiseMaxDays longest time before a dishonest yes to an impossible request is found broken.
 * @param discoveryMinDays shortest time before a deflected mistake is found out, if it is.
 * @param discoveryMaxDays longest time before a deflected mistake is found out, if it is.
 */
@Section("customers")
public record RecoveryParams(
        @Param(
                        unit = "multiple of the damage",
                        min = 0,
                        max = 10,
                        description =
                                "Largest recovery, as a multiple of the satisfaction the issue cost, of an immediate, fully fair resolution; above 1 the recovery paradox is possible.")
                double recoveryMax,
        @Param(
                        unit = "days",
                        min = 0.01,
                        max = 100,
                        description =
                                "Time constant of the decay of recovery with resolution time: gain * exp(-T / tau).")
                double recoveryTauDays,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 1,
                        description =
                                "Fairness of a correct resolution without compensation; compensation raises it towards 1.")
                double fairnessBase,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 1,
                        description = "Extra recovery when an employee owns the company's mistake.")
                double ownershipBonus,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 1,
                        description = "Recovery multiplier for a repeat failure (the customer has failed before).")
                double repeatRecoveryFactor,
        @Param(
                        unit = "severity",
                        min = 0,
                        max = 1,
                        description = "Severity above which recovery is capped below the damage.")
                double severeThreshold,
        @Param(
                        unit = "fraction of the damage",
                        min = 0,
                        max = 1,
                        description = "Largest recovery after a severe issue, as a share of the satisfaction it cost.")
                double severeRecoveryCap,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description =
                                "Satisfaction lost when an impossible request is honestly declined with an alternative.")
                double honestNoPenalty,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description =
                                "Satisfaction lost when a dishonest yes to an impossible request is broken later.")
                double brokenPromisePenalty,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description =
                                "Satisfaction lost when a customer finds out the company deflected its own mistake.")
                double deflectionPenalty,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description = "Probability that a deflected mistake is found out later.")
                double deflectionDiscovery,
        @Param(
                        unit = "people",
                        min = 0,
                        max = 100,
                        description = "People told at once after a broken promise or a discovered deflection.")
                int womBurstSize,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 365,
                        description =
                                "Shortest time before a dishonest yes to an impossible request is found broken (uniform between the two).")
                double brokenPromiseMinDays,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 365,
                        description = "Longest time before a dishonest yes to an impossible request is found broken.")
                double brokenPromiseMaxDays,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 3650,
                        description =
                                "Shortest time before a deflected mistake is found out, if it is (uniform between the two).")
                double discoveryMinDays,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 3650,
                        description = "Longest time before a deflected mistake is found out, if it is.")
                double discoveryMaxDays) {

    public RecoveryParams {
        Params.validate(
                RecoveryParams.class,
                recoveryMax,
                recoveryTauDays,
                fairnessBase,
                ownershipBonus,
                repeatRecoveryFactor,
                severeThreshold,
                severeRecoveryCap,
                honestNoPenalty,
                brokenPromisePenalty,
                deflectionPenalty,
                deflectionDiscovery,
                womBurstSize,
                brokenPromiseMinDays,
                brokenPromiseMaxDays,
                discoveryMinDays,
                discoveryMaxDays);
        atMost("brokenPromiseMinDays", brokenPromiseMinDays, "brokenPromiseMaxDays", brokenPromiseMaxDays);
        atMost("discoveryMinDays", discoveryMinDays, "discoveryMaxDays", discoveryMaxDays);
    }

    private static void atMost(String low, double lowValue, String high, double highValue) {
        if (lowValue > highValue) {
            throw new InvalidParameterException(
                    "customers." + low,
                    "at most customers." + high + " (" + Params.format(highValue) + ")",
                    Params.format(lowValue));
        }
    }

    /** The defaults (see docs/model.md). */
    public static RecoveryParams defaults() {
        return new RecoveryParams(
                1.6, // recoveryMax
                1.5, // recoveryTauDays
                0.7, // fairnessBase
                0.2, // ownershipBonus
                0.5, // repeatRecoveryFactor
                0.7, // severeThreshold
                0.8, // severeRecoveryCap
                0.5, // honestNoPenalty
                3, // brokenPromisePenalty
                2.5, // deflectionPenalty
                0.3, // deflectionDiscovery
                3, // womBurstSize
                3, // brokenPromiseMinDays
                14, // brokenPromiseMaxDays
                7, // discoveryMinDays
                60); // discoveryMaxDays
    }
}

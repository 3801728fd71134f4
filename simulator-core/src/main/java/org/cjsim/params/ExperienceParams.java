package org.cjsim.params;

/**
 * Expectations, satisfaction and purchases: how a customer's experience of the product and of the company's
 * promises becomes satisfaction (Oliver's expectation-disconfirmation), and satisfaction becomes purchases.
 * Part of {@link CustomerParams}: its parameters are written in the {@code customers} section.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param baselineExpectation what a customer expects from an honest company at the first purchase.
 * @param promiseInflation extra expectation a fully dishonest sales promise creates; scaled by (1 - honesty). Source: Kopalle & Lehmann (2006).
 * @param promiseConversionEffect extra conversion a fully dishonest sales promise buys: conversion is multiplied by 1 + this * (1 - honesty).
 * @param initialSatisfactionSd spread of satisfaction around expectation at conversion.
 * @param initialSatisfactionShift satisfaction of a day-0 customer relative to the quality they experience on average: the steady state of the baseline.
 * @param tasteSd person-to-person spread of how well the product fits (a fixed offset to experienced quality).
 * @param satisfactionAdaptation weight of a purchase's quality in satisfaction (eta). Source: Oliver (1980), J. Marketing Research 17(4).
 * @param disconfirmationWeight weight of the gap between quality and expectation in satisfaction (gamma). Source: Oliver (1980), J. Marketing Research 17(4).
 * @param lossAversion how much more a shortfall against expectations weighs than an equal surplus. Source: Anderson & Sullivan (1993), Marketing Science 12(2); Mittal, Ross & Baldasare (1998), J. Marketing 62(1).
 * @param expectationAdaptation how fast expectations move towards experienced quality (beta).
 * @param unreasonableShare share of people who cannot be satisfied once they have had an issue.
 * @param unreasonableCeiling highest satisfaction of an unreasonable customer after an issue.
 * @param purchasesPerMonth purchase rate of a customer at satisfaction 7 (lambda0).
 * @param walletWeight share-of-wallet effect: the purchase rate is lambda0 * (1 + walletWeight * (S - 7) / 3).
 * @param issueImpact satisfaction lost to an issue of severity 1.
 */
@Section("customers")
public record ExperienceParams(
        @Param(
                        unit = "points (0-10)",
                        min = 0,
                        max = 10,
                        description = "What a customer expects from an honest company at the first purchase.")
                double baselineExpectation,
        @Param(
                        unit = "points (0-10)",
                        min = 0,
                        max = 10,
                        description =
                                "Extra expectation a fully dishonest sales promise creates; scaled by (1 - honesty).")
                double promiseInflation,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 10,
                        description =
                                "Extra conversion a fully dishonest sales promise buys: conversion is multiplied by 1 + this * (1 - honesty).")
                double promiseConversionEffect,
        @Param(
                        unit = "points (standard deviation)",
                        min = 0,
                        max = 5,
                        description = "Spread of satisfaction around expectation at conversion.")
                double initialSatisfactionSd,
        @Param(
                        unit = "points",
                        min = -10,
                        max = 10,
                        description =
                                "Satisfaction of a day-0 customer relative to the quality they experience on average: the steady state of the baseline.")
                double initialSatisfactionShift,
        @Param(
                        unit = "points (standard deviation)",
                        min = 0,
                        max = 5,
                        description =
                                "Person-to-person spread of how well the product fits (a fixed offset to experienced quality).")
                double tasteSd,
        @Param(
                        unit = "fraction per purchase",
                        min = 0,
                        max = 1,
                        description = "Weight of a purchase's quality in satisfaction (eta).")
                double satisfactionAdaptation,
        @Param(
                        unit = "fraction per purchase",
                        min = 0,
                        max = 1,
                        description = "Weight of the gap between quality and expectation in satisfaction (gamma).")
                double disconfirmationWeight,
        @Param(
                        unit = "ratio",
                        min = 1,
                        max = 10,
                        description = "How much more a shortfall against expectations weighs than an equal surplus.")
                double lossAversion,
        @Param(
                        unit = "fraction per purchase",
                        min = 0,
                        max = 1,
                        description = "How fast expectations move towards experienced quality (beta).")
                double expectationAdaptation,
        @Param(
                        unit = "fraction of people",
                        min = 0,
                        max = 1,
                        description = "Share of people who cannot be satisfied once they have had an issue.")
                double unreasonableShare,
        @Param(
                        unit = "points (0-10)",
                        min = 0,
                        max = 10,
                        description = "Highest satisfaction of an unreasonable customer after an issue.")
                double unreasonableCeiling,
        @Param(
                        unit = "purchases per month",
                        min = 0,
                        max = 60,
                        description = "Purchase rate of a customer at satisfaction 7 (lambda0).")
                double purchasesPerMonth,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 3,
                        description =
                                "Share-of-wallet effect: the purchase rate is lambda0 * (1 + walletWeight * (S - 7) / 3).")
                double walletWeight,
        @Param(
                        unit = "points per unit of severity",
                        min = 0,
                        max = 10,
                        description = "Satisfaction lost to an issue of severity 1.")
                double issueImpact) {

    public ExperienceParams {
        Params.validate(
                ExperienceParams.class,
                baselineExpectation,
                promiseInflation,
                promiseConversionEffect,
                initialSatisfactionSd,
                initialSatisfactionShift,
                tasteSd,
                satisfactionAdaptation,
                disconfirmationWeight,
                lossAversion,
                expectationAdaptation,
                unreasonableShare,
                unreasonableCeiling,
                purchasesPerMonth,
                walletWeight,
                issueImpact);
    }

    /** The defaults (see docs/model.md). */
    public static ExperienceParams defaults() {
        return new ExperienceParams(
                7.5, // baselineExpectation
                2, // promiseInflation
                0.25, // promiseConversionEffect
                0.5, // initialSatisfactionSd
                -1.0, // initialSatisfactionShift
                0.8, // tasteSd
                0.1, // satisfactionAdaptation
                0.1, // disconfirmationWeight
                2, // lossAversion
                0.1, // expectationAdaptation
                0.03, // unreasonableShare
                6, // unreasonableCeiling
                1, // purchasesPerMonth
                0.5, // walletWeight
                4); // issueImpact
    }
}

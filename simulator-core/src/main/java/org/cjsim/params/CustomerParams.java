package org.cjsim.params;

/**
 * How people behave as customers: expectations and satisfaction, purchases, complaints, patience, recovery, churn and word of mouth.
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
 * @param complaintBase probability of complaining about an issue of severity 0 (c0). Source: TARP / Goodman, Basic facts on customer complaint behavior.
 * @param complaintSeverity increase of the complaint probability with severity (c1).
 * @param followUpVoiceBoost increase of the complaint probability when the company follows up proactively after a purchase.
 * @param complaintDelayDays mean time from an issue to the customer's complaint (exponential).
 * @param silentChurnMultiplier churn hazard multiplier of a customer who stayed silent about an issue, for silentDays.
 * @param silentDays how long a silent issue raises the churn hazard.
 * @param patienceDays how long a customer waits for a resolution before losing patience.
 * @param patiencePenalty satisfaction lost when a complaint stays unresolved past the customer's patience.
 * @param grievanceChurnMultiplier churn hazard multiplier while a complaint is unresolved past the customer's patience.
 * @param contactEffort satisfaction lost for each extra contact a complaint needs (repeat or escalation).
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
 * @param annualChurnAtNeutral annual churn of a customer at satisfaction 7 (sets h0). Source: Reichheld & Sasser (1990), HBR.
 * @param churnSensitivity how steeply the churn hazard falls with satisfaction (theta): above S = 7, h falls like h0 * exp(-theta * (1 - switchingCost) * (S - 7)); below, it saturates at churnCeiling * h0.
 * @param churnCeiling the most dissatisfaction can multiply the churn hazard: the satisfaction effect is h0 * M / (1 + (M - 1) * exp(theta * (1 - switchingCost) * (S - 7))), which is h0 at S = 7, follows the exponential above it and saturates at M * h0 for the least satisfied. Source: Jones & Sasser (1995), HBR 73(6); Mittal & Kamakura (2001), J. Marketing Research 38(1); Anderson & Mittal (2000), J. Service Research 3(2).
 * @param promoterTalkRate how many people a promoter (S >= 9) tells per year. Source: East, Hammond & Wright (2007); TARP.
 * @param detractorTalkRate how many people a detractor (S <= 6) tells per year. Source: TARP / Goodman.
 * @param churnedTalkDays how long a former customer keeps talking about the company after leaving.
 * @param referralConversion probability that positive word of mouth over a tie of weight 1 converts a non-customer (q_ref).
 * @param positiveWomLift satisfaction a customer gains from hearing positive word of mouth.
 * @param negativeWomDrop satisfaction a customer loses from hearing negative word of mouth.
 * @param skepticismFactor conversion multiplier for each piece of negative word of mouth a non-customer has heard.
 * @param referralLiftMax largest relative increase of the promoters' talk rate a referral reward can buy.
 * @param referralHalfReward referral reward that buys half of the largest lift.
 * @param questionRate rate at which an aware non-customer asks the service desk a question before buying.
 * @param questionConversion probability that an immediate answer to a pre-sale question converts the asker.
 * @param questionPatienceDays time constant of the loss of conversion with the wait for an answer: p * exp(-wait / patience).
 * @param howToPerPurchase after-sale how-to contacts per purchase.
 */
@Section("customers")
public record CustomerParams(
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
                double issueImpact,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description = "Probability of complaining about an issue of severity 0 (c0).")
                double complaintBase,
        @Param(
                        unit = "probability per unit of severity",
                        min = 0,
                        max = 1,
                        description = "Increase of the complaint probability with severity (c1).")
                double complaintSeverity,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description =
                                "Increase of the complaint probability when the company follows up proactively after a purchase.")
                double followUpVoiceBoost,
        @Param(
                        unit = "days (mean)",
                        min = 0,
                        max = 30,
                        description = "Mean time from an issue to the customer's complaint (exponential).")
                double complaintDelayDays,
        @Param(
                        unit = "multiple of the churn hazard",
                        min = 1,
                        max = 50,
                        description =
                                "Churn hazard multiplier of a customer who stayed silent about an issue, for silentDays.")
                double silentChurnMultiplier,
        @Param(unit = "days", min = 0, max = 365, description = "How long a silent issue raises the churn hazard.")
                double silentDays,
        @Param(
                        unit = "days",
                        min = 0.1,
                        max = 365,
                        description = "How long a customer waits for a resolution before losing patience.")
                double patienceDays,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description =
                                "Satisfaction lost when a complaint stays unresolved past the customer's patience.")
                double patiencePenalty,
        @Param(
                        unit = "multiple of the churn hazard",
                        min = 1,
                        max = 50,
                        description =
                                "Churn hazard multiplier while a complaint is unresolved past the customer's patience.")
                double grievanceChurnMultiplier,
        @Param(
                        unit = "points per contact",
                        min = 0,
                        max = 5,
                        description =
                                "Satisfaction lost for each extra contact a complaint needs (repeat or escalation).")
                double contactEffort,
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
                        unit = "fraction per year",
                        min = 0,
                        max = 0.99,
                        description = "Annual churn of a customer at satisfaction 7 (sets h0).")
                double annualChurnAtNeutral,
        @Param(
                        unit = "per point",
                        min = 0,
                        max = 5,
                        description =
                                "How steeply the churn hazard falls with satisfaction (theta): above S = 7, h falls like h0 * exp(-theta * (1 - switchingCost) * (S - 7)); below, it saturates at churnCeiling * h0.")
                double churnSensitivity,
        @Param(
                        unit = "multiple of h0",
                        min = 1,
                        max = 1000,
                        description =
                                "The most dissatisfaction can multiply the churn hazard: the satisfaction effect is h0 * M / (1 + (M - 1) * exp(theta * (1 - switchingCost) * (S - 7))), which is h0 at S = 7, follows the exponential above it and saturates at M * h0 for the least satisfied.")
                double churnCeiling,
        @Param(
                        unit = "people per year",
                        min = 0,
                        max = 365,
                        description = "How many people a promoter (S >= 9) tells per year.")
                double promoterTalkRate,
        @Param(
                        unit = "people per year",
                        min = 0,
                        max = 365,
                        description = "How many people a detractor (S <= 6) tells per year.")
                double detractorTalkRate,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 3650,
                        description = "How long a former customer keeps talking about the company after leaving.")
                double churnedTalkDays,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description =
                                "Probability that positive word of mouth over a tie of weight 1 converts a non-customer (q_ref).")
                double referralConversion,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description = "Satisfaction a customer gains from hearing positive word of mouth.")
                double positiveWomLift,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description = "Satisfaction a customer loses from hearing negative word of mouth.")
                double negativeWomDrop,
        @Param(
                        unit = "multiplier",
                        min = 0,
                        max = 1,
                        description =
                                "Conversion multiplier for each piece of negative word of mouth a non-customer has heard.")
                double skepticismFactor,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 10,
                        description =
                                "Largest relative increase of the promoters' talk rate a referral reward can buy.")
                double referralLiftMax,
        @Param(
                        unit = "currency",
                        min = 0.01,
                        max = 1000000.0,
                        description = "Referral reward that buys half of the largest lift.")
                double referralHalfReward,
        @Param(
                        unit = "per day",
                        min = 0,
                        max = 1,
                        description =
                                "Rate at which an aware non-customer asks the service desk a question before buying.")
                double questionRate,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description = "Probability that an immediate answer to a pre-sale question converts the asker.")
                double questionConversion,
        @Param(
                        unit = "days",
                        min = 0.01,
                        max = 100,
                        description =
                                "Time constant of the loss of conversion with the wait for an answer: p * exp(-wait / patience).")
                double questionPatienceDays,
        @Param(
                        unit = "contacts per purchase",
                        min = 0,
                        max = 10,
                        description = "After-sale how-to contacts per purchase.")
                double howToPerPurchase) {

    public CustomerParams {
        Params.validate(
                CustomerParams.class,
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
                issueImpact,
                complaintBase,
                complaintSeverity,
                followUpVoiceBoost,
                complaintDelayDays,
                silentChurnMultiplier,
                silentDays,
                patienceDays,
                patiencePenalty,
                grievanceChurnMultiplier,
                contactEffort,
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
                annualChurnAtNeutral,
                churnSensitivity,
                churnCeiling,
                promoterTalkRate,
                detractorTalkRate,
                churnedTalkDays,
                referralConversion,
                positiveWomLift,
                negativeWomDrop,
                skepticismFactor,
                referralLiftMax,
                referralHalfReward,
                questionRate,
                questionConversion,
                questionPatienceDays,
                howToPerPurchase);
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static CustomerParams defaults() {
        return new CustomerParams(
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
                4, // issueImpact
                0.1, // complaintBase
                0.6, // complaintSeverity
                0.3, // followUpVoiceBoost
                0.5, // complaintDelayDays
                8, // silentChurnMultiplier
                60, // silentDays
                7, // patienceDays
                0.3, // patiencePenalty
                1.2, // grievanceChurnMultiplier
                0.3, // contactEffort
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
                0.15, // annualChurnAtNeutral
                0.6, // churnSensitivity
                1.5, // churnCeiling
                4, // promoterTalkRate
                6, // detractorTalkRate
                180, // churnedTalkDays
                0.4, // referralConversion
                0.1, // positiveWomLift
                0.2, // negativeWomDrop
                0.5, // skepticismFactor
                1, // referralLiftMax
                20, // referralHalfReward
                0.005, // questionRate
                0.2, // questionConversion
                2, // questionPatienceDays
                0.5); // howToPerPurchase
    }
}

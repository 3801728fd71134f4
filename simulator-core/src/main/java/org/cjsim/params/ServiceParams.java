package org.cjsim.params;

/**
 * The mechanics of the service desk: opening hours, handling times, repeat contacts and the second tier.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param openHour hour at which the service desk opens.
 * @param shiftHours length of the daily shift; 24 keeps the desk open around the clock.
 * @param workDaysPerWeek days per week the desk is open (day 0 is a Monday).
 * @param complaintMinutes mean handling time of a complaint contact by a fully skilled employee (divided by skill).
 * @param questionMinutes mean handling time of a pre-sale question.
 * @param howToMinutes mean handling time of an after-sale how-to contact.
 * @param handlingDistribution distribution of handling times: lognormal or exponential (the M/M/c case).
 * @param handlingSigma shape of the lognormal handling time.
 * @param repeatContactMinDays shortest time before a customer whose complaint was not resolved contacts the desk again.
 * @param repeatContactMaxDays longest time before a customer whose complaint was not resolved contacts the desk again.
 * @param abandonDays longest a pre-sale question or how-to contact waits in the queue before the customer gives up on it; complaints never expire (their cost is the customer's patience).
 * @param tier2GoodwillProbability probability that the second tier grants goodwill when it resolves an escalated case.
 * @param tier2CostPerCase cost of the second tier's work on one escalated case.
 * @param minAgents smallest front-line staff, whatever the number of customers.
 */
@Section("service")
public record ServiceParams(
        @Param(unit = "hour of the day", min = 0, max = 23.99, description = "Hour at which the service desk opens.")
                double openHour,
        @Param(
                        unit = "hours",
                        min = 0.5,
                        max = 24,
                        description = "Length of the daily shift; 24 keeps the desk open around the clock.")
                double shiftHours,
        @Param(unit = "days", min = 1, max = 7, description = "Days per week the desk is open (day 0 is a Monday).")
                int workDaysPerWeek,
        @Param(
                        unit = "minutes",
                        min = 0.1,
                        max = 1440,
                        description =
                                "Mean handling time of a complaint contact by a fully skilled employee (divided by skill).")
                double complaintMinutes,
        @Param(unit = "minutes", min = 0.1, max = 1440, description = "Mean handling time of a pre-sale question.")
                double questionMinutes,
        @Param(
                        unit = "minutes",
                        min = 0.1,
                        max = 1440,
                        description = "Mean handling time of an after-sale how-to contact.")
                double howToMinutes,
        @Param(
                        unit = "distribution",
                        description = "Distribution of handling times: lognormal or exponential (the M/M/c case).")
                HandlingDistribution handlingDistribution,
        @Param(
                        unit = "log-scale standard deviation",
                        min = 0,
                        max = 3,
                        description = "Shape of the lognormal handling time.")
                double handlingSigma,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 30,
                        description =
                                "Shortest time before a customer whose complaint was not resolved contacts the desk again.")
                double repeatContactMinDays,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 30,
                        description =
                                "Longest time before a customer whose complaint was not resolved contacts the desk again.")
                double repeatContactMaxDays,
        @Param(
                        unit = "days",
                        min = 0.01,
                        max = 3650,
                        description =
                                "Longest a pre-sale question or how-to contact waits in the queue before the customer gives up on it; complaints never expire (their cost is the customer's patience).")
                double abandonDays,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description =
                                "Probability that the second tier grants goodwill when it resolves an escalated case.")
                double tier2GoodwillProbability,
        @Param(
                        unit = "currency per case",
                        min = 0,
                        max = 100000,
                        description = "Cost of the second tier's work on one escalated case.")
                double tier2CostPerCase,
        @Param(
                        unit = "agents",
                        min = 0,
                        max = 100000,
                        description = "Smallest front-line staff, whatever the number of customers.")
                int minAgents) {

    public ServiceParams {
        Params.validate(
                ServiceParams.class,
                openHour,
                shiftHours,
                workDaysPerWeek,
                complaintMinutes,
                questionMinutes,
                howToMinutes,
                handlingDistribution,
                handlingSigma,
                repeatContactMinDays,
                repeatContactMaxDays,
                abandonDays,
                tier2GoodwillProbability,
                tier2CostPerCase,
                minAgents);
        if (repeatContactMinDays > repeatContactMaxDays) {
            throw new InvalidParameterException(
                    "service.repeatContactMinDays",
                    "at most service.repeatContactMaxDays (" + Params.format(repeatContactMaxDays) + ")",
                    Params.format(repeatContactMinDays));
        }
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static ServiceParams defaults() {
        return new ServiceParams(
                9, // openHour
                8, // shiftHours
                5, // workDaysPerWeek
                20, // complaintMinutes
                6, // questionMinutes
                8, // howToMinutes
                HandlingDistribution.LOGNORMAL, // handlingDistribution
                0.6, // handlingSigma
                1, // repeatContactMinDays
                3, // repeatContactMaxDays
                5, // abandonDays
                0.5, // tier2GoodwillProbability
                30, // tier2CostPerCase
                1); // minAgents
    }
}

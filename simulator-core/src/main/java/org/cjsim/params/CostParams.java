package org.cjsim.params;

/**
 * What the service levers cost: listening, clarity, triage, faster escalation and latitude each have a
 * one-off part (charged on day 0, and again for the part of a rise above the highest level paid so far
 * when the strategy changes during a run) and a running part (charged every day), each proportional to
 * the lever's level and to the company's size (customers or front-line agents). The hourly cost of
 * training is the employee's annual wage over {@code workHoursPerYear}. The defaults and where they come
 * from are in docs/model.md.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param listeningSetup one-off set-up of the feedback and root-cause programme (process design, voice-of-the-customer tooling) at listening 1, per 1,000 customers on day 0; times strategy.listening.
 * @param listeningRunning running cost of the programme (analysts, tooling) at listening 1; times strategy.listening.
 * @param listeningPerReport root-cause work for each resolved complaint reported to the people who can fix its cause: its analysis and its share of the fix (listening decides how many are reported).
 * @param claritySetup one-off redesign of the company's communications (pitch, letters, templates, help pages) at clarity 1, per 1,000 customers on day 0; times strategy.clarity.
 * @param clarityTrainingHours communication training of each front-line agent at clarity 1, paid at the hourly wage; times strategy.clarity.
 * @param triageSetupPerAgent one-off set-up of the routing tool (configuration, integration, training) per front-line agent on day 0, when strategy.triage is on.
 * @param triageLicence routing licence per front-line agent per month, when strategy.triage is on.
 * @param escalationStandby second-tier standby capacity that answers escalated cases in escalationReferenceDays; a faster promise needs proportionally more: times escalationReferenceDays / strategy.escalationDays.
 * @param escalationReferenceDays escalation time the standby cost escalationStandby buys.
 * @param latitudeHireHours training in using authority (and its controls) of each new hire, and of each agent on day 0, at latitude 1, paid at the hourly wage; times strategy.latitude.
 * @param latitudeRefresherHours yearly refresher training and case reviews of the authority budget per agent at latitude 1, paid at the hourly wage; times strategy.latitude.
 * @param workHoursPerYear paid hours of a front-line employee per year: an hour of training costs employees.annualWage / workHoursPerYear.
 */
@Section("costs")
public record CostParams(
        @Param(
                        unit = "currency per 1,000 customers at listening 1",
                        min = 0,
                        max = 10000000.0,
                        description =
                                "One-off set-up of the feedback and root-cause programme at listening 1, per 1,000 customers on day 0; times strategy.listening.")
                double listeningSetup,
        @Param(
                        unit = "currency per 1,000 customers per month at listening 1",
                        min = 0,
                        max = 10000000.0,
                        description =
                                "Running cost of the feedback and root-cause programme (analysts, tooling) at listening 1; times strategy.listening.")
                double listeningRunning,
        @Param(
                        unit = "currency per complaint reported",
                        min = 0,
                        max = 100000.0,
                        description =
                                "Root-cause work for each resolved complaint reported to the people who can fix its cause: its analysis and its share of the fix. strategy.listening is the share of resolved complaints reported.")
                double listeningPerReport,
        @Param(
                        unit = "currency per 1,000 customers at clarity 1",
                        min = 0,
                        max = 10000000.0,
                        description =
                                "One-off redesign of the company's communications at clarity 1, per 1,000 customers on day 0; times strategy.clarity.")
                double claritySetup,
        @Param(
                        unit = "hours per agent per year at clarity 1",
                        min = 0,
                        max = 2000,
                        description =
                                "Communication training of each front-line agent at clarity 1, paid at the hourly wage; times strategy.clarity.")
                double clarityTrainingHours,
        @Param(
                        unit = "currency per agent",
                        min = 0,
                        max = 1000000.0,
                        description =
                                "One-off set-up of the routing tool per front-line agent on day 0, when strategy.triage is on.")
                double triageSetupPerAgent,
        @Param(
                        unit = "currency per agent per month",
                        min = 0,
                        max = 100000,
                        description = "Routing licence per front-line agent per month, when strategy.triage is on.")
                double triageLicence,
        @Param(
                        unit = "currency per 1,000 customers per month",
                        min = 0,
                        max = 10000000.0,
                        description =
                                "Second-tier standby capacity for escalations answered in escalationReferenceDays; times escalationReferenceDays / strategy.escalationDays.")
                double escalationStandby,
        @Param(
                        unit = "days",
                        min = 0.1,
                        max = 60,
                        description = "Escalation time that the standby cost escalationStandby buys.")
                double escalationReferenceDays,
        @Param(
                        unit = "hours per hire at latitude 1",
                        min = 0,
                        max = 2000,
                        description =
                                "Training in using authority of each new hire (and each agent on day 0) at latitude 1, paid at the hourly wage; times strategy.latitude.")
                double latitudeHireHours,
        @Param(
                        unit = "hours per agent per year at latitude 1",
                        min = 0,
                        max = 2000,
                        description =
                                "Refresher training and case reviews of the authority budget per agent at latitude 1, paid at the hourly wage; times strategy.latitude.")
                double latitudeRefresherHours,
        @Param(
                        unit = "hours per year",
                        min = 100,
                        max = 8760,
                        description =
                                "Paid hours of a front-line employee per year: an hour of training costs employees.annualWage / workHoursPerYear.")
                double workHoursPerYear) {

    public CostParams {
        Params.validate(
                CostParams.class,
                listeningSetup,
                listeningRunning,
                listeningPerReport,
                claritySetup,
                clarityTrainingHours,
                triageSetupPerAgent,
                triageLicence,
                escalationStandby,
                escalationReferenceDays,
                latitudeHireHours,
                latitudeRefresherHours,
                workHoursPerYear);
    }

    /** The defaults: round, modest figures for a mid-sized service (see docs/model.md for their reasoning). */
    public static CostParams defaults() {
        return new CostParams(
                1000, // listeningSetup
                150, // listeningRunning
                40, // listeningPerReport
                1000, // claritySetup
                16, // clarityTrainingHours
                500, // triageSetupPerAgent
                40, // triageLicence
                40, // escalationStandby
                5, // escalationReferenceDays
                16, // latitudeHireHours
                8, // latitudeRefresherHours
                1800); // workHoursPerYear
    }
}

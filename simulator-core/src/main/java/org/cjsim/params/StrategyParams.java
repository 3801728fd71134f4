package org.cjsim.params;

/**
 * The company's service strategy: the levers it controls.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param agentsPer1000Customers front-line staffing plan, re-planned every replanDays.
 * @param triage complaints are served before questions and how-to contacts.
 * @param escalationDays time a case escalated to the second tier waits for its resolution.
 * @param honesty how honest the company is: sales promises, owning mistakes, saying no when no is the answer.
 * @param clarity how clearly the company communicates (fewer miscommunication issues).
 * @param latitude authority of front-line employees: the highest issue severity they may settle and compensate without escalation; also the probability of granting goodwill.
 * @param goodwillCap largest goodwill credit an employee may grant for one case.
 * @param refundRate probability that a resolution refunds the purchase in full.
 * @param prevention spending on preventing issues.
 * @param listening share of resolved complaints that reaches the people who can fix the cause.
 * @param followUp share of purchases followed up proactively (raises the complaint probability of an issue).
 * @param referralReward reward paid for each referred customer; raises how often promoters talk.
 * @param marketingBudget paid marketing spending.
 */
@Section("strategy")
public record StrategyParams(
        @Param(
                        unit = "agents per 1,000 customers",
                        min = 0,
                        max = 50,
                        lever = true,
                        low = 0.6,
                        high = 1.6,
                        description = "Front-line staffing plan, re-planned every replanDays.")
                double agentsPer1000Customers,
        @Param(
                        unit = "yes/no",
                        lever = true,
                        description = "Complaints are served before questions and how-to contacts.")
                boolean triage,
        @Param(
                        unit = "days",
                        min = 0.1,
                        max = 60,
                        lever = true,
                        low = 1,
                        high = 5,
                        description = "Time a case escalated to the second tier waits for its resolution.")
                double escalationDays,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 1,
                        lever = true,
                        low = 0.3,
                        high = 0.95,
                        description =
                                "How honest the company is: sales promises, owning mistakes, saying no when no is the answer.")
                double honesty,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 1,
                        lever = true,
                        low = 0.4,
                        high = 0.95,
                        description = "How clearly the company communicates (fewer miscommunication issues).")
                double clarity,
        @Param(
                        unit = "severity",
                        min = 0,
                        max = 1,
                        lever = true,
                        low = 0.1,
                        high = 0.8,
                        description =
                                "Authority of front-line employees: the highest issue severity they may settle and compensate without escalation; also the probability of granting goodwill.")
                double latitude,
        @Param(
                        unit = "currency per case",
                        min = 0,
                        max = 10000,
                        lever = true,
                        low = 0,
                        high = 75,
                        description = "Largest goodwill credit an employee may grant for one case.")
                double goodwillCap,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        lever = true,
                        low = 0,
                        high = 0.9,
                        description = "Probability that a resolution refunds the purchase in full.")
                double refundRate,
        @Param(
                        unit = "currency per 1,000 customers per month",
                        min = 0,
                        max = 10000000.0,
                        lever = true,
                        low = 0,
                        high = 2000,
                        description = "Spending on preventing issues.")
                double prevention,
        @Param(
                        unit = "fraction of resolved complaints",
                        min = 0,
                        max = 1,
                        lever = true,
                        low = 0,
                        high = 1,
                        description = "Share of resolved complaints that reaches the people who can fix the cause.")
                double listening,
        @Param(
                        unit = "fraction of purchases",
                        min = 0,
                        max = 1,
                        lever = true,
                        low = 0,
                        high = 1,
                        description =
                                "Share of purchases followed up proactively (raises the complaint probability of an issue).")
                double followUp,
        @Param(
                        unit = "currency per referred customer",
                        min = 0,
                        max = 100000,
                        lever = true,
                        low = 0,
                        high = 30,
                        description = "Reward paid for each referred customer; raises how often promoters talk.")
                double referralReward,
        @Param(
                        unit = "currency per 1,000 people per month",
                        min = 0,
                        max = 10000000.0,
                        lever = true,
                        low = 500,
                        high = 2000,
                        description = "Paid marketing spending.")
                double marketingBudget) {

    public StrategyParams {
        Params.validate(
                StrategyParams.class,
                agentsPer1000Customers,
                triage,
                escalationDays,
                honesty,
                clarity,
                latitude,
                goodwillCap,
                refundRate,
                prevention,
                listening,
                followUp,
                referralReward,
                marketingBudget);
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static StrategyParams defaults() {
        return new StrategyParams(
                0.95, // agentsPer1000Customers
                false, // triage
                2, // escalationDays
                0.7, // honesty
                0.7, // clarity
                0.4, // latitude
                25, // goodwillCap
                0.1, // refundRate
                0, // prevention
                0.3, // listening
                0, // followUp
                0, // referralReward
                1000); // marketingBudget
    }
}

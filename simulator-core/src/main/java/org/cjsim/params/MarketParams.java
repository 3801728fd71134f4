package org.cjsim.params;

/**
 * The market: its size, how people come to know and buy from the company, and what goes wrong with the product.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param population number of people in the market.
 * @param initialCustomerShare share of people who are already customers on day 0, with tenure and satisfaction drawn near the steady state.
 * @param initialAwareShare share of non-customers who already know the company on day 0.
 * @param innovationRate daily rate at which a non-customer converts through paid marketing at the reference budget (the Bass coefficient of innovation p). Source: Bass (1969), Management Science 15(5).
 * @param referenceMarketingBudget marketing budget at which the conversion rate equals innovationRate.
 * @param marketingElasticity diminishing returns of marketing: the conversion rate scales as (budget / reference budget) to this power.
 * @param awarenessMultiple marketing makes unaware people aware at this multiple of its conversion rate.
 * @param switchingCost how hard it is to leave for a competitor: the lower, the more churn follows satisfaction.
 * @param productQuality mean quality customers experience in a purchase, on the 0-10 scale.
 * @param qualityNoise purchase-to-purchase variation of experienced quality.
 * @param issueBaseRate probability that a purchase goes wrong before prevention and learning.
 * @param miscommunicationRate additional probability of an issue from miscommunication when communication clarity is zero; scaled by (1 - clarity).
 * @param impossibleRequestShare share of issues that are requests the company cannot meet at all.
 * @param severityAlpha first shape parameter of the Beta distribution of issue severity.
 * @param severityBeta second shape parameter of the Beta distribution of issue severity.
 * @param preventionMaxEffect largest share of issues that prevention spending can remove.
 * @param preventionHalfSpend prevention spending that achieves half of the largest effect.
 * @param learnRate how much each complaint that reaches the people who can fix its cause closes the gap between the learned issue factor and its floor.
 * @param learnFloor lowest value of the learned issue factor.
 * @param forgetRate rate at which the learned issue factor drifts back towards 1 without new learning (products and processes change).
 * @param scale real people each simulated person stands for: money and counts in the results are multiplied by it, so that a company is simulated on a scaled-down market and reported at its own size.
 */
@Section("market")
public record MarketParams(
        @Param(unit = "people", min = 10, max = 5000000.0, description = "Number of people in the market.")
                int population,
        @Param(
                        unit = "fraction of people",
                        min = 0,
                        max = 1,
                        description =
                                "Share of people who are already customers on day 0, with tenure and satisfaction drawn near the steady state.")
                double initialCustomerShare,
        @Param(
                        unit = "fraction of non-customers",
                        min = 0,
                        max = 1,
                        description = "Share of non-customers who already know the company on day 0.")
                double initialAwareShare,
        @Param(
                        unit = "per day",
                        min = 0,
                        max = 0.1,
                        description =
                                "Daily rate at which a non-customer converts through paid marketing at the reference budget (the Bass coefficient of innovation p).")
                double innovationRate,
        @Param(
                        unit = "currency per 1,000 people per month",
                        min = 1,
                        max = 10000000.0,
                        description = "Marketing budget at which the conversion rate equals innovationRate.")
                double referenceMarketingBudget,
        @Param(
                        unit = "exponent",
                        min = 0,
                        max = 1,
                        description =
                                "Diminishing returns of marketing: the conversion rate scales as (budget / reference budget) to this power.")
                double marketingElasticity,
        @Param(
                        unit = "multiple of the conversion rate",
                        min = 0,
                        max = 1000,
                        description = "Marketing makes unaware people aware at this multiple of its conversion rate.")
                double awarenessMultiple,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 1,
                        description =
                                "How hard it is to leave for a competitor: the lower, the more churn follows satisfaction.")
                double switchingCost,
        @Param(
                        unit = "points (0-10)",
                        min = 0,
                        max = 10,
                        description = "Mean quality customers experience in a purchase, on the 0-10 scale.")
                double productQuality,
        @Param(
                        unit = "points (standard deviation)",
                        min = 0,
                        max = 5,
                        description = "Purchase-to-purchase variation of experienced quality.")
                double qualityNoise,
        @Param(
                        unit = "probability per purchase",
                        min = 0,
                        max = 1,
                        description = "Probability that a purchase goes wrong before prevention and learning.")
                double issueBaseRate,
        @Param(
                        unit = "probability per purchase",
                        min = 0,
                        max = 1,
                        description =
                                "Additional probability of an issue from miscommunication when communication clarity is zero; scaled by (1 - clarity).")
                double miscommunicationRate,
        @Param(
                        unit = "fraction of issues",
                        min = 0,
                        max = 1,
                        description = "Share of issues that are requests the company cannot meet at all.")
                double impossibleRequestShare,
        @Param(
                        unit = "Beta shape",
                        min = 0.1,
                        max = 100,
                        description = "First shape parameter of the Beta distribution of issue severity.")
                double severityAlpha,
        @Param(
                        unit = "Beta shape",
                        min = 0.1,
                        max = 100,
                        description = "Second shape parameter of the Beta distribution of issue severity.")
                double severityBeta,
        @Param(
                        unit = "fraction of issues",
                        min = 0,
                        max = 1,
                        description = "Largest share of issues that prevention spending can remove.")
                double preventionMaxEffect,
        @Param(
                        unit = "currency per 1,000 customers per month",
                        min = 1,
                        max = 10000000.0,
                        description = "Prevention spending that achieves half of the largest effect.")
                double preventionHalfSpend,
        @Param(
                        unit = "fraction of the gap per reported complaint per 1,000 customers",
                        min = 0,
                        max = 1,
                        description =
                                "How much each complaint that reaches the people who can fix its cause closes the gap between the learned issue factor and its floor.")
                double learnRate,
        @Param(unit = "factor", min = 0, max = 1, description = "Lowest value of the learned issue factor.")
                double learnFloor,
        @Param(
                        unit = "per year",
                        min = 0,
                        max = 10,
                        description =
                                "Rate at which the learned issue factor drifts back towards 1 without new learning (products and processes change).")
                double forgetRate,
        @Param(
                        unit = "people per simulated person",
                        min = 1,
                        max = 1000000.0,
                        description =
                                "Real people each simulated person stands for: money and counts in the results are multiplied by it, so that a company is simulated on a scaled-down market and reported at its own size.")
                double scale) {

    public MarketParams {
        Params.validate(
                MarketParams.class,
                population,
                initialCustomerShare,
                initialAwareShare,
                innovationRate,
                referenceMarketingBudget,
                marketingElasticity,
                awarenessMultiple,
                switchingCost,
                productQuality,
                qualityNoise,
                issueBaseRate,
                miscommunicationRate,
                impossibleRequestShare,
                severityAlpha,
                severityBeta,
                preventionMaxEffect,
                preventionHalfSpend,
                learnRate,
                learnFloor,
                forgetRate,
                scale);
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static MarketParams defaults() {
        return new MarketParams(
                30_000, // population
                0.2, // initialCustomerShare
                0.3, // initialAwareShare
                0.00035, // innovationRate
                1000, // referenceMarketingBudget
                0.5, // marketingElasticity
                4, // awarenessMultiple
                0.1, // switchingCost
                9.3, // productQuality
                0.8, // qualityNoise
                0.08, // issueBaseRate
                0.04, // miscommunicationRate
                0.1, // impossibleRequestShare
                2, // severityAlpha
                5, // severityBeta
                0.6, // preventionMaxEffect
                1000, // preventionHalfSpend
                0.002, // learnRate
                0.3, // learnFloor
                0.25, // forgetRate
                1); // scale
    }
}

package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.MarketParams;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.StrategyParams;

/**
 * The rates and probabilities of one day, derived from the scenario (with the strategy in force that
 * day) and the learned issue factor. Rates are per day.
 *
 * @param marketingConversion hazard of converting through paid marketing, before skepticism: the Bass p
 *     scaled by the budget with diminishing returns and by the promise factor
 * @param awareness hazard of becoming aware through marketing
 * @param promiseFactor conversion multiplier bought by overpromising, {@code 1 + effect * (1 - honesty)}
 * @param expectationAtConversion expectation of a new customer
 * @param lambda0 purchase rate at satisfaction 7
 * @param h0 churn hazard at satisfaction 7
 * @param promoterTalk hazard of a promoter telling someone (with the referral programme's lift)
 * @param detractorTalk hazard of a detractor telling someone
 * @param failureIssue probability that a purchase fails (after prevention and learning)
 * @param miscommunicationIssue probability that a purchase goes wrong through miscommunication
 * @param preventionEffect share of failures removed by prevention spending
 * @param conversionBound hazard that bounds every prospect's paid conversion under any honesty: {@code
 *     innovationRate * max(1, reach) * (1 + promiseConversionEffect)}
 * @param awarenessBound hazard that bounds the awareness hazard: {@code awarenessMultiple * innovationRate *
 *     max(1, reach)}
 * @param purchaseBound purchase rate at satisfaction 10, which bounds everyone's
 * @param talkBound hazard that bounds the talk of promoters under any referral reward and of detractors
 * @param churnBound churn hazard at satisfaction 0, which bounds everyone's base hazard
 *     <p>The bounds are the thinning bounds of the daily phases ({@link DailyDraws}). No lever of a strategy
 *     moves them (the marketing budget only above the reference budget), so that the candidates of a day are
 *     the same people under every strategy compared.
 */
public record DailyRates(
        double marketingConversion,
        double awareness,
        double promiseFactor,
        double expectationAtConversion,
        double lambda0,
        double h0,
        double promoterTalk,
        double detractorTalk,
        double failureIssue,
        double miscommunicationIssue,
        double preventionEffect,
        double conversionBound,
        double awarenessBound,
        double purchaseBound,
        double talkBound,
        double churnBound) {

    /** The rates of a day under {@code scenario}, with the learned issue factor {@code learnedFactor}. */
    public static DailyRates of(ScenarioParams scenario, double learnedFactor) {
        MarketParams m = scenario.market();
        CustomerParams c = scenario.customers();
        StrategyParams s = scenario.strategy();
        double reach = marketingReach(s.marketingBudget(), m.referenceMarketingBudget(), m.marketingElasticity());
        double promise = 1 + c.experience().promiseConversionEffect() * (1 - s.honesty());
        double lift = 1
                + c.wordOfMouth().referralLiftMax()
                        * s.referralReward()
                        / (s.referralReward() + c.wordOfMouth().referralHalfReward());
        double prevention = m.preventionMaxEffect() * (1 - Math.pow(0.5, s.prevention() / m.preventionHalfSpend()));
        double lambda0 = c.experience().purchasesPerMonth() * 12 / 365.0;
        double h0 = CustomerResponse.baseChurnHazard(c.churn().annualChurnAtNeutral());
        double reachBound = Math.max(1, reach);
        return new DailyRates(
                m.innovationRate() * reach * promise,
                m.awarenessMultiple() * m.innovationRate() * reach,
                promise,
                CustomerResponse.expectationAtConversion(
                        c.experience().baselineExpectation(), c.experience().promiseInflation(), s.honesty()),
                lambda0,
                h0,
                c.wordOfMouth().promoterTalkRate() * lift / 365.0,
                c.wordOfMouth().detractorTalkRate() / 365.0,
                m.issueBaseRate() * (1 - prevention) * learnedFactor,
                m.miscommunicationRate() * (1 - s.clarity()),
                prevention,
                m.innovationRate() * reachBound * (1 + c.experience().promiseConversionEffect()),
                m.awarenessMultiple() * m.innovationRate() * reachBound,
                CustomerResponse.purchaseRate(lambda0, c.experience().walletWeight(), 10),
                Math.max(
                                c.wordOfMouth().promoterTalkRate()
                                        * (1 + c.wordOfMouth().referralLiftMax()),
                                c.wordOfMouth().detractorTalkRate())
                        / 365.0,
                CustomerResponse.churnHazard(
                        h0,
                        c.churn().churnSensitivity(),
                        m.switchingCost(),
                        c.churn().churnCeiling(),
                        0));
    }

    /** Marketing reach relative to the reference budget: {@code (budget / reference)^elasticity}. */
    public static double marketingReach(double budget, double reference, double elasticity) {
        return budget <= 0 ? 0 : Math.pow(budget / reference, elasticity);
    }

    /** Probability that a purchase has an issue of any cause. */
    public double issueProbability() {
        return Math.min(1, failureIssue + miscommunicationIssue);
    }

    /**
     * Probability that a purchase that did not fail goes wrong through miscommunication: {@code m / (1 -
     * f)}, so that failures and miscommunications together happen with {@link #issueProbability()}, each
     * decided by its own uniform (clarity then changes no failure, prevention no miscommunication's draw).
     */
    public double miscommunicationGivenNoFailure() {
        return failureIssue >= 1 ? 1 : Math.min(1, miscommunicationIssue / (1 - failureIssue));
    }
}

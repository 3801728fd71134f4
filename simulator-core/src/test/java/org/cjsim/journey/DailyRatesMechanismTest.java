package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/** Each of the day's rates from its inputs, with inputs chosen so that no factor is 1. */
class DailyRatesMechanismTest {

    private static DailyRates rates(Map<String, Object> changes, double learned) {
        return DailyRates.of(Params.with(ScenarioParams.defaults(), changes), learned);
    }

    @Test
    void marketingConvertsAndMakesAwareInProportionToTheInnovationRateAndTheReach() {
        DailyRates r = rates(
                Map.of(
                        "market.innovationRate", 0.002,
                        "market.awarenessMultiple", 3.0,
                        "strategy.marketingBudget", 4000.0,
                        "market.referenceMarketingBudget", 1000.0,
                        "market.marketingElasticity", 0.5,
                        "strategy.honesty", 1.0),
                1);
        assertEquals(0.002 * 2, r.marketingConversion(), 1e-15);
        assertEquals(3 * 0.002 * 2, r.awareness(), 1e-15);
        assertEquals(1.0, DailyRates.marketingReach(1e-9, 1e-9, 0.5), 1e-12, "a tiny budget still reaches");
    }

    @Test
    void purchaseChurnAndTalkRatesArePerDay() {
        DailyRates r = rates(
                Map.of(
                        "customers.purchasesPerMonth", 3.0,
                        "customers.detractorTalkRate", 5.0,
                        "customers.promoterTalkRate", 7.0,
                        "strategy.referralReward", 0.0),
                1);
        assertEquals(3 * 12 / 365.0, r.lambda0(), 1e-15);
        assertEquals(5 / 365.0, r.detractorTalk(), 1e-15);
        assertEquals(7 / 365.0, r.promoterTalk(), 1e-15);
    }

    @Test
    void anIssueHasEitherCauseAndTheProbabilityIsAtMostOne() {
        DailyRates r = rates(
                Map.of("market.issueBaseRate", 0.1, "market.miscommunicationRate", 0.05, "strategy.clarity", 0.0), 0.5);
        assertEquals(0.05, r.failureIssue(), 1e-12);
        assertEquals(0.05 + 0.05, r.issueProbability(), 1e-12);
        DailyRates all = rates(
                Map.of("market.issueBaseRate", 0.9, "market.miscommunicationRate", 0.5, "strategy.clarity", 0.0), 1);
        assertEquals(1.0, all.issueProbability());
    }
}

package org.cjsim.journey;

import static org.cjsim.journey.ModelTestSupport.small;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class DailyRatesTest {

    @Test
    void marketingHasDiminishingReturns() {
        assertEquals(1.0, DailyRates.marketingReach(1000, 1000, 0.5));
        assertEquals(2.0, DailyRates.marketingReach(4000, 1000, 0.5), 1e-12);
        assertEquals(0.0, DailyRates.marketingReach(0, 1000, 0.5));
    }

    @Test
    void overpromisingBuysConversionAndInflatesExpectations() {
        DailyRates honest = DailyRates.of(small("strategy.honesty", 1.0), 1);
        DailyRates dishonest = DailyRates.of(small("strategy.honesty", 0.3), 1);
        assertEquals(1.0, honest.promiseFactor());
        assertEquals(1 + 0.25 * 0.7, dishonest.promiseFactor(), 1e-12);
        assertEquals(1 + 0.25 * 0.7, dishonest.marketingConversion() / honest.marketingConversion(), 1e-12);
        assertEquals(7.5, honest.expectationAtConversion());
        assertEquals(7.5 + 0.7 * 2, dishonest.expectationAtConversion(), 1e-12);
    }

    @Test
    void aReferralRewardLiftsThePromotersTalkRateWithSaturation() {
        ScenarioParams none = small();
        DailyRates r0 = DailyRates.of(none, 1);
        DailyRates r20 = DailyRates.of(small("strategy.referralReward", 20.0), 1);
        assertEquals(1.5, r20.promoterTalk() / r0.promoterTalk(), 1e-12);
        assertEquals(4 / 365.0, r0.promoterTalk(), 1e-15);
    }

    @Test
    void preventionRemovesHalfItsMaximumAtTheHalfSpend() {
        DailyRates r = DailyRates.of(small("strategy.prevention", 1000.0), 1);
        assertEquals(0.3, r.preventionEffect(), 1e-12);
        assertEquals(0.08 * 0.7, r.failureIssue(), 1e-12);
    }

    @Test
    void theLearnedFactorScalesFailuresButNotMiscommunication() {
        DailyRates r = DailyRates.of(small(), 0.5);
        assertEquals(0.04, r.failureIssue(), 1e-12);
        assertEquals(0.04 * 0.3, r.miscommunicationIssue(), 1e-12);
    }
}

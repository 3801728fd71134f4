package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.params.CustomerParams;
import org.cjsim.service.Case;
import org.junit.jupiter.api.Test;

/** The world's events one at a time, forced on a tiny world without the daily phases. */
class WorldMechanismTest {

    @Test
    void aPurchaseBooksRevenueAndMarginAndMovesSatisfactionByDisconfirmation() {
        TinyWorld t = new TinyWorld(
                20,
                "market.issueBaseRate",
                0.0,
                "market.miscommunicationRate",
                0.0,
                "market.qualityNoise",
                0.0,
                "customers.howToPerPurchase",
                0.0,
                "strategy.followUp",
                0.0);
        World w = t.world;
        CustomerParams c = w.scenario.customers();
        w.people.taste[0] = 0.5f;
        w.people.satisfaction[0] = 6;
        w.people.expectation[0] = 9.5;
        w.purchase(0, 0.3, 11L);
        double q = w.scenario.market().productQuality() + 0.5;
        assertEquals(
                CustomerResponse.satisfactionAfterPurchase(
                        6,
                        9.5,
                        q,
                        c.experience().satisfactionAdaptation(),
                        c.experience().disconfirmationWeight(),
                        c.experience().lossAversion()),
                w.people.satisfaction[0],
                1e-9);
        assertEquals(
                CustomerResponse.expectationAfterPurchase(9.5, q, c.experience().expectationAdaptation()),
                w.people.expectation[0],
                1e-9);
        double spend = w.people.spend[0];
        assertEquals(spend, w.ledger.today(LedgerLine.REVENUE), 1e-6);
        assertEquals(spend * w.scenario.economics().margin(), w.ledger.today(LedgerLine.GROSS_PROFIT), 1e-6);
        assertEquals(spend * w.scenario.economics().margin(), w.totals.grossProfitNonReferred, 1e-6);
        assertEquals(0.0, w.totals.grossProfitReferred);
        assertEquals(1, w.people.purchases[0]);
        assertEquals(0, w.totals.firstPurchases, "an initial customer's purchase is not a new customer's first");
        assertTrue(w.people.has(0, Population.LADDER_NO_ISSUE), "a first purchase without issue enters the ladder");
        assertEquals(0, w.people.failures[0]);
        assertEquals(0.0, w.ledger.today(LedgerLine.FOLLOW_UP));
        assertEquals(0, w.desk.queueLength());
    }

    @Test
    void aFollowUpIsPaidForOnEveryPurchase() {
        TinyWorld t = new TinyWorld(10, "strategy.followUp", 1.0, "market.issueBaseRate", 0.0);
        t.world.purchase(1, 0, 11L);
        t.world.purchase(2, 0, 11L);
        assertEquals(2 * t.world.scenario.economics().followUpCost(), t.world.ledger.today(LedgerLine.FOLLOW_UP), 1e-9);
    }

    private static TinyWorld everyPurchaseGoesWrong(double complaintBase) {
        return new TinyWorld(
                20,
                "market.issueBaseRate",
                1.0,
                "market.impossibleRequestShare",
                0.0,
                "customers.complaintBase",
                complaintBase,
                "customers.complaintSeverity",
                0.0,
                "strategy.followUp",
                0.0,
                "customers.howToPerPurchase",
                0.0,
                "market.qualityNoise",
                0.0);
    }

    @Test
    void aVoicedIssueOpensOneCaseAndALaterIssueMergesIntoIt() {
        TinyWorld t = everyPurchaseGoesWrong(1.0);
        World w = t.world;
        w.people.satisfaction[3] = 8;
        w.people.expectation[3] = 8;
        w.people.taste[3] = 0;
        CustomerParams c = w.scenario.customers();
        double afterPurchase = CustomerResponse.satisfactionAfterPurchase(
                8,
                8,
                w.scenario.market().productQuality(),
                c.experience().satisfactionAdaptation(),
                c.experience().disconfirmationWeight(),
                c.experience().lossAversion());
        w.purchase(3, 0.5, 11L);
        Case k = w.openCase[3];
        assertNotNull(k, "complaint base 1: every issue is voiced");
        assertEquals(1, w.totals.cases);
        assertEquals(1, w.people.failures[3]);
        assertFalse(k.repeatFailure);
        assertEquals(w.scenario.customers().experience().issueImpact() * k.severity, k.damage, 1e-12);
        assertEquals(afterPurchase - k.damage, w.people.satisfaction[3], 1e-9, "the issue's damage is taken");
        assertTrue(w.people.has(3, Population.LADDER_ISSUE));
        assertFalse(w.atRisk.contains(3), "a voiced issue does not raise the churn hazard");
        double firstDamage = k.damage;
        double firstSeverity = k.severity;
        w.purchase(3, 0.6, 11L);
        assertSame(k, w.openCase[3]);
        assertEquals(1, w.totals.cases, "one open case per customer");
        assertEquals(2, w.people.failures[3]);
        assertTrue(k.damage > firstDamage);
        assertTrue(k.severity >= firstSeverity);
        assertTrue(k.repeatFailure == false, "the case keeps the repeat flag of its first issue");
        t.runUntil(200);
        assertEquals(1, w.desk.queueLength(), "one complaint contact for the merged case");
        assertEquals(2, w.recorder.today(DailyMetric.COMPLAINTS));
    }

    @Test
    void aSilentIssueRaisesTheChurnHazardForTheSilentDaysThenExpires() {
        TinyWorld t = everyPurchaseGoesWrong(0.0);
        World w = t.world;
        int silentDays = (int) w.scenario.customers().voice().silentDays();
        w.day = 5;
        w.purchase(4, 5.5, 11L);
        assertNull(w.openCase[4]);
        assertEquals(1, w.people.failures[4]);
        assertTrue(w.atRisk.contains(4));
        assertEquals(5 + silentDays, w.people.silentUntil[4], 1e-6);
        assertTrue(w.raised(4));
        assertEquals(1, w.recorder.today(DailyMetric.SILENT_ISSUES));
        w.day = 5 + silentDays - 1;
        w.expireSilence();
        assertTrue(w.atRisk.contains(4));
        w.day = 5 + silentDays;
        w.expireSilence();
        assertFalse(w.raised(4));
        assertFalse(w.atRisk.contains(4));
    }

    @Test
    void aCustomerInGrievanceStaysAtRiskWhenTheSilenceEnds() {
        TinyWorld t = everyPurchaseGoesWrong(0.0);
        World w = t.world;
        w.purchase(4, 0.5, 11L);
        w.people.set(4, Population.GRIEVANCE);
        w.day = 1000;
        w.expireSilence();
        assertTrue(w.atRisk.contains(4));
        assertTrue(w.raised(4));
    }

    @Test
    void manySilentIssuesAllExpireInOrder() {
        TinyWorld t = everyPurchaseGoesWrong(0.0);
        World w = t.world;
        for (int round = 0; round < 150; round++) {
            w.day = round;
            for (int i = 0; i < 20; i++) {
                w.purchase(i, round + 0.5, 100L * round + i);
            }
        }
        w.day = 10_000;
        w.expireSilence();
        assertEquals(0, w.atRisk.size());
    }

    @Test
    void aChurnedCustomerLeavesEverySetDropsTheOpenCaseAndKeepsTalkingForAWhile() {
        TinyWorld t = everyPurchaseGoesWrong(1.0);
        World w = t.world;
        w.purchase(6, 0.5, 11L);
        Case k = w.openCase[6];
        w.people.set(6, Population.GRIEVANCE);
        w.atRisk.add(6);
        w.people.satisfaction[6] = 3;
        int initial = w.customersByOrigin[Origin.INITIAL.ordinal()];
        w.day = 12;
        w.churn(6);
        assertFalse(w.customers.contains(6));
        assertFalse(w.atRisk.contains(6));
        assertEquals(Stage.CHURNED, w.people.stage(6));
        assertEquals(12, w.people.churnDay[6]);
        assertFalse(w.people.has(6, Population.GRIEVANCE));
        assertTrue(k.closed);
        assertFalse(k.resolved, "dropped, not resolved");
        assertEquals(12, k.closedTime);
        assertNull(w.openCase[6]);
        assertEquals(initial - 1, w.customersByOrigin[Origin.INITIAL.ordinal()]);
        assertEquals(1, w.totals.segmentChurns[2], "a detractor left");
        assertTrue(w.churnedTalkers.contains(6));
        int window = (int) w.scenario.customers().wordOfMouth().churnedTalkDays();
        w.day = 12 + window;
        w.forgetOldChurners();
        assertTrue(w.churnedTalkers.contains(6));
        w.day = 12 + window + 1;
        w.forgetOldChurners();
        assertFalse(w.churnedTalkers.contains(6));
    }

    @Test
    void manyChurnersAreAllForgottenInTime() {
        TinyWorld t = new TinyWorld(3000);
        World w = t.world;
        for (int i = 0; i < 3000; i++) {
            w.day = i / 100;
            w.churn(i);
        }
        assertEquals(3000, w.churnedTalkers.size());
        w.day = 100_000;
        w.forgetOldChurners();
        assertEquals(0, w.churnedTalkers.size());
        assertEquals(0, w.customers.size());
    }

    @Test
    void formerCustomersStaySilentWithoutAChurnedTalkWindow() {
        TinyWorld t = new TinyWorld(10, "customers.churnedTalkDays", 0);
        t.world.churn(1);
        assertFalse(t.world.churnedTalkers.contains(1));
    }

    @Test
    void closingACaseClearsTheGrievanceAndRecordsTheResolutionTime() {
        TinyWorld t = everyPurchaseGoesWrong(1.0);
        World w = t.world;
        w.purchase(2, 1.0, 11L);
        Case k = w.openCase[2];
        w.people.set(2, Population.GRIEVANCE);
        w.atRisk.add(2);
        w.close(k, 4.0);
        assertTrue(k.closed && k.resolved);
        assertEquals(3.0, k.resolutionDays(), 1e-12);
        assertFalse(w.people.has(2, Population.GRIEVANCE));
        assertFalse(w.atRisk.contains(2));
        assertNull(w.openCase[2]);
        assertEquals(1, w.totals.resolutionDays.size());
        assertEquals(1, w.recorder.today(DailyMetric.RESOLVED));
    }

    @Test
    void aConvertedProspectBecomesACustomerWithThePromisedExpectationAndBuysAtOnce() {
        TinyWorld t = new TinyWorld(
                50,
                "market.initialCustomerShare",
                0.0,
                "market.issueBaseRate",
                0.0,
                "market.miscommunicationRate",
                0.0);
        World w = t.world;
        assertEquals(50, w.prospects.size());
        w.convert(9, Origin.REFERRED, 3.25);
        assertTrue(w.people.isCustomer(9));
        assertFalse(w.prospects.contains(9));
        assertTrue(w.customers.contains(9));
        assertEquals(Origin.REFERRED, w.people.origin(9));
        assertEquals(3.25, w.people.customerSince[9], 1e-6);
        assertEquals(1, w.people.purchases[9]);
        assertEquals(1, w.totals.firstPurchases);
        assertEquals(1, w.customersByOrigin[Origin.REFERRED.ordinal()]);
        assertEquals(1, w.recorder.today(DailyMetric.NEW_REFERRED));
        assertEquals(0, w.recorder.today(DailyMetric.NEW_PAID));
        assertTrue(w.totals.grossProfitReferred > 0);
        w.convert(10, Origin.PAID, 3.5);
        assertEquals(1, w.recorder.today(DailyMetric.NEW_PAID));
    }

    @Test
    void theExpectationOfANewCustomerComesFromTheSalesPromise() {
        TinyWorld t = new TinyWorld(
                10,
                "market.initialCustomerShare",
                0.0,
                "market.issueBaseRate",
                0.0,
                "market.miscommunicationRate",
                0.0,
                "market.qualityNoise",
                0.0,
                "customers.tasteSd",
                0.0,
                "customers.initialSatisfactionSd",
                0.0,
                "customers.expectationAdaptation",
                0.0);
        World w = t.world;
        w.convert(0, Origin.PAID, 0);
        assertEquals(w.rates.expectationAtConversion(), w.people.expectation[0], 1e-9);
    }

    private static double sumOfSatisfactionOfOthers(World w) {
        double sum = 0;
        for (int i = 1; i < w.people.size; i++) {
            sum += w.people.satisfaction[i];
        }
        return sum;
    }

    @Test
    void positiveWordOfMouthLiftsACustomerAndNegativeWordOfMouthDropsOne() {
        TinyWorld t = new TinyWorld(10);
        World w = t.world;
        CustomerParams c = w.scenario.customers();
        java.util.Arrays.fill(w.people.satisfaction, 5);
        w.tell(0, true, 0, 13L);
        assertEquals(
                9 * 5 + c.wordOfMouth().positiveWomLift(),
                sumOfSatisfactionOfOthers(w),
                1e-9,
                "one listener is lifted");
        w.tell(0, false, 0, 13L);
        assertEquals(
                9 * 5 + c.wordOfMouth().positiveWomLift() - c.wordOfMouth().negativeWomDrop(),
                sumOfSatisfactionOfOthers(w),
                1e-9);
        assertEquals(5.0, w.people.satisfaction[0], "the teller does not hear itself");
        assertEquals(1, w.recorder.today(DailyMetric.WOM_POSITIVE));
        assertEquals(1, w.recorder.today(DailyMetric.WOM_NEGATIVE));
        w.burst(0, 0, 17L);
        assertEquals(1 + c.recovery().womBurstSize(), w.recorder.today(DailyMetric.WOM_NEGATIVE));
    }

    @Test
    void negativeWordOfMouthMakesAProspectAwareAndSkepticalUpToALimit() {
        TinyWorld t = new TinyWorld(10, "market.initialCustomerShare", 0.0, "market.initialAwareShare", 0.0);
        World w = t.world;
        assertEquals(10, w.people.count(Stage.UNAWARE));
        assertEquals(1.0, w.skepticism(1));
        w.tell(0, false, 0, 13L);
        assertEquals(1, w.people.count(Stage.AWARE));
        int told = -1;
        for (int i = 1; i < 10; i++) {
            if (w.people.skepticism[i] == 1) {
                told = i;
            }
        }
        assertTrue(told > 0);
        assertEquals(Stage.AWARE, w.people.stage(told));
        assertEquals(w.scenario.customers().wordOfMouth().skepticismFactor(), w.skepticism(told), 1e-12);
        // 1,000 more: each of the 9 listeners hears about 111 (binomial, sd 10); fewer than 20 is impossible in
        // practice (probability below 1e-20).
        for (int k = 0; k < 1000; k++) {
            w.tell(0, false, 0, 1000L + k);
        }
        for (int i = 1; i < 10; i++) {
            assertEquals(20, w.people.skepticism[i], "skepticism saturates");
        }
        assertEquals(Math.pow(w.scenario.customers().wordOfMouth().skepticismFactor(), 20), w.skepticism(1), 1e-12);
        assertEquals(0, w.customers.size());
    }

    @Test
    void positiveWordOfMouthOverAStrongTieConvertsAProspectAndPaysTheReferralReward() {
        TinyWorld t = new TinyWorld(
                10,
                "market.initialCustomerShare",
                0.0,
                "customers.referralConversion",
                1.0,
                "strategy.referralReward",
                15.0);
        World w = t.world;
        w.people.setStage(0, Stage.CUSTOMER);
        w.customers.add(0);
        w.prospects.remove(0);
        w.tell(0, true, 2.0, 13L);
        assertEquals(2, w.customers.size(), "referral conversion 1 over a tie of weight 1 always converts");
        assertEquals(1, w.customersByOrigin[Origin.REFERRED.ordinal()]);
        assertEquals(15.0, w.ledger.today(LedgerLine.REFERRAL_REWARDS), 1e-12);
        assertTrue(w.people.has(0, Population.ADVOCATE));
    }

    @Test
    void withoutReferralConversionPositiveWordOfMouthOnlyMakesAProspectAware() {
        TinyWorld t = new TinyWorld(
                10,
                "market.initialCustomerShare",
                0.0,
                "market.initialAwareShare",
                0.0,
                "customers.referralConversion",
                0.0);
        World w = t.world;
        w.tell(0, true, 2.0, 13L);
        assertEquals(0, w.customers.size());
        assertEquals(1, w.people.count(Stage.AWARE));
        assertEquals(0.0, w.ledger.today(LedgerLine.REFERRAL_REWARDS));
    }

    @Test
    void aFormerCustomerHearsNothing() {
        TinyWorld t = new TinyWorld(10);
        World w = t.world;
        java.util.Arrays.fill(w.people.satisfaction, 5);
        for (int i = 1; i < 10; i++) {
            w.churn(i);
        }
        for (int k = 0; k < 20; k++) {
            w.tell(0, k % 2 == 0, 0, 100L + k);
        }
        assertEquals(9 * 5.0, sumOfSatisfactionOfOthers(w));
        assertEquals(9, w.people.count(Stage.CHURNED));
        for (int i = 1; i < 10; i++) {
            assertEquals(0, w.people.skepticism[i]);
        }
    }

    @Test
    void theNpsSegmentsFollowTheCutOffs() {
        assertEquals(0, World.segment(9));
        assertEquals(1, World.segment(8.9));
        assertEquals(1, World.segment(6.1));
        assertEquals(2, World.segment(6));
    }
}

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

/** The journey's rules one event at a time, forced on a tiny world without the daily phases. */
class JourneyRulesMechanismTest {

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
        Run w = t.run;
        CustomerParams c = w.today.scenario().customers();
        w.market.people().taste[0] = 0.5f;
        w.market.people().setSatisfaction(0, 6, 10);
        w.market.people().expectation[0] = 9.5;
        w.experience.purchase(0, 0.3, 11L);
        double q = w.today.scenario().market().productQuality() + 0.5;
        assertEquals(
                CustomerResponse.satisfactionAfterPurchase(
                        6,
                        9.5,
                        q,
                        c.experience().satisfactionAdaptation(),
                        c.experience().disconfirmationWeight(),
                        c.experience().lossAversion()),
                w.market.people().satisfaction[0],
                1e-9);
        assertEquals(
                CustomerResponse.expectationAfterPurchase(9.5, q, c.experience().expectationAdaptation()),
                w.market.people().expectation[0],
                1e-9);
        double spend = w.market.people().spend[0];
        assertEquals(spend, w.ledger.today(LedgerLine.REVENUE), 1e-6);
        assertEquals(spend * w.today.scenario().economics().margin(), w.ledger.today(LedgerLine.GROSS_PROFIT), 1e-6);
        assertEquals(spend * w.today.scenario().economics().margin(), w.totals.grossProfitNonReferred, 1e-6);
        assertEquals(0.0, w.totals.grossProfitReferred);
        assertEquals(1, w.market.people().purchases[0]);
        assertEquals(0, w.totals.firstPurchases, "an initial customer's purchase is not a new customer's first");
        assertTrue(
                w.market.people().has(0, Population.LADDER_NO_ISSUE),
                "a first purchase without issue enters the ladder");
        assertEquals(0, w.market.people().failures[0]);
        assertEquals(0.0, w.ledger.today(LedgerLine.FOLLOW_UP));
        assertEquals(0, w.desk.queueLength());
    }

    @Test
    void aFollowUpIsPaidForOnEveryPurchase() {
        TinyWorld t = new TinyWorld(10, "strategy.followUp", 1.0, "market.issueBaseRate", 0.0);
        t.run.experience.purchase(1, 0, 11L);
        t.run.experience.purchase(2, 0, 11L);
        assertEquals(
                2 * t.run.today.scenario().economics().followUpCost(), t.run.ledger.today(LedgerLine.FOLLOW_UP), 1e-9);
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
        Run w = t.run;
        w.market.people().setSatisfaction(3, 8, 10);
        w.market.people().expectation[3] = 8;
        w.market.people().taste[3] = 0;
        CustomerParams c = w.today.scenario().customers();
        double afterPurchase = CustomerResponse.satisfactionAfterPurchase(
                8,
                8,
                w.today.scenario().market().productQuality(),
                c.experience().satisfactionAdaptation(),
                c.experience().disconfirmationWeight(),
                c.experience().lossAversion());
        w.experience.purchase(3, 0.5, 11L);
        Case k = w.cases.of(3);
        assertNotNull(k, "complaint base 1: every issue is voiced");
        assertEquals(1, w.totals.cases);
        assertEquals(1, w.market.people().failures[3]);
        assertFalse(k.repeatFailure);
        assertEquals(w.today.scenario().customers().experience().issueImpact() * k.severity, k.damage, 1e-12);
        assertEquals(afterPurchase - k.damage, w.market.people().satisfaction[3], 1e-9, "the issue's damage is taken");
        assertTrue(w.market.people().has(3, Population.LADDER_ISSUE));
        assertFalse(w.market.atRisk().contains(3), "a voiced issue does not raise the churn hazard");
        double firstDamage = k.damage;
        double firstSeverity = k.severity;
        w.experience.purchase(3, 0.6, 11L);
        assertSame(k, w.cases.of(3));
        assertEquals(1, w.totals.cases, "one open case per customer");
        assertEquals(2, w.market.people().failures[3]);
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
        Run w = t.run;
        int silentDays = (int) w.today.scenario().customers().voice().silentDays();
        w.today.begin(5, w.today.scenario(), 1.0);
        w.experience.purchase(4, 5.5, 11L);
        assertNull(w.cases.of(4));
        assertEquals(1, w.market.people().failures[4]);
        assertTrue(w.market.atRisk().contains(4));
        assertEquals(5 + silentDays, w.market.people().silentUntil[4], 1e-6);
        assertTrue(w.market.raised(4, w.today.day()));
        assertEquals(1, w.recorder.today(DailyMetric.SILENT_ISSUES));
        w.today.begin(5 + silentDays - 1, w.today.scenario(), 1.0);
        w.market.expireSilence(w.today.day());
        assertTrue(w.market.atRisk().contains(4));
        w.today.begin(5 + silentDays, w.today.scenario(), 1.0);
        w.market.expireSilence(w.today.day());
        assertFalse(w.market.raised(4, w.today.day()));
        assertFalse(w.market.atRisk().contains(4));
    }

    @Test
    void aCustomerInGrievanceStaysAtRiskWhenTheSilenceEnds() {
        TinyWorld t = everyPurchaseGoesWrong(0.0);
        Run w = t.run;
        w.experience.purchase(4, 0.5, 11L);
        w.market.people().set(4, Population.GRIEVANCE);
        w.today.begin(1000, w.today.scenario(), 1.0);
        w.market.expireSilence(w.today.day());
        assertTrue(w.market.atRisk().contains(4));
        assertTrue(w.market.raised(4, w.today.day()));
    }

    @Test
    void manySilentIssuesAllExpireInOrder() {
        TinyWorld t = everyPurchaseGoesWrong(0.0);
        Run w = t.run;
        for (int round = 0; round < 150; round++) {
            w.today.begin(round, w.today.scenario(), 1.0);
            for (int i = 0; i < 20; i++) {
                w.experience.purchase(i, round + 0.5, 100L * round + i);
            }
        }
        w.today.begin(10_000, w.today.scenario(), 1.0);
        w.market.expireSilence(w.today.day());
        assertEquals(0, w.market.atRisk().size());
    }

    @Test
    void aChurnedCustomerLeavesEverySetDropsTheOpenCaseAndKeepsTalkingForAWhile() {
        TinyWorld t = everyPurchaseGoesWrong(1.0);
        Run w = t.run;
        w.experience.purchase(6, 0.5, 11L);
        Case k = w.cases.of(6);
        w.market.people().set(6, Population.GRIEVANCE);
        w.market.atRisk().add(6);
        w.market.people().setSatisfaction(6, 3, 10);
        int initial = w.market.customers(Origin.INITIAL);
        w.today.begin(12, w.today.scenario(), 1.0);
        w.churn.leave(6);
        assertFalse(w.market.customers().contains(6));
        assertFalse(w.market.atRisk().contains(6));
        assertEquals(Stage.CHURNED, w.market.people().stage(6));
        assertEquals(12, w.market.people().churnDay[6]);
        assertFalse(w.market.people().has(6, Population.GRIEVANCE));
        assertTrue(k.closed);
        assertFalse(k.resolved, "dropped, not resolved");
        assertEquals(12, k.closedTime);
        assertNull(w.cases.of(6));
        assertEquals(initial - 1, w.market.customers(Origin.INITIAL));
        assertEquals(1, w.totals.segmentChurns[2], "a detractor left");
        assertTrue(w.market.churnedTalkers().contains(6));
        int window = (int) w.today.scenario().customers().wordOfMouth().churnedTalkDays();
        w.today.begin(12 + window, w.today.scenario(), 1.0);
        w.market.forgetOldChurners(
                w.today.day(), w.today.customers().wordOfMouth().churnedTalkDays());
        assertTrue(w.market.churnedTalkers().contains(6));
        w.today.begin(12 + window + 1, w.today.scenario(), 1.0);
        w.market.forgetOldChurners(
                w.today.day(), w.today.customers().wordOfMouth().churnedTalkDays());
        assertFalse(w.market.churnedTalkers().contains(6));
    }

    @Test
    void manyChurnersAreAllForgottenInTime() {
        TinyWorld t = new TinyWorld(3000);
        Run w = t.run;
        for (int i = 0; i < 3000; i++) {
            w.today.begin(i / 100, w.today.scenario(), 1.0);
            w.churn.leave(i);
        }
        assertEquals(3000, w.market.churnedTalkers().size());
        w.today.begin(100_000, w.today.scenario(), 1.0);
        w.market.forgetOldChurners(
                w.today.day(), w.today.customers().wordOfMouth().churnedTalkDays());
        assertEquals(0, w.market.churnedTalkers().size());
        assertEquals(0, w.market.customers().size());
    }

    @Test
    void formerCustomersStaySilentWithoutAChurnedTalkWindow() {
        TinyWorld t = new TinyWorld(10, "customers.churnedTalkDays", 0);
        t.run.churn.leave(1);
        assertFalse(t.run.market.churnedTalkers().contains(1));
    }

    @Test
    void closingACaseClearsTheGrievanceAndRecordsTheResolutionTime() {
        TinyWorld t = everyPurchaseGoesWrong(1.0);
        Run w = t.run;
        w.experience.purchase(2, 1.0, 11L);
        Case k = w.cases.of(2);
        w.market.people().set(2, Population.GRIEVANCE);
        w.market.atRisk().add(2);
        w.recovery.resolve(k, 4.0, true, false, 0);
        assertTrue(k.closed && k.resolved);
        assertEquals(3.0, k.resolutionDays(), 1e-12);
        assertFalse(w.market.people().has(2, Population.GRIEVANCE));
        assertFalse(w.market.atRisk().contains(2));
        assertNull(w.cases.of(2));
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
        Run w = t.run;
        assertEquals(50, w.market.prospects().size());
        w.conversion.convert(9, Origin.REFERRED, 3.25);
        assertTrue(w.market.people().isCustomer(9));
        assertFalse(w.market.prospects().contains(9));
        assertTrue(w.market.customers().contains(9));
        assertEquals(Origin.REFERRED, w.market.people().origin(9));
        assertEquals(3.25, w.market.people().customerSince[9], 1e-6);
        assertEquals(1, w.market.people().purchases[9]);
        assertEquals(1, w.totals.firstPurchases);
        assertEquals(1, w.market.customers(Origin.REFERRED));
        assertEquals(1, w.recorder.today(DailyMetric.NEW_REFERRED));
        assertEquals(0, w.recorder.today(DailyMetric.NEW_PAID));
        assertTrue(w.totals.grossProfitReferred > 0);
        w.conversion.convert(10, Origin.PAID, 3.5);
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
        Run w = t.run;
        w.conversion.convert(0, Origin.PAID, 0);
        assertEquals(w.today.rates().expectationAtConversion(), w.market.people().expectation[0], 1e-9);
    }

    private static double sumOfSatisfactionOfOthers(Run w) {
        double sum = 0;
        for (int i = 1; i < w.market.people().size; i++) {
            sum += w.market.people().satisfaction[i];
        }
        return sum;
    }

    @Test
    void positiveWordOfMouthLiftsACustomerAndNegativeWordOfMouthDropsOne() {
        TinyWorld t = new TinyWorld(10);
        Run w = t.run;
        CustomerParams c = w.today.scenario().customers();
        java.util.Arrays.fill(w.market.people().satisfaction, 5);
        w.wordOfMouth.tell(0, true, 0, 13L);
        assertEquals(
                9 * 5 + c.wordOfMouth().positiveWomLift(),
                sumOfSatisfactionOfOthers(w),
                1e-9,
                "one listener is lifted");
        w.wordOfMouth.tell(0, false, 0, 13L);
        assertEquals(
                9 * 5 + c.wordOfMouth().positiveWomLift() - c.wordOfMouth().negativeWomDrop(),
                sumOfSatisfactionOfOthers(w),
                1e-9);
        assertEquals(5.0, w.market.people().satisfaction[0], "the teller does not hear itself");
        assertEquals(1, w.recorder.today(DailyMetric.WOM_POSITIVE));
        assertEquals(1, w.recorder.today(DailyMetric.WOM_NEGATIVE));
        w.wordOfMouth.burst(0, 0, 17L);
        assertEquals(1 + c.recovery().womBurstSize(), w.recorder.today(DailyMetric.WOM_NEGATIVE));
    }

    @Test
    void negativeWordOfMouthMakesAProspectAwareAndSkepticalUpToALimit() {
        TinyWorld t = new TinyWorld(
                10, "market.initialCustomerShare", 0.0, "market.initialAwareShare", 0.0, "customers.maxSkepticism", 7);
        Run w = t.run;
        assertEquals(10, w.market.people().count(Stage.UNAWARE));
        assertEquals(1.0, w.conversion.skepticism(1));
        w.wordOfMouth.tell(0, false, 0, 13L);
        assertEquals(1, w.market.people().count(Stage.AWARE));
        int told = -1;
        for (int i = 1; i < 10; i++) {
            if (w.market.people().skepticism[i] == 1) {
                told = i;
            }
        }
        assertTrue(told > 0);
        assertEquals(Stage.AWARE, w.market.people().stage(told));
        assertEquals(
                w.today.scenario().customers().wordOfMouth().skepticismFactor(), w.conversion.skepticism(told), 1e-12);
        // 1,000 more: each of the 9 listeners hears about 111 (binomial, sd 10); fewer than 20 is impossible in
        // practice (probability below 1e-20).
        for (int k = 0; k < 1000; k++) {
            w.wordOfMouth.tell(0, false, 0, 1000L + k);
        }
        for (int i = 1; i < 10; i++) {
            assertEquals(7, w.market.people().skepticism[i], "skepticism saturates at maxSkepticism");
        }
        assertEquals(
                Math.pow(w.today.scenario().customers().wordOfMouth().skepticismFactor(), 7),
                w.conversion.skepticism(1),
                1e-12);
        assertEquals(0, w.market.customers().size());
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
        Run w = t.run;
        w.market.people().setStage(0, Stage.CUSTOMER);
        w.market.customers().add(0);
        w.market.prospects().remove(0);
        w.wordOfMouth.tell(0, true, 2.0, 13L);
        assertEquals(2, w.market.customers().size(), "referral conversion 1 over a tie of weight 1 always converts");
        assertEquals(1, w.market.customers(Origin.REFERRED));
        assertEquals(15.0, w.ledger.today(LedgerLine.REFERRAL_REWARDS), 1e-12);
        assertTrue(w.market.people().has(0, Population.ADVOCATE));
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
        Run w = t.run;
        w.wordOfMouth.tell(0, true, 2.0, 13L);
        assertEquals(0, w.market.customers().size());
        assertEquals(1, w.market.people().count(Stage.AWARE));
        assertEquals(0.0, w.ledger.today(LedgerLine.REFERRAL_REWARDS));
    }

    @Test
    void aFormerCustomerHearsNothing() {
        TinyWorld t = new TinyWorld(10);
        Run w = t.run;
        java.util.Arrays.fill(w.market.people().satisfaction, 5);
        for (int i = 1; i < 10; i++) {
            w.churn.leave(i);
        }
        for (int k = 0; k < 20; k++) {
            w.wordOfMouth.tell(0, k % 2 == 0, 0, 100L + k);
        }
        assertEquals(9 * 5.0, sumOfSatisfactionOfOthers(w));
        assertEquals(9, w.market.people().count(Stage.CHURNED));
        for (int i = 1; i < 10; i++) {
            assertEquals(0, w.market.people().skepticism[i]);
        }
    }

    @Test
    void theNpsSegmentsFollowTheCutOffs() {
        assertEquals(0, Churn.segment(9));
        assertEquals(1, Churn.segment(8.9));
        assertEquals(1, Churn.segment(6.1));
        assertEquals(2, Churn.segment(6));
    }
}

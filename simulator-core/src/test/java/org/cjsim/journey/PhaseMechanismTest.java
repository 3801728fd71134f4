package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.metrics.DailyMetric;
import org.junit.jupiter.api.Test;

/**
 * One day of each daily phase on a tiny world of 2,000 people with forced states. Counts are binomial;
 * each is checked against its expectation within 5 standard deviations (a false-failure rate of 6e-7 per
 * assertion), and switching a mechanism off is checked to give exactly none.
 */
class PhaseMechanismTest {
    private static final int N = 2000;

    private static void assertBinomial(double p, int observed, String what) {
        double mean = N * p;
        double sd = Math.sqrt(N * p * (1 - p));
        assertEquals(mean, observed, 5 * sd, what);
    }

    private static int purchasesInOneDay(double satisfaction, double walletWeight) {
        TinyWorld t = new TinyWorld(
                N,
                "customers.purchasesPerMonth",
                10.0,
                "customers.walletWeight",
                walletWeight,
                "market.issueBaseRate",
                0.0,
                "market.miscommunicationRate",
                0.0,
                "customers.howToPerPurchase",
                0.0);
        Arrays.fill(t.run.market.people().satisfaction, satisfaction);
        new PurchasePhase(t.run.today, t.run.market, t.run.experience, new DailyDraws(9)).step(t.state);
        return Arrays.stream(t.run.market.people().purchases).sum();
    }

    @Test
    void customersBuyAtTheDailyRateAndSatisfiedOnesBuyMore() {
        double lambda0 = 10 * 12 / 365.0;
        assertBinomial(1 - Math.exp(-lambda0), purchasesInOneDay(7, 0.5), "at neutral");
        assertBinomial(1 - Math.exp(-lambda0 * 1.5), purchasesInOneDay(10, 0.5), "at 10 with wallet weight 0.5");
        assertBinomial(1 - Math.exp(-lambda0 * 0.5), purchasesInOneDay(4, 0.5), "at 4");
        assertEquals(0, purchasesInOneDay(1, 2), "a rate floored at zero buys nothing");
    }

    @Test
    void formerCustomersBuyNothing() {
        TinyWorld t = new TinyWorld(N, "customers.purchasesPerMonth", 10.0, "market.issueBaseRate", 0.0);
        for (int i = 0; i < N; i++) {
            t.run.churn.leave(i);
        }
        new PurchasePhase(t.run.today, t.run.market, t.run.experience, new DailyDraws(9)).step(t.state);
        assertEquals(0, Arrays.stream(t.run.market.people().purchases).sum());
    }

    private static TinyWorld prospects(double innovationRate, double questionRate) {
        return new TinyWorld(
                N,
                "market.initialCustomerShare",
                0.0,
                "market.initialAwareShare",
                0.0,
                "market.innovationRate",
                innovationRate,
                "customers.questionRate",
                questionRate,
                "market.issueBaseRate",
                0.0,
                "customers.howToPerPurchase",
                0.0);
    }

    @Test
    void marketingConvertsProspectsAtTheDaysRateAndMakesOthersAware() {
        TinyWorld t = prospects(0.1, 0.0);
        Run w = t.run;
        double conversion = w.today.rates().marketingConversion();
        double awareness = w.today.rates().awareness();
        assertTrue(conversion > 0.05 && awareness > conversion);
        new AcquisitionPhase(
                        w.today,
                        w.market,
                        w.conversion,
                        w.inbox,
                        new DailyDraws(9),
                        new DailyDraws(10),
                        new DailyDraws(11))
                .step(t.state);
        int converted = w.market.customers().size();
        assertBinomial(1 - Math.exp(-conversion), converted, "conversions");
        assertEquals(converted, (int) w.recorder.today(DailyMetric.NEW_PAID));
        double aware = w.market.people().count(Stage.AWARE);
        double p = 1 - Math.exp(-awareness);
        double mean = (N - converted) * p;
        assertEquals(mean, aware, 5 * Math.sqrt(mean * (1 - p)), "awareness");
        assertEquals(0, w.desk.queueLength(), "no questions at question rate 0");
    }

    @Test
    void skepticalProspectsConvertLess() {
        TinyWorld t = prospects(0.1, 0.0);
        Run w = t.run;
        Arrays.fill(w.market.people().skepticism, (byte) 20);
        new AcquisitionPhase(
                        w.today,
                        w.market,
                        w.conversion,
                        w.inbox,
                        new DailyDraws(9),
                        new DailyDraws(10),
                        new DailyDraws(11))
                .step(t.state);
        double p = 1 - Math.exp(-w.today.rates().marketingConversion() * w.conversion.skepticism(0));
        assertTrue(w.conversion.skepticism(0) < 0.5);
        assertBinomial(p, w.market.customers().size(), "skeptical conversions");
    }

    @Test
    void withoutMarketingNobodyConvertsOrBecomesAware() {
        TinyWorld t = prospects(0.0, 0.0);
        new AcquisitionPhase(
                        t.run.today,
                        t.run.market,
                        t.run.conversion,
                        t.run.inbox,
                        new DailyDraws(9),
                        new DailyDraws(10),
                        new DailyDraws(11))
                .step(t.state);
        assertEquals(0, t.run.market.customers().size());
        assertEquals(0, t.run.market.people().count(Stage.AWARE));
    }

    @Test
    void awareProspectsAskOneQuestionAtATime() {
        TinyWorld t = prospects(0.0, 1.0);
        Run w = t.run;
        for (int i = 0; i < N / 2; i++) {
            w.market.people().setStage(i, Stage.AWARE);
        }
        AcquisitionPhase phase = new AcquisitionPhase(
                w.today, w.market, w.conversion, w.inbox, new DailyDraws(9), new DailyDraws(10), new DailyDraws(11));
        phase.step(t.state);
        int asking = 0;
        for (int i = 0; i < N; i++) {
            if (w.market.people().has(i, Population.ASKING)) {
                asking++;
                assertEquals(Stage.AWARE, w.market.people().stage(i), "only aware people ask");
            }
        }
        double p = 1 - Math.exp(-1.0);
        double mean = N / 2.0 * p;
        assertEquals(mean, asking, 5 * Math.sqrt(mean * (1 - p)));
        t.runUntil(1.0);
        assertEquals(asking, t.run.desk.queueLength(), "each asker's question reaches the desk");
        phase.step(t.state);
        t.runUntil(2.0);
        int askingAfter = 0;
        for (int i = 0; i < N; i++) {
            askingAfter += w.market.people().has(i, Population.ASKING) ? 1 : 0;
        }
        assertEquals(askingAfter, t.run.desk.queueLength(), "nobody asks twice while waiting");
    }

    private static TinyWorld talkers(double satisfaction) {
        TinyWorld t = new TinyWorld(
                N,
                "customers.promoterTalkRate",
                365.0,
                "customers.detractorTalkRate",
                365.0,
                "strategy.referralReward",
                0.0);
        Arrays.fill(t.run.market.people().satisfaction, satisfaction);
        return t;
    }

    @Test
    void promotersAndDetractorsTalkAtTheirRatesAndPassivesSayNothing() {
        TinyWorld promoters = talkers(9.5);
        new WordOfMouthPhase(promoters.run.today, promoters.run.market, promoters.run.wordOfMouth, new DailyDraws(9))
                .step(promoters.state);
        assertEquals(0.0, promoters.run.recorder.today(DailyMetric.WOM_NEGATIVE));
        assertBinomial(
                1 - Math.exp(-promoters.run.today.rates().promoterTalk()),
                (int) promoters.run.recorder.today(DailyMetric.WOM_POSITIVE),
                "promoters");

        TinyWorld detractors = talkers(3);
        new WordOfMouthPhase(detractors.run.today, detractors.run.market, detractors.run.wordOfMouth, new DailyDraws(9))
                .step(detractors.state);
        assertEquals(0.0, detractors.run.recorder.today(DailyMetric.WOM_POSITIVE));
        assertBinomial(
                1 - Math.exp(-detractors.run.today.rates().detractorTalk()),
                (int) detractors.run.recorder.today(DailyMetric.WOM_NEGATIVE),
                "detractors");

        TinyWorld passives = talkers(8);
        new WordOfMouthPhase(passives.run.today, passives.run.market, passives.run.wordOfMouth, new DailyDraws(9))
                .step(passives.state);
        assertEquals(0.0, passives.run.recorder.today(DailyMetric.WOM_POSITIVE));
        assertEquals(0.0, passives.run.recorder.today(DailyMetric.WOM_NEGATIVE));
    }

    @Test
    void formerCustomersKeepTalkingUntilTheirWindowEnds() {
        TinyWorld t = talkers(3);
        Run w = t.run;
        for (int i = 0; i < N; i++) {
            w.churn.leave(i);
        }
        WordOfMouthPhase phase = new WordOfMouthPhase(w.today, w.market, w.wordOfMouth, new DailyDraws(9));
        phase.step(t.state);
        assertBinomial(
                1 - Math.exp(-w.today.rates().detractorTalk()),
                (int) w.recorder.today(DailyMetric.WOM_NEGATIVE),
                "former detractors");
        double before = w.recorder.today(DailyMetric.WOM_NEGATIVE);
        w.today.begin(
                (int) w.today.scenario().customers().wordOfMouth().churnedTalkDays() + 1, w.today.scenario(), 1.0);
        phase.step(t.state);
        assertEquals(before, w.recorder.today(DailyMetric.WOM_NEGATIVE), "forgotten after the window");
    }
}

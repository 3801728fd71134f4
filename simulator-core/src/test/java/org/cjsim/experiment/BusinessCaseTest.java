package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/** The business case of a strategy: investment, ROI, payback month, the odds of beating, the sentence. */
class BusinessCaseTest {

    // --- the payback month of hand-made cumulative differences ---

    @Test
    void aDifferenceNeverNegativePaysBackInMonthZero() {
        assertEquals(0, BusinessCase.paybackMonth(new double[] {0, 1, 2, 3}));
    }

    @Test
    void aDifferenceNegativeOnTheLastDayNeverPaysBack() {
        assertEquals(BusinessCase.NEVER, BusinessCase.paybackMonth(new double[] {-1, 2, 3, -0.5}));
        assertEquals(BusinessCase.NEVER, BusinessCase.paybackMonth(new double[] {-1, -2, -3}));
        assertEquals(BusinessCase.NEVER, BusinessCase.paybackMonth(new double[0]));
    }

    @Test
    void aDifferenceNegativeOnTheFirstDayOnlyPaysBackInMonthOne() {
        assertEquals(1, BusinessCase.paybackMonth(new double[] {-1, 0, 1}));
    }

    @Test
    void theMonthIsThatOfTheFirstDayAfterTheLastNegativeOneInMonthsOf30Point4Days() {
        // Negative up to day index 302: day 303 (the 304th day) is the last of month 10 (10 x 30.4 = 304).
        assertEquals(10, BusinessCase.paybackMonth(series(400, 302)));
        // One more negative day: the 305th day is in month 11.
        assertEquals(11, BusinessCase.paybackMonth(series(400, 303)));
        // Month 14, as in 14 x 30.4 = 425.6: negative to day index 420, the 422nd day is in month 14.
        assertEquals(14, BusinessCase.paybackMonth(series(1095, 420)));
    }

    @Test
    void aDifferenceThatDipsBelowZeroAgainPaysBackOnlyAfterTheLastDip() {
        double[] d = series(100, 5);
        d[45] = -1;
        // The first day after the last negative one is day 46, the 47th day: month 2.
        assertEquals(2, BusinessCase.paybackMonth(d));
    }

    @Test
    void thePaybackDayIsTheFirstDayAfterTheLastNegativeOneAndLiesInThePaybackMonth() {
        assertEquals(303, BusinessCase.paybackDay(series(400, 302)));
        assertEquals(1, BusinessCase.paybackDay(new double[] {-1, 0, 1}));
        assertEquals(-1, BusinessCase.paybackDay(new double[] {0, 1, 2}), "immediately: no day to mark");
        assertEquals(-1, BusinessCase.paybackDay(new double[] {1, 2, -3}), "never");
        assertEquals(-1, BusinessCase.paybackDay(new double[0]));
    }

    @Test
    void aMissingDayCountsAsNotPaidBack() {
        assertEquals(1, BusinessCase.paybackMonth(new double[] {1, Double.NaN, 1}));
    }

    /** Negative from day 0 to {@code lastNegative}, then positive. */
    private static double[] series(int days, int lastNegative) {
        double[] d = new double[days];
        for (int i = 0; i < days; i++) {
            d[i] = i <= lastNegative ? -1 : 1;
        }
        return d;
    }

    // --- ROI ---

    @Test
    void theRoiIsTheRatioOfMeansWhenTheInvestmentIsPositiveAndNaNOtherwise() {
        assertEquals(2.75, BusinessCase.roi(1.1e6, 0.4e6), 1e-12);
        assertTrue(Double.isNaN(BusinessCase.roi(1.1e6, 0)));
        assertTrue(Double.isNaN(BusinessCase.roi(1.1e6, -0.4e6)));
    }

    // --- from paired replications ---

    private static final ScenarioParams BASE = ScenarioParams.defaults();

    /** A replication with the given summary values (others 0) and a cumulative net contribution. */
    private static ReplicationResult replication(
            String scenario, int k, Map<SummaryMetric, Double> values, double[] cumulative) {
        double[] summary = new double[SummaryMetric.values().length];
        values.forEach((m, v) -> summary[m.ordinal()] = v);
        float[][] daily = null;
        if (cumulative != null) {
            daily = new float[DailyMetric.values().length][cumulative.length];
            for (int d = 0; d < cumulative.length; d++) {
                daily[DailyMetric.CUMULATIVE_NET_CONTRIBUTION.ordinal()][d] = (float) cumulative[d];
            }
        }
        return new ReplicationResult(scenario, k, k, new RunResult(summary, daily, new LadderCounts(), Map.of()), 0);
    }

    private static ScenarioResult scenario(String name, List<ReplicationResult> replications) {
        return new ScenarioResult(BASE.named(name, ""), replications);
    }

    @Test
    void theInvestmentSumsEveryCostLineAndTheOddsCountTheReplicationsThatBeatTheReference() {
        List<ReplicationResult> ref = new ArrayList<>();
        List<ReplicationResult> strategy = new ArrayList<>();
        double[] nets = {100, 90, 130};
        double[] gains = {20, -5, 0};
        for (int k = 0; k < 3; k++) {
            ref.add(replication(
                    "ref",
                    k,
                    Map.of(
                            SummaryMetric.WAGES, 50.0,
                            SummaryMetric.LATITUDE_COST, 0.0,
                            SummaryMetric.NET_CONTRIBUTION, nets[k]),
                    new double[] {0, 0, 0, 0}));
            strategy.add(replication(
                    "strategy",
                    k,
                    Map.of(
                            SummaryMetric.WAGES,
                            50.0 + k,
                            SummaryMetric.LATITUDE_COST,
                            10.0,
                            // the sum of three ledger lines: not a line of its own, so not counted again
                            SummaryMetric.SERVICE_COST,
                            1000.0,
                            SummaryMetric.NET_CONTRIBUTION,
                            nets[k] + gains[k]),
                    new double[] {-10, -5, 1, 2}));
        }
        ScenarioResult r = scenario("ref", ref);
        ScenarioResult s = scenario("strategy", strategy);
        StrategyComparison c = StrategyComparison.of(r, s);
        BusinessCase b = c.businessCase();
        // 10 of latitude in each replication, plus 0, 1, 2 of wages
        assertEquals(11, b.investment().mean(), 1e-12);
        assertEquals(PairedDifference.of(new double[] {10, 11, 12}), b.investment());
        assertSame(c.difference(SummaryMetric.NET_CONTRIBUTION), b.net());
        assertSame(c.difference(SummaryMetric.NPV), b.npv());
        assertEquals(5.0 / 11, b.roi(), 1e-12);
        assertEquals(1, b.better(), "a tie does not beat the reference");
        assertEquals(3, b.replications());
        assertEquals(1, b.paybackMonth());
        assertEquals("$", b.currency());
        assertEquals(BASE.horizon().days(), b.horizonDays());
    }

    @Test
    void everyCostLineCountsInTheInvestment() {
        for (LedgerLine line : LedgerLine.values()) {
            SummaryMetric m = SummaryMetric.valueOf(line.metric());
            ScenarioResult r = scenario("ref", List.of(replication("ref", 0, Map.of(), null)));
            ScenarioResult s = scenario("s", List.of(replication("s", 0, Map.of(m, 7.0), null)));
            assertEquals(
                    line.isCost() ? 7 : 0,
                    StrategyComparison.of(r, s).businessCase().investment().mean(),
                    line.name());
        }
    }

    @Test
    void thePaybackComesFromTheMeanPairedDifferenceOfTheCumulativeSeries() {
        // Day 1: -4 and +2, mean -1: not yet paid back; day 2: -1 and +3, mean +1.
        ScenarioResult r = scenario(
                "ref",
                List.of(
                        replication("ref", 0, Map.of(), new double[] {0, 0, 0}),
                        replication("ref", 1, Map.of(), new double[] {0, 0, 0})));
        ScenarioResult s = scenario(
                "s",
                List.of(
                        replication("s", 0, Map.of(), new double[] {1, -4, -1}),
                        replication("s", 1, Map.of(), new double[] {1, 2, 3})));
        assertEquals(
                Arrays.toString(new double[] {1, -1, 1}),
                Arrays.toString(BusinessCase.difference(r, s, DailyMetric.CUMULATIVE_NET_CONTRIBUTION)
                        .mean()));
        assertEquals(1, StrategyComparison.of(r, s).businessCase().paybackMonth());
    }

    @Test
    void withoutDailySeriesThePaybackIsUnknown() {
        ScenarioResult r = scenario("ref", List.of(replication("ref", 0, Map.of(), null)));
        ScenarioResult s = scenario("s", List.of(replication("s", 0, Map.of(), null)));
        assertEquals(
                BusinessCase.UNKNOWN, StrategyComparison.of(r, s).businessCase().paybackMonth());
    }

    // --- the sentence ---

    private static PairedDifference around(double mean, double low, double high) {
        return new PairedDifference(10, mean, 1, low, high, low > 0 || high < 0 ? 0.001 : 0.4);
    }

    private static BusinessCase bc(PairedDifference investment, PairedDifference net, int payback, int better) {
        return new BusinessCase(
                "empowered",
                "baseline",
                "$",
                1095,
                investment,
                net,
                BusinessCase.roi(net.mean(), investment.mean()),
                payback,
                around(0.9e6, 0.8e6, 1e6),
                better,
                10,
                null,
                null);
    }

    @Test
    void aStrategyThatCostsMoreAndPaysBackSaysSo() {
        assertEquals(
                "empowered: costs $410k more over 3 years, returns +$1.10M in net contribution (95% CI +$950k to"
                        + " +$1.25M), pays back in month 14, and beats baseline in 10 of 10 replications (intervals"
                        + " cover random noise only).",
                bc(around(0.41e6, 0.3e6, 0.5e6), around(1.1e6, 0.95e6, 1.25e6), 14, 10)
                        .sentence());
    }

    @Test
    void aStrategyThatSavesMoneyAndPaysBackAtOnceSaysSo() {
        assertEquals(
                "empowered: saves $120k in costs over 3 years, returns +$300k in net contribution (95% CI +$200k"
                        + " to +$400k), pays back immediately, and beats baseline in 9 of 10 replications (intervals"
                        + " cover random noise only).",
                bc(around(-0.12e6, -0.2e6, -0.05e6), around(0.3e6, 0.2e6, 0.4e6), 0, 9)
                        .sentence());
    }

    @Test
    void aStrategyThatLosesMoneyNeverPaysBack() {
        assertEquals(
                "empowered: costs $500k more over 3 years, loses $200k in net contribution (95% CI -$300k to"
                        + " -$100k), does not pay back within the horizon, and beats baseline in 0 of 10"
                        + " replications (intervals cover random noise only).",
                bc(around(0.5e6, 0.4e6, 0.6e6), around(-0.2e6, -0.3e6, -0.1e6), BusinessCase.NEVER, 0)
                        .sentence());
    }

    @Test
    void aDifferenceWhoseIntervalCoversZeroIsNotSignificant() {
        String s = bc(around(0, -1, 1), around(50e3, -20e3, 120e3), 7, 6).sentence();
        assertTrue(
                s.startsWith("empowered: costs the same over 3 years, returns +$50.0k in net contribution (95% CI"
                        + " -$20.0k to +$120k, not significant), pays back in month 7,"),
                s);
    }

    @Test
    void theClaimIsTheSentenceWithoutItsReminder() {
        BusinessCase b = bc(around(0.41e6, 0.3e6, 0.5e6), around(1.1e6, 0.95e6, 1.25e6), 14, 10);
        assertEquals(b.claim() + " (intervals cover random noise only).", b.sentence());
        assertTrue(b.claim().endsWith("beats baseline in 10 of 10 replications"), b.claim());
    }

    @Test
    void oneReplicationHasNoIntervalAndNoDailySeriesNoPayback() {
        PairedDifference one = new PairedDifference(1, 5e3, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        String s = new BusinessCase(
                        "x", "baseline", "EUR ", 60, one, one, 1, BusinessCase.UNKNOWN, one, 1, 1, null, null)
                .sentence();
        assertEquals(
                "x: costs EUR 5.00k more over 60 days, returns +EUR 5.00k in net contribution (one replication: no"
                        + " interval), payback unknown (no daily series), and beats baseline in 1 of 1 replication"
                        + " (intervals cover random noise only).",
                s);
    }
}

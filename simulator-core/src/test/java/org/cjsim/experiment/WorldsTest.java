package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/**
 * Plausible worlds: which parameters a world sets in which scenario, that replication k runs in world k mod M
 * for every scenario, and how a difference spreads over worlds ({@link PlausibleRange}).
 */
class WorldsTest {
    private static final ScenarioParams COMPANY =
            Params.with(ScenarioParams.defaults(), Map.of("market.population", 2000, "horizon.days", 120));

    /** Two worlds that differ in how much an issue hurts and how far wallet share follows satisfaction. */
    private static final Worlds TWO = new Worlds(
            "cal",
            Map.of(
                    "customers.issueImpact", (Double) Params.get(COMPANY, "customers.issueImpact"),
                    "customers.walletWeight", (Double) Params.get(COMPANY, "customers.walletWeight")),
            List.of(
                    Map.of("customers.issueImpact", 2.5, "customers.walletWeight", 0.3),
                    Map.of("customers.issueImpact", 5.5, "customers.walletWeight", 0.9)));

    @Test
    void aScenarioThatKeepsTheCompanysValuesTakesTheWorldsByReplicationModuloTheirNumber() {
        for (int k = 0; k < 5; k++) {
            ScenarioParams s = TWO.apply(COMPANY, k);
            double impact = k % 2 == 0 ? 2.5 : 5.5;
            assertEquals(impact, (Double) Params.get(s, "customers.issueImpact"), "replication " + k);
            assertEquals(k % 2 == 0 ? 0.3 : 0.9, (Double) Params.get(s, "customers.walletWeight"));
            assertEquals(COMPANY.name(), s.name());
        }
    }

    @Test
    void aParameterTheStrategySetsItselfKeepsTheStrategysValue() {
        ScenarioParams strategy = Params.with(COMPANY, "customers.walletWeight", 0.6);
        assertEquals(List.of("customers.issueImpact"), TWO.keptPaths(strategy));
        ScenarioParams s = TWO.apply(strategy, 1);
        assertEquals(5.5, (Double) Params.get(s, "customers.issueImpact"));
        assertEquals(0.6, (Double) Params.get(s, "customers.walletWeight"));
    }

    @Test
    void withoutWorldsEveryReplicationRunsTheScenarioAsItIs() {
        assertSame(COMPANY, Worlds.NONE.apply(COMPANY, 3));
        assertTrue(Worlds.NONE.isEmpty());
    }

    @Test
    void aWorldMustSetEveryParameterOfTheCompany() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Worlds(
                        "cal",
                        Map.of("customers.issueImpact", 3.0, "customers.walletWeight", 0.5),
                        List.of(Map.of("customers.issueImpact", 2.5))));
    }

    @Test
    void everyScenarioMeetsTheSameWorldInAReplicationAndTheWorldsChangeTheResults() {
        ScenarioParams empowered =
                Params.with(COMPANY, "strategy.latitude", 0.8).named("empowered", "");
        ExperimentSettings over = new ExperimentSettings(4, 5, 2, false, TWO);
        ExperimentResult worlds = Experiment.run(List.of(COMPANY, empowered), over, ExperimentListener.NONE);
        ExperimentResult plain =
                Experiment.run(List.of(COMPANY, empowered), over.withWorlds(Worlds.NONE), ExperimentListener.NONE);
        for (int k = 0; k < 4; k++) {
            // The same world and seed as the scenario run alone with that world's parameters.
            ReplicationResult alone = Experiment.replicate(TWO.apply(COMPANY, k), 5, k, false);
            assertArrayEquals(
                    alone.run().summary(),
                    worlds.scenarios().get(0).replications().get(k).run().summary());
            ReplicationResult strategyAlone = Experiment.replicate(TWO.apply(empowered, k), 5, k, false);
            assertArrayEquals(
                    strategyAlone.run().summary(),
                    worlds.scenarios().get(1).replications().get(k).run().summary());
            assertNotEquals(
                    plain.scenarios().get(0).replications().get(k).get(SummaryMetric.REVENUE),
                    worlds.scenarios().get(0).replications().get(k).get(SummaryMetric.REVENUE));
        }
        ExperimentResult oneThread =
                Experiment.run(List.of(COMPANY, empowered), over.withThreads(1), ExperimentListener.NONE);
        assertArrayEquals(
                worlds.scenarios().get(1).values(SummaryMetric.NET_CONTRIBUTION),
                oneThread.scenarios().get(1).values(SummaryMetric.NET_CONTRIBUTION));
        StrategyComparison c = worlds.comparisons(COMPANY.name()).get(0);
        assertTrue(c.range(SummaryMetric.NET_CONTRIBUTION).overWorlds());
        assertEquals(2, c.range(SummaryMetric.NET_CONTRIBUTION).worlds());
        assertTrue(c.businessCase().overWorlds());
        assertFalse(plain.comparisons(COMPANY.name()).get(0).businessCase().overWorlds());
    }

    // --- how a difference spreads over worlds ---

    @Test
    void theShareOfWorldsBetterAveragesEachWorldsReplicationsFirst() {
        // Two worlds, replications 0, 2, 4 in world 0 (mean +1), 1, 3, 5 in world 1 (mean -1/3).
        double[] d = {3, -1, -1, -1, 1, 1};
        PlausibleRange r = PlausibleRange.of(d, 2, true);
        assertEquals(2, r.worlds());
        assertEquals(0.5, r.probBetter(), 1e-12);
        assertTrue(r.overWorlds());
        // Lower is better: only world 1 is better.
        assertEquals(0.5, PlausibleRange.of(d, 2, false).probBetter(), 1e-12);
        assertEquals(1.0, PlausibleRange.of(new double[] {3, -1, 1, 2}, 2, true).probBetter(), 1e-12);
        // Without worlds each replication counts: 3 of 6 are above zero.
        PlausibleRange noise = PlausibleRange.of(d, 0, true);
        assertEquals(6, noise.worlds());
        assertEquals(0.5, noise.probBetter(), 1e-12);
        assertFalse(noise.overWorlds());
    }

    @Test
    void theIntervalIsThe5And95PercentQuantilesOfSingleReplicationsAndATieIsNotBetter() {
        double[] d = new double[21];
        for (int k = 0; k < d.length; k++) {
            d[k] = k;
        }
        PlausibleRange r = PlausibleRange.of(d, 7, true);
        assertEquals(1.0, r.low(), 1e-12);
        assertEquals(19.0, r.high(), 1e-12);
        assertEquals(7, r.worlds());
        // World 0 holds replications 0, 7, 14: mean 7 > 0; every world is better.
        assertEquals(1.0, r.probBetter(), 1e-12);
        assertEquals(0.0, PlausibleRange.of(new double[] {0, 0}, 2, true).probBetter(), 1e-12);
        assertTrue(Double.isNaN(
                PlausibleRange.of(new double[] {Double.NaN}, 1, true).probBetter()));
    }

    @Test
    void fewerReplicationsThanWorldsUseTheFirstWorldsOnly() {
        PlausibleRange r = PlausibleRange.of(new double[] {1, -2, 3}, 16, true);
        assertEquals(3, r.worlds());
        assertEquals(2.0 / 3, r.probBetter(), 1e-12);
    }

    @Test
    void overWorldsTheSentenceGivesThe90PercentIntervalAndTheShareOfWorldsThatPayOff() {
        PairedDifference net = new PairedDifference(16, 1.1e6, 5e5, 0.8e6, 1.4e6, 0.001);
        PairedDifference investment = new PairedDifference(16, 0.4e6, 1e4, 0.39e6, 0.41e6, 0.001);
        BusinessCase b = new BusinessCase(
                "empowered",
                "baseline",
                "$",
                1095,
                investment,
                net,
                BusinessCase.roi(net.mean(), investment.mean()),
                14,
                net,
                15,
                16,
                new PlausibleRange(16, true, 0.875, 0.2e6, 2.0e6),
                null);
        assertEquals(
                "empowered: costs $400k more over 3 years, returns +$1.10M in net contribution (90% of plausible"
                        + " worlds: +$200k to +$2.00M), pays back in month 14, and pays off in 88% of 16 plausible"
                        + " worlds.",
                b.sentence());
        assertTrue(b.coverage().contains("16 plausible worlds"), b.coverage());
    }
}

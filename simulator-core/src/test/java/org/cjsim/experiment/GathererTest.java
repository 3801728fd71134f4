package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gatherer keeps the daily series of the first replications only, and its statistics beyond them are
 * those of every replication: means and intervals over all, quantiles over the kept ones, whatever the order.
 */
class GathererTest {
    private static final ScenarioParams BASE =
            Params.with(ScenarioParams.defaults(), Map.of("market.population", 300, "horizon.days", 40));
    private static final ScenarioParams EMPOWERED =
            Params.with(BASE, "strategy.latitude", 0.8).named("empowered", "More latitude");
    private static final List<ScenarioParams> BOTH = List.of(BASE, EMPOWERED);
    private static final int REPS = 9;
    private static final int KEPT = 3;
    private static final ExperimentSettings SETTINGS = new ExperimentSettings(REPS, 7, 2, true);

    /** Every replication with its daily series. */
    private static List<ReplicationResult> all;
    /** The exact result from every replication's series. */
    private static ExperimentResult exact;

    @BeforeAll
    static void runOnce() {
        exact = Experiment.run(BOTH, SETTINGS, ExperimentListener.NONE);
        all = new ArrayList<>();
        for (ScenarioResult s : exact.scenarios()) {
            all.addAll(s.replications());
        }
    }

    private static ExperimentResult gathered(List<ReplicationResult> order) {
        Gatherer g = new Gatherer(BOTH, SETTINGS, BASE.name(), KEPT);
        order.forEach(g::add);
        return g.result(0);
    }

    @Test
    void replicationsBeyondTheKeptOnesLoseTheirDailySeriesButNotTheirSummaries() {
        ScenarioResult s = gathered(all).scenarios().get(1);
        for (ReplicationResult r : s.replications()) {
            if (r.replication() < KEPT) {
                assertNotNull(r.run().daily());
            } else {
                assertNull(r.run().daily(), "replication " + r.replication());
            }
            assertArrayEquals(
                    exact.scenarios()
                            .get(1)
                            .replications()
                            .get(r.replication())
                            .run()
                            .summary(),
                    r.run().summary());
        }
        assertTrue(s.hasDaily());
    }

    @Test
    void meansAndIntervalsCoverEveryReplicationAndQuantilesTheKeptOnes() {
        ScenarioResult g = gathered(all).scenarios().get(1);
        ScenarioResult e = exact.scenarios().get(1);
        ScenarioResult firstOnes =
                new ScenarioResult(EMPOWERED, e.replications().subList(0, KEPT));
        for (DailyMetric m : List.of(DailyMetric.CUSTOMERS, DailyMetric.REVENUE, DailyMetric.NPS)) {
            same(e.daily(m), firstOnes.daily(m), g.daily(m), m + " raw");
            same(e.smoothedDaily(m), firstOnes.smoothedDaily(m), g.smoothedDaily(m), m + " smoothed");
        }
        assertFalse(
                e.daily(DailyMetric.CUSTOMERS).equals(firstOnes.daily(DailyMetric.CUSTOMERS)),
                "the kept replications alone must differ from all of them");
        ScenarioResult gRef = gathered(all).scenarios().get(0);
        ScenarioResult eRef = exact.scenarios().get(0);
        ScenarioResult firstRef = new ScenarioResult(BASE, eRef.replications().subList(0, KEPT));
        for (DailyMetric m : List.of(DailyMetric.CUMULATIVE_NET_CONTRIBUTION, DailyMetric.REVENUE)) {
            for (boolean smooth : new boolean[] {false, true}) {
                same(
                        ScenarioResult.difference(eRef, e, m, smooth),
                        ScenarioResult.difference(firstRef, firstOnes, m, smooth),
                        ScenarioResult.difference(gRef, g, m, smooth),
                        m + " difference, smoothed " + smooth);
            }
        }
    }

    /** Means and intervals as in {@code all}, quantiles as in {@code kept}. */
    private static void same(SeriesStatistics all, SeriesStatistics kept, SeriesStatistics gathered, String what) {
        assertEquals(all.days(), gathered.days(), what);
        for (int d = 0; d < all.days(); d++) {
            double tol = 1e-9 * Math.max(1, Math.abs(all.mean()[d]));
            assertEquals(all.mean()[d], gathered.mean()[d], tol, what + " mean on day " + d);
            assertEquals(all.ciLow()[d], gathered.ciLow()[d], tol, what + " low on day " + d);
            assertEquals(all.ciHigh()[d], gathered.ciHigh()[d], tol, what + " high on day " + d);
        }
        assertArrayEquals(kept.p05(), gathered.p05(), what);
        assertArrayEquals(kept.p95(), gathered.p95(), what);
    }

    @Test
    void theOrderOfArrivalDoesNotChangeABit() {
        ExperimentResult inOrder = gathered(all);
        List<ReplicationResult> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(3));
        ExperimentResult mixed = gathered(shuffled);
        for (int s = 0; s < 2; s++) {
            for (DailyMetric m : DailyMetric.values()) {
                assertEquals(
                        inOrder.scenarios().get(s).daily(m),
                        mixed.scenarios().get(s).daily(m),
                        m.name());
                assertEquals(
                        inOrder.scenarios().get(s).smoothedDaily(m),
                        mixed.scenarios().get(s).smoothedDaily(m),
                        m.name());
            }
        }
        assertEquals(
                ScenarioResult.difference(
                        inOrder.scenarios().get(0), inOrder.scenarios().get(1), DailyMetric.GROSS_PROFIT, true),
                ScenarioResult.difference(
                        mixed.scenarios().get(0), mixed.scenarios().get(1), DailyMetric.GROSS_PROFIT, true));
    }

    @Test
    void differencesToAScenarioNotFollowedAreRefused() {
        ExperimentResult r = gathered(all);
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> ScenarioResult.difference(
                        r.scenarios().get(1), r.scenarios().get(0), DailyMetric.NPS, false));
        assertTrue(e.getMessage().contains("followed against no scenario"), e.getMessage());
    }

    @Test
    void aComparisonWhoseDifferencesWereNotFollowedHasNoCashButEveryThingElse() {
        Gatherer g = new Gatherer(BOTH, SETTINGS, null, KEPT);
        all.forEach(g::add);
        ExperimentResult r = g.result(0);
        assertFalse(
                ScenarioResult.hasDifference(r.scenarios().get(0), r.scenarios().get(1)));
        assertTrue(ScenarioResult.hasDifference(
                gathered(all).scenarios().get(0), gathered(all).scenarios().get(1)));
        StrategyComparison c = r.comparisons(BASE.name()).get(0);
        assertNull(c.businessCase().cash());
        assertEquals(BusinessCase.UNKNOWN, c.businessCase().paybackMonth());
        assertEquals(REPS, c.businessCase().replications());
    }

    @Test
    void aStudyWithinTheKeptReplicationsIsExactlyTheOneComputedFromEverySeries() {
        Gatherer g = new Gatherer(BOTH, SETTINGS, BASE.name(), REPS);
        all.forEach(g::add);
        ScenarioResult s = g.result(0).scenarios().get(1);
        assertEquals(exact.scenarios().get(1).daily(), s.daily());
        assertTrue(s.replications().stream().allMatch(r -> r.run().daily() != null));
    }

    @Test
    void missingReplicationsAreCountedAndForeignOnesIgnored() {
        Gatherer g = new Gatherer(BOTH, SETTINGS, null, KEPT);
        assertTrue(g.add(all.get(0)));
        assertFalse(g.add(all.get(0)), "a replication already taken");
        assertFalse(g.add(new ReplicationResult("other", 0, 1, all.get(0).run(), 0)));
        assertEquals(1, g.size());
        assertTrue(g.has(BASE.name(), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.result(0));
        assertEquals("17 of 18 replications are missing", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Gatherer(BOTH, SETTINGS, "nobody"));
    }

    @Test
    void anExperimentRunThroughAGathererMatchesTheGatheringOfItsReplications() {
        Gatherer g = new Gatherer(BOTH, SETTINGS.withThreads(1), BASE.name(), KEPT);
        ExperimentResult run = Experiment.run(g, ExperimentListener.NONE);
        ExperimentResult gathered = gathered(all);
        for (int s = 0; s < 2; s++) {
            assertEquals(
                    gathered.scenarios().get(s).daily(), run.scenarios().get(s).daily());
        }
    }
}

package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class ExperimentTest {
    private static final ScenarioParams BASE =
            Params.with(ScenarioParams.defaults(), Map.of("market.population", 2000, "horizon.days", 200));
    private static final ScenarioParams EMPOWERED =
            Params.with(BASE, "strategy.latitude", 0.8).named("empowered", "More latitude");
    private static final List<ScenarioParams> BOTH = List.of(BASE, EMPOWERED);

    private static ExperimentSettings settings(int reps, int threads) {
        return new ExperimentSettings(reps, 99, threads, true);
    }

    @Test
    void resultsAreBitIdenticalWithOneAndTwoThreads() {
        ExperimentResult one = Experiment.run(BOTH, settings(4, 1), ExperimentListener.NONE);
        ExperimentResult two = Experiment.run(BOTH, settings(4, 2), ExperimentListener.NONE);
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < 4; k++) {
                ReplicationResult a = one.scenarios().get(s).replications().get(k);
                ReplicationResult b = two.scenarios().get(s).replications().get(k);
                assertEquals(a.seed(), b.seed());
                assertArrayEquals(a.run().summary(), b.run().summary());
                assertEquals(a.run().ladder(), b.run().ladder());
            }
        }
    }

    @Test
    void anotherMasterSeedGivesOtherResults() {
        ExperimentResult a = Experiment.run(List.of(BASE), settings(2, 2), ExperimentListener.NONE);
        ExperimentResult b = Experiment.run(List.of(BASE), settings(2, 2).withSeed(100), ExperimentListener.NONE);
        assertFalse(a.scenarios().get(0).statistics(SummaryMetric.REVENUE).mean()
                == b.scenarios().get(0).statistics(SummaryMetric.REVENUE).mean());
    }

    @Test
    void strategiesShareTheSeedOfEachReplicationIndex() {
        ExperimentResult r = Experiment.run(BOTH, settings(3, 2), ExperimentListener.NONE);
        for (int k = 0; k < 3; k++) {
            assertEquals(
                    r.scenarios().get(0).replications().get(k).seed(),
                    r.scenarios().get(1).replications().get(k).seed());
        }
        float[] a = r.scenarios().get(0).replications().get(0).run().series(DailyMetric.CUSTOMERS);
        float[] b = r.scenarios().get(1).replications().get(0).run().series(DailyMetric.CUSTOMERS);
        assertEquals(a[0], b[0], "common random numbers: the same initial customers");
    }

    @Test
    void aResumedExperimentRunsOnlyWhatIsMissingAndEndsWithTheSameResults() {
        ExperimentResult full = Experiment.run(BOTH, settings(3, 2), ExperimentListener.NONE);
        List<ReplicationResult> done = new ArrayList<>();
        done.add(full.scenarios().get(0).replications().get(0));
        done.add(full.scenarios().get(1).replications().get(2));
        List<ReplicationResult> ran = new ArrayList<>();
        int[] started = new int[2];
        ExperimentResult resumed = Experiment.run(
                BOTH,
                settings(3, 2),
                new ExperimentListener() {
                    @Override
                    public void started(int runs, int alreadyDone, long totalDays) {
                        started[0] = runs;
                        started[1] = alreadyDone;
                    }

                    @Override
                    public void replicationFinished(ReplicationResult result, int n, int total) {
                        ran.add(result);
                        assertEquals(6, total);
                    }
                },
                done);
        assertEquals(4, started[0]);
        assertEquals(2, started[1]);
        assertEquals(4, ran.size());
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(
                        full.scenarios().get(s).replications().get(k).run().summary(),
                        resumed.scenarios().get(s).replications().get(k).run().summary());
            }
        }
    }

    @Test
    void theListenerHearsEveryDayAndEveryReplication() {
        long[] days = new long[2];
        int[] finished = new int[1];
        Experiment.run(BOTH, settings(2, 2), new ExperimentListener() {
            @Override
            public void progress(long daysDone, long totalDays) {
                days[0] = Math.max(days[0], daysDone);
                days[1] = totalDays;
            }

            @Override
            public void replicationFinished(ReplicationResult result, int done, int total) {
                finished[0]++;
            }
        });
        assertEquals(800, days[1]);
        assertEquals(800, days[0]);
        assertEquals(4, finished[0]);
    }

    @Test
    void comparisonsAreRankedByNetContributionAndTheBridgeAddsUpToTheDifference() {
        ScenarioParams costCutter = Params.with(
                        BASE, Map.of("strategy.latitude", 0.1, "strategy.agentsPer1000Customers", 0.6))
                .named("cost-cutter", "");
        ExperimentResult r =
                Experiment.run(List.of(BASE, EMPOWERED, costCutter), settings(4, 2), ExperimentListener.NONE);
        List<StrategyComparison> ranked = r.comparisons("baseline");
        assertEquals(2, ranked.size());
        assertTrue(ranked.get(0).difference(SummaryMetric.NET_CONTRIBUTION).mean()
                >= ranked.get(1).difference(SummaryMetric.NET_CONTRIBUTION).mean());
        for (StrategyComparison c : ranked) {
            ProfitBridge bridge = c.bridge();
            double sum = bridge.steps().stream()
                    .mapToDouble(s -> s.contribution().mean())
                    .sum();
            assertEquals(
                    bridge.total().mean(), sum, 1e-6 * Math.abs(bridge.total().mean()) + 1e-6);
            assertEquals(
                    c.difference(SummaryMetric.NET_CONTRIBUTION).mean(),
                    bridge.total().mean(),
                    1e-9);
            List<String> keys = bridge.steps().stream().map(BridgeStep::key).toList();
            for (org.cjsim.economy.LedgerLine line : org.cjsim.economy.LedgerLine.values()) {
                if (line.isCost()) {
                    assertTrue(
                            keys.contains(SummaryMetric.valueOf(line.metric()).key()), line.name());
                }
            }
        }
        BridgeStep latitude = ranked.stream()
                .filter(c -> c.scenario().equals("empowered"))
                .findFirst()
                .orElseThrow()
                .bridge()
                .steps()
                .stream()
                .filter(s -> s.key().equals("latitude_cost"))
                .findFirst()
                .orElseThrow();
        assertTrue(latitude.contribution().mean() < 0, "twice the latitude costs more training");
        assertThrows(IllegalArgumentException.class, () -> r.comparisons("nobody"));
    }

    @Test
    void dailyStatisticsHaveABandAroundTheMean() {
        ExperimentResult r = Experiment.run(List.of(BASE), settings(4, 2), ExperimentListener.NONE);
        SeriesStatistics s = r.scenarios().get(0).daily(DailyMetric.CUSTOMERS);
        assertEquals(200, s.days());
        for (int d = 0; d < 200; d++) {
            assertTrue(s.ciLow()[d] <= s.mean()[d] && s.mean()[d] <= s.ciHigh()[d]);
            assertTrue(s.p05()[d] <= s.p95()[d]);
        }
    }

    @Test
    void twoScenariosWithOneNameAreRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Experiment.run(List.of(BASE, BASE), settings(1, 1), ExperimentListener.NONE));
    }

    @Test
    void withoutDailySeriesOnlySummariesAreKept() {
        ExperimentResult r =
                Experiment.run(List.of(BASE), settings(2, 2).withKeepDaily(false), ExperimentListener.NONE);
        assertFalse(r.scenarios().get(0).hasDaily());
        assertEquals(null, r.scenarios().get(0).daily(DailyMetric.CUSTOMERS));
        assertTrue(r.scenarios().get(0).statistics(SummaryMetric.REVENUE).mean() > 0);
    }
}

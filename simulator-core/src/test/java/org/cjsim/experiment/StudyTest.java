package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class StudyTest {
    private static final ScenarioParams BASE =
            Params.with(ScenarioParams.defaults(), Map.of("market.population", 300, "horizon.days", 30));
    private static final ExperimentSettings SETTINGS = new ExperimentSettings(2, 7, 2, false);
    private static final ParamInfo LATITUDE = Params.info("strategy.latitude").orElseThrow();
    private static final ParamInfo PREVENTION =
            Params.info("strategy.prevention").orElseThrow();
    private static final ParamInfo TRIAGE = Params.info("strategy.triage").orElseThrow();

    /** Every replication of {@code result}, shuffled: the order files are read in is no order at all. */
    private static List<ReplicationResult> shuffled(StudyResult result) {
        List<ReplicationResult> all = new ArrayList<>();
        result.experiment().scenarios().forEach(s -> all.addAll(s.replications()));
        Collections.shuffle(all, new Random(3));
        return all;
    }

    @Test
    void aComparisonAggregatedFromItsReplicationsInAnyOrderEqualsTheComparisonRun() {
        Comparison study = new Comparison(
                List.of(BASE, Params.with(BASE, "strategy.latitude", 0.9).named("loose", "")), BASE.name());
        Comparison.Result ran = study.run(SETTINGS, ExperimentListener.NONE, List.of());
        Comparison.Result again = study.aggregate(SETTINGS, shuffled(ran), 0);
        assertEquals(ran.comparisons(), again.comparisons());
        assertEquals(1, again.comparisons().size());
        assertEquals("loose", again.comparisons().get(0).scenario());
        assertSame(again.experiment().scenarios().get(0), again.reference());
    }

    @Test
    void aSweepPairsEachDesignPointWithItsOwnScenario() {
        Sweep study = Sweep.of(BASE, List.of(new SweepAxis("strategy.latitude", 0.2, 0.6, 0.4)), Sweep.GRID, 0, 7);
        Sweep.Result ran = study.run(SETTINGS, ExperimentListener.NONE, List.of());
        Sweep.Result again = study.aggregate(SETTINGS, shuffled(ran), 0);
        assertEquals(2, again.points().size());
        for (int k = 0; k < 2; k++) {
            Sweep.Point p = again.points().get(k);
            assertEquals(
                    p.values().get("strategy.latitude"),
                    p.result().scenario().strategy().latitude());
            assertEquals(ran.points().get(k).values(), p.values());
            assertEquals(ran.points().get(k).result().summary(), p.result().summary());
        }
    }

    @Test
    void eachSensitivityVariantKnowsItsLeverAndEndAndTheBaseValueIsNotRun() {
        Sensitivity study = new Sensitivity(BASE, List.of(LATITUDE, PREVENTION, TRIAGE));
        List<Sensitivity.Variant> variants = study.variants();
        // Prevention's low end and triage's low end (off) are the base values: not run.
        assertEquals(4, variants.size());
        for (Sensitivity.Variant v : variants) {
            Object base = Params.get(BASE, v.lever().path());
            assertNotEquals(base, v.value());
            assertEquals(v.value(), Params.get(v.scenario(), v.lever().path()));
            if (!(v.value() instanceof Boolean)) {
                double value = ((Number) v.value()).doubleValue();
                double b = ((Number) base).doubleValue();
                assertTrue(v.end() == Sensitivity.End.LOW ? value < b : value > b, v.toString());
            }
        }
        assertEquals(BASE, study.scenarios().get(0));
        assertEquals(
                variants.stream().map(Sensitivity.Variant::scenario).toList(),
                study.scenarios().subList(1, study.scenarios().size()));
    }

    @Test
    void aSensitivityRowComparesEachEndWithTheBaseWhereverTheVariantsStand() {
        Sensitivity study = new Sensitivity(BASE, List.of(LATITUDE, PREVENTION, TRIAGE));
        Sensitivity.Result ran = study.run(SETTINGS, ExperimentListener.NONE, List.of());
        Sensitivity.Result again = study.aggregate(SETTINGS, shuffled(ran), 0);
        assertEquals(ran.rows(), again.rows());
        for (Sensitivity.Row row : again.rows()) {
            for (Sensitivity.Variant v : study.variants()) {
                if (v.lever().equals(row.lever())) {
                    StrategyComparison c = v.end() == Sensitivity.End.LOW ? row.lowComparison() : row.highComparison();
                    assertEquals(v.scenario().name(), c.scenario());
                    assertEquals(BASE.name(), c.reference());
                }
            }
        }
        Sensitivity.Row prevention = again.rows().stream()
                .filter(r -> r.lever().equals(PREVENTION))
                .findFirst()
                .orElseThrow();
        assertNull(prevention.lowComparison());
        assertEquals(0, prevention.lowDifference(SummaryMetric.NET_CONTRIBUTION).mean());
    }

    @Test
    void aSweepWithoutALeverIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new Sweep(BASE, Sweep.GRID, 0, List.of(), List.of()));
        assertEquals("a sweep needs at least one lever", e.getMessage());
    }

    @Test
    void aLeverGivenTwiceIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Sensitivity(BASE, List.of(LATITUDE, LATITUDE)));
        assertEquals("the lever strategy.latitude is given twice", e.getMessage());
    }

    @Test
    void aMissingReplicationIsNamedAndNothingIsRunInItsPlace() {
        SingleRun study = new SingleRun(BASE);
        SingleRun.Result ran = study.run(SETTINGS, ExperimentListener.NONE, List.of());
        List<ReplicationResult> one = List.of(ran.scenario().replications().get(1));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> study.aggregate(SETTINGS, one, 0));
        assertEquals("1 of 2 replications are missing", e.getMessage());
        assertEquals(
                ran.scenario().summary(),
                study.aggregate(SETTINGS, shuffled(ran), 0).scenario().summary());
    }

    @Test
    void anExperimentOfOtherScenariosIsNotAggregated() {
        ExperimentResult other =
                Experiment.run(List.of(Params.with(BASE, "strategy.latitude", 0.9)), SETTINGS, ExperimentListener.NONE);
        assertThrows(IllegalArgumentException.class, () -> new SingleRun(BASE).aggregate(other));
    }

    @Test
    void aComparisonNeedsItsReferenceAmongItsScenarios() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Comparison(List.of(BASE), "nobody"));
        assertEquals("the reference nobody is not among the scenarios", e.getMessage());
    }

    @Test
    void eachStudyHasTheKeyOfItsCommand() {
        assertEquals("run", new SingleRun(BASE).key());
        assertEquals("compare", new Comparison(List.of(BASE), BASE.name()).key());
        assertEquals(
                "sweep",
                Sweep.of(BASE, List.of(new SweepAxis("strategy.latitude", 0, 1, 1)), Sweep.GRID, 0, 1)
                        .key());
        assertEquals("sensitivity", new Sensitivity(BASE, List.of(LATITUDE)).key());
    }
}

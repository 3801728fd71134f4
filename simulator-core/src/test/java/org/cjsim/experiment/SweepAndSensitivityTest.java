package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class SweepAndSensitivityTest {

    @Test
    void anAxisIncludesBothEndsWithoutRoundingNoise() {
        SweepAxis a = new SweepAxis("strategy.latitude", 0, 1, 0.1);
        assertEquals(11, a.values().size());
        assertEquals(0.3, a.values().get(3));
        assertEquals(1.0, a.values().get(10));
    }

    @Test
    void axesOutsideTheParameterRangeOrWithoutAStepAreRejected() {
        InvalidParameterException range =
                assertThrows(InvalidParameterException.class, () -> new SweepAxis("strategy.latitude", 0, 2, 0.5));
        assertEquals("strategy.latitude must be in [0, 1], got 2", range.getMessage());
        assertThrows(InvalidParameterException.class, () -> new SweepAxis("strategy.latitude", 0, 1, 0));
        assertThrows(InvalidParameterException.class, () -> new SweepAxis("strategy.latitude", 1, 0, 0.1));
        assertThrows(InvalidParameterException.class, () -> new SweepAxis("strategy.triage", 0, 1, 1));
        assertThrows(InvalidParameterException.class, () -> new SweepAxis("strategy.nothing", 0, 1, 1));
    }

    @Test
    void aGridHasEveryCombination() {
        List<Map<String, Double>> g = SweepDesign.grid(List.of(
                new SweepAxis("strategy.latitude", 0, 1, 0.5), new SweepAxis("strategy.honesty", 0.5, 1, 0.25)));
        assertEquals(9, g.size());
        assertEquals(Map.of("strategy.latitude", 0.0, "strategy.honesty", 0.5), g.get(0));
        assertEquals(Map.of("strategy.latitude", 1.0, "strategy.honesty", 1.0), g.get(8));
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryAxisOnce() {
        List<SweepAxis> axes = List.of(
                new SweepAxis("strategy.latitude", 0, 1, 0.1), new SweepAxis("market.population", 1000, 2000, 1));
        List<Map<String, Double>> points = SweepDesign.latinHypercube(axes, 10, 5);
        assertEquals(10, points.size());
        Set<Integer> strata = new HashSet<>();
        for (Map<String, Double> p : points) {
            strata.add((int) Math.floor(p.get("strategy.latitude") * 10));
            double pop = p.get("market.population");
            assertEquals(Math.rint(pop), pop, "an integer parameter is rounded");
        }
        assertEquals(10, strata.size());
        assertEquals(points, SweepDesign.latinHypercube(axes, 10, 5), "the same seed gives the same design");
    }

    @Test
    void sweepScenariosAreNamedAfterTheirPoint() {
        List<ScenarioParams> s = Sweep.scenarios(
                ScenarioParams.defaults(),
                SweepDesign.grid(List.of(new SweepAxis("strategy.latitude", 0.2, 0.4, 0.2))));
        assertEquals("baseline strategy.latitude=0.2", s.get(0).name());
        assertEquals(0.4, s.get(1).strategy().latitude());
    }

    @Test
    void aSensitivityBeyondTheKeptReplicationsFollowsEachVariantsDailyDifferenceToTheBase() {
        ScenarioParams base =
                Params.with(ScenarioParams.defaults(), Map.of("market.population", 200, "horizon.days", 20));
        int replications = DailyStatistics.KEPT_REPLICATIONS + 1;
        Sensitivity.Result r = new Sensitivity(
                        base, List.of(Params.info("strategy.latitude").orElseThrow()))
                .run(new ExperimentSettings(replications, 1, 2, true), ExperimentListener.NONE, List.of());
        BusinessCase high = r.rows().get(0).highComparison().businessCase();
        assertEquals(replications, high.replications());
        assertTrue(high.cash() != null && high.cash().days() == 20, "the cash of every pair");
        assertTrue(high.paybackMonth() != BusinessCase.UNKNOWN);
    }

    @Test
    void sensitivityVariesEachLeverToItsEndsAndReportsZeroWhereAnEndIsTheBase() {
        ScenarioParams base =
                Params.with(ScenarioParams.defaults(), Map.of("market.population", 1500, "horizon.days", 120));
        List<ParamInfo> levers = List.of(
                Params.info("strategy.latitude").orElseThrow(),
                Params.info("strategy.prevention").orElseThrow(),
                Params.info("strategy.triage").orElseThrow());
        Sensitivity.Result r = new Sensitivity(base, levers)
                .run(new ExperimentSettings(2, 1, 2, false), ExperimentListener.NONE, List.of());
        assertEquals(3, r.rows().size());
        Sensitivity.Row prevention = r.rows().stream()
                .filter(row -> row.lever().path().equals("strategy.prevention"))
                .findFirst()
                .orElseThrow();
        assertEquals(0.0, prevention.low());
        assertEquals(2000.0, prevention.high());
        assertNull(prevention.lowComparison());
        assertEquals(0, prevention.lowDifference(SummaryMetric.NET_CONTRIBUTION).mean());
        assertEquals(2, prevention.lowDifference(SummaryMetric.NET_CONTRIBUTION).n());
        for (int k = 1; k < r.rows().size(); k++) {
            assertTrue(r.rows().get(k - 1).swing(SummaryMetric.NET_CONTRIBUTION)
                    >= r.rows().get(k).swing(SummaryMetric.NET_CONTRIBUTION));
        }
    }

    @Test
    void leverEndsDefaultToHalfAndOneAndAHalfTimesTheBase() {
        ParamInfo followUp = Params.info("strategy.followUp").orElseThrow();
        ScenarioParams base = Params.with(ScenarioParams.defaults(), "strategy.followUp", 0.4);
        ParamInfo noSpan = new ParamInfo(
                followUp.path(),
                followUp.type(),
                followUp.unit(),
                0,
                1,
                0.0,
                "",
                true,
                Double.NaN,
                Double.NaN,
                List.of());
        Sensitivity.Ends ends = Sensitivity.ends(base, List.of(noSpan)).get(noSpan);
        assertEquals(0.2, (double) ends.low(), 1e-12);
        assertEquals(0.6, (double) ends.high(), 1e-12);
        assertEquals("", ends.note());
    }

    private static Sensitivity.Ends ends(String path, double base) {
        return Sensitivity.ends(
                Params.with(ScenarioParams.defaults(), path, base),
                Params.info(path).orElseThrow());
    }

    @Test
    void aBaseInsideTheUsualRangeTakesTheUsualEndsWithoutANote() {
        assertEquals(new Sensitivity.Ends(0.1, 0.8, ""), ends("strategy.latitude", 0.4));
        assertEquals(new Sensitivity.Ends(0.6, 1.6, ""), ends("strategy.agentsPer1000Customers", 0.61));
    }

    @Test
    void aBaseBelowTheUsualLowGetsALowEndBelowItAndANote() {
        // Staffing 0.48 with the usual ends 0.6 and 1.6: the "low" end was once 0.6, more staff than the base.
        Sensitivity.Ends e = ends("strategy.agentsPer1000Customers", 0.48);
        assertEquals(0.0, e.low());
        assertEquals(1.6, e.high());
        assertEquals(
                "the base 0.48 is below the usual range [0.6, 1.6]: low end 0 (half the usual range below the base,"
                        + " cut to the valid range [0, 50])",
                e.note());
        Sensitivity.Ends atLow = ends("strategy.agentsPer1000Customers", 0.6);
        assertEquals(0.1, atLow.low());
        assertEquals(1.6, atLow.high());
        assertEquals(
                "the base 0.6 is at the low end of the usual range [0.6, 1.6]: low end 0.1 (half the usual range"
                        + " below the base)",
                atLow.note());
    }

    @Test
    void aBaseAboveTheUsualHighGetsAHighEndAboveItOrNoneAtTheMaximum() {
        Sensitivity.Ends e = ends("strategy.latitude", 0.9);
        assertEquals(0.1, e.low());
        assertEquals(1.0, e.high());
        assertTrue(e.note().startsWith("the base 0.9 is above the usual range [0.1, 0.8]: high end 1"), e.note());
        Sensitivity.Ends top = ends("strategy.latitude", 1);
        assertEquals(1.0, top.high());
        assertEquals(
                "the base 1 is above the usual range [0.1, 0.8]: no high end (1 is the largest valid value)",
                top.note());
        Sensitivity.Ends escalation = ends("strategy.escalationDays", 30);
        assertEquals(1.0, escalation.low());
        assertEquals(32.0, escalation.high());
    }

    @Test
    void aBaseAtTheValidMinimumThatIsAlsoTheUsualLowHasNoLowEndAndNoNote() {
        assertEquals(new Sensitivity.Ends(0.0, 2000.0, ""), ends("strategy.prevention", 0));
    }

    @Test
    void everyEndLiesOnItsSideOfTheBaseForEveryLeverAndBase() {
        List<ScenarioParams> bases = new ArrayList<>();
        bases.add(ScenarioParams.defaults());
        for (ParamInfo lever : Params.levers()) {
            if (lever.numeric()) {
                for (double v : new double[] {lever.min(), lever.low(), lever.high(), lever.max(), 0.48, 3.7}) {
                    if (v >= lever.min() && v <= lever.max()) {
                        bases.add(Params.with(ScenarioParams.defaults(), lever.path(), v));
                    }
                }
            }
        }
        for (ScenarioParams base : bases) {
            for (var e : Sensitivity.ends(base, Params.levers()).entrySet()) {
                ParamInfo lever = e.getKey();
                if (!lever.numeric()) {
                    continue;
                }
                double v = ((Number) Params.get(base, lever.path())).doubleValue();
                double low = ((Number) e.getValue().low()).doubleValue();
                double high = ((Number) e.getValue().high()).doubleValue();
                String what = lever.path() + " at " + v + ": " + e.getValue();
                assertTrue(low < v || (low == v && v == lever.min()), what);
                assertTrue(high > v || (high == v && v == lever.max()), what);
                assertEquals(
                        low == lever.low() && high == lever.high(),
                        e.getValue().note().isEmpty(),
                        what);
            }
        }
    }
}

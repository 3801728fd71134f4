package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/** A market simulated at a reduced size and reported at full size (market.scale). */
class ScaledMarketTest {

    private static RunResult run(double scale) {
        ScenarioParams s = Params.with(
                ScenarioParams.defaults(), Map.of("market.population", 800, "horizon.days", 90, "market.scale", scale));
        return new CustomerJourneyModel(s, 4).run();
    }

    @Test
    void moneyAndCountsAreMultipliedByTheScaleAndSharesScoresAndTimesAreNot() {
        RunResult one = run(1);
        RunResult ten = run(10);
        int extensive = 0;
        for (SummaryMetric m : SummaryMetric.values()) {
            double factor = m.unit().extensive() ? 10 : 1;
            extensive += m.unit().extensive() ? 1 : 0;
            assertEquals(one.get(m) * factor, ten.get(m), 1e-9 * Math.abs(one.get(m) * factor) + 1e-12, m.name());
        }
        assertTrue(extensive > 10, "revenue, costs, customers, purchases... are extensive");
        assertTrue(one.get(SummaryMetric.REVENUE) > 0 && one.get(SummaryMetric.NPS) != 0);
        assertEquals(10 * one.get(SummaryMetric.CUSTOMERS), ten.get(SummaryMetric.CUSTOMERS));
        assertEquals(one.get(SummaryMetric.NPS), ten.get(SummaryMetric.NPS));
        for (DailyMetric m : DailyMetric.values()) {
            float[] a = one.series(m);
            float[] b = ten.series(m);
            for (int d = 0; d < a.length; d++) {
                float expected = m.unit().extensive() ? a[d] * 10f : a[d];
                if (Float.isNaN(expected)) {
                    assertTrue(Float.isNaN(b[d]), m + " day " + d);
                } else {
                    assertEquals(expected, b[d], 1e-6 * Math.abs(expected) + 1e-9, m + " day " + d);
                }
            }
        }
    }
}

package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class ChurnPhaseTest {
    private static final int N = 40_000;
    private static final CustomerParams C = CustomerParams.defaults();
    private static final double H0 = CustomerResponse.baseChurnHazard(C.annualChurnAtNeutral());
    private static final int DAYS = 10;

    /** Customers leaving over ten days of the churn phase alone, for a cohort at satisfaction 7. */
    private static int leavers(boolean silent, boolean grievance) {
        ScenarioParams s = Params.with(
                ScenarioParams.defaults(),
                Map.of("market.population", N, "market.initialCustomerShare", 1.0, "network.type", "mixed"));
        CustomerJourneyModel model = new CustomerJourneyModel(s, 1);
        model.start();
        World w = model.world();
        for (int i = 0; i < N; i++) {
            w.people.satisfaction[i] = 7;
            w.people.silentUntil[i] = silent ? 1e6f : 0;
            if (grievance) {
                w.people.set(i, Population.GRIEVANCE);
            }
            if (silent || grievance) {
                w.atRisk.add(i);
            }
        }
        ChurnPhase phase = new ChurnPhase(w, new DailyDraws(2), new DailyDraws(3));
        int before = w.customers.size();
        for (int day = 0; day < DAYS; day++) {
            w.day = day;
            phase.step(model);
        }
        return before - w.customers.size();
    }

    private static void assertLeavers(double hazard, int observed) {
        double p = 1 - Math.exp(-hazard * DAYS);
        double expected = N * p;
        double sd = Math.sqrt(N * p * (1 - p));
        // Four standard deviations: a false failure rate of 6e-5.
        assertEquals(expected, observed, 4 * sd);
    }

    @Test
    void aCustomerWithoutRaisedHazardLeavesAtTheBaseRate() {
        assertLeavers(H0, leavers(false, false));
    }

    @Test
    void aSilentCustomerLeavesAtTheMultipliedRate() {
        assertLeavers(C.silentChurnMultiplier() * H0, leavers(true, false));
    }

    @Test
    void aSilentCustomerInGrievanceLeavesAtBothMultipliers() {
        assertLeavers(C.silentChurnMultiplier() * C.grievanceChurnMultiplier() * H0, leavers(true, true));
        assertLeavers(C.grievanceChurnMultiplier() * H0, leavers(false, true));
    }
}

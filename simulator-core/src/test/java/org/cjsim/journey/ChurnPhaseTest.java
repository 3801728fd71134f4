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
    private static final double H0 = CustomerResponse.baseChurnHazard(C.churn().annualChurnAtNeutral());
    private static final int DAYS = 10;

    /** Customers leaving over ten days of the churn phase alone, for a cohort at satisfaction 7. */
    private static int leavers(boolean silent, boolean grievance) {
        return leavers(silent, grievance, 7);
    }

    /** Customers leaving over ten days of the churn phase alone, for a cohort at satisfaction {@code s}. */
    private static int leavers(boolean silent, boolean grievance, double s) {
        ScenarioParams scenario = Params.with(
                ScenarioParams.defaults(),
                Map.of("market.population", N, "market.initialCustomerShare", 1.0, "network.type", "mixed"));
        CustomerJourneyModel model = new CustomerJourneyModel(scenario, 1);
        model.start();
        Run w = model.current();
        for (int i = 0; i < N; i++) {
            w.market.people().setSatisfaction(i, s, 10);
            w.market.people().silentUntil[i] = silent ? 1e6f : 0;
            if (grievance) {
                w.market.people().set(i, Population.GRIEVANCE);
            }
            if (silent || grievance) {
                w.market.atRisk().add(i);
            }
        }
        ChurnPhase phase = new ChurnPhase(w.today, w.market, w.churn, new DailyDraws(2), new DailyDraws(3));
        int before = w.market.customers().size();
        for (int day = 0; day < DAYS; day++) {
            w.today.begin(day, w.today.scenario(), 1.0);
            phase.step(model);
        }
        return before - w.market.customers().size();
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
        assertLeavers(C.voice().silentChurnMultiplier() * H0, leavers(true, false));
    }

    @Test
    void aSilentCustomerInGrievanceLeavesAtBothMultipliers() {
        assertLeavers(
                C.voice().silentChurnMultiplier() * C.patience().grievanceChurnMultiplier() * H0, leavers(true, true));
        assertLeavers(C.patience().grievanceChurnMultiplier() * H0, leavers(false, true));
    }

    @Test
    void aVeryDissatisfiedCustomerLeavesAtTheCeilingNotAtTheExponentialRate() {
        // At S = 1 the exponential hazard would be exp(0.6 * 0.9 * 6) = 25 times h0; the ceiling holds it
        // near 1.5 times h0 (docs/model.md, submodel 9). Ten days at 25 h0 would be over 200 standard deviations
        // above the assertion's expectation.
        double ceiling = C.churn().churnCeiling();
        double h = H0 * ceiling / (1 + (ceiling - 1) * Math.exp(C.churn().churnSensitivity() * 0.9 * (1 - 7)));
        assertEquals(0.1, ScenarioParams.defaults().market().switchingCost(), 1e-12);
        assertLeavers(h, leavers(false, false, 1));
        assertLeavers(C.voice().silentChurnMultiplier() * h, leavers(true, false, 1));
    }
}

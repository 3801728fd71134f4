package org.cjsim.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cjsim.params.EmployeeParams;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.ServiceParams;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

class WorkforceTest {

    private static Workforce workforce(Map<String, Object> changes) {
        ScenarioParams s = Params.with(ScenarioParams.defaults(), changes);
        SimState state = new SimState(1);
        state.start();
        ServiceDesk desk = new ServiceDesk(state.schedule, ServiceParams.defaults(), new ServiceDesk.Handler() {
            @Override
            public boolean stillWanted(Contact c) {
                return true;
            }

            @Override
            public void handled(Contact c, Employee e, double now) {}
        });
        return new Workforce(s.employees(), 2, desk);
    }

    private static Workforce workforce() {
        return workforce(Map.of());
    }

    @Test
    void skillClosesHalfOfItsGapInOneLearningHalfLife() {
        Workforce w = workforce();
        assertEquals(0.6, w.skillAt(0), 1e-12);
        assertEquals((0.6 + 0.95) / 2, w.skillAt(90), 1e-12);
        assertTrue(w.skillAt(3650) > 0.9499);
    }

    @Test
    void utilisationAboveTheThresholdAddsStress() {
        Workforce w = workforce();
        EmployeeParams p = EmployeeParams.defaults();
        assertEquals(0.3 * (1 - p.stressRecovery()), w.stressAfterDay(0.3, 0.8, 0, 0.4), 1e-12);
        assertEquals(
                0.3 * (1 - p.stressRecovery()) + p.stressDemand() * 0.1, w.stressAfterDay(0.3, 0.95, 0, 0.4), 1e-12);
    }

    @Test
    void complaintsStrainMostWithLittleLatitude() {
        Workforce w = workforce();
        double scripted = w.stressAfterDay(0.2, 0.5, 10, 0.1);
        double empowered = w.stressAfterDay(0.2, 0.5, 10, 0.8);
        assertTrue(scripted > empowered);
        assertEquals(10 * 0.02 * (0.8 - 0.1), scripted - empowered, 1e-12);
        assertEquals(1.0, w.stressAfterDay(0.9, 1, 200, 0), "stress is at most 1");
    }

    @Test
    void theQuitHazardGivesTheAnnualTurnoverAtTheReferenceStressAndRisesWithStress() {
        Workforce w = workforce();
        assertEquals(0.35, 1 - Math.exp(-365 * w.quitHazard(0.3)), 1e-12);
        assertEquals(Math.exp(2 * 0.5), w.quitHazard(0.8) / w.quitHazard(0.3), 1e-12);
    }

    @Test
    void aPlannedSeatIsFilledAfterTheHiringLagAtNewHireSkill() {
        Workforce w = workforce(Map.of("employees.annualTurnover", 0.0));
        w.staffInitially(3);
        w.startDay(0, 0, 0.4, 5);
        assertEquals(3, w.headcount());
        assertEquals(2, w.vacancies());
        for (int day = 1; day < 30; day++) {
            w.startDay(day, 0, 0.4, 5);
        }
        assertEquals(3, w.headcount());
        w.startDay(30, 0, 0.4, 5);
        assertEquals(5, w.headcount());
        assertEquals(0, w.vacancies());
        assertEquals(2, w.hiresToday());
        assertEquals(2 * 5000.0, w.hiringCostToday());
        assertEquals(0.6, w.employees().get(4).skill());
    }

    @Test
    void aSmallerPlanCancelsPendingHiresButDismissesNobody() {
        Workforce w = workforce(Map.of("employees.annualTurnover", 0.0));
        w.staffInitially(3);
        w.startDay(0, 0, 0.4, 5);
        assertEquals(2, w.vacancies());
        w.startDay(1, 0, 0.4, 3);
        assertEquals(2, w.vacancies(), "the plan changes only every replanDays");
        w.startDay(30, 0, 0.4, 3);
        assertEquals(3, w.headcount());
        assertEquals(0, w.vacancies(), "pending hires beyond the new plan are cancelled");
        Workforce v = workforce(Map.of("employees.annualTurnover", 0.0));
        v.staffInitially(3);
        v.startDay(0, 0, 0.4, 1);
        assertEquals(3, v.headcount());
        assertEquals(0, v.vacancies());
    }

    /**
     * Quits are keyed by seat and day: a desk of 3 and one of 6 under the same key, at equal stress, lose and
     * refill seats 0 to 2 on the same days, whatever happens to seats 3 to 5.
     */
    @Test
    void theFirstSeatsOfASmallAndALargeDeskQuitOnTheSameDays() {
        Map<String, Object> changes = Map.of("employees.annualTurnover", 0.9);
        Workforce small = workforce(changes);
        Workforce large = workforce(changes);
        small.staffInitially(3);
        large.staffInitially(6);
        int quits = 0;
        for (int day = 0; day < 730; day++) {
            small.startDay(day, 0, 0.4, 3);
            large.startDay(day, 0, 0.4, 6);
            quits += small.quitsToday();
            assertEquals(firstSeats(small), firstSeats(large), "day " + day);
        }
        // Turnover 0.9 a year for 3 seats over two years: about 7 quits expected.
        assertTrue(quits > 0);
    }

    /** The seat and start day of the employees in seats 0 to 2, in seat order. */
    private static java.util.List<String> firstSeats(Workforce w) {
        return w.employees().stream()
                .filter(e -> e.seat() < 3)
                .sorted(java.util.Comparator.comparingInt(Employee::seat))
                .map(e -> e.seat() + "@" + e.hireDay())
                .toList();
    }
}

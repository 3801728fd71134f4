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

/** The workforce's mechanisms one by one, with the day's work forced on the employees. */
class WorkforceMechanismTest {
    private static final double SHIFT = 1.0 / 3;

    private static Workforce workforce(Map<String, Object> changes, long seed) {
        ScenarioParams s = Params.with(ScenarioParams.defaults(), changes);
        SimState state = new SimState(seed);
        state.start();
        ServiceDesk desk = new ServiceDesk(state.schedule, ServiceParams.defaults(), new ServiceDesk.Handler() {
            @Override
            public boolean stillWanted(Contact c) {
                return true;
            }

            @Override
            public void handled(Contact c, Employee e, double now) {}
        });
        return new Workforce(s.employees(), seed + 1, desk);
    }

    /** Quits over {@code days} of 200 seats, every employee at work fully busy with 20 complaints a day or idle. */
    private static int quits(boolean stressed, long seed, Workforce[] out) {
        Workforce w = workforce(Map.of(), seed);
        w.staffInitially(200);
        int quits = 0;
        for (int day = 0; day < 120; day++) {
            for (Employee e : w.employees()) {
                e.busyToday = stressed ? SHIFT : 0;
                e.upsetToday = stressed ? 20 : 0;
            }
            w.startDay(day, SHIFT, 0.0, 200);
            quits += w.quitsToday();
            assertEquals(200, w.headcount() + w.vacancies(), "every seat is filled or waiting for a hire");
        }
        out[0] = w;
        return quits;
    }

    @Test
    void stressedStaffQuitSeveralTimesMoreOftenThanIdleStaffAndTheirSeatsAreRefilled() {
        Workforce[] stressedOut = new Workforce[1];
        Workforce[] idleOut = new Workforce[1];
        int stressed = quits(true, 11, stressedOut);
        int idle = quits(false, 11, idleOut);
        assertTrue(stressedOut[0].meanStress() > 0.9, "full utilisation and 20 complaints a day at no latitude");
        assertTrue(idleOut[0].meanStress() < 0.01, "idle staff recover");
        // The quit hazard at stress 1 is exp(2) = 7.4 times that at stress 0 (the idle staff start at 0.3 and
        // recover within weeks). Over 24,000 person-days this gives about 104 stressed quits against about 17 idle
        // ones (Poisson; measured over 10 seeds: 91-112 and 10-22). "Stressed > 2 x idle" then fails with
        // probability 1e-7 under another random stream, and "idle > 0" with probability 4e-8.
        assertTrue(stressed > 2 * idle, stressed + " stressed quits vs " + idle + " idle ones");
        assertTrue(idle > 0, "idle staff quit too, at the base hazard");
    }

    @Test
    void theInitialStaffHaveTenureSoTheirSkillLiesBetweenANewHiresAndTheMaximum() {
        Workforce w = workforce(Map.of(), 1);
        EmployeeParams p = EmployeeParams.defaults();
        w.staffInitially(50);
        assertEquals(50, w.headcount());
        assertEquals(50, w.target());
        assertEquals(0, w.vacancies());
        for (Employee e : w.employees()) {
            assertTrue(e.hireDay() < 0, "hired before day 0");
            assertEquals(w.skillAt(-e.hireDay()), e.skill(), 1e-12);
            assertEquals(p.referenceStress(), e.stress());
        }
        assertTrue(w.meanSkill() > p.newHireSkill() + 0.05 && w.meanSkill() < p.maxSkill());
        assertEquals(p.referenceStress(), w.meanStress(), 1e-12);
    }

    @Test
    void anEmptyWorkforceHasNoStressAndNoSkill() {
        Workforce w = workforce(Map.of(), 1);
        assertEquals(0.0, w.meanStress());
        assertEquals(0.0, w.meanSkill());
        assertEquals(0, w.headcount());
    }

    @Test
    void skillGrowsWithTenureDayByDayAndABusyDayIsForgottenAfterItTurnedIntoStress() {
        Workforce w = workforce(Map.of("employees.annualTurnover", 0.0), 1);
        w.staffInitially(3);
        Employee e = w.employees().get(0);
        e.busyToday = SHIFT;
        e.upsetToday = 5;
        double before = e.stress();
        w.startDay(10, SHIFT, 0.2, 3);
        assertEquals(w.skillAt(10 - e.hireDay()), e.skill(), 1e-12);
        assertEquals(w.stressAfterDay(before, 1.0, 5, 0.2), e.stress(), 1e-12);
        assertEquals(0.0, e.busyToday);
        assertEquals(0, e.upsetToday);
    }

    @Test
    void workOnADayOffIsNoUtilisation() {
        Workforce w = workforce(Map.of("employees.annualTurnover", 0.0), 1);
        w.staffInitially(1);
        Employee e = w.employees().get(0);
        e.busyToday = SHIFT;
        double before = e.stress();
        w.startDay(1, 0, 1.0, 1);
        assertEquals(w.stressAfterDay(before, 0, 0, 1.0), e.stress(), 1e-12);
        assertTrue(e.stress() < before);
    }

    @Test
    void aNewHireStartsWithoutStressAtNewHireSkillAndCostsTheHiringCost() {
        Workforce w = workforce(Map.of("employees.annualTurnover", 0.0, "employees.hiringLagDays", 0), 1);
        w.startDay(0, 0, 0.4, 2);
        assertEquals(2, w.headcount());
        assertEquals(0, w.vacancies());
        assertEquals(2, w.hiresToday());
        assertEquals(2 * EmployeeParams.defaults().hiringCost(), w.hiringCostToday());
        for (Employee e : w.employees()) {
            assertEquals(0.0, e.stress());
            assertEquals(0.0, e.hireDay());
            assertEquals(EmployeeParams.defaults().newHireSkill(), e.skill());
        }
        w.startDay(1, 0, 0.4, 2);
        assertEquals(0, w.hiresToday(), "the day's counts start again");
        assertEquals(0.0, w.hiringCostToday());
    }

    @Test
    void aSeatLeftByAQuitWaitsExactlyTheHiringLag() {
        // Turnover 0.99 at stress 1 with sensitivity 20: nearly everybody quits on the first day.
        Workforce w = workforce(
                Map.of(
                        "employees.annualTurnover", 0.99,
                        "employees.referenceStress", 0.0,
                        "employees.quitStressSensitivity", 20.0),
                1);
        w.staffInitially(20);
        for (Employee e : w.employees()) {
            e.busyToday = SHIFT;
            e.upsetToday = 100;
        }
        w.startDay(0, SHIFT, 0.0, 20);
        int quit = w.quitsToday();
        assertTrue(quit >= 15, quit + " quits");
        assertEquals(20 - quit, w.headcount());
        assertEquals(quit, w.vacancies());
        int lag = (int) EmployeeParams.defaults().hiringLagDays();
        for (int day = 1; day < lag; day++) {
            w.startDay(day, 0, 1.0, 20);
            assertEquals(0, w.hiresToday(), "day " + day);
        }
        w.startDay(lag, 0, 1.0, 20);
        assertEquals(quit, w.hiresToday(), "the seats left on day 0 are filled on day " + lag);
    }

    @Test
    void withoutTurnoverNobodyEverQuitsWhateverTheStress() {
        Workforce w = workforce(Map.of("employees.annualTurnover", 0.0), 1);
        assertEquals(0.0, w.quitHazard(1.0));
        w.staffInitially(30);
        for (int day = 0; day < 30; day++) {
            for (Employee e : w.employees()) {
                e.busyToday = SHIFT;
                e.upsetToday = 50;
            }
            w.startDay(day, SHIFT, 0, 30);
            assertEquals(0, w.quitsToday());
        }
        assertEquals(30, w.headcount());
    }

    @Test
    void skillBeforeTheFirstDayIsANewHiresAndStressStaysInItsRange() {
        Workforce w = workforce(Map.of(), 1);
        assertEquals(EmployeeParams.defaults().newHireSkill(), w.skillAt(-5), 1e-12);
        assertEquals(0.0, w.stressAfterDay(0, 0, 0, 1));
        assertEquals(1.0, w.stressAfterDay(1, 1, 1000, 0));
        EmployeeParams p = EmployeeParams.defaults();
        assertEquals(
                0.5 * (1 - p.stressRecovery()),
                w.stressAfterDay(0.5, p.demandThreshold(), 0, 0.3),
                1e-12,
                "no demand stress at the threshold itself");
    }

    @Test
    void theInitialStaffAndNewHiresJoinTheDeskAndQuittersLeaveIt() {
        ScenarioParams s = Params.with(
                ScenarioParams.defaults(),
                Map.of(
                        "service.shiftHours", 24.0,
                        "service.workDaysPerWeek", 7,
                        "employees.annualTurnover", 0.99,
                        "employees.referenceStress", 0.0,
                        "employees.quitStressSensitivity", 20.0,
                        "employees.hiringLagDays", 0));
        SimState state = new SimState(1);
        state.start();
        ServiceDesk desk = new ServiceDesk(state.schedule, s.service(), new ServiceDesk.Handler() {
            @Override
            public boolean stillWanted(Contact c) {
                return true;
            }

            @Override
            public void handled(Contact c, Employee e, double now) {}
        });
        Workforce w = new Workforce(s.employees(), 2L, desk);
        w.staffInitially(4);
        assertEquals(4.0, desk.staffedToday(1.0), 1e-12, "four employees on the desk for a day");
        for (Employee e : w.employees()) {
            e.busyToday = 1;
            e.upsetToday = 100;
        }
        w.startDay(1, 1, 0.0, 0);
        assertTrue(w.quitsToday() >= 3, "nearly certain quits: " + w.quitsToday());
        assertEquals(w.quitsToday(), w.hiresToday(), "without a hiring lag every seat is refilled at once");
        assertEquals(4, w.headcount());
        assertEquals(4.0, desk.staffedToday(2.0) - 4.0, 1e-12, "quitters left the desk and new hires joined it");
    }

    /** The day the employee of seat 0 quits, and the hazard accumulated up to the day before and on that day. */
    private static double[] quitOfSeatZero(int seats, double busy, long seed) {
        Workforce w = workforce(Map.of(), seed);
        w.staffInitially(seats);
        Employee first =
                w.employees().stream().filter(e -> e.seat() == 0).findFirst().orElseThrow();
        double before = 0;
        for (int day = 0; day < 20 * 365; day++) {
            for (Employee e : w.employees()) {
                e.busyToday = busy * SHIFT;
            }
            w.startDay(day, SHIFT, 0.0, seats);
            double after = before + w.quitHazard(first.stress());
            if (!w.employees().contains(first)) {
                return new double[] {day, before, after};
            }
            before = after;
        }
        throw new AssertionError("seat 0 never quit");
    }

    @Test
    void aLowerQuitHazardDelaysTheSameQuitInsteadOfDrawingAnotherAndSeatsQuitAlikeWhateverTheHeadcount() {
        double[] stressed = quitOfSeatZero(1, 1.0, 3);
        double[] wider = quitOfSeatZero(6, 1.0, 3);
        double[] calm = quitOfSeatZero(1, 0.5, 3);
        assertEquals(stressed[0], wider[0], "seat 0 quits on the same day beside five more seats");
        assertTrue(calm[0] > stressed[0], "calm staff stay longer: day " + calm[0] + " against " + stressed[0]);
        // One threshold for both: the hazard accumulated by each quit day reaches it, the day before does not.
        assertTrue(
                Math.max(stressed[1], calm[1]) < Math.min(stressed[2], calm[2]),
                "one threshold crossed by both: " + java.util.Arrays.toString(stressed) + " "
                        + java.util.Arrays.toString(calm));
    }
}

package org.cjsim.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.ServiceParams;
import org.cjsim.random.KeyedRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

class ServiceDeskTest {
    private SimState state;
    private final List<Contact> handled = new ArrayList<>();
    private final List<Double> handledAt = new ArrayList<>();
    private ServiceDesk desk;
    private long contacts;

    private final ServiceDesk.Handler recorder = new ServiceDesk.Handler() {
        @Override
        public boolean stillWanted(Contact c) {
            return c.person >= 0;
        }

        @Override
        public void handled(Contact c, Employee e, double now) {
            handled.add(c);
            handledAt.add(now);
        }
    };

    @BeforeEach
    void setUp() {
        state = new SimState(1);
        state.start();
    }

    private List<Employee> open(ServiceParams p, int employees) {
        desk = new ServiceDesk(state.schedule, p, recorder);
        List<Employee> staff = new ArrayList<>();
        for (int k = 0; k < employees; k++) {
            Employee e = new Employee(k, k, -1000, 1.0, 0);
            staff.add(e);
            desk.join(e);
        }
        for (int day = 0; day < 14; day++) {
            desk.scheduleShift(day);
        }
        return staff;
    }

    /** Submits a contact with a key of its own. */
    private Contact submit(ContactType type, int person, Case kase, double time) {
        return desk.submit(type, person, kase, time, KeyedRandom.child(42, contacts++));
    }

    private void runUntil(double time) {
        while (state.schedule.getTime() < time && state.schedule.step(state)) {
            // advance
        }
    }

    private static ServiceParams defaults() {
        return ServiceParams.defaults();
    }

    @Test
    void aContactAtNightWaitsUntilTheDeskOpens() {
        open(defaults(), 1);
        Contact c = submit(ContactType.QUESTION, 1, null, 0.1);
        runUntil(2);
        assertEquals(1, handled.size());
        assertEquals(9 / 24.0, c.start, 1e-12);
        assertEquals(9 / 24.0 - 0.1, c.waitDays(), 1e-12);
    }

    @Test
    void aContactOnSaturdayWaitsUntilMonday() {
        open(defaults(), 1);
        Contact c = submit(ContactType.HOW_TO, 1, null, 5.5);
        runUntil(8);
        assertEquals(7 + 9 / 24.0, c.start, 1e-12);
    }

    @Test
    void triageServesComplaintsBeforeEarlierQuestions() {
        open(defaults(), 1);
        desk.setTriage(true);
        submit(ContactType.QUESTION, 1, null, 0.1);
        submit(ContactType.COMPLAINT, 2, null, 0.2);
        runUntil(1);
        assertEquals(ContactType.COMPLAINT, handled.get(0).type);
    }

    @Test
    void withoutTriageTheQueueIsFirstComeFirstServed() {
        open(defaults(), 1);
        submit(ContactType.QUESTION, 1, null, 0.1);
        submit(ContactType.COMPLAINT, 2, null, 0.2);
        runUntil(1);
        assertEquals(ContactType.QUESTION, handled.get(0).type);
    }

    @Test
    void contactsNoLongerWantedAreDropped() {
        open(defaults(), 1);
        submit(ContactType.QUESTION, -1, null, 0.1);
        runUntil(1);
        assertTrue(handled.isEmpty());
    }

    @Test
    void handlingTimesHaveTheConfiguredMeanDividedBySkill() {
        open(defaults(), 0);
        double sum = 0;
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            sum += desk.handlingDays(ContactType.COMPLAINT, 0.5, KeyedRandom.child(7, k));
        }
        // Mean 40 minutes; lognormal sigma 0.6: the standard error is about 0.08 minutes.
        assertEquals(40.0, sum / n * 1440, 0.5);
    }

    @Test
    void exponentialHandlingIsAvailableForTheQueueingCheck() {
        ServiceParams p = Params.with(ScenarioParams.defaults(), "service.handlingDistribution", "exponential")
                .service();
        open(p, 0);
        double sum = 0;
        double sumSq = 0;
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            double m = desk.handlingDays(ContactType.QUESTION, 1.0, KeyedRandom.child(8, k)) * 1440;
            sum += m;
            sumSq += m * m;
        }
        double mean = sum / n;
        assertEquals(6.0, mean, 0.1);
        assertEquals(6.0, Math.sqrt(sumSq / n - mean * mean), 0.15, "an exponential's SD equals its mean");
    }

    @Test
    void twoEmployeesServeTwoContactsAtOnce() {
        open(defaults(), 2);
        Contact a = submit(ContactType.COMPLAINT, 1, null, 0.5);
        Contact b = submit(ContactType.COMPLAINT, 2, null, 0.5);
        runUntil(1);
        assertEquals(0.0, a.waitDays(), 1e-12);
        assertEquals(0.0, b.waitDays(), 1e-12);
        assertEquals(0.0, desk.waitingShare());
    }

    @Test
    void aLeavingEmployeeFinishesTheContactInHandButTakesNoOther() {
        List<Employee> staff = open(defaults(), 1);
        submit(ContactType.COMPLAINT, 1, null, 0.5);
        submit(ContactType.COMPLAINT, 2, null, 0.5);
        runUntil(0.5);
        Employee e = staff.get(0);
        assertTrue(e.busy());
        desk.leave(e);
        runUntil(3);
        assertEquals(1, handled.size());
        assertEquals(1, desk.queueLength());
        assertFalse(e.busy());
    }

    @Test
    void theDeskIsAlwaysOpenWithTwentyFourHourShiftsEveryDay() {
        ServiceParams p = Params.with(
                        Params.with(ScenarioParams.defaults(), "service.shiftHours", 24), "service.workDaysPerWeek", 7)
                .service();
        open(p, 1);
        assertTrue(desk.alwaysOpen());
        Contact c = submit(ContactType.QUESTION, 1, null, 5.1);
        runUntil(6);
        assertEquals(5.1, c.start, 1e-12);
        assertEquals(1.0, desk.shiftDays(6));
    }

    @Test
    void shiftLengthIsZeroOnDaysOff() {
        open(defaults(), 1);
        assertEquals(8 / 24.0, desk.shiftDays(4), 1e-12);
        assertEquals(0.0, desk.shiftDays(5));
        assertEquals(0.0, desk.shiftDays(6));
    }

    @Test
    void utilisationNeverExceedsOneEvenWhenWorkRunsPastClosing() {
        // One employee, 2-hour shifts and 90-minute complaints: most contacts run past closing, which is
        // overtime, not staffed time, so worked time stays within staffed time.
        ServiceParams p = Params.with(
                        Params.with(ScenarioParams.defaults(), "service.shiftHours", 2.0),
                        "service.complaintMinutes",
                        90.0)
                .service();
        open(p, 1);
        for (int k = 0; k < 200; k++) {
            submit(ContactType.COMPLAINT, k, null, k * 0.05);
        }
        double worked = 0;
        double staffed = 0;
        for (int day = 0; day < 10; day++) {
            runUntil(day + 1);
            double s = desk.staffedToday(day + 1);
            double w = desk.workedToday(day + 1);
            assertTrue(w <= s + 1e-12, "day " + day + ": worked " + w + " > staffed " + s);
            worked += w;
            staffed += s;
            desk.newDay();
        }
        // Working days: 2 hours each; the desk is never idle with this backlog.
        assertEquals(8 * 2 / 24.0, staffed, 1e-9);
        assertEquals(staffed, worked, 1e-9);
    }

    @Test
    void anIdleEmployeeIsStaffedButNotWorking() {
        open(defaults(), 2);
        submit(ContactType.QUESTION, 1, null, 0.5);
        runUntil(1);
        double staffed = desk.staffedToday(1);
        double worked = desk.workedToday(1);
        assertEquals(2 * 8 / 24.0, staffed, 1e-9);
        assertEquals(handledAt.get(0) - handled.get(0).start, worked, 1e-9);
    }

    /**
     * A contact takes the same effort whoever serves it and whenever: its handling time is drawn from its own
     * key, not from a stream in the order the queue serves contacts.
     */
    @Test
    void aContactsHandlingTimeDependsOnItsKeyNotOnItsPlaceInTheQueue() {
        double[] forward = durations(false);
        double[] backward = durations(true);
        for (int k = 0; k < forward.length; k++) {
            assertEquals(forward[k], backward[k], 1e-12, "contact " + k);
        }
        assertTrue(forward[0] != forward[1]);
    }

    /** Handling times of 10 contacts, in the order of their keys, submitted in key order or in reverse. */
    private double[] durations(boolean reverse) {
        setUp();
        handled.clear();
        handledAt.clear();
        open(defaults(), 1);
        int n = 10;
        for (int j = 0; j < n; j++) {
            int k = reverse ? n - 1 - j : j;
            desk.submit(ContactType.COMPLAINT, k, null, 0.5 + j * 0.01, KeyedRandom.child(99, k));
        }
        runUntil(5);
        double[] result = new double[n];
        for (int j = 0; j < handled.size(); j++) {
            Contact c = handled.get(j);
            result[c.person] = handledAt.get(j) - c.start;
        }
        return result;
    }
}

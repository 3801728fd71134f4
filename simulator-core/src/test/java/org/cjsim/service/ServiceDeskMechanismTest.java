package org.cjsim.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.ServiceParams;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/** The desk's queue and its statistics, with contacts placed at chosen times. */
class ServiceDeskMechanismTest {
    private final SimState state = new SimState(1);
    private final List<Contact> handled = new ArrayList<>();
    private final List<Employee> handledBy = new ArrayList<>();

    private ServiceDesk desk(ServiceParams p) {
        state.start();
        return new ServiceDesk(state.schedule, p, new ServiceDesk.Handler() {
            @Override
            public boolean stillWanted(Contact c) {
                return true;
            }

            @Override
            public void handled(Contact c, Employee e, double now) {
                handled.add(c);
                handledBy.add(e);
            }
        });
    }

    private static ServiceParams params(Object... pathsAndValues) {
        ScenarioParams s = ScenarioParams.defaults();
        for (int k = 0; k < pathsAndValues.length; k += 2) {
            s = Params.with(s, (String) pathsAndValues[k], pathsAndValues[k + 1]);
        }
        return s.service();
    }

    private void runUntil(double time) {
        state.schedule.scheduleOnce(time, Integer.MIN_VALUE, s -> {});
        while (state.schedule.getTime() < time && state.schedule.step(state)) {
            // advance
        }
    }

    @Test
    void aQuestionWaitingLongerThanTheCustomersPatienceIsAbandonedButAComplaintIsNot() {
        ServiceDesk desk = desk(params("service.abandonDays", 2.0));
        desk.submit(ContactType.QUESTION, 1, null, 0.1, 23L);
        desk.submit(ContactType.HOW_TO, 2, null, 0.2, 23L);
        desk.submit(ContactType.COMPLAINT, 3, new Case(3, 0, IssueCause.FAILURE, 0.3, 1, false, 10, 19L), 0.1, 29L);
        runUntil(1);
        assertEquals(3, desk.queueLength(), "nobody serves: the desk has no staff");
        desk.expire(2.1);
        assertEquals(3, desk.queueLength(), "the question waited 2.0 days: kept");
        assertEquals(0, desk.abandonedToday());
        desk.expire(2.15);
        assertEquals(2, desk.queueLength(), "only the question waited longer than 2 days");
        assertEquals(1, desk.abandonedToday());
        desk.expire(100);
        assertEquals(1, desk.queueLength(), "the complaint never expires");
        assertEquals(2, desk.abandonedToday());
        desk.newDay();
        assertEquals(0, desk.abandonedToday());
    }

    @Test
    void theWaitStatisticsCountEveryContactTakenAndTheDaysStartAfresh() {
        ServiceDesk desk = desk(params("service.shiftHours", 24.0, "service.workDaysPerWeek", 7));
        assertTrue(Double.isNaN(desk.meanWait()));
        assertTrue(Double.isNaN(desk.meanWaitToday()));
        assertTrue(Double.isNaN(desk.waitingShare()));
        Employee e = new Employee(0, 0, -100, 1.0, 0);
        desk.join(e);
        // Three complaints at once: the first is served at once, the others wait for it.
        for (int k = 0; k < 3; k++) {
            desk.submit(
                    ContactType.COMPLAINT, k, new Case(k, 0, IssueCause.FAILURE, 0.3, 1, false, 10, 19L), 0.5, 29L + k);
        }
        runUntil(0.99);
        assertEquals(3, handled.size());
        assertEquals(3, desk.handledToday());
        assertEquals(3, desk.complaintContactsToday());
        assertEquals(3, desk.served());
        assertEquals(3, e.upsetToday, "each complaint handled strains the employee");
        assertEquals(2.0 / 3, desk.waitingShare(), 1e-12);
        double waits = 0;
        for (Contact c : handled) {
            waits += c.waitDays();
        }
        assertTrue(waits > 0);
        assertEquals(waits / 3, desk.meanWaitToday(), 1e-12);
        assertEquals(waits / 3, desk.meanWait(), 1e-12);
        assertTrue(e.busyToday > 0, "handling time is booked on the employee");
        desk.newDay();
        assertEquals(0, desk.handledToday());
        assertEquals(0, desk.complaintContactsToday());
        assertTrue(Double.isNaN(desk.meanWaitToday()));
        assertEquals(waits / 3, desk.meanWait(), 1e-12, "the run's mean is kept");
        desk.resetTotals();
        assertTrue(Double.isNaN(desk.meanWait()));
        assertEquals(0, desk.served());
    }

    @Test
    void aQuestionDoesNotStrainTheEmployee() {
        ServiceDesk desk = desk(params("service.shiftHours", 24.0, "service.workDaysPerWeek", 7));
        Employee e = new Employee(0, 0, -100, 1.0, 0);
        desk.join(e);
        desk.submit(ContactType.QUESTION, 1, null, 0.5, 23L);
        runUntil(0.99);
        assertEquals(1, desk.handledToday());
        assertEquals(0, desk.complaintContactsToday());
        assertEquals(0, e.upsetToday);
    }

    @Test
    void anEmployeeJoiningAnOpenDeskTakesTheWaitingContactAtOnce() {
        ServiceDesk desk = desk(params("service.shiftHours", 24.0, "service.workDaysPerWeek", 7));
        assertTrue(desk.isOpen());
        desk.submit(ContactType.QUESTION, 1, null, 0.1, 23L);
        runUntil(0.5);
        assertEquals(1, desk.queueLength());
        Employee e = new Employee(0, 0, -100, 1.0, 0);
        desk.join(e);
        assertEquals(0, desk.queueLength());
        assertTrue(e.busy());
        runUntil(0.9);
        assertEquals(1, handled.size());
        assertEquals(0.4, handled.get(0).waitDays(), 1e-9);
        assertFalse(e.busy());
    }

    @Test
    void anIdleEmployeeWhoLeavesTakesNoMoreContacts() {
        ServiceDesk desk = desk(params("service.shiftHours", 24.0, "service.workDaysPerWeek", 7));
        Employee a = new Employee(0, 0, -100, 1.0, 0);
        Employee b = new Employee(1, 1, -100, 1.0, 0);
        desk.join(a);
        desk.join(b);
        desk.leave(a);
        for (int k = 0; k < 4; k++) {
            desk.submit(ContactType.QUESTION, k, null, 0.1, 23L);
        }
        runUntil(0.99);
        assertEquals(4, handled.size());
        for (Employee e : handledBy) {
            assertEquals(1, e.id());
        }
        double staffed = desk.staffedToday(1.0);
        assertEquals(1.0, staffed, 1e-9, "one employee on the staff all day");
        assertTrue(desk.workedToday(1.0) <= staffed);
    }

    @Test
    void theDeskOpensAndClosesWithTheShift() {
        ServiceDesk desk = desk(params());
        assertFalse(desk.alwaysOpen());
        assertFalse(desk.isOpen());
        desk.scheduleShift(0);
        runUntil(9.5 / 24);
        assertTrue(desk.isOpen());
        runUntil(17.5 / 24);
        assertFalse(desk.isOpen());
        assertTrue(desk.isWorkDay(4));
        assertFalse(desk.isWorkDay(5));
        assertTrue(desk.isWorkDay(7));
    }
}

package org.cjsim.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.params.HandlingDistribution;
import org.cjsim.params.ServiceParams;
import org.cjsim.random.KeyedRandom;
import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * The front-line service desk, event-driven on MASON's schedule: contacts arrive at any time of day,
 * queue (complaints first when the strategy triages, otherwise first come first served), and are handled
 * by the employees on shift (questions and how-to contacts that wait longer than {@code abandonDays} are
 * given up by their customers); handling times are lognormal or exponential with a mean divided by the
 * employee's skill, drawn from the contact's own key (not from a stream in queue order), so that a
 * contact takes the same effort in every run, whoever serves it and whenever. The desk opens and closes with the shift; contacts that arrive after closing wait
 * until the next opening, and an employee finishes the contact in hand after closing.
 *
 * <p>What a handled contact means for the customer is not the desk's business: it calls its {@link
 * Handler}.
 */
public final class ServiceDesk {
    /** Events of the desk run after the day's phases when they share a time. */
    public static final int ORDERING = 100;

    /** The child of a contact's key the desk draws its handling time from; handlers use other children. */
    public static final long HANDLING_DRAW = 0;

    private static final double MINUTES_PER_DAY = 1440.0;

    /** What happens when a contact has been handled. */
    public interface Handler {
        /** False if the contact no longer needs service (the customer left, the question is moot). */
        boolean stillWanted(Contact contact);

        /** Called when {@code employee} finishes {@code contact} at time {@code now}. */
        void handled(Contact contact, Employee employee, double now);
    }

    private final Schedule schedule;
    private final Handler handler;
    private final ContactInbox inbox;
    private final ArrayDeque<Contact> complaints = new ArrayDeque<>();
    private final ArrayDeque<Contact> others = new ArrayDeque<>();
    private final ArrayDeque<Employee> free = new ArrayDeque<>();
    private final List<Employee> staff = new ArrayList<>();
    private final Steppable opener = state -> open();
    private final Steppable closer = state -> close();

    private final ServiceParams params;
    private boolean triage;
    private boolean open;

    /** Time up to which staffed and worked time are accounted. */
    private double clock;
    /** Employees on the staff (not leaving) who are handling a contact. */
    private int busyOnStaff;
    /** Employee-days on shift today, and the part of them spent handling contacts. */
    private double staffedToday;

    private double workedToday;
    private int handledToday;
    private int abandonedToday;
    private int complaintContactsToday;
    private double waitSumToday;
    private int waitCountToday;
    private double waitSumTotal;
    private long waitCountTotal;
    private long waitedTotal;

    /** A desk with an inbox of its own. */
    public ServiceDesk(Schedule schedule, ServiceParams params, Handler handler) {
        this(schedule, params, new ContactInbox(schedule), handler);
    }

    /**
     * A desk serving {@code inbox}, built before it so that whatever raises contacts (and the handler that
     * reacts to them) needs the inbox, not the desk.
     *
     * @throws IllegalStateException if another desk serves {@code inbox}
     */
    public ServiceDesk(Schedule schedule, ServiceParams params, ContactInbox inbox, Handler handler) {
        this.schedule = schedule;
        this.params = params;
        this.handler = handler;
        this.inbox = inbox;
        this.open = alwaysOpen();
        inbox.servedBy(this);
    }

    /** Sets whether complaints are served first; takes effect for the next contact taken from the queue. */
    public void setTriage(boolean triage) {
        this.triage = triage;
    }

    /** True when the desk never closes (a 24-hour shift, 7 days a week). */
    public boolean alwaysOpen() {
        return params.shiftHours() >= 24 && params.workDaysPerWeek() >= 7;
    }

    /**
     * Accounts staffed and worked time up to {@code now}: while the desk is open, every employee on the staff
     * is staffed, and those handling a contact are working. Work after closing (finishing the contact in
     * hand) and the work of an employee who is leaving count for neither, so worked time never exceeds
     * staffed time.
     */
    private void account(double now) {
        if (now > clock) {
            if (open) {
                double dt = now - clock;
                staffedToday += staff.size() * dt;
                workedToday += busyOnStaff * dt;
            }
            clock = now;
        }
    }

    /** True when day {@code day} is a working day (day 0 is a Monday). */
    public boolean isWorkDay(int day) {
        return day % 7 < params.workDaysPerWeek();
    }

    /** Length of the shift on day {@code day}, in days (0 on a day off). */
    public double shiftDays(int day) {
        return isWorkDay(day) ? Math.min(24, params.shiftHours()) / 24.0 : 0;
    }

    /** Schedules the opening and closing of the desk on day {@code day}. */
    public void scheduleShift(int day) {
        if (alwaysOpen() || !isWorkDay(day)) {
            return;
        }
        double opens = day + params.openHour() / 24.0;
        schedule.scheduleOnce(opens, ORDERING - 1, opener);
        schedule.scheduleOnce(opens + params.shiftHours() / 24.0, ORDERING - 1, closer);
    }

    /**
     * Creates a contact and schedules its arrival at {@code time} (not before now).
     *
     * @param key the key of the contact's random numbers ({@link Contact#key})
     */
    public Contact submit(ContactType type, int person, Case kase, double time, long key) {
        return inbox.submit(type, person, kase, time, key);
    }

    void arrive(Contact c, double now) {
        if (!handler.stillWanted(c)) {
            return;
        }
        c.arrival = now;
        (c.type == ContactType.COMPLAINT ? complaints : others).addLast(c);
        dispatch(now);
    }

    void complete(Contact c, double now) {
        account(now);
        Employee e = c.employee;
        e.busy = false;
        if (!e.leaving) {
            busyOnStaff--;
        }
        handledToday++;
        if (c.type == ContactType.COMPLAINT) {
            complaintContactsToday++;
            e.upsetToday++;
        }
        handler.handled(c, e, now);
        if (open && !e.leaving) {
            free.addLast(e);
            dispatch(now);
        }
    }

    private void dispatch(double now) {
        while (open && !free.isEmpty()) {
            Contact c = next();
            if (c == null) {
                return;
            }
            if (!handler.stillWanted(c)) {
                continue;
            }
            start(c, free.pollFirst(), now);
        }
    }

    private Contact next() {
        expire(schedule.getTime());
        if (triage) {
            return complaints.isEmpty() ? others.pollFirst() : complaints.pollFirst();
        }
        Contact a = complaints.peekFirst();
        Contact b = others.peekFirst();
        if (a == null) {
            return others.pollFirst();
        }
        if (b == null || a.arrival <= b.arrival) {
            return complaints.pollFirst();
        }
        return others.pollFirst();
    }

    private void start(Contact c, Employee e, double now) {
        account(now);
        c.start = now;
        c.employee = e;
        e.busy = true;
        busyOnStaff++;
        double wait = now - c.arrival;
        waitSumToday += wait;
        waitCountToday++;
        waitSumTotal += wait;
        waitCountTotal++;
        if (wait > 0) {
            waitedTotal++;
        }
        double duration = handlingDays(c.type, e.skill, KeyedRandom.child(c.key, HANDLING_DRAW));
        e.busyToday += duration;
        schedule.scheduleOnce(now + duration, ORDERING, c);
    }

    /** A handling time in days for a contact of {@code type} by an employee of {@code skill}, drawn from {@code key}. */
    double handlingDays(ContactType type, double skill, long key) {
        double minutes =
                switch (type) {
                    case COMPLAINT -> params.complaintMinutes();
                    case QUESTION -> params.questionMinutes();
                    case HOW_TO -> params.howToMinutes();
                };
        double mean = minutes / skill / MINUTES_PER_DAY;
        if (params.handlingDistribution() == HandlingDistribution.EXPONENTIAL) {
            return KeyedRandom.exponential(key, mean);
        }
        double sigma = params.handlingSigma();
        return mean * Math.exp(sigma * KeyedRandom.gaussian(key) - sigma * sigma / 2);
    }

    private void open() {
        account(schedule.getTime());
        open = true;
        free.clear();
        for (Employee e : staff) {
            if (!e.busy) {
                free.addLast(e);
            }
        }
        dispatch(schedule.getTime());
    }

    private void close() {
        account(schedule.getTime());
        open = false;
    }

    /** An employee starts working at the desk. */
    public void join(Employee e) {
        account(schedule.getTime());
        staff.add(e);
        if (open) {
            free.addLast(e);
            dispatch(schedule.getTime());
        }
    }

    /** An employee leaves: at once if idle, otherwise after the contact in hand. */
    public void leave(Employee e) {
        account(schedule.getTime());
        if (e.busy && !e.leaving) {
            busyOnStaff--;
        }
        e.leaving = true;
        staff.remove(e);
        free.remove(e);
    }

    /**
     * Questions and how-to contacts that have waited longer than {@code abandonDays} at {@code now} leave the
     * queue: their customers gave up. The queue of these contacts is in arrival order, so they are at its
     * head.
     */
    public void expire(double now) {
        double limit = params.abandonDays();
        while (!others.isEmpty() && now - others.peekFirst().arrival > limit) {
            others.pollFirst();
            abandonedToday++;
        }
    }

    /** Contacts waiting in the queue. */
    public int queueLength() {
        return complaints.size() + others.size();
    }

    /** Questions and how-to contacts given up today. */
    public int abandonedToday() {
        return abandonedToday;
    }

    public boolean isOpen() {
        return open;
    }

    /** Employee-days on shift today up to {@code now} (an employee on shift all day long counts 1). */
    public double staffedToday(double now) {
        account(now);
        return staffedToday;
    }

    /**
     * The part of {@link #staffedToday} spent handling contacts up to {@code now}: at most {@code
     * staffedToday(now)}.
     */
    public double workedToday(double now) {
        account(now);
        return workedToday;
    }

    public int handledToday() {
        return handledToday;
    }

    public int complaintContactsToday() {
        return complaintContactsToday;
    }

    /** Mean wait of the contacts taken from the queue today, in days; NaN if none. */
    public double meanWaitToday() {
        return waitCountToday == 0 ? Double.NaN : waitSumToday / waitCountToday;
    }

    /** Mean wait of every contact taken so far, in days; NaN if none. */
    public double meanWait() {
        return waitCountTotal == 0 ? Double.NaN : waitSumTotal / waitCountTotal;
    }

    /** Share of the contacts taken so far that had to wait; NaN if none. */
    public double waitingShare() {
        return waitCountTotal == 0 ? Double.NaN : (double) waitedTotal / waitCountTotal;
    }

    /** Contacts taken from the queue so far. */
    public long served() {
        return waitCountTotal;
    }

    /** Starts a new day of statistics. */
    public void newDay() {
        staffedToday = 0;
        workedToday = 0;
        handledToday = 0;
        abandonedToday = 0;
        complaintContactsToday = 0;
        waitSumToday = 0;
        waitCountToday = 0;
    }

    /** Forgets the wait statistics gathered so far (after a warm-up). */
    public void resetTotals() {
        waitSumTotal = 0;
        waitCountTotal = 0;
        waitedTotal = 0;
    }
}

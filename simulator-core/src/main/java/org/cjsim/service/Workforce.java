package org.cjsim.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.cjsim.params.EmployeeParams;
import org.cjsim.random.KeyedRandom;

/**
 * The front-line staff over time: skill that rises with tenure, stress from demand and lack of control
 * (Karasek's job demand-control model), quits whose hazard rises with stress, vacancies that stay empty
 * for the hiring lag, and a staffing plan re-made every {@code replanDays}.
 *
 * <p>Daily stress update: {@code stress += demand * max(0, utilisation - threshold) + strain * complaints
 * * (1 - latitude) - recovery * stress}, clamped to [0, 1]. Quit hazard: {@code q0 * exp(phi * stress)}
 * per day, with q0 set so that the annual turnover is {@code annualTurnover} at {@code referenceStress}.
 *
 * <p>Quits are drawn by inversion, so that two runs share them where they can: each employee draws, at hire,
 * an exponential threshold keyed by seat ({@link Employee#seat}) and the seat's occupant number ({@link
 * KeyedRandom}), and quits on the day the hazard accumulated since the hire reaches it. The second occupant
 * of seat 2 has the same threshold in every run, whatever the headcount or the other seats did; a strategy
 * that lowers stress delays that employee's quit by the hazard it saves instead of drawing another quit
 * altogether.
 */
public final class Workforce {
    private final EmployeeParams params;
    private final long tenureKey;
    private final long quitKey;
    private final ServiceDesk desk;
    private final List<Employee> present = new ArrayList<>();
    private final BitSet seats = new BitSet();
    /** The number of employees each seat has had so far (the next occupant's number). */
    private int[] occupants = new int[16];
    /** Vacancies in the order they opened: the day the hire starts and the seat kept for them. */
    private final ArrayDeque<Vacancy> pendingStarts = new ArrayDeque<>();

    private int nextId;
    private int target;

    private int quitsToday;
    private int hiresToday;
    private double hiringCostToday;

    /**
     * @param key the root key of the workforce's random numbers ({@link
     *     org.cjsim.random.RandomStreams#key})
     */
    public Workforce(EmployeeParams params, long key, ServiceDesk desk) {
        this.params = params;
        this.tenureKey = KeyedRandom.child(key, 0);
        this.quitKey = KeyedRandom.child(key, 1);
        this.desk = desk;
    }

    /**
     * Staffs the desk on day 0 with {@code count} experienced employees: tenure exponential with the mean
     * implied by the turnover, skill from tenure, stress at the reference level.
     */
    public void staffInitially(int count) {
        target = count;
        double meanTenureDays = 365.0 / Math.max(1e-9, -Math.log1p(-params.annualTurnover()));
        for (int k = 0; k < count; k++) {
            int seat = takeSeat();
            double tenure = KeyedRandom.exponential(KeyedRandom.child(tenureKey, seat), meanTenureDays);
            Employee e = new Employee(nextId++, seat, -tenure, skillAt(tenure), params.referenceStress());
            e.quitThreshold = quitThreshold(seat);
            present.add(e);
            desk.join(e);
        }
    }

    /** Skill after {@code tenureDays}: approaches maxSkill from newHireSkill with the learning half-life. */
    public double skillAt(double tenureDays) {
        double gap = params.maxSkill() - params.newHireSkill();
        return params.maxSkill() - gap * Math.pow(0.5, Math.max(0, tenureDays) / params.learningHalfLifeDays());
    }

    /** Stress after one day with the given utilisation and complaints handled, at the strategy's latitude. */
    public double stressAfterDay(double stress, double utilisation, int complaints, double latitude) {
        double s = stress
                + params.stressDemand() * Math.max(0, utilisation - params.demandThreshold())
                + params.stressStrain() * complaints * (1 - latitude)
                - params.stressRecovery() * stress;
        return Math.max(0, Math.min(1, s));
    }

    /** Daily quit hazard at {@code stress}. */
    public double quitHazard(double stress) {
        double q0 = -Math.log1p(-params.annualTurnover())
                / 365.0
                * Math.exp(-params.quitStressSensitivity() * params.referenceStress());
        return q0 * Math.exp(params.quitStressSensitivity() * stress);
    }

    /**
     * The start of day {@code day}: yesterday's work turns into stress, skill grows, some employees quit,
     * new hires whose lag has passed start, and every {@code replanDays} the plan is set to {@code
     * plannedHeadcount}.
     *
     * @param yesterdayShiftDays length of yesterday's shift in days (0 on a day off)
     */
    public void startDay(int day, double yesterdayShiftDays, double latitude, int plannedHeadcount) {
        quitsToday = 0;
        hiresToday = 0;
        hiringCostToday = 0;
        for (int k = present.size() - 1; k >= 0; k--) {
            Employee e = present.get(k);
            double utilisation = yesterdayShiftDays > 0 ? e.busyToday / yesterdayShiftDays : 0;
            e.stress = stressAfterDay(e.stress, utilisation, e.upsetToday, latitude);
            e.skill = skillAt(day - e.hireDay());
            e.busyToday = 0;
            e.upsetToday = 0;
            e.hazardSoFar += quitHazard(e.stress);
            if (e.hazardSoFar >= e.quitThreshold) {
                quitsToday++;
                present.remove(k);
                seats.clear(e.seat());
                desk.leave(e);
            }
        }
        if (day % params.replanDays() == 0) {
            target = plannedHeadcount;
            while (present.size() + pendingStarts.size() > target && !pendingStarts.isEmpty()) {
                seats.clear(pendingStarts.pollLast().seat());
            }
        }
        while (present.size() + pendingStarts.size() < target) {
            pendingStarts.addLast(new Vacancy(day + params.hiringLagDays(), takeSeat()));
        }
        while (!pendingStarts.isEmpty() && pendingStarts.peekFirst().start() <= day) {
            int seat = pendingStarts.pollFirst().seat();
            Employee e = new Employee(nextId++, seat, day, params.newHireSkill(), 0);
            e.quitThreshold = quitThreshold(seat);
            present.add(e);
            desk.join(e);
            hiresToday++;
            hiringCostToday += params.hiringCost();
        }
    }

    /** A seat waiting for a hire who starts on day {@code start}. */
    private record Vacancy(double start, int seat) {}

    /** The quit threshold of the next occupant of {@code seat}: exponential with mean 1, keyed by both. */
    private double quitThreshold(int seat) {
        if (seat >= occupants.length) {
            occupants = Arrays.copyOf(occupants, Math.max(seat + 1, 2 * occupants.length));
        }
        int occupant = occupants[seat]++;
        return KeyedRandom.exponential(KeyedRandom.child(quitKey, seat, occupant), 1);
    }

    private int takeSeat() {
        int seat = seats.nextClearBit(0);
        seats.set(seat);
        return seat;
    }

    /** Employees at work (not counting vacancies). */
    public int headcount() {
        return present.size();
    }

    /** Seats waiting for a new hire. */
    public int vacancies() {
        return pendingStarts.size();
    }

    /** The planned headcount. */
    public int target() {
        return target;
    }

    public int quitsToday() {
        return quitsToday;
    }

    public int hiresToday() {
        return hiresToday;
    }

    public double hiringCostToday() {
        return hiringCostToday;
    }

    public double meanStress() {
        return present.stream().mapToDouble(Employee::stress).average().orElse(0);
    }

    public double meanSkill() {
        return present.stream().mapToDouble(Employee::skill).average().orElse(0);
    }

    /** The employees at work, read-only. */
    public List<Employee> employees() {
        return Collections.unmodifiableList(present);
    }
}

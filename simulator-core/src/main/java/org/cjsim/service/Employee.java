package org.cjsim.service;

/**
 * A front-line service employee: skill that grows with tenure, stress, and the day's work. An employee
 * sits in a seat of the desk, numbered from 0; a quit leaves the seat to the vacancy it opens, and the
 * hire who fills that vacancy sits in it.
 */
public final class Employee {
    private final int id;
    private final int seat;
    private final double hireDay;
    double skill;
    double stress;
    boolean busy;
    boolean leaving;

    /** Time spent handling contacts today, in days. */
    double busyToday;
    /** Complaint contacts handled today. */
    int upsetToday;

    /**
     * The quit hazard accumulated since the employee started, and the exponential threshold at which they quit:
     * the employee quits on the day the first reaches the second, so that a lower hazard delays the same quit
     * instead of drawing a new one.
     */
    double hazardSoFar;

    double quitThreshold;

    Employee(int id, int seat, double hireDay, double skill, double stress) {
        this.id = id;
        this.seat = seat;
        this.hireDay = hireDay;
        this.skill = skill;
        this.stress = stress;
    }

    public int id() {
        return id;
    }

    /**
     * The seat: the lowest seat free when the employee's vacancy opened (or on day 0). Random numbers of the workforce are keyed by
     * seat and day, so that seat 0 quits on the same days in runs with different headcounts.
     */
    public int seat() {
        return seat;
    }

    /** Day the employee started (negative for staff already there on day 0). */
    public double hireDay() {
        return hireDay;
    }

    /** Skill in (0, 1]: the first-contact resolution probability and relative speed. */
    public double skill() {
        return skill;
    }

    /** Stress in [0, 1]. */
    public double stress() {
        return stress;
    }

    public boolean busy() {
        return busy;
    }
}

package org.cjsim.service;

/** A front-line service employee: skill that grows with tenure, stress, and the day's work. */
public final class Employee {
    private final int id;
    private final double hireDay;
    double skill;
    double stress;
    boolean busy;
    boolean leaving;

    /** Time spent handling contacts today, in days. */
    double busyToday;
    /** Complaint contacts handled today. */
    int upsetToday;

    Employee(int id, double hireDay, double skill, double stress) {
        this.id = id;
        this.hireDay = hireDay;
        this.skill = skill;
        this.stress = stress;
    }

    public int id() {
        return id;
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

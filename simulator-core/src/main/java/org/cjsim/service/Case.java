package org.cjsim.service;

/**
 * A voiced issue, from the complaint until it is closed: resolved (by the front line or the second tier),
 * declined honestly, or dropped because the customer left.
 */
public final class Case {
    public final int person;
    /** Time of the issue (the purchase), in days. */
    public final double issueTime;

    public final IssueCause cause;
    /** True when this customer had failed before this issue. */
    public final boolean repeatFailure;
    /** Spend of the purchase that went wrong, in currency. */
    public final double spend;
    /**
     * The key of this case's random numbers ({@link org.cjsim.random.KeyedRandom}), derived from the purchase
     * that went wrong, so that the same issue draws the same numbers in every run where it is voiced.
     */
    public final long key;

    /** Severity in [0, 1]; a later issue merged into an open case can raise it. */
    public double severity;
    /** Satisfaction the case has cost the customer so far, in points. */
    public double damage;
    /** Contacts handled by the front line. */
    public int contacts;

    public boolean escalated;
    /** Unresolved past the customer's patience. */
    public boolean grievance;

    public boolean closed;
    /** True when closed with a resolution the customer accepts (not when dropped). */
    public boolean resolved;
    /** Time the case was closed, or NaN. */
    public double closedTime = Double.NaN;

    public Case(
            int person,
            double issueTime,
            IssueCause cause,
            double severity,
            double damage,
            boolean repeatFailure,
            double spend,
            long key) {
        this.person = person;
        this.issueTime = issueTime;
        this.cause = cause;
        this.severity = severity;
        this.damage = damage;
        this.repeatFailure = repeatFailure;
        this.spend = spend;
        this.key = key;
    }

    /** Time from the issue to the resolution, in days; NaN while open or if dropped. */
    public double resolutionDays() {
        return resolved ? closedTime - issueTime : Double.NaN;
    }
}

package org.cjsim.metrics;

/**
 * The retention ladder of one run: for each experience group and severity class, how many customers
 * entered it and how many were still customers at the end of the ladder window.
 *
 * <p>Arrays are indexed {@code [LadderGroup.ordinal()][Severity.ordinal()]}; the no-issue group uses
 * {@link Severity#NONE}, the others {@link Severity#MINOR} and {@link Severity#MAJOR}.
 */
public final class LadderCounts {
    private final long[][] entered = new long[LadderGroup.values().length][Severity.values().length];
    private final long[][] retained = new long[LadderGroup.values().length][Severity.values().length];

    public void add(LadderGroup group, Severity severity, boolean stillCustomer) {
        entered[group.ordinal()][severity.ordinal()]++;
        if (stillCustomer) {
            retained[group.ordinal()][severity.ordinal()]++;
        }
    }

    /** Adds counts read back from a file. */
    public void add(LadderGroup group, Severity severity, long enteredCount, long retainedCount) {
        entered[group.ordinal()][severity.ordinal()] += enteredCount;
        retained[group.ordinal()][severity.ordinal()] += retainedCount;
    }

    public long entered(LadderGroup group, Severity severity) {
        return entered[group.ordinal()][severity.ordinal()];
    }

    public long retained(LadderGroup group, Severity severity) {
        return retained[group.ordinal()][severity.ordinal()];
    }

    /** Customers who entered {@code group}, over every severity class. */
    public long entered(LadderGroup group) {
        long sum = 0;
        for (long v : entered[group.ordinal()]) {
            sum += v;
        }
        return sum;
    }

    /** Customers of {@code group} still customers at the end of the window, over every severity class. */
    public long retained(LadderGroup group) {
        long sum = 0;
        for (long v : retained[group.ordinal()]) {
            sum += v;
        }
        return sum;
    }

    /** Adds every count of {@code other} to this one. */
    public void addAll(LadderCounts other) {
        for (int g = 0; g < entered.length; g++) {
            for (int s = 0; s < entered[g].length; s++) {
                entered[g][s] += other.entered[g][s];
                retained[g][s] += other.retained[g][s];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LadderCounts other
                && java.util.Arrays.deepEquals(entered, other.entered)
                && java.util.Arrays.deepEquals(retained, other.retained);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(entered) * 31 + java.util.Arrays.deepHashCode(retained);
    }
}

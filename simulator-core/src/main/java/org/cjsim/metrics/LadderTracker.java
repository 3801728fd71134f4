package org.cjsim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.cjsim.service.Case;

/**
 * Follows customers through the retention ladder: each customer enters once with the first purchase of
 * the run if it had no issue, and once with the first issue; {@code window} days later the entry is
 * classified (for a voiced issue: by how long its case took, see {@link LadderGroup}) and counted as retained if the person is still a
 * customer. Entries whose window ends after the horizon are not counted.
 */
public final class LadderTracker {
    private static final byte NO_ISSUE = 0;
    private static final byte SILENT = 1;
    private static final byte VOICED = 2;

    private final int window;
    private final double majorSeverity;
    private final double patienceDays;
    private final LadderCounts counts = new LadderCounts();
    private int[] person = new int[1024];
    private int[] day = new int[1024];
    private byte[] kind = new byte[1024];
    private boolean[] major = new boolean[1024];
    private final List<Case> cases = new ArrayList<>();
    private int size;
    private int next;

    /**
     * @param windowDays days after entry at which retention is checked
     * @param majorSeverity severity from which an issue counts as major
     * @param patienceDays resolution time beyond which a voiced issue counts as unresolved
     */
    public LadderTracker(int windowDays, double majorSeverity, double patienceDays) {
        this.window = windowDays;
        this.majorSeverity = majorSeverity;
        this.patienceDays = patienceDays;
    }

    /** A customer's first purchase of the run, without an issue, on {@code today}. */
    public void enterNoIssue(int who, int today) {
        append(who, today, NO_ISSUE, false, null);
    }

    /** A customer's first issue, kept silent. */
    public void enterSilent(int who, int today, double severity) {
        append(who, today, SILENT, severity >= majorSeverity, null);
    }

    /** A customer's first issue, voiced: the group is decided by how {@code kase} went. */
    public void enterVoiced(int who, int today, Case kase) {
        append(who, today, VOICED, kase.severity >= majorSeverity, kase);
    }

    private void append(int who, int today, byte k, boolean isMajor, Case kase) {
        if (size == person.length) {
            int n = size * 2;
            person = Arrays.copyOf(person, n);
            day = Arrays.copyOf(day, n);
            kind = Arrays.copyOf(kind, n);
            major = Arrays.copyOf(major, n);
        }
        person[size] = who;
        day[size] = today;
        kind[size] = k;
        major[size] = isMajor;
        cases.add(kase);
        size++;
    }

    /** Classifies every entry whose window ends on or before {@code today}. */
    public void evaluate(int today, IntPredicate isCustomer) {
        while (next < size && day[next] + window <= today) {
            Severity severity = kind[next] == NO_ISSUE ? Severity.NONE : major[next] ? Severity.MAJOR : Severity.MINOR;
            counts.add(group(next), severity, isCustomer.test(person[next]));
            cases.set(next, null);
            next++;
        }
    }

    private LadderGroup group(int k) {
        switch (kind[k]) {
            case NO_ISSUE:
                return LadderGroup.NO_ISSUE;
            case SILENT:
                return LadderGroup.SILENT;
            default:
                Case c = cases.get(k);
                if (!c.resolved || c.resolutionDays() > patienceDays) {
                    return LadderGroup.UNRESOLVED;
                }
                return c.resolutionDays() <= 1.0 ? LadderGroup.RESOLVED_FAST : LadderGroup.RESOLVED_LATER;
        }
    }

    public LadderCounts counts() {
        return counts;
    }
}

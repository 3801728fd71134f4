package org.cjsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cjsim.service.Case;
import org.cjsim.service.IssueCause;
import org.junit.jupiter.api.Test;

class LadderTrackerTest {

    private static Case resolved(int person, double issue, double after) {
        Case c = new Case(person, issue, IssueCause.FAILURE, 0.2, 0.8, false, 50, person);
        c.closed = true;
        c.resolved = true;
        c.closedTime = issue + after;
        return c;
    }

    @Test
    void voicedIssuesAreClassifiedByResolutionTimeAndPatience() {
        LadderTracker t = new LadderTracker(180, 0.4, 7);
        t.enterNoIssue(0, 0);
        t.enterSilent(1, 0, 0.5);
        t.enterVoiced(2, 0, resolved(2, 0, 0.9));
        t.enterVoiced(3, 0, resolved(3, 0, 3));
        t.enterVoiced(4, 0, resolved(4, 0, 8));
        t.enterVoiced(5, 0, new Case(5, 0, IssueCause.FAILURE, 0.6, 2.4, false, 50, 5));
        t.evaluate(180, person -> person != 1);
        LadderCounts c = t.counts();
        assertEquals(1, c.retained(LadderGroup.NO_ISSUE, Severity.NONE));
        assertEquals(1, c.entered(LadderGroup.SILENT, Severity.MAJOR));
        assertEquals(0, c.retained(LadderGroup.SILENT, Severity.MAJOR));
        assertEquals(1, c.entered(LadderGroup.RESOLVED_FAST, Severity.MINOR));
        assertEquals(1, c.entered(LadderGroup.RESOLVED_LATER, Severity.MINOR));
        assertEquals(1, c.entered(LadderGroup.UNRESOLVED, Severity.MINOR));
        assertEquals(1, c.entered(LadderGroup.UNRESOLVED, Severity.MAJOR));
        assertEquals(2, c.entered(LadderGroup.UNRESOLVED));
    }

    @Test
    void entriesAreCountedOnlyOnceTheirWindowHasPassed() {
        LadderTracker t = new LadderTracker(180, 0.4, 7);
        t.enterNoIssue(0, 10);
        t.evaluate(189, p -> true);
        assertEquals(0, t.counts().entered(LadderGroup.NO_ISSUE));
        t.evaluate(190, p -> true);
        assertEquals(1, t.counts().entered(LadderGroup.NO_ISSUE));
        t.evaluate(400, p -> true);
        assertEquals(1, t.counts().entered(LadderGroup.NO_ISSUE));
    }
}

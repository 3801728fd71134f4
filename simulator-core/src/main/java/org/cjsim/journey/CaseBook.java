package org.cjsim.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cjsim.service.Case;

/** The open complaints: at most one per person; later issues of a person with an open case join it. */
final class CaseBook {
    private final Case[] byPerson;
    private final List<Case> open = new ArrayList<>();

    CaseBook(int people) {
        this.byPerson = new Case[people];
    }

    /** The open case of person {@code i}, or null. */
    Case of(int i) {
        return byPerson[i];
    }

    /** Opens {@code k}, the first open case of its person. */
    void open(Case k) {
        if (byPerson[k.person] != null) {
            throw new IllegalStateException("person " + k.person + " has an open case");
        }
        byPerson[k.person] = k;
        open.add(k);
    }

    /** Closes {@code k} at {@code now}, resolved (or declined) if {@code resolved}, else dropped. */
    void close(Case k, double now, boolean resolved) {
        k.closed = true;
        k.resolved = resolved;
        k.closedTime = now;
        if (byPerson[k.person] == k) {
            byPerson[k.person] = null;
        }
    }

    /** The open case of person {@code i} is dropped at {@code now} (they left), if they have one. */
    void drop(int i, double now) {
        Case k = byPerson[i];
        if (k != null) {
            close(k, now, false);
        }
    }

    /** Forgets the closed cases; returns the open ones, oldest first (read-only). */
    List<Case> pruned() {
        open.removeIf(k -> k.closed);
        return Collections.unmodifiableList(open);
    }

    /** The cases opened and not yet pruned, closed ones included (read-only). */
    List<Case> listed() {
        return Collections.unmodifiableList(open);
    }
}

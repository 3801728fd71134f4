package org.cjsim.metrics;

import java.util.Locale;

/**
 * The experience groups of the retention ladder (TARP): how a customer's first issue went, or no issue
 * in the customer's first purchase of the run for the reference group. A voiced issue is resolved fast
 * within 1 day of the issue, resolved later within the customer's patience, and unresolved otherwise
 * (resolved after the patience ran out, or never).
 */
public enum LadderGroup {
    NO_ISSUE("no issue"),
    RESOLVED_FAST("voiced, resolved within 1 day"),
    RESOLVED_LATER("voiced, resolved within patience"),
    UNRESOLVED("voiced, not resolved within patience"),
    SILENT("silent");

    private final String label;

    LadderGroup(String label) {
        this.label = label;
    }

    /** Words for tables and charts. */
    public String label() {
        return label;
    }

    /** The key in output files, e.g. {@code resolved_fast}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.cjsim.metrics;

import java.util.Locale;

/** Severity class of an issue in the retention ladder; the no-issue group has {@link #NONE}. */
public enum Severity {
    NONE,
    MINOR,
    MAJOR;

    /** The key in output files, e.g. {@code minor}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

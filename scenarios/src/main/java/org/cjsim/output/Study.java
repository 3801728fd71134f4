package org.cjsim.output;

import java.util.Locale;

/** What a results folder holds: the command that made it. */
public enum Study {
    /** Replications of one scenario. */
    RUN,
    /** Strategies against a reference under common random numbers. */
    COMPARE,
    /** A base scenario at each design point of some parameters. */
    SWEEP,
    /** Each lever of a base scenario at its low and high value. */
    SENSITIVITY;

    /** The command's name, e.g. {@code compare}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The study called {@code key}, or null. */
    public static Study parse(String key) {
        for (Study s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}

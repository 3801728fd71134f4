package org.cjsim.cli;

/** The exit codes of {@code cjsim}, defined once. */
public final class ExitCodes {
    /** Everything went well. */
    public static final int OK = 0;
    /** Something failed while running (a replication, writing a file). */
    public static final int FAILURE = 1;
    /** The user's input is wrong: an unknown scenario, a broken file, a value out of range, a bad option. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}

package org.cjsim.cli;

/** A command that knows whether the user asked for details (stack traces) with {@code --verbose}. */
interface Verbose {
    boolean verbose();
}

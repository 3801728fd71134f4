package org.cjsim.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by every command. */
public final class VerbosityOptions {
    @Option(
            names = {"-q", "--quiet"},
            order = 40,
            description = "No progress bar and no notes on standard error; results still go to standard output.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            order = 41,
            description = "More notes, and the stack trace of any error.")
    boolean verbose;
}

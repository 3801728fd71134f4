package org.cjsim.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} on every command, listed after the command's own options. */
public final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            order = 99,
            description = "Show this help and exit.")
    boolean help;
}

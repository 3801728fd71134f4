package org.cjsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a study writes its results, or which interrupted study to continue. */
public final class OutputOptions {
    @Option(
            names = {"-o", "--out"},
            order = 20,
            paramLabel = "DIR",
            description = "Folder for the results; it must be new or empty. Default: results/COMMAND-TIMESTAMP.")
    Path out;

    @Option(
            names = "--resume",
            order = 21,
            paramLabel = "DIR",
            description = "Continue the interrupted study in DIR with its own scenarios and settings (from its"
                    + " manifest.json), without redoing finished replications.")
    Path resume;
}

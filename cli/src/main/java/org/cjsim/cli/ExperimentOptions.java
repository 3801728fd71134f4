package org.cjsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.ExperimentSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How a study runs: replications, seed, threads, horizon and parameter overrides. */
public final class ExperimentOptions {
    @Option(
            names = {"-r", "--replications"},
            order = 10,
            paramLabel = "N",
            defaultValue = "" + ExperimentSettings.DEFAULT_REPLICATIONS,
            description = "Replications per scenario, each with its own seed (at least 1; confidence intervals"
                    + " need 2). Default: ${DEFAULT-VALUE}.")
    int replications;

    @Option(
            names = "--seed",
            order = 11,
            paramLabel = "SEED",
            defaultValue = "" + ExperimentSettings.DEFAULT_SEED,
            description = "Master seed; replication k of every scenario uses the same seed (common random"
                    + " numbers). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--threads",
            order = 12,
            paramLabel = "N",
            description = "Worker threads; the results do not depend on it. Default: every core.")
    Integer threads;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Horizon horizon;

    /** {@code --days} or {@code --years}, not both. */
    static final class Horizon {
        @Option(
                names = "--days",
                order = 13,
                paramLabel = "DAYS",
                description = "Length of each run in days (sets horizon.days; the baseline runs 1095).")
        Integer days;

        @Option(
                names = "--years",
                order = 14,
                paramLabel = "YEARS",
                description = "Length of each run in years of 365 days, e.g. 3 or 0.5 (sets horizon.days).")
        Double years;
    }

    @Option(
            names = "--set",
            order = 15,
            paramLabel = "PATH=VALUE",
            description = "Set a parameter of every scenario, e.g. strategy.latitude=0.8; repeatable."
                    + " cjsim scenarios show baseline lists every parameter.")
    List<String> set = new ArrayList<>();

    @Option(
            names = "--uncertainty",
            order = 16,
            paramLabel = "DIR",
            description = "Run over the plausible worlds of a calibration folder (cjsim calibrate PROFILE --out DIR):"
                    + " replication k runs with parameter set k mod M of DIR/ensemble.csv wherever a scenario keeps"
                    + " the calibrated company's value, so that intervals cover what the KPIs cannot pin down as well"
                    + " as random noise. Default replications: one per world.")
    java.nio.file.Path uncertainty;

    /**
     * Most worker threads: more than any machine this runs on has cores, few enough that their markets,
     * all in memory at once, stay within reason.
     */
    static final int MAX_THREADS = 256;

    /** Checks the options that do not depend on the scenarios (a bad-input error naming the option). */
    void check() {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new BadInputException("--threads must be a whole number in [1, " + MAX_THREADS
                    + "] (this machine has " + Runtime.getRuntime().availableProcessors() + " cores), got " + threads);
        }
    }

    /** The number of threads: the option, or every core. */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}

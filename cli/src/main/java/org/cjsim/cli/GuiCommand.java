package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cjsim.charts.ChartWriter;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.gui.Lab;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim gui [SCENARIO]}: the interactive lab for students. */
@Command(
        name = "gui",
        header = "The interactive lab for students: MASON's console on the model.",
        sortOptions = false,
        description = {
            "Opens MASON's console on a scenario: every strategy lever as a slider (acting from the next day),"
                    + " a network view of the people and their ties, and live charts. Without a market size of"
                    + " your own (--set market.population=N) the lab shows "
                    + Lab.LAB_POPULATION
                    + " people.",
            "",
            "Needs a display; on a machine without one: xvfb-run -s \"-screen 0 1600x1000x24\" cjsim gui ...",
            ""
        })
final class GuiCommand implements Callable<Integer>, Verbose {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = "baseline",
            description = "A built-in scenario (cjsim scenarios list) or a scenario file. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "" + ExperimentSettings.DEFAULT_SEED,
            description =
                    "Seed of the run (the console's Stop and Play start again from it). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Set a parameter, e.g. market.population=1000; repeatable.")
    List<String> set = new ArrayList<>();

    @Option(
            names = "--no-network",
            description = "Do not draw the people (for markets of more than " + Lab.MAX_NETWORK_VIEW_PEOPLE
                    + " people the view is off anyway).")
    boolean noNetwork;

    @Option(
            names = "--snapshot",
            paramLabel = "FILE.png",
            description = "Run --days days without waiting for clicks, save a screenshot of the console, views and"
                    + " charts (PNG, or JPEG for a name ending in .jpg or .jpeg) into an existing folder, and exit.")
    Path snapshot;

    @Option(
            names = "--days",
            paramLabel = "DAYS",
            description = "Days to run before the snapshot (with --snapshot), from 1 to the scenario's horizon."
                    + " Default: 50 (or the whole horizon if shorter).")
    Integer days;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    HelpOption help;

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws ScenarioException, IOException {
        if (days != null && snapshot == null) {
            throw new BadInputException("--days goes with --snapshot (the console runs until you stop it)");
        }
        if (snapshot != null) {
            checkSnapshotFile();
        }
        ScenarioParams s = ScenarioLoader.resolve(scenario, Path.of(""));
        if (!set.isEmpty()) {
            s = ScenarioLoader.override(s, set, "--set");
        }
        boolean sized = set.stream().anyMatch(a -> a.trim().startsWith("market.population="));
        if (!sized
                && s.market().population() == ScenarioParams.defaults().market().population()) {
            s = Lab.withLabPopulation(s);
        }
        boolean network = !noNetwork && s.market().population() <= Lab.MAX_NETWORK_VIEW_PEOPLE;
        int n = days == null ? Math.min(50, s.horizon().days()) : days;
        if (snapshot != null && (n < 1 || n > s.horizon().days())) {
            throw new BadInputException("--days must be a whole number in [1, "
                    + s.horizon().days() + "] (the scenario's horizon), got " + n);
        }
        try {
            if (snapshot != null) {
                Lab.snapshot(s, seed, n, snapshot, network);
                if (!verbosity.quiet) {
                    spec.commandLine().getOut().println("Saved the lab after " + n + " days in " + snapshot);
                }
            } else {
                PrintWriter err = spec.commandLine().getErr();
                Lab.open(s, seed, network, () -> {
                    if (!verbosity.quiet) {
                        err.println("The lab is open: press Play in its console; close the console to end.");
                        err.flush();
                    }
                });
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("cjsim: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    /** Refuses a snapshot that could not be written, before the lab runs: its format and its folder. */
    private void checkSnapshotFile() {
        if (Files.isDirectory(snapshot)) {
            throw new BadInputException("--snapshot " + snapshot + " is a folder: give the image's file name");
        }
        try {
            ChartWriter.imageFormat(snapshot);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--snapshot: " + e.getMessage());
        }
        Path parent = snapshot.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(
                    "--snapshot " + snapshot + ": the folder " + parent + " does not exist (create it first)");
        }
    }
}

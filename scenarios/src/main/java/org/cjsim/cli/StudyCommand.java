package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.ResultCharts;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.Study;
import org.cjsim.output.StudyRunner;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLoader;
import org.cjsim.scenarios.ScenarioTree;
import org.cjsim.scenarios.ScenarioYaml;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What {@code run}, {@code compare}, {@code sweep} and {@code sensitivity} share: build the plan from the
 * arguments (or read it back with {@code --resume}), prepare the results folder, run with a progress bar,
 * write the charts, and print the table.
 */
abstract class StudyCommand implements Callable<Integer>, Verbose {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CjsimCommand root;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    OutputOptions output;

    @Mixin
    StudyChartOptions charts;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    HelpOption help;

    /** What {@code --set} changed in each scenario {@link #adjust} renamed, by its new name. */
    private final Map<String, List<String>> changes = new LinkedHashMap<>();

    /** The chart size and formats, checked before the study runs; null with --no-charts. */
    private org.cjsim.charts.ChartOptions chartOptions;

    /** The study this command runs. */
    abstract Study study();

    /** The plan from the command's arguments. */
    abstract Plan plan(ExperimentSettings settings) throws ScenarioException;

    /** The options and parameters of this command that define a plan (and so cannot go with --resume). */
    abstract List<String> planArguments();

    /** Prints the table of results. */
    abstract void table(PrintWriter out, Results results);

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        experiment.check();
        chartOptions = charts.noCharts ? null : charts.output.toChartOptions();
        Manifest manifest;
        Path folder;
        boolean resume = output.resume != null;
        if (resume) {
            folder = output.resume;
            manifest = resumed(folder);
            StudySize.check(manifest.plan(), Runtime.getRuntime().maxMemory());
        } else {
            if (experiment.replications < 1) {
                throw new BadInputException(
                        "--replications must be a whole number of at least 1, got " + experiment.replications);
            }
            ExperimentSettings settings =
                    new ExperimentSettings(experiment.replications, experiment.seed, experiment.threads(), true);
            Plan plan = plan(settings).withChanges(changes);
            StudySize.check(plan, Runtime.getRuntime().maxMemory());
            folder = output.out != null ? output.out : defaultFolder();
            prepareNewFolder(folder);
            manifest = Manifest.starting(
                    plan,
                    List.of(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new)));
        }
        checkWritable(folder);
        Plan plan = manifest.plan();
        if (!verbosity.quiet) {
            err.println(preamble(plan, folder, resume));
            err.flush();
        }
        ExperimentListener progress = ProgressReporter.forTerminal(study().key(), verbosity.quiet);
        StudyRunner.Outcome outcome;
        Thread hook = interruptionNotice(err, folder);
        try {
            outcome = StudyRunner.run(manifest, folder, resume, progress);
        } finally {
            if (progress instanceof AutoCloseable c) {
                c.close();
            }
            removeHook(hook);
        }
        if (!verbosity.quiet && resume) {
            err.println("Took " + outcome.reused() + " finished replications from " + folder + " and ran "
                    + outcome.ran() + ".");
        }
        if (verbosity.verbose) {
            outcome.skipped().forEach(s -> err.println("Not used: " + s));
        }
        List<Path> chartFiles = writeCharts(outcome.results(), folder);
        table(out, outcome.results());
        out.println();
        out.println("Results in " + folder + " ("
                + Format.duration(outcome.manifest().wallSeconds())
                + (chartFiles.isEmpty()
                        ? ""
                        : ", " + chartFiles.size() + (chartFiles.size() == 1 ? " chart" : " charts") + " in "
                                + ResultsFolder.CHARTS + "/")
                + ").");
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    /**
     * The charts module's hook: writes the standard charts of the study into {@code OUT/charts/}, unless
     * {@code --no-charts}.
     */
    private List<Path> writeCharts(Results results, Path folder) throws IOException {
        ResultCharts writer = root.charts();
        if (chartOptions == null || writer == ResultCharts.NONE) {
            return List.of();
        }
        Path dir = folder.resolve(ResultsFolder.CHARTS);
        Files.createDirectories(dir);
        return writer.write(results, dir, chartOptions);
    }

    private String preamble(Plan plan, Path folder, boolean resume) {
        ExperimentSettings s = plan.settings();
        int runs = plan.scenarios().size() * s.replications();
        long days =
                plan.scenarios().stream().mapToLong(sc -> sc.horizon().days()).sum() * s.replications();
        String what = plan.scenarios().size() + (plan.scenarios().size() == 1 ? " scenario" : " scenarios") + " x "
                + s.replications() + (s.replications() == 1 ? " replication" : " replications") + " = "
                + Format.count(runs) + (runs == 1 ? " run" : " runs") + " (" + Format.count(days)
                + " simulated days) on " + s.threads() + (s.threads() == 1 ? " thread" : " threads");
        return (resume ? "Resuming " + study().key() + " in " + folder + ": " : study().key() + ": ")
                + what
                + (resume ? "." : ", into " + folder + ".");
    }

    /**
     * Applies {@code --set} and {@code --days}/{@code --years} to a scenario. A scenario that {@code --set}
     * changes is renamed with {@link Plan#CHANGED} ({@code baseline*}), and the changes are kept for the
     * plan ({@link Plan#changes()}); the horizon is shown with every table, so {@code --days} alone does not
     * rename.
     */
    ScenarioParams adjust(ScenarioParams scenario) throws ScenarioException {
        ScenarioParams s = scenario;
        if (!experiment.set.isEmpty()) {
            s = ScenarioLoader.override(scenario, experiment.set, "--set");
            List<String> lines = new ArrayList<>();
            ScenarioTree.differences(scenario, s).forEach((path, value) -> {
                if (experiment.horizon == null || !path.equals("horizon.days")) {
                    lines.add(path + "=" + ScenarioYaml.scalar(value));
                }
            });
            if (!lines.isEmpty()) {
                String name = scenario.name() + Plan.CHANGED;
                s = s.named(name, scenario.description());
                changes.put(name, List.copyOf(lines));
            }
        }
        if (experiment.horizon != null) {
            String option;
            double days;
            if (experiment.horizon.days != null) {
                option = "--days " + experiment.horizon.days;
                days = experiment.horizon.days;
            } else {
                double maxYears = Params.info("horizon.days").orElseThrow().max() / 365;
                if (!(experiment.horizon.years > 0 && experiment.horizon.years <= maxYears)) {
                    throw new BadInputException("--years must be more than 0 and at most " + Params.format(maxYears)
                            + " (horizon.days is at most " + Params.format(maxYears * 365) + "), got "
                            + Format.number(experiment.horizon.years));
                }
                option = "--years " + Params.format(experiment.horizon.years);
                days = Math.round(experiment.horizon.years * 365);
            }
            var problem = Params.check("horizon.days", days);
            if (problem.isPresent()) {
                InvalidParameterException e = problem.get();
                throw new BadInputException(
                        option + " gives " + Params.format(days) + " days, but horizon.days must be " + e.allowed());
            }
            s = Params.with(s, "horizon.days", (int) days);
        }
        return s;
    }

    /** Resolves each scenario argument (built-in name or file), reporting the problems of all at once. */
    List<ScenarioParams> resolve(List<String> arguments) throws ScenarioException {
        List<ScenarioParams> result = new ArrayList<>();
        // A problem of --set would otherwise be reported once per scenario.
        java.util.Set<org.cjsim.scenarios.ScenarioProblem> problems = new java.util.LinkedHashSet<>();
        for (String a : arguments) {
            try {
                result.add(adjust(ScenarioLoader.resolve(a, Path.of(""))));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(List.copyOf(problems));
        }
        return result;
    }

    private Manifest resumed(Path folder) {
        List<String> conflicting = new ArrayList<>(planArguments());
        var parsed = spec.commandLine().getParseResult();
        for (String option : List.of("--replications", "--seed", "--days", "--years", "--set", "--out")) {
            if (parsed.hasMatchedOption(option)) {
                conflicting.add(option);
            }
        }
        if (!conflicting.isEmpty()) {
            throw new BadInputException(
                    List.of(
                            "--resume continues " + folder + " with the scenarios and settings of its manifest;",
                            "leave out " + String.join(", ", conflicting) + "."),
                    null);
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("--resume " + folder + ": no such folder");
        }
        Manifest m;
        try {
            m = Manifest.read(folder);
        } catch (IOException e) {
            throw new BadInputException("--resume " + folder + ": " + e.getMessage(), e);
        }
        if (m.plan().study() != study()) {
            throw new BadInputException(folder + " holds a " + m.plan().study().key() + ", not a " + study().key()
                    + ": continue it with cjsim " + m.plan().study().key() + " --resume " + folder);
        }
        ExperimentSettings s = m.plan().settings();
        Plan plan = m.plan()
                .withSettings(
                        new ExperimentSettings(s.replications(), s.masterSeed(), experiment.threads(), s.keepDaily()));
        return new Manifest(
                plan,
                m.commandLine(),
                m.cjsimVersion(),
                m.javaVersion(),
                m.os(),
                m.started(),
                null,
                Double.NaN,
                Manifest.RUNNING);
    }

    private Path defaultFolder() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("results", study().key() + "-" + stamp);
        Path folder = base;
        for (int k = 2; Files.exists(folder); k++) {
            folder = Path.of(base + "-" + k);
        }
        return folder;
    }

    private static void prepareNewFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException("--out " + folder + " is a file, not a folder: choose a new folder");
        }
        if (Files.isDirectory(folder)) {
            if (Files.exists(folder.resolve(ResultsFolder.MANIFEST))) {
                throw new BadInputException(
                        List.of(
                                folder + " already holds results: choose another folder with --out,",
                                "or continue them with --resume " + folder + "."),
                        null);
            }
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    throw new BadInputException(
                            "--out " + folder + " is not empty: choose a new or empty folder for the results");
                }
            } catch (IOException e) {
                throw new BadInputException("cannot read the results folder " + folder + ": " + reason(e), e);
            }
        }
    }

    private static void checkWritable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new BadInputException(
                    "cannot write the results into " + folder + ": " + reason(e) + "; choose another folder with --out",
                    e);
        }
    }

    /** The reason of a file error in words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is in the way (a file where a folder should be)";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "cannot create " + f.getFile();
        }
        if (e instanceof java.nio.file.NotDirectoryException f) {
            return f.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private Thread interruptionNotice(PrintWriter err, Path folder) {
        Thread hook = new Thread(() -> {
            err.println();
            err.println("Interrupted. Finished replications are kept in " + folder + "; continue with:");
            err.println("  cjsim " + study().key() + " --resume " + folder);
            err.flush();
        });
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            return null;
        }
        return hook;
    }

    private static void removeHook(Thread hook) {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook is running.
            }
        }
    }
}

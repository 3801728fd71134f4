package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.Worlds;
import org.cjsim.format.UnitFormat;
import org.cjsim.output.FolderException;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.ResultCharts;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.Shards;
import org.cjsim.output.StandardCharts;
import org.cjsim.output.StudyFolder;
import org.cjsim.output.StudyRunner;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.ParamBinder;
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

    /** {@code cjsim}, or {@code cjsim plan} when this command only plans its study ({@link PlanCommand}). */
    @ParentCommand
    Object parent;

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

    /** The results folder, owned by this process while the study runs. */
    private StudyFolder claimed;

    /** The key of the study this command runs ({@link org.cjsim.experiment.Study#key()}), e.g. {@code compare}. */
    abstract String study();

    /** The plan from the command's arguments. */
    abstract Plan plan(ExperimentSettings settings) throws ScenarioException;

    /**
     * Whether the study keeps every run's daily series (in memory until it ends, and in its replication file):
     * yes, except for a sweep without {@code --daily}.
     */
    boolean keepDaily() {
        return true;
    }

    /** The options and parameters of this command that define a plan (and so cannot go with --resume). */
    abstract List<String> planArguments();

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws Exception {
        try {
            return runStudy();
        } finally {
            if (claimed != null) {
                claimed.close();
            }
        }
    }

    /** Whether this command only plans its study: {@code cjsim plan STUDY ...}. */
    private boolean planOnly() {
        return parent instanceof PlanCommand;
    }

    private Integer runStudy() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        experiment.check();
        if (planOnly()) {
            return planStudy(out);
        }
        chartOptions = charts.toChartOptions();
        Manifest manifest;
        Path folder;
        boolean resume = output.resume != null;
        if (resume) {
            folder = output.resume;
            manifest = resumed(folder).resuming(experiment.threads());
            StudySize.check(manifest.plan(), Runtime.getRuntime().maxMemory());
        } else {
            Plan plan = newPlan();
            StudySize.check(plan, Runtime.getRuntime().maxMemory());
            claimed = claimNew(output.out);
            folder = claimed.path();
            manifest = Manifest.starting(
                    plan,
                    List.of(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new)));
        }
        Plan plan = manifest.plan();
        if (!verbosity.quiet) {
            err.println(preamble(plan, folder, resume));
            err.flush();
        }
        ExperimentListener progress = ProgressReporter.forTerminal(study(), verbosity.quiet);
        StudyRunner.Outcome outcome;
        Thread hook = interruptionNotice(err, folder);
        try {
            outcome = StudyRunner.run(manifest, claimed, progress);
        } finally {
            if (progress instanceof AutoCloseable c) {
                c.close();
            }
            removeHook(hook);
        }
        if (!verbosity.quiet && outcome.alreadyFinished()) {
            err.println(folder + " holds a finished " + study() + ": nothing to run, and its files are kept"
                    + " as they are (cjsim chart " + folder + " redraws its charts).");
        } else if (!verbosity.quiet && resume) {
            err.println("Took " + outcome.reused() + " finished replications from " + folder + " and ran "
                    + outcome.ran() + ".");
        }
        notUsed(err, outcome.skipped());
        List<Path> chartFiles = outcome.alreadyFinished() ? List.of() : writeCharts(outcome.results(), folder);
        Tables.print(out, outcome.results());
        out.println();
        out.println("Results in " + folder + " ("
                + UnitFormat.duration(outcome.manifest().wallSeconds())
                + (chartFiles.isEmpty()
                        ? ""
                        : ", " + chartFiles.size() + (chartFiles.size() == 1 ? " chart" : " charts") + " in "
                                + ResultsFolder.CHARTS + "/")
                + ").");
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    /** The plan from the command's arguments and options (a new study, not --resume). */
    private Plan newPlan() throws Exception {
        if (experiment.replications < 1) {
            throw new BadInputException(
                    "--replications must be a whole number of at least 1, got " + experiment.replications);
        }
        Worlds worlds = experiment.uncertainty == null ? Worlds.NONE : UncertaintyFolder.read(experiment.uncertainty);
        int replications =
                worlds.isEmpty() || spec.commandLine().getParseResult().hasMatchedOption("--replications")
                        ? experiment.replications
                        : worlds.size();
        ExperimentSettings settings =
                new ExperimentSettings(replications, experiment.seed, experiment.threads(), keepDaily(), worlds);
        Plan plan = plan(settings).withChanges(changes);
        if (!worlds.isEmpty()) {
            UncertaintyFolder.checkScenarios(worlds, plan.scenarios());
        }
        return plan;
    }

    /**
     * {@code cjsim plan STUDY ... --out DIR}: writes the study's planned manifest into DIR and runs nothing;
     * says how many runs it has, what each needs, and the commands that run and merge it.
     */
    private Integer planStudy(PrintWriter out) throws Exception {
        if (output.resume != null) {
            throw new BadInputException("cjsim plan makes a new plan: leave out --resume (cjsim run-shard "
                    + output.resume + " runs a planned folder)");
        }
        if (output.out == null) {
            throw new BadInputException(
                    List.of(
                            "give the folder of the plan with --out DIR, e.g. cjsim plan " + study()
                                    + " ... --out results/" + study(),
                            "(shards on other machines read and write it: put it on a file system they share)"),
                    null);
        }
        Plan plan = newPlan();
        StudySize.checkRuns(plan);
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        try {
            Shards.plan(output.out, plan, args);
        } catch (FolderException e) {
            throw new BadInputException(e.lines(), e);
        }
        Path dir = output.out;
        long runs = StudySize.runs(plan);
        out.println("Planned " + study() + " in " + dir + ": " + UnitFormat.count(runs) + (runs == 1 ? " run" : " runs")
                + " (" + plan.scenarios().size() + (plan.scenarios().size() == 1 ? " scenario" : " scenarios")
                + " x " + plan.settings().replications()
                + (plan.settings().replications() == 1 ? " replication" : " replications") + "); nothing has run.");
        out.println("Each run needs about " + StudySize.bytes(StudySize.runBytes(plan)) + " of memory and "
                + UnitFormat.duration(StudySize.runSeconds(plan)) + " of one core (at most, the largest scenario);"
                + " merging needs " + StudySize.bytes(StudySize.bytes(plan)) + ".");
        out.println(
                "Next, run its shards (each any number of times, in any order, on machines that share " + dir + "):");
        out.println("  cjsim run-shard " + dir + " --shard K/N      for K = 0 .. N-1 (e.g. --shard 0/4 ... 3/4)");
        out.println("  cjsim slurm-script " + dir + " --shards N    prints a Slurm job array script");
        out.println("  cjsim k8s-job " + dir + " --shards N --image IMAGE    prints a Kubernetes Indexed Job");
        out.println("then: cjsim merge " + dir + "   (or run it all here: cjsim " + study() + " --resume " + dir + ")");
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The charts module's hook: writes the standard charts of the study into {@code OUT/charts/}, unless
     * {@code --no-charts}.
     */
    private List<Path> writeCharts(Results results, Path folder) throws IOException {
        return writeCharts(root().charts(), chartOptions, results, folder);
    }

    /** Writes the standard charts of {@code results} into {@code folder/charts/}; none with null options. */
    static List<Path> writeCharts(
            ResultCharts writer, org.cjsim.charts.ChartOptions options, Results results, Path folder)
            throws IOException {
        if (options == null || writer == ResultCharts.NONE) {
            return List.of();
        }
        Path dir = StandardCharts.chartsFolder(folder);
        Files.createDirectories(dir);
        return writer.write(results, dir, options);
    }

    /** The root command. */
    private CjsimCommand root() {
        return parent instanceof PlanCommand p ? p.root : (CjsimCommand) parent;
    }

    private String preamble(Plan plan, Path folder, boolean resume) {
        ExperimentSettings s = plan.settings();
        int runs = plan.scenarios().size() * s.replications();
        long days =
                plan.scenarios().stream().mapToLong(sc -> sc.horizon().days()).sum() * s.replications();
        String what = plan.scenarios().size() + (plan.scenarios().size() == 1 ? " scenario" : " scenarios") + " x "
                + s.replications() + (s.replications() == 1 ? " replication" : " replications") + " = "
                + UnitFormat.count(runs) + (runs == 1 ? " run" : " runs") + " (" + UnitFormat.count(days)
                + " simulated days) on " + s.threads() + (s.threads() == 1 ? " thread" : " threads");
        Worlds worlds = s.worlds();
        String over = worlds.isEmpty()
                ? ""
                : ", over " + Math.min(worlds.size(), s.replications()) + " of the " + worlds.size()
                        + " plausible worlds of " + worlds.source()
                        + (s.replications() < worlds.size() ? " (one per replication)" : "");
        return (resume ? "Resuming " + study() + " in " + folder + ": " : study() + ": ")
                + what
                + over
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
                    throw new BadInputException(
                            "--years must be more than 0 and at most " + UnitFormat.parameter(maxYears)
                                    + " (horizon.days is at most " + UnitFormat.parameter(maxYears * 365) + "), got "
                                    + UnitFormat.parameter(experiment.horizon.years));
                }
                option = "--years " + UnitFormat.parameter(experiment.horizon.years);
                days = Math.round(experiment.horizon.years * 365);
            }
            var problem = ParamBinder.check(Params.info("horizon.days").orElseThrow(), days);
            if (problem.isPresent()) {
                InvalidParameterException e = problem.get();
                throw new BadInputException(option + " gives " + UnitFormat.parameter(days)
                        + " days, but horizon.days must be " + e.allowed());
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

    /** How many files that could not be used are named without --verbose. */
    private static final int NOT_USED_SHOWN = 3;

    /**
     * Tells which replication files of a resumed folder were not used (so that their replications ran
     * again): the first few, all of them with --verbose.
     */
    private void notUsed(PrintWriter err, List<String> skipped) {
        if (skipped.isEmpty() || (verbosity.quiet && !verbosity.verbose)) {
            return;
        }
        err.println("Ignored " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " in "
                + ResultsFolder.REPLICATIONS + "/ that do not match the study; missing replications are run again:");
        int shown = verbosity.verbose ? skipped.size() : Math.min(NOT_USED_SHOWN, skipped.size());
        skipped.subList(0, shown).forEach(s -> err.println("  " + s));
        if (shown < skipped.size()) {
            err.println("  and " + (skipped.size() - shown) + " more (--verbose lists them all)");
        }
    }

    /** This command line as typed, for the lock of the results folder. */
    private String commandText() {
        return "cjsim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** Claims {@code out}, or a new folder under results/, for a new study. */
    private StudyFolder claimNew(Path out) {
        try {
            return out != null
                    ? StudyFolder.create(out, commandText())
                    : StudyFolder.createNumbered(defaultFolder(), commandText());
        } catch (FolderException e) {
            throw new BadInputException(e.lines(), e);
        }
    }

    /** Claims the folder of {@code --resume} and returns its manifest. */
    private Manifest resumed(Path folder) {
        List<String> conflicting = new ArrayList<>(planArguments());
        var parsed = spec.commandLine().getParseResult();
        for (String option :
                List.of("--replications", "--seed", "--days", "--years", "--set", "--uncertainty", "--out")) {
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
        try {
            claimed = StudyFolder.resume(folder, commandText());
        } catch (FolderException e) {
            throw new BadInputException(e.lines(), e);
        }
        Manifest m = claimed.manifest();
        if (!m.plan().study().key().equals(study())) {
            throw new BadInputException(folder + " holds a " + m.plan().study().key() + ", not a " + study()
                    + ": continue it with cjsim " + m.plan().study().key() + " --resume " + folder);
        }
        return m;
    }

    /** {@code results/COMMAND-TIMESTAMP}: {@link StudyFolder#createNumbered} adds -2, -3... if it exists. */
    private Path defaultFolder() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("results", study() + "-" + stamp);
    }

    /** The reason of a file error in words. */
    static String reason(IOException e) {
        return StudyFolder.reason(e);
    }

    private Thread interruptionNotice(PrintWriter err, Path folder) {
        Thread hook = new Thread(() -> {
            err.println();
            err.println("Interrupted. Finished replications are kept in " + folder + "; continue with:");
            err.println("  cjsim " + study() + " --resume " + folder);
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

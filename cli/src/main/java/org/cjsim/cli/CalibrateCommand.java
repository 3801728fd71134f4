package org.cjsim.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cjsim.calibration.Calibration;
import org.cjsim.calibration.Calibration.FitRow;
import org.cjsim.calibration.Calibrator;
import org.cjsim.format.FileNumbers;
import org.cjsim.output.AtomicFiles;
import org.cjsim.output.FolderException;
import org.cjsim.output.StudyFolder;
import org.cjsim.params.Params;
import org.cjsim.scenarios.CompanyProfile;
import org.cjsim.scenarios.ProfileLoader;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim calibrate PROFILE.yaml}: the model calibrated to a company's own KPIs. */
@Command(
        name = "calibrate",
        header = "Calibrates the model to a company's own KPIs (a profile file) and writes it as a scenario.",
        sortOptions = false,
        description = {
            "Sets what the KPIs name directly (market, customers, agents, wages, margin, spend, marketing,"
                    + " discount rate, horizon) and fits the behavioural parameters that reproduce the others (churn,"
                    + " NPS, new customers, referrals, issue and voice rates, first-contact resolution, resolution"
                    + " time, purchase frequency) by simulating, on a scaled-down market reported at the company's"
                    + " size. Writes DIR/calibrated.yaml, a scenario for every command, DIR/fit.csv, the fit of"
                    + " each KPI (printed as a table too), and DIR/ensemble.csv, other parameter sets that"
                    + " reproduce the KPIs as well. A KPI the model cannot reach is reported with the closest value"
                    + " it reaches. Start a profile with cjsim calibrate --init FILE.",
            "",
            "A profile file:",
            "  name: Acme subscriptions",
            "  kpis:",
            "    customers: 250000",
            "    monthlyRevenuePerCustomer: 45",
            "    annualChurn: 0.18",
            "    nps: 20",
            "    agents: 120",
            "Every KPI with its unit: docs/calibration.md.",
            ""
        })
final class CalibrateCommand implements Callable<Integer>, Verbose {
    /** The calibrated scenario, in a calibration folder. */
    static final String CALIBRATED = "calibrated.yaml";

    /** The fit of each KPI, in a calibration folder. */
    static final String FIT = "fit.csv";

    /** The ensemble of parameter sets that reproduce the KPIs, in a calibration folder. */
    static final String ENSEMBLE = "ensemble.csv";

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PROFILE.yaml",
            description = "The company profile: its KPIs.")
    Path profileFile;

    @Option(
            names = "--init",
            paramLabel = "FILE",
            description = "Write a profile to fill in with your KPIs (every KPI with its unit and meaning) and stop.")
    Path init;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Folder for the calibration; it must be new or empty. Default: results/calibrate-TIMESTAMP.")
    Path out;

    @Option(
            names = {"-r", "--replications"},
            paramLabel = "N",
            defaultValue = "3",
            description = "Replications of each evaluation of the fit, 1 to 20 (the same seeds every time)."
                    + " Default: ${DEFAULT-VALUE}.")
    int replications;

    @Option(
            names = "--days",
            paramLabel = "DAYS",
            defaultValue = "365",
            description = "Days of each calibration run, over which the KPIs are measured, 90 to 3650."
                    + " Default: ${DEFAULT-VALUE}.")
    int days;

    @Option(
            names = "--ensemble",
            paramLabel = "N",
            defaultValue = "16",
            description = "Parameter sets to draw for the ensemble (the parameters the KPIs cannot pin down, over"
                    + " their plausible ranges, each refitted to the KPIs), 0 to 200; those that reproduce every"
                    + " KPI go to ensemble.csv. Default: ${DEFAULT-VALUE}.")
    int ensemble;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "20261122",
            description = "Master seed of the calibration runs. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads; the results do not depend on it. Default: every core.")
    Integer threads;

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
        if (init != null) {
            if (profileFile != null) {
                throw new BadInputException(
                        "--init writes a new profile: leave out PROFILE.yaml (" + profileFile + ")");
            }
            if (java.nio.file.Files.exists(init)) {
                throw new BadInputException(init + " exists: choose another file");
            }
            String text = ProfileLoader.example();
            AtomicFiles.write(init, s -> s.write(text.getBytes(StandardCharsets.UTF_8)));
            PrintWriter o = spec.commandLine().getOut();
            o.println("Wrote " + init + ": a profile to fill in with your company's KPIs (delete the lines you do not"
                    + " know), then: ./cjsim calibrate " + init);
            o.flush();
            return ExitCodes.OK;
        }
        if (profileFile == null) {
            throw new BadInputException(
                    "give the company profile: cjsim calibrate PROFILE.yaml (cjsim calibrate --init FILE writes one to"
                            + " fill in)");
        }
        if (replications < 1 || replications > 20) {
            throw new BadInputException("--replications must be a whole number in [1, 20], got " + replications);
        }
        if (days < 90 || days > 3650) {
            throw new BadInputException("--days must be a whole number in [90, 3650], got " + days);
        }
        if (ensemble < 0 || ensemble > 200) {
            throw new BadInputException("--ensemble must be a whole number in [0, 200], got " + ensemble);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && (threads < 1 || threads > 4 * cores)) {
            throw new BadInputException("--threads must be a whole number in [1, " + 4 * cores + "], got " + threads);
        }
        CompanyProfile profile = ProfileLoader.load(profileFile);
        long started = System.nanoTime();
        try (StudyFolder folder = claim()) {
            Calibrator.Settings settings = new Calibrator.Settings(
                    replications,
                    Math.max(4, 2 * replications),
                    days,
                    seed,
                    threads == null ? cores : threads,
                    30,
                    ensemble);
            Calibration c;
            try (ProgressBar bar = bar()) {
                c = Calibrator.calibrate(profile, settings, (done, stage) -> {
                    if (bar != null) {
                        bar.stepTo(done);
                        bar.setExtraMessage(stage);
                    }
                });
            }
            Path dir = folder.path();
            String yaml = ScenarioYaml.write(c.scenario());
            AtomicFiles.write(dir.resolve(CALIBRATED), s -> s.write(yaml.getBytes(StandardCharsets.UTF_8)));
            AtomicFiles.write(dir.resolve(FIT), s -> writeFit(c, s));
            AtomicFiles.write(dir.resolve(ENSEMBLE), s -> writeEnsemble(c.ensemble(), s));
            double seconds = (System.nanoTime() - started) / 1e9;
            print(profile, c, settings, dir, seconds);
        } catch (FolderException e) {
            throw new BadInputException(e.lines(), e);
        }
        return ExitCodes.OK;
    }

    private StudyFolder claim() throws FolderException {
        String command =
                "cjsim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        if (out != null) {
            return StudyFolder.create(out, command);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return StudyFolder.createNumbered(Path.of("results", "calibrate-" + stamp), command);
    }

    /** A progress bar of runs on standard error, or none when quiet or not on a terminal. */
    private ProgressBar bar() {
        if (verbosity.quiet || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName("calibrate")
                .setInitialMax(0)
                .setUnit(" runs", 1)
                .setUpdateIntervalMillis(250)
                .setStyle(ProgressBarStyle.ASCII)
                .build();
    }

    static void writeFit(Calibration c, java.io.OutputStream stream) throws IOException {
        var writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setHeader("kpi", "target", "simulated", "ci_low", "ci_high", "within_tolerance", "tolerance", "how")
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (FitRow r : c.fit()) {
                csv.printRecord(
                        r.kpi(),
                        FileNumbers.exact(r.target()),
                        FileNumbers.exact(r.simulated()),
                        FileNumbers.exact(r.ciLow()),
                        FileNumbers.exact(r.ciHigh()),
                        r.withinTolerance(),
                        FileNumbers.exact(r.tolerance()),
                        r.how());
            }
        }
    }

    static void writeEnsemble(Calibrator.Ensemble e, java.io.OutputStream stream) throws IOException {
        var writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        java.util.List<String> header = new java.util.ArrayList<>();
        header.add("set");
        header.addAll(e.paths());
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setHeader(header.toArray(new String[0]))
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (int i = 0; i < e.sets().size(); i++) {
                java.util.List<String> row = new java.util.ArrayList<>();
                row.add(Integer.toString(i));
                for (String path : e.paths()) {
                    row.add(FileNumbers.exact(e.sets().get(i).get(path)));
                }
                csv.printRecord(row);
            }
        }
    }

    private void print(CompanyProfile p, Calibration c, Calibrator.Settings s, Path dir, double seconds) {
        PrintWriter o = spec.commandLine().getOut();
        int simulatedPeople = c.scenario().market().population();
        o.printf(
                Locale.ROOT,
                "Calibrated %s: %s customers in a market of %s, simulated at 1:%s (%s people), %d replications of"
                        + " %d days.%n%n",
                p.name(),
                whole(p.customers()),
                whole(p.marketSize()),
                Params.format(round(c.scale())),
                whole(simulatedPeople),
                s.replications(),
                s.days());
        o.printf(
                Locale.ROOT,
                "%-26s %12s %12s  %-25s %-18s %s%n",
                "KPI",
                "Target",
                "Simulated",
                "95% CI",
                "Tolerance",
                "Within");
        for (FitRow r : c.fit()) {
            o.printf(
                    Locale.ROOT,
                    "%-26s %12s %12s  %-25s %-18s %s%n",
                    r.kpi(),
                    num(r.target()),
                    num(r.simulated()),
                    "[" + num(r.ciLow()) + ", " + num(r.ciHigh()) + "]",
                    "+-" + num(r.tolerance()),
                    within(r));
        }
        o.println();
        long missed = c.fit().stream()
                .filter(r -> !r.withinTolerance() && !"check".equals(r.how()))
                .count();
        c.fit().stream()
                .filter(r -> "check".equals(r.how()))
                .forEach(r -> o.printf(
                        Locale.ROOT,
                        "Bain's check: a promoter is worth %s detractors (expected remaining gross profit on the last"
                                + " day; 3 to 8 in Bain's data)%s.%n",
                        num(r.simulated()),
                        r.withinTolerance() ? "" : ": OUTSIDE that range, question the KPIs or the model"));
        if (missed > 0) {
            o.printf(
                    Locale.ROOT,
                    "%d KPI%s not reproduced within tolerance: the simulated value is the closest the model reached with"
                            + " the parameters it fits (docs/calibration.md says what limits each).%n",
                    missed,
                    missed == 1 ? "" : "s");
        }
        o.println("Fitted: "
                + String.join(
                        ", ",
                        c.fitted().entrySet().stream()
                                .map(e -> e.getKey() + " = " + Params.format(round(e.getValue())))
                                .toList()));
        var e = c.ensemble();
        if (e.sets().size() + e.rejected() > 0) {
            o.printf(
                    Locale.ROOT,
                    "Ensemble: %d of %d parameter sets reproduce every KPI within tolerance, the parameters the KPIs"
                            + " cannot pin down drawn over their plausible ranges (docs/calibration.md).%n",
                    e.sets().size(),
                    e.sets().size() + e.rejected());
        }
        o.printf(
                Locale.ROOT,
                "%nWritten: %s (a scenario for every command), %s and %s (%d runs, %.0f s).%n",
                dir.resolve(CALIBRATED),
                dir.resolve(FIT),
                dir.resolve(ENSEMBLE),
                c.simulations(),
                seconds);
        o.printf(
                Locale.ROOT,
                "Next: ./cjsim run %s; a strategy of your own starts with extends: %s (docs/calibration.md).%n",
                dir.resolve(CALIBRATED),
                dir.resolve(CALIBRATED).toAbsolutePath());
        o.flush();
    }

    /** The last column of the table: whether the row is within tolerance, and what kind of row it is. */
    private static String within(FitRow r) {
        return switch (r.how()) {
            case "check" -> (r.withinTolerance() ? "yes" : "NO") + " (Bain: 3-8)";
            case "assumed" -> (r.withinTolerance() ? "yes" : "NO") + " (assumed)";
            case "set" -> r.withinTolerance() ? "yes" : "NO";
            default -> r.withinTolerance() ? "yes" : "NO (closest reached)";
        };
    }

    private static double round(double v) {
        return Double.parseDouble(FileNumbers.significant(v, 4));
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 1000) {
            return whole(v);
        }
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }
}

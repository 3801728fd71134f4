package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cjsim.benchmark.Benchmark;
import org.cjsim.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cjsim bench}: the performance benchmark. */
@Command(
        name = "bench",
        header = "The performance benchmark: speed and memory of the model at several market sizes.",
        sortOptions = false,
        description = {
            "Times a year of the baseline at each market size in a fresh JVM with a heap limit (person-days per"
                    + " second, peak and live heap), against a bare loop doing one random draw and one update per"
                    + " person-day, and the speed-up of replications from one thread to two. Takes a few minutes;"
                    + " run it on an otherwise idle machine.",
            ""
        })
final class BenchCommand implements Callable<Integer>, Verbose {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--sizes",
            split = ",",
            paramLabel = "N,N,...",
            defaultValue = "10000,100000,1000000",
            description = "Market sizes to time. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes = new ArrayList<>();

    @Option(
            names = "--days",
            paramLabel = "DAYS",
            defaultValue = "365",
            description = "Days per timed run. Default: ${DEFAULT-VALUE}.")
    int days;

    @Option(
            names = "--heap",
            paramLabel = "SIZE",
            defaultValue = "1g",
            description = "Heap limit of each timed JVM, as for java -Xmx, from 64m to the machine's memory."
                    + " Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(
            names = "--replications",
            paramLabel = "N",
            defaultValue = "8",
            description = "Replications for the thread speed-up (10,000 people, 3 years), 1 to " + MAX_REPLICATIONS
                    + ". Default: ${DEFAULT-VALUE}.")
    int replications;

    @Option(
            names = "--calibration",
            paramLabel = "PROFILE.yaml",
            description = "Also time the calibration of this company profile (e.g. docs/examples/acme.yaml) with"
                    + " cjsim calibrate's defaults, in this JVM, and add it to the report.")
    Path calibration;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE.md",
            description = "Also write the report to this Markdown file.")
    Path out;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    HelpOption help;

    /** The most replications of the thread speed-up: each is a 3-year run of 10,000 people, run twice. */
    static final int MAX_REPLICATIONS = 1000;

    /** The smallest heap of a timed JVM. */
    static final long MIN_HEAP_BYTES = 64L << 20;

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (int n : sizes) {
            if (n < 10 || n > 5_000_000) {
                throw new BadInputException("--sizes must be whole numbers in [10, 5000000], got " + n);
            }
        }
        if (days < 1 || days > 36_500) {
            throw new BadInputException("--days must be a whole number in [1, 36500], got " + days);
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new BadInputException("--replications must be a whole number in [1, " + MAX_REPLICATIONS
                    + "] (each is a 3-year run of 10,000 people, timed twice), got " + replications);
        }
        checkHeap(heap, physicalMemory());
        if (out != null) {
            checkReportFile();
        }
        org.cjsim.scenarios.CompanyProfile profile = null;
        if (calibration != null) {
            try {
                profile = org.cjsim.scenarios.ProfileLoader.load(calibration);
            } catch (org.cjsim.scenarios.ScenarioException e) {
                throw new BadInputException(
                        "--calibration " + calibration + ": "
                                + e.getMessage().lines().findFirst().orElse(""),
                        e);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Benchmark.Report report =
                Benchmark.run(new Benchmark.Settings(List.copyOf(sizes), days, heap, replications), line -> {
                    if (!verbosity.quiet) {
                        err.println(line);
                        err.flush();
                    }
                });
        String report0 = report.toMarkdown(commandLine());
        String calibrated = "";
        if (profile != null) {
            if (!verbosity.quiet) {
                err.println("timing the calibration of " + calibration + "...");
                err.flush();
            }
            long start = System.nanoTime();
            var c = org.cjsim.calibration.Calibrator.calibrate(
                    profile, org.cjsim.calibration.Calibrator.Settings.defaults(), (done, stage) -> {});
            calibrated = "\n" + calibrationLine(calibration, profile, c, (System.nanoTime() - start) / 1e9) + "\n";
        }
        String markdown = report0 + calibrated;
        o.println(markdown);
        if (out != null) {
            AtomicFiles.write(out, stream -> stream.write(markdown.getBytes(StandardCharsets.UTF_8)));
        }
        return ExitCodes.OK;
    }

    /**
     * Refuses a heap limit the timed JVMs could not start with: not a size, below {@link #MIN_HEAP_BYTES}, or
     * above {@code physical} bytes (the machine's memory; 0 if unknown, then not checked).
     */
    static void checkHeap(String heap, long physical) {
        if (!heap.matches("[0-9]{1,15}[kKmMgG]?")) {
            throw new BadInputException("--heap must be a size such as 1g or 768m, got \"" + heap + "\"");
        }
        char unit = Character.toLowerCase(heap.charAt(heap.length() - 1));
        int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : 0;
        String digits = shift == 0 ? heap : heap.substring(0, heap.length() - 1);
        double bytes = Double.parseDouble(digits) * (1L << shift);
        if (bytes < MIN_HEAP_BYTES || (physical > 0 && bytes > physical)) {
            throw new BadInputException(
                    "--heap must be from 64m to this machine's memory (" + (physical >> 20) + "m), got " + heap);
        }
    }

    /** The machine's memory in bytes, or 0 if Java cannot tell. */
    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    /** The report's line on a timed calibration. */
    static String calibrationLine(
            Path file, org.cjsim.scenarios.CompanyProfile p, org.cjsim.calibration.Calibration c, double seconds) {
        long fitted = c.fit().stream().filter(r -> !"check".equals(r.how())).count();
        long within = c.fit().stream()
                .filter(r -> !"check".equals(r.how()) && r.withinTolerance())
                .count();
        var e = c.ensemble();
        return String.format(
                java.util.Locale.ROOT,
                "Calibration of `%s` (%,.0f customers, simulated at 1:%s, %d cores): %d runs in %.0f s; %d of %d KPIs"
                        + " within tolerance; %d of %d ensemble sets kept.",
                file,
                p.customers(),
                org.cjsim.params.Params.format(Math.round(c.scale() * 100) / 100.0),
                Runtime.getRuntime().availableProcessors(),
                c.simulations(),
                seconds,
                within,
                fitted,
                e.sets().size(),
                e.sets().size() + e.rejected());
    }

    /** Refuses a report file that could not be written, before the minutes of timing. */
    private void checkReportFile() {
        if (Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a folder: give the report's file name, e.g. perf.md");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(
                    "--out " + out + ": the folder " + parent + " does not exist (create it first)");
        }
    }

    /** The command as typed: {@code cjsim bench} and its options. */
    private String commandLine() {
        var parsed = spec.commandLine().getParseResult();
        if (parsed == null) {
            return "cjsim bench";
        }
        List<String> args = new ArrayList<>(parsed.originalArgs());
        int at = args.indexOf("bench");
        return "cjsim " + String.join(" ", at < 0 ? args : args.subList(at, args.size()));
    }
}

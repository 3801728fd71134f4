package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cjsim.benchmark.Benchmark;
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
            description = "Heap limit of each timed JVM, as for java -Xmx. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(
            names = "--replications",
            paramLabel = "N",
            defaultValue = "8",
            description = "Replications for the thread speed-up (10,000 people, 3 years). Default: ${DEFAULT-VALUE}.")
    int replications;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE.md",
            description = "Also write the report to this Markdown file.")
    Path out;

    @Mixin
    VerbosityOptions verbosity;

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
        if (replications < 1) {
            throw new BadInputException("--replications must be a whole number of at least 1, got " + replications);
        }
        if (!heap.matches("[0-9]+[kKmMgG]?")) {
            throw new BadInputException("--heap must be a size such as 1g or 768m, got \"" + heap + "\"");
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
        String markdown = report.toMarkdown(commandLine());
        o.println(markdown);
        if (out != null) {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
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

package org.cjsim.benchmark;

import ec.util.MersenneTwisterFast;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cjsim.Version;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * The performance benchmark: person-days per second and peak heap of the baseline at several market sizes
 * (each in a fresh JVM with a heap limit, so that "fits in 1 GB" is measured, not assumed), the time of a
 * bare loop doing one MersenneTwisterFast draw and one update per person-day over a {@code double[]} as the
 * yardstick, and the speed-up of replications from one thread to two. Not a test: run it on an otherwise
 * idle machine ({@code cjsim bench}).
 */
public final class Benchmark {

    /**
     * What to measure.
     *
     * @param sizes market sizes to time
     * @param days simulated days per timed run
     * @param heap the child JVMs' heap limit, e.g. {@code 1g}
     * @param speedupReplications replications for the thread speed-up (10,000 people, 3 years each)
     */
    public record Settings(List<Integer> sizes, int days, String heap, int speedupReplications) {
        public static Settings defaults() {
            return new Settings(List.of(10_000, 100_000, 1_000_000), 365, "1g", 8);
        }
    }

    /**
     * One market size.
     *
     * @param people market size
     * @param days simulated days
     * @param setupSeconds building the network and the population
     * @param runSeconds simulating the days
     * @param bareLoopSeconds the bare loop over the same person-days
     * @param peakHeapMb largest heap used, garbage included (the sum of the heap pools' peaks)
     * @param liveHeapMb heap in use after a full collection at the end of the run (the model's footprint)
     */
    public record SizeResult(
            int people,
            int days,
            double setupSeconds,
            double runSeconds,
            double bareLoopSeconds,
            double peakHeapMb,
            double liveHeapMb) {

        public double personDaysPerSecond() {
            return (double) people * days / runSeconds;
        }

        /** The model's time as a multiple of the bare loop's. */
        public double multipleOfBareLoop() {
            return runSeconds / bareLoopSeconds;
        }
    }

    /**
     * The thread speed-up.
     *
     * @param replications replications run with each thread count
     * @param oneThreadSeconds wall time with one thread
     * @param twoThreadSeconds wall time with two threads
     * @param identical whether the two runs gave bit-identical summaries
     */
    public record Speedup(int replications, double oneThreadSeconds, double twoThreadSeconds, boolean identical) {
        public double factor() {
            return oneThreadSeconds / twoThreadSeconds;
        }
    }

    /** Everything measured, with the machine it ran on. */
    public record Report(List<SizeResult> sizes, Speedup speedup, String heap, String machine) {

        /** The report as Markdown, with the command that produced it. */
        public String toMarkdown(String command) {
            StringBuilder b = new StringBuilder();
            b.append("Measured with `")
                    .append(command)
                    .append("` (cjsim ")
                    .append(Version.get())
                    .append(") on ")
                    .append(machine)
                    .append(".\n\n");
            b.append("| people | days | setup (s) | run (s) | person-days/s | bare loop (s) | run / bare loop"
                    + " | peak heap (MB) | live heap (MB) |\n");
            b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (SizeResult s : sizes) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %,d | %d | %.2f | %.2f | %.3g | %.2f | %.1fx | %.0f | %.0f |%n",
                        s.people(),
                        s.days(),
                        s.setupSeconds(),
                        s.runSeconds(),
                        s.personDaysPerSecond(),
                        s.bareLoopSeconds(),
                        s.multipleOfBareLoop(),
                        s.peakHeapMb(),
                        s.liveHeapMb()));
            }
            b.append(String.format(
                    Locale.ROOT,
                    "%nEach size ran in a fresh JVM with `-Xmx%s`. Thread speed-up: %d replications of the baseline"
                            + " (10,000 people, 3 years) took %.2f s on one thread and %.2f s on two: %.2fx;"
                            + " results %s.%n",
                    heap,
                    speedup.replications(),
                    speedup.oneThreadSeconds(),
                    speedup.twoThreadSeconds(),
                    speedup.factor(),
                    speedup.identical() ? "bit-identical" : "DIFFERENT"));
            return b.toString();
        }
    }

    private Benchmark() {}

    /** Runs the benchmark with the default settings and prints the report as Markdown. */
    public static void report(PrintStream out) throws IOException, InterruptedException {
        Report r = run(Settings.defaults(), line -> out.println(line));
        out.println();
        out.print(r.toMarkdown("cjsim bench"));
    }

    /** Runs every measurement, reporting progress lines to {@code log}. */
    public static Report run(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
        List<SizeResult> sizes = new ArrayList<>();
        for (int n : settings.sizes()) {
            log.accept(String.format(
                    Locale.ROOT,
                    "timing %,d people for %d days in a JVM with -Xmx%s ...",
                    n,
                    settings.days(),
                    settings.heap()));
            SizeResult r = child(n, settings.days(), settings.heap());
            log.accept(String.format(
                    Locale.ROOT,
                    "  %.2f s (%.3g person-days/s, %.1fx the bare loop), peak heap %.0f MB",
                    r.runSeconds(),
                    r.personDaysPerSecond(),
                    r.multipleOfBareLoop(),
                    r.peakHeapMb()));
            sizes.add(r);
        }
        log.accept("timing the thread speed-up ...");
        Speedup speedup = speedup(settings.speedupReplications());
        log.accept(String.format(Locale.ROOT, "  %.2fx with two threads", speedup.factor()));
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
        return new Report(List.copyOf(sizes), speedup, settings.heap(), machine);
    }

    /** Replications per second with one and with two threads, on the same replications. */
    static Speedup speedup(int replications) {
        ScenarioParams s = ScenarioParams.defaults();
        ExperimentSettings base = new ExperimentSettings(replications, 7, 1, false);
        Experiment.run(List.of(s), base.withReplications(2), ExperimentListener.NONE);
        long t0 = System.nanoTime();
        ExperimentResult one = Experiment.run(List.of(s), base, ExperimentListener.NONE);
        long t1 = System.nanoTime();
        ExperimentResult two = Experiment.run(List.of(s), base.withThreads(2), ExperimentListener.NONE);
        long t2 = System.nanoTime();
        boolean identical = true;
        for (int k = 0; k < replications; k++) {
            identical &= Arrays.equals(
                    one.scenarios().get(0).replications().get(k).run().summary(),
                    two.scenarios().get(0).replications().get(k).run().summary());
        }
        return new Speedup(replications, (t1 - t0) / 1e9, (t2 - t1) / 1e9, identical);
    }

    static SizeResult child(int people, int days, String heap) throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(
                java.toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                Benchmark.class.getName(),
                Integer.toString(people),
                Integer.toString(days));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String last = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                all.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    last = line;
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || last == null) {
            throw new IOException("the benchmark of " + people + " people failed (exit " + exit + "):\n" + all);
        }
        String[] f = last.split(" ");
        return new SizeResult(
                people,
                days,
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]));
    }

    /**
     * The child JVM: times one market size and prints {@code RESULT setup run bare peakMb liveMb}. The model
     * runs twice (the first run warms up the JIT); the second is reported.
     */
    public static void main(String[] args) {
        int people = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        ScenarioParams s =
                Params.with(ScenarioParams.defaults(), Map.of("market.population", people, "horizon.days", days));
        double bare = Double.NaN;
        double setup = Double.NaN;
        double run = Double.NaN;
        for (int pass = 0; pass < 2; pass++) {
            bare = bareLoop(people, days);
            resetPeaks();
            CustomerJourneyModel model = new CustomerJourneyModel(s, 42);
            long t0 = System.nanoTime();
            model.start();
            long t1 = System.nanoTime();
            while (!model.isDone() && model.schedule.step(model)) {
                // run the horizon
            }
            long t2 = System.nanoTime();
            model.finish();
            setup = (t1 - t0) / 1e9;
            run = (t2 - t1) / 1e9;
            if (pass == 1) {
                double peak = peakHeapMb();
                System.gc();
                double live = (Runtime.getRuntime().totalMemory()
                                - Runtime.getRuntime().freeMemory())
                        / 1048576.0;
                // The model must still be reachable when the live heap is read, or the collector frees it.
                java.lang.ref.Reference.reachabilityFence(model);
                PrintStream out = System.out;
                out.printf(Locale.ROOT, "RESULT %.4f %.4f %.4f %.1f %.1f%n", setup, run, bare, peak, live);
            }
        }
    }

    /**
     * The yardstick: one MersenneTwisterFast draw and one update per person-day over a {@code double[]}, in
     * seconds.
     */
    static double bareLoop(int people, int days) {
        double[] x = new double[people];
        MersenneTwisterFast rng = new MersenneTwisterFast(1);
        long t0 = System.nanoTime();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < people; i++) {
                x[i] += rng.nextDouble();
            }
        }
        long t1 = System.nanoTime();
        if (x[people / 2] < 0) {
            System.out.println("unreachable");
        }
        return (t1 - t0) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}

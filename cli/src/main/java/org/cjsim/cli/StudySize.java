package org.cjsim.cli;

import java.util.List;
import java.util.Locale;
import org.cjsim.experiment.DailyStatistics;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.output.Plan;
import org.cjsim.output.ResultsWriter;
import org.cjsim.params.ScenarioParams;

/**
 * How large a study is, checked before it starts so that a study that cannot finish is refused at once
 * rather than failing with an OutOfMemoryError after minutes or hours.
 *
 * <p>The memory estimate counts what {@link org.cjsim.experiment.Experiment} keeps until the study ends: every
 * run's summary and, when the study keeps them, the daily series ({@code days x DailyMetric values} floats) of
 * each scenario's first {@link DailyStatistics#KEPT_REPLICATIONS} replications, the running statistics of the
 * others (four series of three numbers per daily metric and day, {@link org.cjsim.experiment.Gatherer}) and
 * every scenario's day-by-day statistics (five doubles per daily metric and day, computed when the files are
 * written); the daily series of finished runs waiting to be gathered or written; and the markets
 * of the runs in progress, one per thread (about {@link #BYTES_PER_PERSON} bytes a person, the live heap of
 * docs/performance.md). It is a lower bound: a study estimated above the heap cannot fit.
 */
final class StudySize {
    private StudySize() {}

    /**
     * Most runs (scenarios x replications) of one study. Every run writes a replication file and takes from
     * a fraction of a second to minutes; a larger study is better split into several (and a confidence
     * interval narrows only with the square root of the replications).
     */
    static final long MAX_RUNS = 100_000;

    /** Live heap of a market in progress per person (docs/performance.md: 152 MB for a million people). */
    static final long BYTES_PER_PERSON = 150;

    /** What a finished run keeps besides its daily series: summary, ladder, stream seeds, object headers. */
    static final long BYTES_PER_RUN = 3_000 + SummaryMetric.values().length * 8L;

    /** The runs of {@code plan}: scenarios x replications. */
    static long runs(Plan plan) {
        return (long) plan.scenarios().size() * plan.settings().replications();
    }

    /** The longest horizon of {@code plan}'s scenarios, in days. */
    private static int longestHorizon(Plan plan) {
        return plan.scenarios().stream().mapToInt(s -> s.horizon().days()).max().orElse(0);
    }

    /** The least memory {@code plan} needs, in bytes (see the class comment). */
    static double bytes(Plan plan) {
        int metrics = DailyMetric.values().length;
        int replications = plan.settings().replications();
        boolean daily = plan.settings().keepDaily();
        double bytes = 0;
        long largestMarket = 0;
        for (ScenarioParams s : plan.scenarios()) {
            double days = daily ? s.horizon().days() : 0;
            int kept = Math.min(replications, DailyStatistics.KEPT_REPLICATIONS);
            bytes += (double) replications * (metrics * 16.0 + BYTES_PER_RUN);
            bytes += (double) kept * days * metrics * Float.BYTES;
            bytes += replications > kept ? days * metrics * 4 * 20.0 : 0;
            bytes += days * metrics * 5 * Double.BYTES;
            largestMarket = Math.max(largestMarket, s.market().population());
        }
        long inFlight = Math.min(plan.settings().threads(), runs(plan));
        // finished runs whose daily series wait to be gathered or written: the experiment's window, the writer's
        // queue, and one per thread waiting for the queue
        double waiting = daily
                ? (4.0 * plan.settings().threads()
                                + plan.scenarios().size()
                                + ResultsWriter.QUEUED
                                + plan.settings().threads())
                        * longestHorizon(plan)
                        * metrics
                        * Float.BYTES
                : 0;
        return bytes + waiting + (double) inFlight * largestMarket * BYTES_PER_PERSON;
    }

    /**
     * Refuses {@code plan} if it has more than {@link #MAX_RUNS} runs or needs more than {@code maxMemory}
     * bytes, with a message saying the limit, why, and what to do.
     */
    static void check(Plan plan, long maxMemory) {
        checkRuns(plan);
        double needed = bytes(plan);
        if (needed > maxMemory) {
            throw new BadInputException(
                    List.of(
                            "this study needs at least " + bytes(needed) + " of memory for " + what(plan)
                                    + (plan.settings().keepDaily() ? " with their daily series" : "")
                                    + ", more than the " + bytes(maxMemory) + " Java was given;",
                            "give Java more (e.g. CJSIM_JAVA_OPTS=-Xmx" + gigabytes(needed * 1.5) + "g), or split the"
                                    + " study: fewer replications, scenarios or points, or fewer --days"
                                    + (plan.settings().keepDaily() && plan.study() instanceof org.cjsim.experiment.Sweep
                                            ? " (or leave out --daily)"
                                            : "")
                                    + "; or plan it"
                                    + " (cjsim plan), run its shards where they fit (cjsim run-shard) and merge it"
                                    + " where this memory is"),
                    null);
        }
    }

    /** Nanoseconds of one core per person and simulated day, with room (docs/performance.md measures ~25). */
    static final double NANOS_PER_PERSON_DAY = 100;

    /** Memory of a Java process that runs nothing yet: classes, the JIT, buffers. */
    static final long BASE_BYTES = 64L << 20;

    /** The memory one run in progress needs at most: the largest market of the plan, and its daily series. */
    static double runBytes(Plan plan) {
        double most = 0;
        for (ScenarioParams s : plan.scenarios()) {
            double daily = (double) s.horizon().days() * DailyMetric.values().length * Float.BYTES;
            most = Math.max(most, s.market().population() * (double) BYTES_PER_PERSON + daily + BYTES_PER_RUN);
        }
        return most;
    }

    /** Seconds of one core one run takes at most (the largest scenario), by {@link #NANOS_PER_PERSON_DAY}. */
    static double runSeconds(Plan plan) {
        double most = 0;
        for (ScenarioParams s : plan.scenarios()) {
            most = Math.max(most, s.market().population() * (double) s.horizon().days() * NANOS_PER_PERSON_DAY / 1e9);
        }
        return most;
    }

    /**
     * The memory a shard needs: a shard keeps nothing of a finished run, so only its runs in flight count,
     * one per thread, besides the process itself.
     */
    static double shardBytes(Plan plan, int threads) {
        return BASE_BYTES + threads * runBytes(plan);
    }

    /**
     * Refuses a shard of {@code plan} on {@code threads} threads that needs more than {@code maxMemory} bytes,
     * saying how much it needs and what to do.
     */
    static void checkShard(Plan plan, int threads, long maxMemory) {
        double needed = shardBytes(plan, threads);
        if (needed > maxMemory) {
            throw new BadInputException(
                    List.of(
                            "this shard needs at least " + bytes(needed) + " of memory for " + threads
                                    + (threads == 1 ? " run" : " runs at once (one per thread)") + " of up to "
                                    + UnitFormat.count(largestMarket(plan)) + " people, more than the "
                                    + bytes(maxMemory) + " Java was given;",
                            "give Java more (e.g. CJSIM_JAVA_OPTS=-Xmx" + gigabytes(needed * 1.5)
                                    + "g, and as much to the task), or run fewer at once with --threads"),
                    null);
        }
    }

    private static long largestMarket(Plan plan) {
        return plan.scenarios().stream()
                .mapToLong(s -> s.market().population())
                .max()
                .orElse(0);
    }

    private static String what(Plan plan) {
        long runs = runs(plan);
        int scenarios = plan.scenarios().size();
        int replications = plan.settings().replications();
        return UnitFormat.count(runs) + " runs (" + UnitFormat.count(scenarios)
                + (scenarios == 1 ? " scenario" : " scenarios") + " x " + UnitFormat.count(replications)
                + (replications == 1 ? " replication)" : " replications)");
    }

    /** Refuses {@code plan} if it has more than {@link #MAX_RUNS} runs, saying why and what to do. */
    static void checkRuns(Plan plan) {
        long runs = runs(plan);
        String what = what(plan);
        if (runs > MAX_RUNS) {
            throw new BadInputException(
                    List.of(
                            "this study has " + what + ", more than the " + UnitFormat.count(MAX_RUNS)
                                    + " one study may run (each run writes a file and keeps its results in memory);",
                            "split it into smaller studies, or run fewer replications, scenarios or points"),
                    null);
        }
    }

    /** A number of bytes in words: {@code 512 MB}, {@code 5.9 GB}. */
    static String bytes(double bytes) {
        double mb = bytes / (1024 * 1024);
        if (mb < 1000) {
            return String.format(Locale.ROOT, "%.0f MB", Math.ceil(mb));
        }
        double gb = mb / 1024;
        return gb < 1000 ? String.format(Locale.ROOT, "%.1f GB", gb) : UnitFormat.count(gb) + " GB";
    }

    /** A whole number of gigabytes, at least 1, for -Xmx. */
    static long gigabytes(double bytes) {
        return Math.max(1, (long) Math.ceil(bytes / (1024.0 * 1024 * 1024)));
    }
}

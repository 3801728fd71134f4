package org.cjsim.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.Shards;

/**
 * What {@code slurm-script} and {@code k8s-job} share: the plan of a folder, how many shards, and what each
 * shard needs (the rule documented in their help).
 *
 * <ul>
 *   <li>Memory per task: {@link StudySize#shardBytes} (the process, and the largest market and daily series of
 *       the plan for each run in flight) as the heap ({@code -Xmx}), and half as much again for Java's own
 *       memory outside the heap, rounded up to 64 MB.
 *   <li>Time per task: the runs of the largest shard x {@link StudySize#runSeconds} (population x days x
 *       {@link StudySize#NANOS_PER_PERSON_DAY} ns, four times the measured speed) / CPUs, doubled, plus 10
 *       minutes for the JVM's start and the files.
 *   <li>Default number of shards: enough that a shard takes about 10 minutes of one core, at least 1, at most
 *       {@link #MAX_DEFAULT_SHARDS} and at most one per run.
 * </ul>
 */
final class ShardJobs {
    private ShardJobs() {}

    static final int MAX_DEFAULT_SHARDS = 1000;

    /** The plan of a planned folder, or a bad-input error. */
    static Plan plan(Path folder) {
        try {
            return Manifest.read(folder).plan();
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** {@code given}, checked, or the default number of shards of {@code plan}. */
    static int shards(Plan plan, Integer given) {
        int runs = Shards.runs(plan).size();
        if (given != null) {
            if (given < 1 || given > runs) {
                throw new BadInputException("--shards must be a whole number in [1, " + runs + "] (the plan has " + runs
                        + (runs == 1 ? " run" : " runs") + "), got " + given);
            }
            return given;
        }
        double cpuSeconds = runs * StudySize.runSeconds(plan);
        long n = (long) Math.ceil(cpuSeconds / 600);
        return (int) Math.max(1, Math.min(Math.min(n, MAX_DEFAULT_SHARDS), runs));
    }

    /** Runs of the largest shard. */
    static int runsPerShard(Plan plan, int shards) {
        return Shards.runsOfShard(plan, 0, shards).size();
    }

    /** The heap of a task, in MB. */
    static long heapMegabytes(Plan plan, int cpus) {
        return roundUp(StudySize.shardBytes(plan, cpus) / (1 << 20));
    }

    /** The memory of a task, in MB: the heap and half as much again. */
    static long memoryMegabytes(Plan plan, int cpus) {
        return roundUp(heapMegabytes(plan, cpus) * 1.5);
    }

    private static long roundUp(double megabytes) {
        return (long) Math.ceil(megabytes / 64) * 64;
    }

    /** The seconds a task is given. */
    static long seconds(Plan plan, int shards, int cpus) {
        double work = runsPerShard(plan, shards) * StudySize.runSeconds(plan);
        return (long) Math.ceil(2 * work / cpus) + 600;
    }

    /** Slurm's time: {@code MM:SS} is avoided; {@code HH:MM:SS} or {@code D-HH:MM:SS}. */
    static String slurmTime(long seconds) {
        long d = seconds / 86_400;
        long h = seconds % 86_400 / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return d > 0
                ? String.format(Locale.ROOT, "%d-%02d:%02d:%02d", d, h, m, s)
                : String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
    }

    /** The jar this process runs from, or null (run from classes, e.g. in tests). */
    static Path jar() {
        try {
            Path p = Path.of(Cli.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return p.getFileName() != null && p.getFileName().toString().endsWith(".jar") ? p.toAbsolutePath() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The java command of this process, or {@code java}. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** {@code text} quoted for a POSIX shell when it needs it. */
    static String shell(String text) {
        return text.matches("[A-Za-z0-9_@%+=:,./-]+") ? text : "'" + text.replace("'", "'\"'\"'") + "'";
    }
}

package org.cjsim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.cjsim.cli.ExitCodes;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.Shards;
import org.cjsim.output.StudyFolder;

/**
 * Runs a planned study ({@code cjsim plan ... --out DIR}) as an Apache Spark job, then merges it: the entry
 * point given to {@code spark-submit} (docs/spark.md).
 *
 * <p>The driver reads the plan, splits its runs into {@code N} shards ({@link Shards#runsOfShard}) and makes
 * one Spark task of each; a task runs its shard's runs that are not done yet ({@link Shards#runShard}) and
 * writes their replication files into the folder. When every task has finished, the driver merges the folder
 * ({@link Shards#merge}), which writes exactly the files a local run of the same study writes. The folder
 * must therefore be one that the driver and every executor see at the same path: a shared file system such as
 * NFS or a mounted bucket.
 *
 * <p>A task that fails is tried again by Spark ({@code spark.task.maxFailures}): running a shard is
 * idempotent, the runs already written are kept. A job that fails for good leaves the finished runs in the
 * folder; submitting it again runs only the others.
 *
 * <p>Exit codes are those of {@code cjsim}: 0 success, 1 failure while running, 2 bad input, with one line
 * on standard error and no stack trace.
 */
public final class SparkStudy {

    /** The name this program gives itself in messages. */
    static final String NAME = "cjsim-spark";

    /** Default shards per core Spark offers (its default parallelism): room for Spark to balance the load. */
    static final int SHARDS_PER_CORE = 4;

    static final String USAGE = String.join(
            "\n",
            "Usage: spark-submit --class " + SparkStudy.class.getName() + " [SPARK OPTIONS] cjsim-spark.jar DIR"
                    + " [--shards N]",
            "Runs the study planned in DIR (cjsim plan ... --out DIR) as a Spark job and merges its results.",
            "  DIR          the planned results folder, on a file system the driver and every executor see",
            "  --shards N   Spark tasks to split the runs into, in [1, runs] (default: " + SHARDS_PER_CORE
                    + " per core of the cluster's default parallelism, at most one per run)");

    private SparkStudy() {}

    /**
     * Runs the study planned in {@code args[0]} on the Spark cluster that {@code spark-submit} gives, and exits
     * with a non-zero code if it fails.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, new SparkConf(), out, err);
        out.flush();
        err.flush();
        // On success, returning normally lets spark-submit (or, in cluster mode, the cluster manager) end the
        // application as it ends any other.
        if (code != ExitCodes.OK) {
            System.exit(code);
        }
    }

    /**
     * Runs the study planned in the folder named by {@code args} with Spark configured by {@code conf} (its
     * master, application name and any {@code spark.*} setting), printing a one-line summary to {@code out} or
     * one line saying what went wrong to {@code err}.
     *
     * @return the exit code: {@link ExitCodes#OK}, {@link ExitCodes#FAILURE} or {@link ExitCodes#BAD_INPUT}
     */
    static int run(String[] args, SparkConf conf, PrintWriter out, PrintWriter err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println("See " + NAME + " --help");
            return ExitCodes.BAD_INPUT;
        }
        if (arguments.help()) {
            out.println(USAGE);
            return ExitCodes.OK;
        }
        Path dir = arguments.dir().toAbsolutePath().normalize();
        Plan plan;
        try {
            plan = Manifest.read(dir).plan();
        } catch (IOException e) {
            boolean none = !Files.exists(dir.resolve(ResultsFolder.MANIFEST));
            err.println(NAME + ": " + oneLine(e.getMessage())
                    + (none ? " (make one with cjsim plan STUDY ... --out DIR)" : ""));
            return ExitCodes.BAD_INPUT;
        }
        int runs = Shards.runs(plan).size();
        if (arguments.shards() != null && arguments.shards() > runs) {
            err.println(NAME + ": --shards must be a whole number in [1, " + runs + "] (the plan has " + runs
                    + " runs), got " + arguments.shards());
            return ExitCodes.BAD_INPUT;
        }
        if (!conf.contains("spark.master")) {
            err.println(NAME + ": no Spark master: run it with spark-submit --master URL, or give"
                    + " -Dspark.master=local[*] to run it on this machine");
            return ExitCodes.BAD_INPUT;
        }
        conf.setIfMissing("spark.app.name", "cjsim " + dir.getFileName());
        long start = System.nanoTime();
        JavaSparkContext spark = null;
        try {
            spark = new JavaSparkContext(conf);
            int shards =
                    arguments.shards() != null ? arguments.shards() : defaultShards(runs, spark.defaultParallelism());
            int threads = conf.getInt("spark.task.cpus", 1);
            List<Integer> counts = spark.parallelize(
                            IntStream.range(0, shards).boxed().toList(), shards)
                    .map(new ShardTask(dir.toString(), shards, threads))
                    .collect();
            int ran = counts.stream().mapToInt(Integer::intValue).sum();
            Shards.merge(dir);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(String.format(
                    Locale.ROOT,
                    "%s: ran %s of %s runs in %s shards on %s and merged them into %s (%s scenarios x %s"
                            + " replications) in %.1f s",
                    NAME,
                    org.cjsim.format.UnitFormat.count(ran),
                    org.cjsim.format.UnitFormat.count(runs),
                    org.cjsim.format.UnitFormat.count(shards),
                    spark.master(),
                    dir,
                    org.cjsim.format.UnitFormat.count(plan.scenarios().size()),
                    org.cjsim.format.UnitFormat.count(plan.settings().replications()),
                    seconds));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(NAME + ": could not merge " + dir + ": " + oneLine(StudyFolder.reason(e)));
            return ExitCodes.FAILURE;
        } catch (Exception e) {
            err.println(NAME + ": " + failure(e));
            return ExitCodes.FAILURE;
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
    }

    /**
     * The shards of a study of {@code runs} runs on a cluster offering {@code parallelism} cores: {@link
     * #SHARDS_PER_CORE} per core, so that a shard of slow runs does not hold up the job, but no more than the
     * runs.
     */
    static int defaultShards(int runs, int parallelism) {
        long shards = (long) SHARDS_PER_CORE * Math.max(1, parallelism);
        return (int) Math.max(1, Math.min(runs, shards));
    }

    /**
     * A failure of the job in one line: the message of the first cause that says what went wrong in a task
     * (Spark's own message carries the task's stack trace), or the first line of Spark's.
     */
    static String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ShardFailure) {
                return t.getMessage() + "; the finished runs are kept: submit the job again to run the others";
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** {@code text} with its lines joined by spaces. */
    static String oneLine(String text) {
        return String.join(" ", text.strip().lines().map(String::strip).toList());
    }

    /** Runs one shard of the study in an executor: the function Spark sends to each task. */
    record ShardTask(String dir, int shards, int threads) implements Function<Integer, Integer>, Serializable {
        @Override
        public Integer call(Integer shard) {
            try {
                return Shards.runShard(Path.of(dir), shard, shards, threads, ExperimentListener.NONE);
            } catch (IOException e) {
                throw new ShardFailure(failed(shard) + oneLine(StudyFolder.reason(e)));
            } catch (RuntimeException e) {
                throw new ShardFailure(failed(shard) + oneLine(String.valueOf(e.getMessage())));
            }
        }

        /** The start of the message of a failed shard, naming the machine (a folder not mounted there...). */
        private String failed(int shard) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "an executor";
            }
            return "shard " + shard + " of " + shards + " failed on " + host + ": ";
        }
    }

    /** A shard that failed, in words; Spark sends it back to the driver. */
    static final class ShardFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShardFailure(String message) {
            super(message);
        }
    }

    /** The arguments: the planned folder, the shards if given, or a request for help. */
    record Arguments(Path dir, Integer shards, boolean help) {
        static Arguments parse(String[] args) {
            List<String> folders = new java.util.ArrayList<>();
            Integer shards = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    return new Arguments(null, null, true);
                } else if (a.equals("--shards") || a.startsWith("--shards=")) {
                    String value;
                    if (a.equals("--shards")) {
                        if (i + 1 == args.length) {
                            throw new IllegalArgumentException("--shards needs a value: a whole number of tasks");
                        }
                        value = args[++i];
                    } else {
                        value = a.substring("--shards=".length());
                    }
                    shards = shards(value);
                } else if (a.startsWith("-")) {
                    throw new IllegalArgumentException(
                            "unknown option " + a + " (the options are --shards N and" + " --help)");
                } else {
                    folders.add(a);
                }
            }
            if (folders.isEmpty()) {
                throw new IllegalArgumentException("give the planned results folder, e.g. " + NAME
                        + " DIR (make it with cjsim plan ... --out DIR)");
            }
            if (folders.size() > 1) {
                throw new IllegalArgumentException("give one results folder, got " + folders.size() + ": "
                        + folders.stream().collect(Collectors.joining(" ")));
            }
            return new Arguments(Path.of(folders.get(0)), shards, false);
        }

        private static int shards(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "--shards must be a whole number of at least 1, got \"" + value + "\"");
            }
            if (n < 1) {
                throw new IllegalArgumentException("--shards must be a whole number of at least 1, got " + n);
            }
            return n;
        }
    }
}

package org.cjsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.cjsim.cli.Cli;
import org.cjsim.cli.ExitCodes;
import org.cjsim.output.Manifest;
import org.cjsim.output.ResultCharts;
import org.cjsim.output.ResultsFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SparkStudy} in Spark's local mode: Surefire gives {@code spark.master=local[2]}, {@code
 * spark.ui.enabled=false} and {@code SPARK_LOCAL_IP=127.0.0.1} (see this module's pom).
 */
class SparkStudyTest {

    /** A sweep of 2 levers over 3 x 2 points, 3 replications each: 18 runs of a small market. */
    private static final List<String> SWEEP = List.of(
            "sweep",
            "baseline",
            "--vary",
            "strategy.latitude=0:1:0.5",
            "--vary",
            "strategy.honesty=0:1:1",
            "--replications",
            "3",
            "--days",
            "20",
            "--set",
            "market.population=200",
            "--quiet");

    private static final int RUNS = 18;

    /** The sweep run locally by the normal command: the files the Spark job must reproduce. */
    @TempDir
    static Path localRun;

    @TempDir
    Path tmp;

    @BeforeAll
    static void runTheSweepLocally() {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", localRun.toString()));
        Output run = cjsim(args);
        assertEquals(ExitCodes.OK, run.code(), run.err());
    }

    @Test
    void aSweepRunOnSparkInShardsWritesTheSameFilesAsTheLocalRun() throws IOException {
        Path planned = plan("planned");
        long start = System.nanoTime();
        Output spark = spark(planned.toString(), "--shards", "4");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ExitCodes.OK, spark.code(), spark.err());
        assertTrue(
                spark.out()
                        .startsWith("cjsim-spark: ran 18 of 18 runs in 4 shards on local[2] and merged them" + " into "
                                + planned + " (6 scenarios x 3 replications)"),
                spark.out());
        System.out.printf("SparkStudy: planned sweep of %d runs on local[2] in %.1f s%n", RUNS, seconds);

        Map<String, byte[]> expected = csvFiles(localRun);
        assertTrue(
                expected.keySet().containsAll(List.of("summary.csv", "sweep.csv", "summary-stats.csv")),
                "" + expected.keySet());
        Map<String, byte[]> actual = csvFiles(planned);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
        assertEquals(Manifest.FINISHED, Manifest.read(planned).status());
    }

    @Test
    void aShardThatFailsEndsTheJobInOneLineAndSubmittingAgainRunsOnlyTheMissingRuns() throws IOException {
        Path planned = plan("planned");
        // The last scenario's folder of replication files is blocked by a file: its runs (15, 16 and 17) fail.
        Path replications = planned.resolve(ResultsFolder.REPLICATIONS);
        Files.createDirectories(replications);
        String last = Manifest.read(planned).plan().slugs().values().stream()
                .reduce((a, b) -> b)
                .orElseThrow();
        Path blocked = replications.resolve(last);
        Files.writeString(blocked, "in the way");

        Output failed = spark(planned.toString(), "--shards", "18");
        assertEquals(ExitCodes.FAILURE, failed.code(), failed.err());
        assertEquals(1, failed.err().lines().count(), failed.err());
        String line = failed.err().strip();
        assertTrue(line.matches("cjsim-spark: shard 1[5-7] of 18 failed on [^ ]+: .*"), line);
        assertTrue(
                line.endsWith(blocked + " is in the way (a file where a folder should be); the finished runs are kept:"
                        + " submit the job again to run the others"),
                line);
        int kept = replicationFiles(planned);
        assertTrue(kept > 0 && kept < RUNS, "runs kept after the failure: " + kept);

        Files.delete(blocked);
        Output again = spark(planned.toString(), "--shards", "18");
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(
                again.out().startsWith("cjsim-spark: ran " + (RUNS - kept) + " of 18 runs in 18 shards"), again.out());
        assertEquals(RUNS, replicationFiles(planned));
    }

    @Test
    void badArgumentsAreRefusedInOneLineWithExitCode2() throws IOException {
        Path planned = plan("planned");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        String dir = planned.toString();
        bad("give the planned results folder, e.g. cjsim-spark DIR (make it with cjsim plan ... --out DIR)");
        bad("give one results folder, got 2: " + dir + " " + empty, dir, empty.toString());
        bad("unknown option --shard (the options are --shards N and --help)", dir, "--shard", "3");
        bad("--shards needs a value: a whole number of tasks", dir, "--shards");
        bad("--shards must be a whole number of at least 1, got \"three\"", dir, "--shards", "three");
        bad("--shards must be a whole number of at least 1, got 0", dir, "--shards=0");
        bad("--shards must be a whole number in [1, 18] (the plan has 18 runs), got 19", dir, "--shards", "19");
        bad(
                empty
                        + " is not a cjsim results folder: it has no manifest.json (make one with cjsim plan STUDY ... --out"
                        + " DIR)",
                empty.toString());
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("manifest.json"), "{");
        Output r = spark(broken.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(
                r.err().startsWith("cjsim-spark: " + broken.resolve("manifest.json") + " is not valid JSON: "),
                r.err());
        assertTrue(!r.err().contains("cjsim plan"), r.err());
    }

    @Test
    void withoutASparkMasterItSaysHowToGiveOne() throws IOException {
        Path planned = plan("planned");
        Output r = run(new SparkConf(false), planned.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(
                "cjsim-spark: no Spark master: run it with spark-submit --master URL, or give -Dspark.master=local[*]"
                        + " to run it on this machine\n",
                r.err());
    }

    @Test
    void helpShowsTheUsage() {
        Output r = run(new SparkConf(false), "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("Usage: spark-submit --class org.cjsim.spark.SparkStudy"), r.out());
    }

    @Test
    void theDefaultShardsAreFourPerCoreButNoMoreThanTheRuns() {
        assertEquals(8, SparkStudy.defaultShards(100, 2));
        assertEquals(8, SparkStudy.defaultShards(8, 2));
        assertEquals(7, SparkStudy.defaultShards(7, 2));
        assertEquals(4, SparkStudy.defaultShards(100, 0));
        assertEquals(1, SparkStudy.defaultShards(1, 64));
    }

    @Test
    void aMessageOfTwoLinesIsPrintedOnOne() {
        assertEquals(
                "/x is in use by shards of its study; wait for them to end.",
                SparkStudy.oneLine("/x is in use by shards of its study;\n  wait for them to end.\n"));
    }

    private void bad(String message, String... args) {
        Output r = spark(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals("cjsim-spark: " + message, r.err().lines().findFirst().orElse(""));
        assertTrue(r.err().lines().count() <= 2, r.err());
        assertEquals("", r.out());
    }

    /** Plans {@link #SWEEP} into a new folder {@code name} with {@code cjsim plan}: nothing runs. */
    private Path plan(String name) {
        Path dir = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("plan"));
        args.addAll(SWEEP);
        args.addAll(List.of("--out", dir.toString()));
        Output r = cjsim(args);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return dir;
    }

    /** The CSV files at the top of a results folder, by name. */
    private static Map<String, byte[]> csvFiles(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The replication files in a results folder. */
    private static int replicationFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve(ResultsFolder.REPLICATIONS))) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".csv.gz"))
                    .count();
        }
    }

    /** SparkStudy with the Spark settings Surefire gives as system properties. */
    private static Output spark(String... args) {
        return run(new SparkConf(), args);
    }

    private static Output run(SparkConf conf, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkStudy.run(args, conf, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Output(code, out.toString(), err.toString());
    }

    /** The {@code cjsim} command line, run in this process without charts. */
    private static Output cjsim(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true), ResultCharts.NONE)
                .execute(args.toArray(String[]::new));
        return new Output(code, out.toString(), err.toString());
    }

    private record Output(int code, String out, String err) {}
}

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.cjsim.cli.Cli;
import org.cjsim.cli.ExitCodes;
import org.cjsim.output.ResultCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar, {@code cjsim-spark.jar}, submitted as {@code spark-submit} submits it: a new JVM runs
 * Spark's {@code SparkSubmit} with Spark's libraries only on its classpath (this module's dependencies without
 * cjsim's, written by the build into {@code spark-classpath.txt}), and the jar as the application.
 */
class SparkSubmitIT {

    /**
     * A sweep of 2 levers over 21 x 11 points, 9 replications each: 2,079 runs of a small market, as many as the
     * Slurm test's (the issue asks for at least 2,000 through a scheduler).
     */
    private static final List<String> SWEEP = List.of(
            "sweep",
            "baseline",
            "--vary",
            "strategy.latitude=0:1:0.05",
            "--vary",
            "strategy.honesty=0:1:0.1",
            "--replications",
            "9",
            "--days",
            "20",
            "--set",
            "market.population=200",
            "--quiet");

    @TempDir
    Path tmp;

    @Test
    void theShadedJarCarriesNoLibraryThatSparkAlsoShipsUnderItsOwnName() throws IOException {
        try (ZipFile jar = new ZipFile(property("cjsim.spark.jar"))) {
            List<String> clashing = jar.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("com/fasterxml/")
                            || n.startsWith("org/yaml/")
                            || n.startsWith("org/apache/")
                            || n.startsWith("scala/"))
                    .toList();
            assertEquals(List.of(), clashing);
            assertTrue(jar.getEntry("org/cjsim/spark/SparkStudy.class") != null);
            assertTrue(jar.getEntry("org/cjsim/output/Shards.class") != null);
        }
    }

    @Test
    void aPlannedSweepSubmittedToSparkGivesTheFilesOfTheLocalRun() throws Exception {
        Path local = tmp.resolve("local");
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", local.toString()));
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), ResultCharts.NONE)
                .execute(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, code, err.toString());
        Path planned = tmp.resolve("planned");
        List<String> plan = new ArrayList<>(List.of("plan"));
        plan.addAll(SWEEP);
        plan.addAll(List.of("--out", planned.toString()));
        code = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), ResultCharts.NONE)
                .execute(plan.toArray(String[]::new));
        assertEquals(ExitCodes.OK, code, err.toString());

        Submitted s = submit(planned.toString(), "--shards", "8");
        assertEquals(ExitCodes.OK, s.code(), s.err());
        assertTrue(
                s.out()
                        .contains("cjsim-spark: ran 2,079 of 2,079 runs in 8 shards on local[2] and merged them into "
                                + planned),
                s.out());
        Map<String, byte[]> expected = csvFiles(local);
        Map<String, byte[]> actual = csvFiles(planned);
        assertTrue(expected.containsKey("sweep.csv"), "" + expected.keySet());
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    @Test
    void badInputEndsSparkSubmitWithExitCode2AndOneLine() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Submitted s = submit(empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, s.code(), s.err());
        List<String> ours =
                s.err().lines().filter(l -> l.startsWith("cjsim-spark: ")).toList();
        assertEquals(
                List.of("cjsim-spark: " + empty + " is not a cjsim results folder: it has no manifest.json (make one"
                        + " with cjsim plan STUDY ... --out DIR)"),
                ours,
                s.err());
        assertTrue(!s.err().contains("\tat "), s.err());
    }

    private record Submitted(int code, String out, String err) {}

    /** Runs {@code spark-submit --master local[2] --class SparkStudy cjsim-spark.jar ARGS} in a new JVM. */
    private Submitted submit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(Arrays.asList(property("cjsim.spark.javaOptions").trim().split("\\s+")));
        command.addAll(List.of(
                "-cp",
                Files.readString(Path.of(property("cjsim.spark.classpath"))).trim(),
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--class",
                SparkStudy.class.getName(),
                property("cjsim.spark.jar")));
        command.addAll(Arrays.asList(args));
        Path out = tmp.resolve("submit.out");
        Path err = tmp.resolve("submit.err");
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("spark-submit did not end in 5 minutes: " + Files.readString(err));
        }
        return new Submitted(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test with Maven (mvn verify)");
        }
        return value;
    }

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
}

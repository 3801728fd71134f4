package org.cjsim.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan, a real Slurm job array, merge, against the same study run here: byte-identical files. Needs a Slurm
 * cluster with an idle node ({@code .ci/slurm-up} starts one on this machine; {@code .ci/run} does it before
 * the tests) and is skipped without one.
 */
class SlurmIT {
    /** Shards of the array: more than the CPUs of the CI machine, so that tasks also wait for each other. */
    private static final int SHARDS = 8;

    /** 101 sweep points x 20 replications = 2,020 runs of a 200-person market over 30 days. */
    private static final List<String> STUDY = List.of(
            "sweep",
            "baseline",
            "--vary",
            "strategy.latitude=0:1:0.01",
            "--replications",
            "20",
            "--days",
            "30",
            "--set",
            "market.population=200",
            "--threads",
            "2");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private static Result exec(Path workDir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        Result r = new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private Result cjsim(String... args) throws IOException, InterruptedException {
        Path launcher =
                Path.of(System.getProperty("cjsim.root", "..")).resolve("cjsim").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(Arrays.asList(args));
        return exec(dir, command);
    }

    /** Whether Slurm's commands are here and a node is idle. */
    private boolean slurmIsUp() {
        try {
            Result sinfo = exec(dir, List.of("sinfo", "--noheader", "--format=%T"));
            return sinfo.code() == 0
                    && sinfo.out().lines().anyMatch(l -> l.strip().equals("idle"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void aSweepOf2020RunsThroughASlurmJobArrayEqualsTheSameSweepRunHere() throws Exception {
        assumeTrue(
                slurmIsUp(),
                "no Slurm cluster with an idle node (sinfo): .ci/slurm-up starts one, as .ci/run does before the tests");
        long start = System.nanoTime();
        Path sharded = dir.resolve("sharded");
        List<String> plan = new ArrayList<>(List.of("plan"));
        plan.addAll(STUDY);
        plan.addAll(List.of("--out", sharded.toString()));
        Result planned = cjsim(plan.toArray(String[]::new));
        assertEquals(0, planned.code(), planned.err());
        assertTrue(planned.out().contains("2,020 runs"), planned.out());

        Result script = cjsim("slurm-script", sharded.toString(), "--shards", Integer.toString(SHARDS));
        assertEquals(0, script.code(), script.err());
        assertTrue(script.out().contains("#SBATCH --array=0-" + (SHARDS - 1)), script.out());
        Path file = dir.resolve("shards.sbatch");
        Files.writeString(file, script.out());
        Result submitted = exec(
                dir, List.of("sbatch", "--parsable", "--output=" + dir.resolve("slurm-%A_%a.out"), file.toString()));
        assertEquals(0, submitted.code(), submitted.err());
        String job = submitted.out().strip().split(";")[0];
        awaitJob(job);
        double array = (System.nanoTime() - start) / 1e9;

        Result merged = cjsim("merge", sharded.toString(), "--no-charts");
        assertEquals(0, merged.code(), merged.err() + logs());
        assertTrue(merged.out().contains("Sweep of baseline*"), merged.out());

        Path local = dir.resolve("local");
        List<String> here = new ArrayList<>(STUDY);
        here.addAll(List.of("--out", local.toString(), "--no-charts", "--quiet"));
        Result ran = cjsim(here.toArray(String[]::new));
        assertEquals(0, ran.code(), ran.err());

        for (String csv : List.of(
                "summary.csv", "summary-stats.csv", "timeseries-stats.csv", "retention-ladder.csv", "sweep.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(csv)), Files.readAllBytes(sharded.resolve(csv)), csv);
        }
        List<Path> replications = files(local.resolve("replications"));
        assertEquals(2020, replications.size());
        assertEquals(2020, files(sharded.resolve("replications")).size());
        for (Path p : replications) {
            Path other = sharded.resolve(local.relativize(p));
            assertEquals(withoutSeconds(p), withoutSeconds(other), p.toString());
        }
        assertTrue(Files.readString(sharded.resolve("manifest.json")).contains("\"status\" : \"finished\""));
        System.out.printf(
                "SlurmIT: plan and %d-task array %.1f s, all with merge, local run and comparison %.1f s%n",
                SHARDS, array, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Waits for the job to end: a step that depends on it ({@code srun --dependency=afterany}) starts only
     * then, and srun blocks until it has run. Then checks that every task succeeded.
     */
    private void awaitJob(String job) throws Exception {
        Result waited =
                exec(dir, List.of("srun", "--dependency=afterany:" + job, "--mem=50M", "--time=1", "--quiet", "true"));
        assertEquals(0, waited.code(), waited.err() + logs());
        Result shown = exec(dir, List.of("scontrol", "--oneliner", "show", "job", job));
        assertEquals(0, shown.code(), shown.err());
        List<String> tasks = shown.out().lines().toList();
        assertEquals(SHARDS, tasks.size(), shown.out());
        String logs = logs();
        for (String line : tasks) {
            assertTrue(line.contains("JobState=COMPLETED") && line.contains(" ExitCode=0:0"), line + logs);
        }
    }

    private String logs() throws IOException {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("slurm-"))
                    .sorted()
                    .toList()) {
                s.append("\n--- ").append(p.getFileName()).append(":\n").append(Files.readString(p));
            }
        }
        return s.toString();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String withoutSeconds(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8).replaceAll("(?m)^meta,seconds,.*$", "meta,seconds,");
        }
    }
}

package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.ResultFiles;
import org.cjsim.params.Params;
import org.cjsim.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cjsim plan, run-shard, merge, slurm-script and k8s-job. */
class ShardCommandsTest {
    @TempDir
    Path dir;

    private static final String[] SWEEP = {"sweep", "baseline", "--vary", "strategy.latitude=0:1:0.5"};

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private static String[] args(String[] first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return CliRun.small(all.toArray(String[]::new));
    }

    @Test
    void aPlannedSweepRunAsTwoShardsAndMergedEqualsTheSweepRunHere() throws Exception {
        CliRun local = CliRun.run(args(SWEEP, "--out", out("local")));
        assertEquals(0, local.code(), local.err());

        CliRun plan = CliRun.run(args(new String[] {"plan"}, concat(SWEEP, "--out", out("sharded"))));
        assertEquals(0, plan.code(), plan.err());
        assertTrue(
                plan.out()
                        .startsWith("Planned sweep in " + out("sharded") + ": 6 runs (3 scenarios x 2 replications);"
                                + " nothing has run."),
                plan.out());
        assertTrue(plan.out().contains("cjsim run-shard " + out("sharded") + " --shard K/N"), plan.out());
        assertTrue(plan.out().contains("cjsim merge " + out("sharded")), plan.out());
        assertEquals(Manifest.PLANNED, Manifest.read(dir.resolve("sharded")).status());
        assertFalse(Files.exists(dir.resolve("sharded/replications")));

        CliRun early = CliRun.run("merge", out("sharded"));
        assertEquals(1, early.code(), early.err());
        assertEquals(1, early.errLines().size(), early.err());
        assertTrue(early.err().startsWith("cjsim: 6 of 6 runs are missing"), early.err());

        CliRun one = CliRun.run("run-shard", out("sharded"), "--shard", "1/2", "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.err().contains("Shard 1 of 2: ran 3 runs (0 were done already)"), one.err());
        CliRun missing = CliRun.run("merge", out("sharded"));
        assertEquals(1, missing.code(), missing.err());
        assertEquals(
                "cjsim: 3 of 6 runs are missing: shard 0 of 2 (runs 0, 2, 4); rerun it with cjsim run-shard "
                        + out("sharded") + " --shard 0/2, then cjsim merge " + out("sharded") + " again",
                missing.err().strip());
        CliRun zero = CliRun.run("run-shard", out("sharded"), "--shard", "0/2");
        assertEquals(0, zero.code(), zero.err());
        CliRun again = CliRun.run("run-shard", out("sharded"), "--shard", "0/2");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("was done already: nothing to run."), again.err());

        CliRun merge = CliRun.run("merge", out("sharded"));
        assertEquals(0, merge.code(), merge.err());
        // The study's own table.
        String table = local.out().substring(0, local.out().indexOf("Results in "));
        assertTrue(merge.out().startsWith(table), merge.out());
        assertTrue(merge.out().contains("Merged " + out("sharded")), merge.out());
        Plan p = Manifest.read(dir.resolve("local")).plan();
        for (String file : ResultFiles.aggregateFiles(p.study())) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("local").resolve(file)),
                    Files.readAllBytes(dir.resolve("sharded").resolve(file)),
                    file);
        }
        assertEquals(Manifest.FINISHED, Manifest.read(dir.resolve("sharded")).status());
    }

    @Test
    void aPlannedFolderCanAlsoBeRunHereWithResume() throws Exception {
        assertEquals(
                0,
                CliRun.run(args(new String[] {"plan"}, concat(SWEEP, "--out", out("p"))))
                        .code());
        assertEquals(0, CliRun.run("run-shard", out("p"), "--shard", "0/3").code());
        CliRun resume = CliRun.run("sweep", "--resume", out("p"));
        assertEquals(0, resume.code(), resume.err());
        assertTrue(
                resume.err().contains("Took 2 finished replications from " + out("p") + " and ran 4."), resume.err());
        assertEquals(Manifest.FINISHED, Manifest.read(dir.resolve("p")).status());
    }

    @Test
    void planAndRunShardRefuseWhatTheyCannotUseWithExit2() {
        CliRun noOut = CliRun.run(CliRun.small(concat(new String[] {"plan"}, SWEEP)));
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().startsWith("cjsim: give the folder of the plan with --out DIR"), noOut.err());
        CliRun noStudy = CliRun.run("plan");
        assertEquals(2, noStudy.code());
        assertTrue(noStudy.err().startsWith("cjsim: give the study to plan"), noStudy.err());
        CliRun badOption = CliRun.run("plan", "sweep", "baseline", "--vary", "strategy.latitude=0:1:0.5", "--bogus");
        assertEquals(2, badOption.code());

        assertEquals(
                0,
                CliRun.run(args(new String[] {"plan"}, concat(SWEEP, "--out", out("p"))))
                        .code());
        CliRun beyond = CliRun.run("run-shard", out("p"), "--shard", "2/2");
        assertEquals(2, beyond.code());
        assertEquals(
                "cjsim: --shard 2/2: the shard must be in [0, 1] (counted from 0) for 2 shards, got 2",
                beyond.err().strip());
        CliRun notAShard = CliRun.run("run-shard", out("p"), "--shard", "two");
        assertEquals(2, notAShard.code());
        CliRun notPlanned = CliRun.run("run-shard", out("nothing"), "--shard", "0/2");
        assertEquals(2, notPlanned.code());
        assertTrue(notPlanned.err().contains("is not a cjsim results folder"), notPlanned.err());
    }

    @Test
    void theShardComesFromTheSchedulersEnvironment() {
        assertEquals(new ShardArguments(3, 7, "--shard 3/7"), ShardArguments.of("3/7", null, Map.of()));
        assertEquals(
                new ShardArguments(2, 8, "the Slurm array task 2"),
                ShardArguments.of(null, null, Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "8")));
        // An array 1-8: the first task is shard 0.
        assertEquals(
                0,
                ShardArguments.of(
                                null,
                                null,
                                Map.of(
                                        "SLURM_ARRAY_TASK_ID", "1",
                                        "SLURM_ARRAY_TASK_MIN", "1",
                                        "SLURM_ARRAY_TASK_COUNT", "8"))
                        .shard());
        // With --shards, the task id is the shard: an array of some tasks reruns those shards.
        assertEquals(
                new ShardArguments(5, 8, "the Slurm array task 5"),
                ShardArguments.of(
                        null,
                        8,
                        Map.of(
                                "SLURM_ARRAY_TASK_ID",
                                "5",
                                "SLURM_ARRAY_TASK_MIN",
                                "5",
                                "SLURM_ARRAY_TASK_COUNT",
                                "1")));
        assertEquals(
                new ShardArguments(4, 6, "the Kubernetes completion index 4"),
                ShardArguments.of(null, 6, Map.of("JOB_COMPLETION_INDEX", "4")));
        assertEquals(
                new ShardArguments(1, 3, "the AWS Batch array index 1"),
                ShardArguments.of(
                        null, null, Map.of("AWS_BATCH_JOB_ARRAY_INDEX", "1", "AWS_BATCH_JOB_ARRAY_SIZE", "3")));
        BadInputException k8s = assertThrows(
                BadInputException.class, () -> ShardArguments.of(null, null, Map.of("JOB_COMPLETION_INDEX", "4")));
        assertTrue(k8s.lines().get(1).contains("--shards N"), k8s.getMessage());
        BadInputException none = assertThrows(BadInputException.class, () -> ShardArguments.of(null, null, Map.of()));
        assertTrue(none.lines().get(0).startsWith("give the shard to run with --shard K/N"), none.getMessage());
        assertThrows(BadInputException.class, () -> ShardArguments.of(null, 4, Map.of("JOB_COMPLETION_INDEX", "4")));
        assertThrows(BadInputException.class, () -> ShardArguments.of("1/4", 5, Map.of()));
    }

    @Test
    void slurmScriptIsAJobArrayWithMemoryAndTimeFromThePlan() throws Exception {
        assertEquals(
                0,
                CliRun.run(args(new String[] {"plan"}, concat(SWEEP, "--out", out("p"))))
                        .code());
        CliRun script = CliRun.run("slurm-script", out("p"), "--shards", "3", "--partition", "debug");
        assertEquals(0, script.code(), script.err());
        List<String> lines = script.out().lines().toList();
        assertEquals("#!/bin/bash", lines.get(0));
        assertTrue(lines.contains("#SBATCH --array=0-2"), script.out());
        assertTrue(lines.contains("#SBATCH --partition=debug"), script.out());
        assertTrue(lines.contains("#SBATCH --cpus-per-task=1"), script.out());
        Plan plan = Manifest.read(dir.resolve("p")).plan();
        assertTrue(lines.contains("#SBATCH --mem=" + ShardJobs.memoryMegabytes(plan, 1) + "M"), script.out());
        // 300 people x 20 days x 100 ns x 2 runs, doubled, and 10 minutes.
        assertTrue(lines.contains("#SBATCH --time=00:10:01"), script.out());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.endsWith(" run-shard " + dir.resolve("p").toAbsolutePath() + " --shards 3 --quiet"), last);
        assertTrue(script.err().contains("sbatch --dependency=afterok:$job"), script.err());

        CliRun tooMany = CliRun.run("slurm-script", out("p"), "--shards", "7");
        assertEquals(2, tooMany.code());
        assertTrue(tooMany.err().contains("--shards must be a whole number in [1, 6]"), tooMany.err());
    }

    @Test
    void theResourcesOfATaskGrowWithTheMarketAndTheRunsOfAShard() {
        Plan small = Plan.run(
                Params.with(ScenarioLibrary.get("baseline"), "market.population", 1000),
                new ExperimentSettings(100, 1, 1, true));
        Plan large = Plan.run(
                Params.with(ScenarioLibrary.get("baseline"), "market.population", 1_000_000),
                new ExperimentSettings(100, 1, 1, true));
        assertTrue(ShardJobs.memoryMegabytes(large, 1) > ShardJobs.memoryMegabytes(small, 1) + 128);
        assertTrue(ShardJobs.memoryMegabytes(large, 4) > ShardJobs.memoryMegabytes(large, 1) + 3 * 128);
        assertTrue(ShardJobs.seconds(large, 2, 1) > ShardJobs.seconds(large, 10, 1));
        assertEquals("1-02:03:04", ShardJobs.slurmTime(86_400 + 2 * 3600 + 3 * 60 + 4));
        // About 10 minutes of one core a shard: 100 runs of 110 s (1,000,000 people x 1,095 days x 100 ns).
        assertEquals(19, ShardJobs.shards(large, null));
        assertEquals(1, ShardJobs.shards(small, null));
    }

    @Test
    void aShardThatCannotFitInTheHeapIsRefusedSayingWhatToDo() {
        Plan plan = Plan.run(
                Params.with(ScenarioLibrary.get("baseline"), "market.population", 1_000_000),
                new ExperimentSettings(1000, 1, 1, true));
        // A shard keeps no finished run: 1,000 runs need no more than one.
        StudySize.checkShard(plan, 1, 512L << 20);
        BadInputException e = assertThrows(BadInputException.class, () -> StudySize.checkShard(plan, 4, 512L << 20));
        assertTrue(e.lines().get(0).startsWith("this shard needs at least "), e.getMessage());
        assertTrue(e.lines().get(1).contains("CJSIM_JAVA_OPTS=-Xmx1g"), e.getMessage());
        assertTrue(e.lines().get(1).contains("--threads"), e.getMessage());
        // The whole study, whose summaries the merge holds in memory, is refused in 512 MB and says how to
        // split it.
        Plan larger = plan.withSettings(new ExperimentSettings(100_000, 1, 1, true));
        BadInputException study = assertThrows(BadInputException.class, () -> StudySize.check(larger, 512L << 20));
        assertTrue(study.lines().get(1).contains("cjsim plan"), study.getMessage());
    }

    @Test
    void k8sJobIsAnIndexedJobOverTheSharedFolder() throws Exception {
        assertEquals(
                0,
                CliRun.run(args(new String[] {"plan"}, concat(SWEEP, "--out", out("p"))))
                        .code());
        CliRun job = CliRun.run(
                "k8s-job",
                out("p"),
                "--shards",
                "4",
                "--image",
                "registry.example/cjsim:1",
                "--cpus",
                "2",
                "--parallelism",
                "2");
        assertEquals(0, job.code(), job.err());
        JsonNode yaml = new YAMLMapper().readTree(job.out());
        assertEquals("batch/v1", yaml.path("apiVersion").asText());
        assertEquals("Job", yaml.path("kind").asText());
        assertEquals("cjsim-p", yaml.path("metadata").path("name").asText());
        JsonNode spec = yaml.path("spec");
        assertEquals("Indexed", spec.path("completionMode").asText());
        assertEquals(4, spec.path("completions").asInt());
        assertEquals(2, spec.path("parallelism").asInt());
        JsonNode pod = spec.path("template").path("spec");
        assertEquals("Never", pod.path("restartPolicy").asText());
        JsonNode container = pod.path("containers").get(0);
        assertEquals("registry.example/cjsim:1", container.path("image").asText());
        List<String> command = new ArrayList<>();
        container.path("command").forEach(c -> {
            // Kubernetes refuses a number in a command.
            assertTrue(c.isTextual(), c.toString());
            command.add(c.asText());
        });
        String absolute = dir.resolve("p").toAbsolutePath().toString();
        assertEquals(List.of("cjsim", "run-shard", absolute, "--shards", "4", "--threads", "2", "--quiet"), command);
        assertEquals(
                "2", container.path("resources").path("requests").path("cpu").asText());
        assertTrue(container
                .path("resources")
                .path("limits")
                .path("memory")
                .asText()
                .endsWith("Mi"));
        assertEquals(
                dir.toAbsolutePath().toString(),
                container.path("volumeMounts").get(0).path("mountPath").asText());
        assertEquals(
                "cjsim-results",
                pod.path("volumes")
                        .get(0)
                        .path("persistentVolumeClaim")
                        .path("claimName")
                        .asText());

        CliRun noImage = CliRun.run("k8s-job", out("p"), "--shards", "4");
        assertEquals(2, noImage.code());
        assertTrue(noImage.err().contains("--image"), noImage.err());
    }

    private static String[] concat(String[] first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}

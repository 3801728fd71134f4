package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.random.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardsTest {
    @TempDir
    Path dir;

    private static Plan comparison() {
        return Plan.compare(
                List.of(Tiny.scenario("baseline"), Tiny.scenario("cost-cutter"), Tiny.scenario("delight")),
                "baseline",
                Tiny.settings(3));
    }

    private static Plan sweep() {
        return Plan.sweep(
                Tiny.scenario("baseline"),
                List.of(new SweepAxis("strategy.latitude", 0, 1, 0.5)),
                Sweep.GRID,
                0,
                Tiny.settings(2));
    }

    @Test
    void runsAreScenarioMajorWithTheirSeedsAndShardsTakeThemRoundRobin() {
        Plan plan = comparison();
        List<Shards.Run> runs = Shards.runs(plan);
        assertEquals(9, runs.size());
        assertEquals(new Shards.Run(0, "baseline", 0, Seeds.replication(42, 0)), runs.get(0));
        assertEquals(new Shards.Run(4, "cost-cutter", 1, Seeds.replication(42, 1)), runs.get(4));
        assertEquals(new Shards.Run(8, "delight", 2, Seeds.replication(42, 2)), runs.get(8));
        assertEquals(List.of(runs.get(1), runs.get(5)), Shards.runsOfShard(plan, 1, 4));
        assertEquals(runs, Shards.runsOfShard(plan, 0, 1));
        List<Shards.Run> union = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            union.addAll(Shards.runsOfShard(plan, k, 4));
        }
        union.sort((a, b) -> Integer.compare(a.index(), b.index()));
        assertEquals(runs, union);
        assertThrows(IllegalArgumentException.class, () -> Shards.runsOfShard(plan, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> Shards.runsOfShard(plan, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> Shards.runsOfShard(plan, 0, 0));
    }

    @Test
    void aPlanWritesAPlannedManifestAndRunsNothing() throws Exception {
        Path planned = dir.resolve("planned");
        Shards.plan(planned, comparison(), List.of("compare"));
        Manifest m = Manifest.read(planned);
        assertEquals(Manifest.PLANNED, m.status());
        assertEquals(comparison().scenarios(), m.plan().scenarios());
        assertFalse(Files.exists(planned.resolve(ResultsFolder.REPLICATIONS)));
        assertFalse(Files.exists(planned.resolve(StudyFolder.LOCK)));
        // A folder that holds results already cannot be planned into.
        assertThrows(FolderException.class, () -> Shards.plan(planned, comparison(), List.of("compare")));
    }

    @Test
    void sevenShardsInAnyOrderThenAMergeGiveTheFilesOfALocalRun() throws Exception {
        for (Plan plan : List.of(comparison(), sweep())) {
            Path local = Files.createDirectories(dir.resolve(plan.study().key() + "-local"));
            StudyRunner.run(Manifest.starting(plan, List.of("local")), local, false, ExperimentListener.NONE);
            Path one = dir.resolve(plan.study().key() + "-one");
            Shards.plan(one, plan, List.of("one"));
            assertEquals(Shards.runs(plan).size(), Shards.runShard(one, 0, 1, 2, ExperimentListener.NONE));
            Shards.merge(one);
            Path seven = dir.resolve(plan.study().key() + "-seven");
            Shards.plan(seven, plan, List.of("seven"));
            int ran = 0;
            for (int k : new int[] {6, 2, 0, 5, 1, 4, 3}) {
                ran += Shards.runShard(seven, k, 7, 1 + k % 2, ExperimentListener.NONE);
            }
            assertEquals(Shards.runs(plan).size(), ran);
            Results merged = Shards.merge(seven);
            assertEquals(plan.study(), merged.plan().study());
            assertEquals(Manifest.FINISHED, Manifest.read(seven).status());
            for (Path other : List.of(one, seven)) {
                assertSameResults(local, other);
            }
        }
    }

    @Test
    void aStudyBeyondTheKeptReplicationsMergesToTheFilesOfALocalRunAndKeepsOnlyTheFirstSeries() throws Exception {
        int replications = org.cjsim.experiment.DailyStatistics.KEPT_REPLICATIONS + 4;
        Plan plan = Plan.compare(
                List.of(Tiny.scenario("baseline"), Tiny.scenario("delight")), "baseline", Tiny.settings(replications));
        Path local = Files.createDirectories(dir.resolve("local"));
        Results run = StudyRunner.run(Manifest.starting(plan, List.of("local")), local, false, ExperimentListener.NONE)
                .results();
        Path three = dir.resolve("three");
        Shards.plan(three, plan, List.of("three"));
        for (int k : new int[] {2, 0, 1}) {
            Shards.runShard(three, k, 3, 2, ExperimentListener.NONE);
        }
        Results merged = Shards.merge(three);
        assertSameResults(local, three);
        for (Results r : List.of(run, merged, ResultsReader.read(local))) {
            for (org.cjsim.experiment.ScenarioResult s : r.result().experiment().scenarios()) {
                assertTrue(s.hasDaily(), s.name());
                assertTrue(s.replications().get(replications - 5).run().daily() != null);
                assertTrue(s.replications().get(replications - 4).run().daily() == null);
            }
        }
    }

    @Test
    void aShardAlreadyDoneRunsNothingAndTouchesNoFile() throws Exception {
        Shards.plan(dir, comparison(), List.of("compare"));
        assertEquals(3, Shards.runShard(dir, 1, 3, 2, ExperimentListener.NONE));
        Map<Path, List<Object>> before = times(dir.resolve(ResultsFolder.REPLICATIONS));
        assertEquals(3, before.size());
        List<Integer> started = new ArrayList<>();
        ExperimentListener listener = new ExperimentListener() {
            @Override
            public void started(int runs, int alreadyDone, long totalDays) {
                started.add(runs);
                started.add(alreadyDone);
            }
        };
        assertEquals(0, Shards.runShard(dir, 1, 3, 2, listener));
        assertEquals(List.of(0, 3), started);
        assertEquals(before, times(dir.resolve(ResultsFolder.REPLICATIONS)));
    }

    @Test
    void aShardRerunsOnlyItsRunsWhoseFilesAreMissingOrDamaged() throws Exception {
        Plan plan = comparison();
        Shards.plan(dir, plan, List.of("compare"));
        assertEquals(5, Shards.runShard(dir, 0, 2, 2, ExperimentListener.NONE));
        // Run 2 (baseline replication 2) damaged, run 4 (cost-cutter replication 1) gone.
        Files.write(ReplicationFiles.path(dir, "baseline", 2), new byte[] {1, 2, 3});
        Files.delete(ReplicationFiles.path(dir, "cost-cutter", 1));
        assertEquals(2, Shards.runShard(dir, 0, 2, 1, ExperimentListener.NONE));
        assertEquals(0, Shards.runShard(dir, 0, 2, 1, ExperimentListener.NONE));
    }

    @Test
    void mergeNamesRunsWithoutAFileBeforeReadingAnyFile() throws Exception {
        Plan plan = comparison();
        Shards.plan(dir, plan, List.of("compare"));
        Shards.runShard(dir, 0, 1, 2, ExperimentListener.NONE);
        // Run 2 (baseline replication 2) damaged: only reading it would tell; run 4 (cost-cutter replication 1)
        // has no file, which is enough to stop before reading
        Files.write(ReplicationFiles.path(dir, "baseline", 2), new byte[] {1, 2, 3});
        Files.delete(ReplicationFiles.path(dir, "cost-cutter", 1));
        Shards.MissingRunsException e = assertThrows(Shards.MissingRunsException.class, () -> Shards.merge(dir));
        assertEquals(List.of(4), e.missing().stream().map(Shards.Run::index).toList());
        // once every file is there, the damaged one is found by reading and named too
        Shards.runShard(dir, 0, 1, 2, ExperimentListener.NONE);
        Files.write(ReplicationFiles.path(dir, "baseline", 2), new byte[] {1, 2, 3});
        Shards.MissingRunsException damaged = assertThrows(Shards.MissingRunsException.class, () -> Shards.merge(dir));
        assertEquals(
                List.of(2), damaged.missing().stream().map(Shards.Run::index).toList());
    }

    @Test
    void mergeNamesTheMissingRunsAndTheirShardsAndTheFailedShardAloneIsRerun() throws Exception {
        Plan plan = comparison();
        Shards.plan(dir, plan, List.of("compare"));
        for (int k : new int[] {0, 1, 3}) {
            Shards.runShard(dir, k, 4, 2, ExperimentListener.NONE);
        }
        Shards.MissingRunsException e = assertThrows(Shards.MissingRunsException.class, () -> Shards.merge(dir));
        assertEquals(
                "2 of 9 runs are missing: shard 2 of 4 (runs 2, 6); rerun it with cjsim run-shard " + dir
                        + " --shard 2/4, then cjsim merge " + dir + " again",
                e.getMessage());
        assertEquals(List.of(2), e.shardsToRerun());
        assertEquals(List.of(2, 6), e.missing().stream().map(Shards.Run::index).toList());
        assertEquals(Manifest.PLANNED, Manifest.read(dir).status());
        assertFalse(Files.exists(dir.resolve(ResultsFolder.SUMMARY)));
        Map<Path, List<Object>> before = times(dir.resolve(ResultsFolder.REPLICATIONS));
        assertEquals(2, Shards.runShard(dir, 2, 4, 2, ExperimentListener.NONE));
        Map<Path, List<Object>> after = times(dir.resolve(ResultsFolder.REPLICATIONS));
        assertEquals(9, after.size());
        before.forEach((file, time) -> assertEquals(time, after.get(file), file.toString()));
        Shards.merge(dir);
        assertEquals(Manifest.FINISHED, Manifest.read(dir).status());
        assertEquals(
                1 + 9, Files.readAllLines(dir.resolve(ResultsFolder.SUMMARY)).size());
    }

    @Test
    void aShardThatFailsKeepsWhatItWroteAndMergeSendsBackToItAlone() throws Exception {
        Plan plan = comparison();
        Shards.plan(dir, plan, List.of("compare"));
        Shards.runShard(dir, 0, 3, 1, ExperimentListener.NONE);
        Shards.runShard(dir, 2, 3, 1, ExperimentListener.NONE);
        // Shard 1 (runs 1, 4, 7) fails on its last run's file: the disk is full.
        IOException failed;
        try (DiskFaults full = DiskFaults.failing(p -> p.toString().contains("delight"))) {
            failed = assertThrows(IOException.class, () -> Shards.runShard(dir, 1, 3, 1, ExperimentListener.NONE));
        }
        assertTrue(failed.getMessage().endsWith("delight/rep-0001.csv.gz: " + DiskFaults.FULL), failed.getMessage());
        assertTrue(Files.exists(ReplicationFiles.path(dir, "cost-cutter", 1)));
        Shards.MissingRunsException e = assertThrows(Shards.MissingRunsException.class, () -> Shards.merge(dir));
        assertTrue(e.getMessage().startsWith("1 of 9 runs are missing: shard 1 of 3 (run 7);"), e.getMessage());
        Map<Path, List<Object>> before = times(dir.resolve(ResultsFolder.REPLICATIONS));
        assertEquals(1, Shards.runShard(dir, 1, 3, 1, ExperimentListener.NONE));
        Map<Path, List<Object>> after = times(dir.resolve(ResultsFolder.REPLICATIONS));
        before.forEach((file, time) -> assertEquals(time, after.get(file), file.toString()));
        Shards.merge(dir);
        Path local = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-local"));
        StudyRunner.run(Manifest.starting(plan, List.of("local")), local, false, ExperimentListener.NONE);
        assertSameResults(local, dir);
    }

    @Test
    void shardsInOtherProcessesKeepOutAMergeAndAStudyInAnotherProcessKeepsOutShards() throws Exception {
        Shards.plan(dir, comparison(), List.of("compare"));
        try (LockHolder shard = LockHolder.start("shared", dir)) {
            // A shard in this process shares the folder with the other process's shard...
            assertEquals(3, Shards.runShard(dir, 0, 3, 1, ExperimentListener.NONE));
            // ...but a merge cannot have it.
            FolderException e = assertThrows(FolderException.class, () -> Shards.merge(dir));
            assertTrue(e.getMessage().contains("in use by shards of its study (cjsim run-shard)"), e.getMessage());
        }
        try (LockHolder study = LockHolder.start("exclusive", dir)) {
            FolderException e =
                    assertThrows(FolderException.class, () -> Shards.runShard(dir, 1, 3, 1, ExperimentListener.NONE));
            assertTrue(e.getMessage().contains("(cjsim compare --resume " + dir + ")"), e.getMessage());
        }
        assertEquals(3, Shards.runShard(dir, 1, 3, 1, ExperimentListener.NONE));
    }

    @Test
    void withoutAnyShardMergeSaysHowToRunThem() throws Exception {
        Shards.plan(dir, comparison(), List.of("compare"));
        IOException e = assertThrows(Shards.MissingRunsException.class, () -> Shards.merge(dir));
        assertTrue(
                e.getMessage().startsWith("9 of 9 runs are missing (runs 0, 1, 2, 3, 4 and 4 more), and no shard"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("cjsim compare --resume " + dir), e.getMessage());
    }

    @Test
    void shardsShareTheFolderButNotWithALocalStudyOrAMerge() throws Exception {
        Shards.plan(dir, comparison(), List.of("compare"));
        try (StudyFolder.Shared a = StudyFolder.share(dir);
                StudyFolder.Shared b = StudyFolder.share(dir)) {
            // Other shards run alongside...
            assertEquals(3, Shards.runShard(dir, 0, 3, 1, ExperimentListener.NONE));
            // ...but a merge or a local study is refused while any shard holds the folder.
            FolderException e = assertThrows(FolderException.class, () -> Shards.merge(dir));
            assertTrue(e.getMessage().contains("in use by shards of its study (cjsim run-shard)"), e.getMessage());
            a.close();
            assertThrows(FolderException.class, () -> StudyFolder.resume(dir, "cjsim compare --resume"));
        }
        try (StudyFolder owner = StudyFolder.resume(dir, "cjsim compare --resume " + dir)) {
            FolderException e =
                    assertThrows(FolderException.class, () -> Shards.runShard(dir, 1, 3, 1, ExperimentListener.NONE));
            assertTrue(e.getMessage().contains("cjsim compare --resume"), e.getMessage());
        }
        // Released: the shard runs, and the lock file, left by the shards, does not stop a merge later.
        assertEquals(3, Shards.runShard(dir, 1, 3, 1, ExperimentListener.NONE));
        assertEquals(StudyFolder.SHARED_OWNER, Files.readString(dir.resolve(StudyFolder.LOCK), StandardCharsets.UTF_8));
        assertEquals(3, Shards.runShard(dir, 2, 3, 1, ExperimentListener.NONE));
        Shards.merge(dir);
    }

    private static Map<Path, List<Object>> times(Path root) throws IOException {
        Map<Path, List<Object>> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    // The file's identity too: a rewritten file is a new file, even within the clock's tick.
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    times.put(p, java.util.Arrays.asList(a.lastModifiedTime(), a.fileKey()));
                }
            }
        }
        return times;
    }

    /**
     * The same aggregate files byte for byte, and the same replication files but for the time each took.
     */
    static void assertSameResults(Path expected, Path actual) throws IOException {
        Plan plan = Manifest.read(expected).plan();
        for (String file : ResultFiles.aggregateFiles(plan.study())) {
            assertArrayEquals(
                    Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
        Map<String, String> slugs = plan.slugs();
        for (Shards.Run r : Shards.runs(plan)) {
            String slug = slugs.get(r.scenario());
            assertEquals(
                    withoutSeconds(ReplicationFiles.path(expected, slug, r.replication())),
                    withoutSeconds(ReplicationFiles.path(actual, slug, r.replication())),
                    slug + " " + r.replication());
        }
        assertEquals(Manifest.FINISHED, Manifest.read(actual).status());
        assertEquals(
                Manifest.read(expected).plan().scenarios(),
                Manifest.read(actual).plan().scenarios());
    }

    private static String withoutSeconds(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8).replaceAll("(?m)^meta,seconds,.*$", "meta,seconds,");
        }
    }
}

package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cjsim.experiment.ExperimentException;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study that fails (a full disk, lack of memory) says so in its manifest and leaves a folder that
 * {@code --resume} completes into exactly the files of an uninterrupted run; a resumed study uses only
 * the replication files that match its plan in every respect.
 */
class StudyFailureTest {
    @TempDir
    Path dir;

    private static Plan comparison() {
        return Plan.compare(List.of(Tiny.scenario("baseline"), Tiny.scenario("delight")), "baseline", Tiny.settings(3));
    }

    private static StudyRunner.Outcome run(Plan plan, Path folder) throws IOException {
        return StudyRunner.run(Manifest.starting(plan, List.of("test")), folder, false, ExperimentListener.NONE);
    }

    private static StudyRunner.Outcome resume(Path folder, ExperimentListener listener) throws IOException {
        return StudyRunner.run(Manifest.read(folder).resuming(2), folder, true, listener);
    }

    /** Every file of a folder but the manifest and the replications (which record wall-clock times). */
    private static Map<String, String> aggregates(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : ResultFiles.aggregateFiles(Manifest.read(folder).plan().study())) {
            files.put(f, Files.readString(folder.resolve(f)));
        }
        return files;
    }

    private static List<Path> allFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        for (Path f : allFiles(folder)) {
            assertFalse(f.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX), f.toString());
            assertFalse(f.getFileName().toString().equals(StudyFolder.LOCK), f.toString());
        }
    }

    @Test
    void aFailedWriteMarksTheManifestFailedWithTheFileAndTheReasonAndResumingCompletesTheFolder() throws Exception {
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        run(comparison(), whole);
        try (DiskFaults full =
                DiskFaults.failing(p -> p.endsWith(Path.of("replications", "delight", "rep-0001.csv.gz")))) {
            assertThrows(Exception.class, () -> run(comparison(), cut));
        }
        Manifest failed = Manifest.read(cut);
        assertEquals(Manifest.FAILED, failed.status());
        assertTrue(failed.failure().startsWith("could not read or write a file: "), failed.failure());
        assertTrue(failed.failure().contains("rep-0001.csv.gz: " + DiskFaults.FULL), failed.failure());
        assertNoTemporaryFiles(cut);

        StudyRunner.Outcome resumed = resume(cut, ExperimentListener.NONE);

        assertTrue(resumed.ran() >= 1, "ran " + resumed.ran());
        assertEquals(Manifest.FINISHED, Manifest.read(cut).status());
        assertNull(Manifest.read(cut).failure());
        assertEquals(aggregates(whole), aggregates(cut));
        assertNoTemporaryFiles(cut);
    }

    @Test
    void aFailureWhileWritingTheAggregateFilesMarksTheManifestFailed() throws Exception {
        try (DiskFaults full =
                DiskFaults.failing(p -> p.getFileName().toString().equals(ResultsFolder.SUMMARY_STATS))) {
            var e = assertThrows(IOException.class, () -> run(comparison(), dir));
            assertTrue(e.getMessage().endsWith("summary-stats.csv: " + DiskFaults.FULL), e.getMessage());
        }
        assertEquals(Manifest.FAILED, Manifest.read(dir).status());
        assertNoTemporaryFiles(dir);
    }

    @Test
    void aDiskThatStaysFullLeavesAFolderThatResumesToTheFilesOfAnUninterruptedRun() throws Exception {
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        run(comparison(), whole);
        try (DiskFaults full =
                DiskFaults.fullFrom(p -> p.getFileName().toString().equals("rep-0002.csv.gz"))) {
            assertThrows(Exception.class, () -> run(comparison(), cut));
        }
        // Not even the manifest could be written: it still says running, which --resume continues.
        assertEquals(Manifest.RUNNING, Manifest.read(cut).status());
        assertNoTemporaryFiles(cut);
        for (Path f : allFiles(cut.resolve(ResultsFolder.REPLICATIONS))) {
            ReplicationFiles.read(f);
        }

        StudyRunner.Outcome resumed = resume(cut, ExperimentListener.NONE);

        assertEquals(List.of(), resumed.skipped());
        assertEquals(Manifest.FINISHED, Manifest.read(cut).status());
        assertEquals(aggregates(whole), aggregates(cut));
        assertEquals(
                allFiles(whole).stream().map(whole::relativize).toList(),
                allFiles(cut).stream().map(cut::relativize).toList());
    }

    @Test
    void anErrorOnTheMainThreadMarksTheManifestFailed() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("baseline"), Tiny.settings(2));
        assertThrows(
                OutOfMemoryError.class,
                () -> StudyRunner.run(Manifest.starting(plan, List.of("t")), dir, false, new ExperimentListener() {
                    @Override
                    public void started(int runs, int alreadyDone, long totalDays) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                }));
        Manifest m = Manifest.read(dir);
        assertEquals(Manifest.FAILED, m.status());
        assertTrue(m.failure().startsWith("out of memory: Java was given at most "), m.failure());
        assertTrue(m.failure().contains("CJSIM_JAVA_OPTS"), m.failure());
    }

    @Test
    void anErrorInAReplicationMarksTheManifestFailed() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("baseline"), Tiny.settings(2));
        assertThrows(
                ExperimentException.class,
                () -> StudyRunner.run(Manifest.starting(plan, List.of("t")), dir, false, new ExperimentListener() {
                    @Override
                    public void replicationFinished(ReplicationResult result, int done, int total) {
                        throw new StackOverflowError();
                    }
                }));
        Manifest m = Manifest.read(dir);
        assertEquals(Manifest.FAILED, m.status());
        assertTrue(m.failure().contains("StackOverflowError"), m.failure());
    }

    @Test
    void resumingRebuildsSummaryFromTheReplicationsWithoutATornLastLine() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("baseline"), Tiny.settings(3));
        run(plan, dir);
        Files.delete(dir.resolve("replications/baseline/rep-0002.csv.gz"));
        Path summary = dir.resolve(ResultsFolder.SUMMARY);
        List<String> before = Files.readAllLines(summary);
        Files.writeString(summary, "baseline,2,-86", java.nio.file.StandardOpenOption.APPEND);
        List<List<String>> seen = new java.util.ArrayList<>();

        resume(dir, new ExperimentListener() {
            @Override
            public void started(int runs, int alreadyDone, long totalDays) {
                try {
                    seen.add(Files.readAllLines(summary));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });

        assertEquals(before.subList(0, 3), seen.get(0), "the header and the rows of replications 0 and 1");
        assertEquals(before, Files.readAllLines(summary));
    }

    @Test
    void aFinishedStudyIsKeptAsItIsWhenResumed() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("baseline"), Tiny.settings(2));
        run(plan, dir);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Map<Path, String> before = new LinkedHashMap<>();
        for (Path f : allFiles(dir)) {
            Files.setLastModifiedTime(f, old);
            before.put(f, new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        StudyRunner.Outcome outcome = resume(dir, ExperimentListener.NONE);

        assertTrue(outcome.alreadyFinished());
        assertEquals(0, outcome.ran());
        assertEquals(2, outcome.reused());
        assertEquals(Manifest.read(dir).wallSeconds(), outcome.manifest().wallSeconds());
        assertEquals(before.keySet(), new java.util.LinkedHashSet<>(allFiles(dir)));
        for (Path f : allFiles(dir)) {
            assertEquals(old, Files.getLastModifiedTime(f), f.toString());
            assertEquals(
                    before.get(f), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        assertEquals(
                2,
                outcome.results().experiment().scenarios().get(0).replications().size());
    }

    @Test
    void aFinishedStudyMissingAReplicationIsCompletedWhenResumed() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("baseline"), Tiny.settings(2));
        run(plan, dir);
        Map<String, String> whole = aggregates(dir);
        Files.delete(dir.resolve("replications/baseline/rep-0001.csv.gz"));

        StudyRunner.Outcome outcome = resume(dir, ExperimentListener.NONE);

        assertFalse(outcome.alreadyFinished());
        assertEquals(1, outcome.ran());
        assertEquals(whole, aggregates(dir));
    }

    /** Runs {@code changed} into a folder of its own and copies its replication 1 into {@code dir}'s study. */
    private String copyReplicationOf(ScenarioParams changed) throws IOException {
        Path other = dir.resolve("other");
        run(Plan.run(changed, Tiny.settings(2)), other);
        Files.copy(
                other.resolve("replications/baseline/rep-0001.csv.gz"),
                dir.resolve("study/replications/baseline/rep-0001.csv.gz"),
                StandardCopyOption.REPLACE_EXISTING);
        StudyRunner.Outcome outcome = resume(dir.resolve("study"), ExperimentListener.NONE);
        assertEquals(1, outcome.ran());
        assertEquals(1, outcome.reused());
        assertEquals(1, outcome.skipped().size(), outcome.skipped().toString());
        return outcome.skipped().get(0);
    }

    @Test
    void aReplicationOfAnotherHorizonIsRunAgain() throws Exception {
        Path study = dir.resolve("study");
        run(Plan.run(Tiny.scenario("baseline"), Tiny.settings(2)), study);
        Map<String, String> whole = aggregates(study);

        String skipped = copyReplicationOf(Params.with(Tiny.scenario("baseline"), "horizon.days", 20));

        assertEquals(Path.of("baseline", "rep-0001.csv.gz") + ": it covers 20 days, the study 30", skipped);
        assertEquals(whole, aggregates(study));
    }

    @Test
    void aReplicationOfOtherParametersIsRunAgain() throws Exception {
        Path study = dir.resolve("study");
        run(Plan.run(Tiny.scenario("baseline"), Tiny.settings(2)), study);
        Map<String, String> whole = aggregates(study);

        String skipped = copyReplicationOf(Params.with(Tiny.scenario("baseline"), "market.population", 301));

        assertEquals(
                Path.of("baseline", "rep-0001.csv.gz") + ": it was made with other parameters of baseline than"
                        + " the study's",
                skipped);
        assertEquals(whole, aggregates(study));
    }
}

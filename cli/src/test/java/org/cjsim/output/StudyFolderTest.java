package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cjsim.experiment.ExperimentListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process at a time owns a results folder, and claiming one leaves nothing behind. */
class StudyFolderTest {
    @TempDir
    Path dir;

    private static final long PID = ProcessHandle.current().pid();

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondClaimInTheSameProcessIsRefusedNamingTheOwner() throws Exception {
        Path folder = dir.resolve("out");
        try (StudyFolder first = StudyFolder.create(folder, "cjsim run baseline --out out")) {
            var e = assertThrows(FolderException.class, () -> StudyFolder.create(folder, "cjsim run honest"));
            assertEquals(2, e.lines().size(), e.getMessage());
            assertTrue(
                    e.lines().get(0).startsWith(folder + " is in use by cjsim process " + PID + " on "),
                    e.getMessage());
            assertTrue(e.lines().get(0).contains("(cjsim run baseline --out out)"), e.getMessage());
            assertTrue(e.lines().get(1).contains("one process at a time"), e.getMessage());
            assertTrue(Files.exists(folder.resolve(StudyFolder.LOCK)), "the first claim keeps its lock");
        }
    }

    @Test
    void aClaimThroughASymbolicLinkToAClaimedFolderIsRefused() throws Exception {
        Path folder = dir.resolve("out");
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder.getFileName());
        try (StudyFolder first = StudyFolder.create(folder, "cjsim run baseline")) {
            var e = assertThrows(FolderException.class, () -> StudyFolder.create(link, "cjsim run honest"));
            assertTrue(e.getMessage().contains("is in use by cjsim process " + PID), e.getMessage());
        }
    }

    @Test
    void releasingDeletesTheLockFileAndTheFolderCanBeClaimedAgain() throws Exception {
        Path folder = dir.resolve("out");
        StudyFolder.create(folder, "cjsim run baseline").close();
        assertEquals(List.of(), names(folder));
        StudyFolder.create(folder, "cjsim run baseline").close();
        assertEquals(List.of(), names(folder));
    }

    @Test
    void theLockFileNamesTheOwnerWhileItIsHeld() throws Exception {
        Path folder = dir.resolve("out");
        try (StudyFolder claimed = StudyFolder.create(folder, "cjsim run baseline")) {
            assertEquals(List.of(StudyFolder.LOCK), names(folder));
            // Only the lock itself is tested here: reading the file in this process would release it.
            assertTrue(Files.size(folder.resolve(StudyFolder.LOCK)) > 0);
        }
    }

    @Test
    void aFolderLeftByAnInterruptedStartUpCountsAsEmpty() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.writeString(folder.resolve(StudyFolder.LOCK), "pid 1\nhost gone\n");
        Files.writeString(folder.resolve(".write-test123456.tmp"), "");
        try (StudyFolder claimed = StudyFolder.create(folder, "cjsim run baseline")) {
            assertEquals(List.of(StudyFolder.LOCK), names(folder));
        }
        assertEquals(List.of(), names(folder));
    }

    @Test
    void aFolderWithOtherFilesIsNotEmptyAndKeepsThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        var e = assertThrows(FolderException.class, () -> StudyFolder.create(folder, "cjsim run baseline"));
        assertEquals("--out " + folder + " is not empty: choose a new or empty folder for the results", e.getMessage());
        assertEquals(List.of("notes.txt"), names(folder));
    }

    @Test
    void aLockFileThatIsASymbolicLinkIsNeitherFollowedNorWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(folder.resolve(StudyFolder.LOCK), outside);
        var e = assertThrows(FolderException.class, () -> StudyFolder.create(folder, "cjsim run baseline"));
        assertTrue(e.getMessage().contains("is a symbolic link, not cjsim's lock file: remove it"), e.getMessage());
        assertEquals("keep me", Files.readString(outside));
    }

    @Test
    void aNewFolderInsideAResultsFolderIsRefused() throws Exception {
        Path results = dir.resolve("results");
        StudyRunner.run(
                Manifest.starting(Plan.run(Tiny.scenario("baseline"), Tiny.settings(1)), List.of("run")),
                results,
                false,
                ExperimentListener.NONE);
        Path inside = results.resolve("replications").resolve("more");
        var e = assertThrows(FolderException.class, () -> StudyFolder.create(inside, "cjsim run baseline"));
        assertEquals(
                "--out " + inside + " is inside the results folder " + results.toRealPath()
                        + ": choose a folder outside it",
                e.getMessage());
        assertFalse(Files.exists(inside));
    }

    @Test
    void aNumberedFolderInsideAResultsFolderIsRefusedBeforeItIsMade() throws Exception {
        Path results = dir.resolve("results");
        StudyRunner.run(
                Manifest.starting(Plan.run(Tiny.scenario("baseline"), Tiny.settings(1)), List.of("run")),
                results,
                false,
                ExperimentListener.NONE);
        Path base = results.resolve("charts").resolve("run-1");
        var e = assertThrows(FolderException.class, () -> StudyFolder.createNumbered(base, "cjsim run"));
        assertTrue(
                e.getMessage().contains("it would be inside the results folder " + results.toRealPath()),
                e.getMessage());
        assertFalse(Files.exists(base.getParent()));
    }

    @Test
    void numberedFoldersAreNeverShared() throws Exception {
        Path base = dir.resolve("results").resolve("run-1");
        try (StudyFolder a = StudyFolder.createNumbered(base, "a");
                StudyFolder b = StudyFolder.createNumbered(base, "b")) {
            assertEquals(base, a.path());
            assertEquals(Path.of(base + "-2"), b.path());
        }
    }

    @Test
    void resumingDeletesTheTemporaryFilesOfEndedProcessesOnly() throws Exception {
        Path folder = dir.resolve("out");
        StudyRunner.run(
                Manifest.starting(Plan.run(Tiny.scenario("baseline"), Tiny.settings(1)), List.of("run")),
                folder,
                false,
                ExperimentListener.NONE);
        Path reps = folder.resolve("replications/baseline");
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        long ended = 999_999_999_999L; // above any system's highest process id
        List<Path> stale = List.of(
                reps.resolve("rep-0000.csv.gz.7" + AtomicFiles.TEMP_SUFFIX),
                reps.resolve("rep-0000.csv.gz." + ended + "-3" + AtomicFiles.TEMP_SUFFIX),
                folder.resolve("summary-stats.csv." + ended + "-1" + AtomicFiles.TEMP_SUFFIX));
        Path live = reps.resolve("rep-0001.csv.gz." + alive + "-1" + AtomicFiles.TEMP_SUFFIX);
        Path nested = Files.createDirectories(folder.resolve("replications/baseline/deeper"))
                .resolve("x." + ended + "-1" + AtomicFiles.TEMP_SUFFIX);
        for (Path p : stale) {
            Files.writeString(p, "half a file");
        }
        Files.writeString(live, "being written");
        Files.writeString(nested, "not cjsim's");

        StudyFolder.resume(folder, "cjsim run --resume out").close();

        for (Path p : stale) {
            assertFalse(Files.exists(p), p.toString());
        }
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(nested));
    }

    @Test
    void temporaryNamesHoldTheProcessId() throws Exception {
        List<String> seen = new ArrayList<>();
        AtomicFiles.write(dir.resolve("a.csv"), out -> seen.addAll(names(dir)));
        assertEquals(1, seen.size(), seen.toString());
        assertTrue(seen.get(0).matches("a\\.csv\\." + PID + "-\\d+\\.part"), seen.get(0));
        assertEquals(List.of("a.csv"), names(dir));
    }

    @Test
    void resumingAFolderWithoutAManifestSaysItIsNotAResultsFolderAndLeavesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        var e = assertThrows(FolderException.class, () -> StudyFolder.resume(folder, "cjsim run --resume empty"));
        assertTrue(e.getMessage().contains("is not a cjsim results folder: it has no manifest.json"), e.getMessage());
        assertEquals(List.of(), names(folder));
    }
}

package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cjsim.output.DiskFaults;
import org.cjsim.output.Manifest;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.StudyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results folder survives what users and machines do to it: two processes on one folder, a start-up
 * cut short, a full disk, replication files copied from another study, a finished study resumed.
 */
class FolderSafetyTest {
    @TempDir
    Path dir;

    private static final long PID = ProcessHandle.current().pid();

    private Path folder(String name) {
        return dir.resolve(name);
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return r;
    }

    /** Checks the contract of a refusal: exit 2, at most {@code maxLines} lines, no stack trace. */
    private static CliRun refused(int maxLines, String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertTrue(r.errLines().size() <= maxLines, r.err());
        assertTrue(r.err().startsWith("cjsim: "), r.err());
        return r;
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path folder, String file) throws Exception {
        return Files.readString(folder.resolve(file));
    }

    @Test
    void aSecondProcessOnAFolderInUseIsRefusedWithTheOwnerNamed() throws Exception {
        Path out = folder("out");
        ok(CliRun.small("run", "baseline", "--out", out.toString(), "--quiet"));
        String manifest = read(out, ResultsFolder.MANIFEST);
        Path log = dir.resolve("child.log");
        int code;
        try (StudyFolder held = StudyFolder.resume(out, "cjsim run --resume out (held by the test)")) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-Djava.awt.headless=true",
                    "-cp",
                    classPath(),
                    Cli.class.getName(),
                    "run",
                    "--resume",
                    out.toString()));
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the second process did not end");
            code = child.exitValue();
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.BAD_INPUT, code, String.join("\n", lines));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(
                lines.get(0).startsWith("cjsim: " + out + " is in use by cjsim process " + PID + " on "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(cjsim run --resume out (held by the test));"), lines.get(0));
        assertEquals(
                "       a results folder takes one process at a time: wait for it to end, or stop it, and try again.",
                lines.get(1));
        assertEquals(manifest, read(out, ResultsFolder.MANIFEST));
    }

    @Test
    void aSecondStudyInTheSameProcessIsRefused() throws Exception {
        Path out = folder("out");
        try (StudyFolder held = StudyFolder.create(out, "cjsim compare --out out")) {
            CliRun r = refused(2, CliRun.small("run", "baseline", "--out", out.toString()));
            assertTrue(r.err().contains("is in use by cjsim process " + PID), r.err());
            assertTrue(r.err().contains("(cjsim compare --out out)"), r.err());
        }
        assertEquals(List.of(), files(out));
    }

    @Test
    void aFolderLeftByAnInterruptedStartUpIsUsedByTheSameCommand() throws Exception {
        Path out = Files.createDirectories(folder("out"));
        Files.writeString(out.resolve(StudyFolder.LOCK), "pid 99999\nhost gone\n");
        Files.writeString(out.resolve(".write-test4242.tmp"), "");

        ok(CliRun.small("run", "baseline", "--out", out.toString(), "--quiet"));

        List<String> files = files(out);
        assertTrue(files.contains(ResultsFolder.MANIFEST), files.toString());
        for (String f : files) {
            assertFalse(f.endsWith(".tmp") || f.endsWith(".part") || f.endsWith(StudyFolder.LOCK), f);
        }
    }

    @Test
    void aRefusedStudyLeavesTheFolderAsItWas() throws Exception {
        Path out = Files.createDirectories(folder("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRun r = refused(1, CliRun.small("run", "baseline", "--out", out.toString()));
        assertEquals("cjsim: --out " + out + " is not empty: choose a new or empty folder for the results\n", r.err());
        assertEquals(List.of("notes.txt"), files(out));
    }

    @Test
    void aNewStudyInsideAResultsFolderIsRefused() throws Exception {
        Path out = folder("out");
        ok(CliRun.small("run", "baseline", "--out", out.toString(), "--quiet"));
        Path inside = out.resolve(ResultsFolder.REPLICATIONS).resolve("more");
        CliRun r = refused(1, CliRun.small("run", "baseline", "--out", inside.toString()));
        assertEquals(
                "cjsim: --out " + inside + " is inside the results folder " + out.toRealPath()
                        + ": choose a folder outside it\n",
                r.err());
        assertFalse(Files.exists(inside));
    }

    @Test
    void resumingAFinishedStudySaysSoAndKeepsItsFiles() throws Exception {
        Path out = folder("out");
        CliRun first = ok(CliRun.small("run", "baseline", "--out", out.toString()));
        String manifest = read(out, ResultsFolder.MANIFEST);
        String summary = read(out, ResultsFolder.SUMMARY);

        CliRun again = ok("run", "--resume", out.toString());

        assertTrue(
                again.err()
                        .contains(out + " holds a finished run: nothing to run, and its files are kept as they are"
                                + " (cjsim chart " + out + " redraws its charts)."),
                again.err());
        assertFalse(again.err().contains("Took "), again.err());
        assertEquals(manifest, read(out, ResultsFolder.MANIFEST));
        assertEquals(summary, read(out, ResultsFolder.SUMMARY));
        String table = first.out().substring(0, first.out().indexOf("Results in "));
        assertTrue(again.out().startsWith(table), again.out());
    }

    @Test
    void replicationFilesOfAnotherHorizonAreRunAgainAndNamedWithoutVerbose() throws Exception {
        Path study = folder("study");
        Path shorter = folder("shorter");
        Path whole = folder("whole");
        List<String> common = List.of("--replications", "5", "--set", "market.population=300", "--quiet");
        ok(args(List.of("run", "baseline", "--days", "20", "--out", study.toString()), common));
        ok(args(List.of("run", "baseline", "--days", "20", "--out", whole.toString()), common));
        ok(args(List.of("run", "baseline", "--days", "10", "--out", shorter.toString()), common));
        for (int k = 0; k < 5; k++) {
            String rep = String.format("replications/baseline/rep-%04d.csv.gz", k);
            Files.copy(shorter.resolve(rep), study.resolve(rep), StandardCopyOption.REPLACE_EXISTING);
        }

        CliRun resumed = ok("run", "--resume", study.toString());

        List<String> lines = resumed.errLines();
        int notice = lines.indexOf(
                "Ignored 5 files in replications/ that do not match the study; missing replications are run again:");
        assertTrue(notice >= 0, resumed.err());
        assertEquals(
                "  " + Path.of("baseline", "rep-0000.csv.gz") + ": it covers 10 days, the study 20",
                lines.get(notice + 1));
        assertEquals("  and 2 more (--verbose lists them all)", lines.get(notice + 4));
        assertTrue(resumed.err().contains("Took 0 finished replications from " + study + " and ran 5."), resumed.err());
        for (String f : List.of(ResultsFolder.SUMMARY, ResultsFolder.SUMMARY_STATS, ResultsFolder.TIMESERIES_STATS)) {
            assertEquals(read(whole, f), read(study, f), f);
        }
    }

    @Test
    void aFullDiskFailsInOneLineRecordsWhyAndResumeGivesTheFilesOfAnUninterruptedRun() throws Exception {
        Path whole = folder("whole");
        Path cut = folder("cut");
        ok(CliRun.small("compare", "baseline", "delight", "--out", whole.toString(), "--quiet"));
        CliRun failed;
        try (DiskFaults full = DiskFaults.fullFrom(p -> p.endsWith(Path.of("delight", "rep-0001.csv.gz")))) {
            failed = CliRun.run(CliRun.small("compare", "baseline", "delight", "--out", cut.toString(), "--quiet"));
        }
        assertEquals(ExitCodes.FAILURE, failed.code(), failed.err());
        assertEquals(
                "cjsim: could not read or write a file: "
                        + cut.resolve(Path.of("replications", "delight", "rep-0001.csv.gz"))
                                .toAbsolutePath() + ": "
                        + DiskFaults.FULL,
                failed.errLines().get(0));
        assertFalse(failed.err().contains("\tat "), failed.err());
        for (String f : files(cut)) {
            assertFalse(f.endsWith(".part") || f.endsWith(StudyFolder.LOCK), f);
        }

        CliRun resumed = ok("compare", "--resume", cut.toString(), "--quiet");

        assertEquals(Manifest.FINISHED, Manifest.read(cut).status());
        assertEquals(files(whole), files(cut));
        for (String f : List.of(
                ResultsFolder.SUMMARY,
                ResultsFolder.SUMMARY_STATS,
                ResultsFolder.COMPARISON,
                ResultsFolder.BRIDGE,
                ResultsFolder.TIMESERIES_STATS,
                ResultsFolder.RETENTION_LADDER)) {
            assertEquals(read(whole, f), read(cut, f), f);
        }
        assertTrue(resumed.out().contains("delight"), resumed.out());
    }

    @Test
    void aWriteFailureLeavesTheManifestFailedWithTheReason() throws Exception {
        Path out = folder("out");
        CliRun failed;
        try (DiskFaults full = DiskFaults.failing(p -> p.endsWith(Path.of("baseline", "rep-0001.csv.gz")))) {
            failed = CliRun.run(CliRun.small("run", "baseline", "--out", out.toString(), "--quiet"));
        }
        assertEquals(ExitCodes.FAILURE, failed.code(), failed.err());
        Manifest m = Manifest.read(out);
        assertEquals(Manifest.FAILED, m.status());
        assertTrue(m.failure().endsWith("rep-0001.csv.gz: " + DiskFaults.FULL), m.failure());
    }

    private static String[] args(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all.toArray(String[]::new);
    }

    /** The test class path: Surefire's own JVM may see only a manifest-only booter jar. */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        if (path == null || path.isBlank()) {
            path = System.getProperty("java.class.path");
        }
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}

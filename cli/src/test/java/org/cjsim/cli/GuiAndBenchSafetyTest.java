package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cjsim gui} and {@code bench} with hostile input: help, snapshot files of another format or in a
 * missing folder, days outside the horizon, heaps and report files that could not be used. Each is refused
 * before the lab opens or the timing starts, with exit 2 and a message naming the problem.
 */
class GuiAndBenchSafetyTest {
    @TempDir
    Path dir;

    private static CliRun bad(String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "stderr: " + r.err());
        assertTrue(r.err().startsWith("cjsim: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.errLines().size() <= 2, r.err());
        return r;
    }

    @Test
    void helpOnGuiAndBenchPrintsTheHelpAndExitsZero() {
        ChartCommandSafetyTest.helpIsShown("gui");
        ChartCommandSafetyTest.helpIsShown("bench");
    }

    @Test
    void aSnapshotNamedForAnotherFormatIsRefusedNamingTheAllowedOnes() {
        for (String name : List.of("lab.gif", "lab", "lab.png.txt")) {
            assertEquals(
                    List.of("cjsim: --snapshot: cannot tell the image format of " + dir.resolve(name)
                            + ": give a name ending in .png, .jpg, .jpeg"),
                    bad("gui", "--snapshot", dir.resolve(name).toString(), "--days", "5")
                            .errLines());
        }
    }

    @Test
    void aJpegSnapshotPassesTheChecksAndOnlyLacksADisplayHere() {
        for (String name : List.of("lab.jpg", "lab.JPEG", "lab.png")) {
            CliRun r = CliRun.run("gui", "--snapshot", dir.resolve(name).toString(), "--days", "5");
            assertEquals(ExitCodes.FAILURE, r.code(), r.err());
            assertTrue(r.err().contains("needs a display"), r.err());
        }
    }

    @Test
    void aSnapshotInAMissingFolderOrOnAFolderIsRefusedBeforeTheLabRuns() {
        Path missing = dir.resolve("no-such-folder").resolve("lab.png");
        assertEquals(
                List.of("cjsim: --snapshot " + missing + ": the folder " + missing.getParent()
                        + " does not exist (create it first)"),
                bad("gui", "--snapshot", missing.toString()).errLines());
        assertTrue(bad("gui", "--snapshot", dir.toString()).err().contains("is a folder"));
    }

    @Test
    void snapshotDaysOutsideTheHorizonAreRefusedNamingTheOption() {
        String png = dir.resolve("lab.png").toString();
        for (String days : List.of("-5", "0", "1096")) {
            assertEquals(
                    List.of("cjsim: --days must be a whole number in [1, 1095] (the scenario's horizon), got " + days),
                    bad("gui", "--snapshot", png, "--days", days).errLines());
        }
        String nan = bad("gui", "--snapshot", png, "--days", "NaN").err();
        assertTrue(nan.contains("--days") && nan.contains("NaN"), nan);
        // without --days, a horizon shorter than the default 50 days is run to its end: no bad input
        CliRun shortRun = CliRun.run("gui", "--snapshot", png, "--set", "horizon.days=30");
        assertEquals(ExitCodes.FAILURE, shortRun.code(), shortRun.err());
        assertTrue(shortRun.err().contains("needs a display"), shortRun.err());
        assertTrue(bad("gui", "--snapshot", png, "--days", "40", "--set", "horizon.days=30")
                .err()
                .contains("in [1, 30]"));
    }

    // ---------------------------------------------------------------- bench

    @Test
    void benchRefusesAHeapTheTimedJavaCouldNotStartWith() {
        for (String heap : List.of("0", "1k", "63m", "99999999g")) {
            assertTrue(
                    bad("bench", "--heap", heap).err().contains("--heap must be from 64m to this machine's memory"),
                    heap);
        }
        BenchCommand.checkHeap("64m", 1L << 30);
        BenchCommand.checkHeap("1g", 1L << 30);
        assertThrows(BadInputException.class, () -> BenchCommand.checkHeap("1025m", 1L << 30));
        assertThrows(BadInputException.class, () -> BenchCommand.checkHeap("65535k", 1L << 30));
    }

    @Test
    void benchRefusesAReportItCouldNotWriteBeforeTimingAnything() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("perf.md");
        assertEquals(
                List.of("cjsim: --out " + missing + ": the folder " + missing.getParent()
                        + " does not exist (create it first)"),
                bad("bench", "-o", missing.toString()).errLines());
        assertTrue(bad("bench", "-o", dir.toString()).err().contains("is a folder"));
    }

    @Test
    void benchRefusesMoreReplicationsThanItCanTime() {
        assertEquals(
                List.of("cjsim: --replications must be a whole number in [1, 1000] (each is a 3-year run of 10,000"
                        + " people, timed twice), got 2147483647"),
                bad("bench", "--replications", "2147483647").errLines());
    }

    @Test
    void benchRefusesACalibrationProfileItCannotReadBeforeTimingAnything() throws IOException {
        Path bad = dir.resolve("bad-profile.yaml");
        Files.writeString(bad, "kpis:\n  customers: -5\n");
        CliRun r = bad("bench", "--calibration", bad.toString());
        assertTrue(r.err().contains("--calibration " + bad + ": "), r.err());
        assertTrue(r.err().contains("kpis.customers must be a whole number in [1, 1000000000]"), r.err());
        assertTrue(bad("bench", "--calibration", dir.resolve("none.yaml").toString())
                .err()
                .contains("no such file"));
    }

    @Test
    void theReportsLineOnACalibrationSaysRunsTimeFitAndEnsemble() {
        var k = new java.util.EnumMap<org.cjsim.scenarios.Kpi, Double>(org.cjsim.scenarios.Kpi.class);
        k.put(org.cjsim.scenarios.Kpi.CUSTOMERS, 200.0);
        k.put(org.cjsim.scenarios.Kpi.GROSS_MARGIN, 0.5);
        var p = new org.cjsim.scenarios.CompanyProfile("tiny", "", "$", k);
        var c = org.cjsim.calibration.Calibrator.calibrate(
                p, new org.cjsim.calibration.Calibrator.Settings(1, 2, 90, 1L, 2, 30, 3), (done, stage) -> {});
        String line = BenchCommand.calibrationLine(Path.of("tiny.yaml"), p, c, 12.4);
        assertTrue(line.startsWith("Calibration of `tiny.yaml` (200 customers, simulated at 1:1, "), line);
        assertTrue(line.contains("2 runs in 12 s; 1 of 1 KPIs within tolerance; 3 of 3 ensemble sets kept."), line);
    }
}

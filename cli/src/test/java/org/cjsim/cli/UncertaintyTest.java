package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.output.ResultsFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --uncertainty DIR}: studies over the plausible worlds of a calibration folder, through the command line. */
class UncertaintyTest {
    @TempDir
    Path dir;

    private Path calibration;
    private Path strategy;

    /** A calibration folder by hand: a small company and three worlds that differ in two parameters. */
    @BeforeEach
    void calibrationFolder() throws Exception {
        calibration = Files.createDirectories(dir.resolve("cal"));
        Files.writeString(
                calibration.resolve("calibrated.yaml"),
                """
                name: my-company
                extends: baseline
                market:
                  population: 400
                horizon:
                  days: 40
                customers:
                  issueImpact: 3.0
                  walletWeight: 0.7
                """);
        Files.writeString(
                calibration.resolve("ensemble.csv"),
                """
                set,customers.issueImpact,customers.walletWeight
                0,2.5,0.3
                1,5.5,0.9
                2,3.5,0.6
                """);
        strategy = dir.resolve("empowered.yaml");
        Files.writeString(
                strategy,
                "name: empowered\nextends: " + calibration.resolve("calibrated.yaml")
                        + "\nstrategy:\n  latitude: 0.8\n");
    }

    private CliRun compare(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "compare",
                strategy.toString(),
                "--reference",
                calibration.resolve("calibrated.yaml").toString(),
                "--uncertainty",
                calibration.toString(),
                "--threads",
                "2",
                "--out",
                out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void aComparisonRunsOneReplicationPerWorldAndReportsTheShareOfWorldsAndThe90PercentRange() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = compare(out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("2 scenarios x 3 replications"), r.err());
        assertTrue(r.err().contains("over 3 of the 3 plausible worlds of " + calibration), r.err());
        assertTrue(r.out().contains("90% over worlds"), r.out());
        assertTrue(r.out().contains("plausible worlds of " + calibration + " (--uncertainty)"), r.out());
        assertTrue(r.out().contains("pays off in"), r.out());
        assertTrue(r.out().contains("The 90% intervals cover 3 plausible worlds (sets of parameters"), r.out());
        List<String> comparison = Files.readAllLines(out.resolve(ResultsFolder.COMPARISON));
        assertTrue(comparison.get(0).endsWith(",worlds,prob_better,ui_low,ui_high"), comparison.get(0));
        String net = comparison.stream()
                .filter(l -> l.contains(",net_contribution,"))
                .findFirst()
                .orElseThrow();
        String[] f = net.split(",");
        assertEquals("3", f[15], net);
        double share = Double.parseDouble(f[16]);
        assertTrue(share >= 0 && share <= 1, net);
        assertTrue(Double.parseDouble(f[17]) <= Double.parseDouble(f[18]), net);
        String manifest = Files.readString(out.resolve(ResultsFolder.MANIFEST));
        assertTrue(manifest.contains("\"uncertainty\""), manifest);
        assertTrue(manifest.contains("\"customers.issueImpact\" : 5.5"), manifest);
        // the worlds change the runs: the same comparison without them differs
        Path plain = dir.resolve("plain");
        CliRun noWorlds = CliRun.run(
                "compare",
                strategy.toString(),
                "--reference",
                calibration.resolve("calibrated.yaml").toString(),
                "-r",
                "3",
                "--out",
                plain.toString());
        assertEquals(0, noWorlds.code(), noWorlds.err());
        assertNotEquals(
                Files.readString(plain.resolve(ResultsFolder.SUMMARY)),
                Files.readString(out.resolve(ResultsFolder.SUMMARY)));
        assertTrue(Files.readString(plain.resolve(ResultsFolder.COMPARISON)).contains(",net_contribution,"));
        assertFalse(noWorlds.out().contains("plausible worlds"), noWorlds.out());
    }

    @Test
    void aResumedStudyKeepsItsWorldsAndEndsWithTheSameFiles() throws Exception {
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        assertEquals(0, compare(whole, "-r", "4").code());
        assertEquals(0, compare(cut, "-r", "4").code());
        Files.delete(cut.resolve("replications/empowered/rep-0001.csv.gz"));
        Files.delete(cut.resolve("replications/my-company/rep-0003.csv.gz"));
        CliRun resumed = CliRun.run("compare", "--resume", cut.toString(), "--threads", "1");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("ran 2."), resumed.err());
        for (String file : List.of(ResultsFolder.SUMMARY, ResultsFolder.COMPARISON, ResultsFolder.BUSINESS_CASE)) {
            assertEquals(Files.readString(whole.resolve(file)), Files.readString(cut.resolve(file)), file);
        }
        CliRun again = CliRun.run("compare", "--resume", cut.toString(), "--uncertainty", calibration.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("leave out --uncertainty"), again.err());

        // A replication made in another world is not taken for this one: change world 1 in the manifest.
        Path manifest = cut.resolve(ResultsFolder.MANIFEST);
        String json = Files.readString(manifest);
        String changed = json.replace("\"customers.issueImpact\" : 5.5", "\"customers.issueImpact\" : 5.0");
        assertNotEquals(json, changed);
        Files.writeString(manifest, changed.replace("\"status\" : \"finished\"", "\"status\" : \"running\""));
        CliRun otherWorld = CliRun.run("compare", "--resume", cut.toString(), "--verbose");
        assertEquals(0, otherWorld.code(), otherWorld.err());
        assertTrue(otherWorld.err().contains("Ignored 2 files"), otherWorld.err());
        assertTrue(otherWorld.err().contains("(in the plausible world of its replication)"), otherWorld.err());
        assertTrue(
                otherWorld.err().contains("Took 6 finished replications from " + cut + " and ran 2."),
                otherWorld.err());
    }

    @Test
    void fewerReplicationsThanWorldsUseTheFirstWorlds() {
        CliRun r = CliRun.run(
                "run",
                calibration.resolve("calibrated.yaml").toString(),
                "--uncertainty",
                calibration.toString(),
                "-r",
                "2",
                "--out",
                dir.resolve("run").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("over 2 of the 3 plausible worlds"), r.err());
        assertTrue(r.out().contains("over 2 plausible worlds of"), r.out());
    }

    @Test
    void badCalibrationFoldersAreRefusedNamingWhatIsWrong() throws Exception {
        CliRun missing = CliRun.run(
                "run", "baseline", "--uncertainty", dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--uncertainty must name a calibration folder"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());

        Path half = Files.createDirectories(dir.resolve("half"));
        Files.copy(calibration.resolve("calibrated.yaml"), half.resolve("calibrated.yaml"));
        CliRun noEnsemble = CliRun.run("run", "baseline", "--uncertainty", half.toString());
        assertEquals(2, noEnsemble.code());
        assertTrue(noEnsemble.err().contains("which has no ensemble.csv"), noEnsemble.err());

        Files.writeString(half.resolve("ensemble.csv"), "set,customers.issueImpact\n0,2.5\n1,ninety\n");
        CliRun notANumber = CliRun.run("run", "baseline", "--uncertainty", half.toString());
        assertEquals(2, notANumber.code());
        assertTrue(
                notANumber
                        .err()
                        .contains("ensemble.csv, row 3, column customers.issueImpact: must be a number, got"
                                + " \"ninety\""),
                notANumber.err());

        Files.writeString(half.resolve("ensemble.csv"), "set,customers.issueImpact\n0,-7\n");
        CliRun outOfRange = CliRun.run("run", "baseline", "--uncertainty", half.toString());
        assertEquals(2, outOfRange.code());
        assertTrue(outOfRange.err().contains("row 2: customers.issueImpact"), outOfRange.err());

        Files.writeString(half.resolve("ensemble.csv"), "set,customers.nonsense\n0,1\n");
        CliRun unknown = CliRun.run("run", "baseline", "--uncertainty", half.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("the column customers.nonsense is not a parameter"), unknown.err());

        Files.writeString(half.resolve("ensemble.csv"), "set,customers.issueImpact\n");
        CliRun empty = CliRun.run("run", "baseline", "--uncertainty", half.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("holds no parameter set"), empty.err());
    }

    @Test
    void aScenarioNotWrittenFromTheCalibratedCompanyIsRefused() {
        // The built-in baseline has the default values of both parameters, not the calibrated company's.
        CliRun r = CliRun.run(
                "compare",
                "empowered",
                "--uncertainty",
                calibration.toString(),
                "--out",
                dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the worlds would not change them"), r.err());
        assertTrue(r.err().contains("--from " + calibration.resolve("calibrated.yaml")), r.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing is written");
    }
}

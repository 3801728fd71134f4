package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets a short message on standard error naming what is wrong and how to fix it,
 * exit code 2, and no stack trace.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** Runs the command and checks the contract: exit 2, at most {@code maxLines} lines, no stack trace. */
    private CliRun bad(int maxLines, String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "exit code; stderr: " + r.err());
        assertFalse(r.err().contains("\tat "), "a stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), "an exception name: " + r.err());
        assertTrue(r.errLines().size() >= 1 && r.errLines().size() <= maxLines, "lines: " + r.err());
        assertTrue(r.err().startsWith("cjsim: "), r.err());
        return r;
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void anUnknownScenarioSuggestsTheClosestBuiltIn() {
        CliRun r = bad(1, "run", "basline", "--out", out());
        assertTrue(r.err().contains("no built-in scenario or file called basline: did you mean baseline?"), r.err());
    }

    @Test
    void aMissingScenarioFileIsNamed() {
        CliRun r = bad(1, "run", "nope.yaml", "--out", out());
        assertTrue(r.err().contains("nope.yaml: no such file"), r.err());
    }

    @Test
    void brokenYamlGivesTheLineAndColumn() throws Exception {
        Path f = file("broken.yaml", "strategy:\n  latitude: 0.5\n    honesty: 0.9\n");
        CliRun r = bad(1, "run", f.toString(), "--out", out());
        assertTrue(r.err().contains("broken.yaml:3:"), r.err());
        assertTrue(r.err().contains("YAML syntax error"), r.err());
    }

    @Test
    void anOutOfRangeValueNamesItsPathRangeAndValue() throws Exception {
        Path f = file("wide.yaml", "strategy:\n  latitude: 1.4\n");
        CliRun r = bad(1, "run", f.toString(), "--out", out());
        assertTrue(r.err().contains("wide.yaml:2:13: strategy.latitude must be in [0, 1], got 1.4"), r.err());
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() throws Exception {
        Path f = file("typed.yaml", "strategy:\n  triage: often\n");
        CliRun r = bad(1, "run", f.toString(), "--out", out());
        assertTrue(r.err().contains("strategy.triage must be true or false, got \"often\""), r.err());
    }

    @Test
    void anUnknownKeyIsRejectedWithASuggestion() throws Exception {
        Path f = file("typo.yaml", "strategy:\n  latitud: 0.5\n");
        CliRun r = bad(1, "run", f.toString(), "--out", out());
        assertTrue(r.err().contains("unknown parameter strategy.latitud: did you mean strategy.latitude?"), r.err());
    }

    @Test
    void everyProblemOfAFileIsListedOnItsOwnLine() throws Exception {
        Path f = file("many.yaml", "strategy:\n  latitude: 2\n  honesty: -1\nmarkt:\n  population: 5\n");
        CliRun r = bad(4, "run", f.toString(), "--out", out());
        assertEquals("cjsim: 3 problems in " + f + ":", r.errLines().get(0));
        assertTrue(r.errLines().get(3).contains("did you mean market?"), r.err());
    }

    @Test
    void extendingAnUnknownScenarioIsRejected() throws Exception {
        Path f = file("child.yaml", "extends: empowerd\n");
        CliRun r = bad(1, "run", f.toString(), "--out", out());
        assertTrue(r.err().contains("did you mean empowered?"), r.err());
    }

    @Test
    void anUnknownOptionSuggestsTheClosestOne() {
        CliRun r = bad(2, "compare", "--replicatons", "3");
        assertTrue(r.err().contains("Unknown option: '--replicatons'"), r.err());
        assertTrue(r.err().contains("--replications"), r.err());
    }

    @Test
    void anUnknownCommandSuggestsTheClosestOne() {
        CliRun r = bad(2, "comapre");
        assertTrue(r.err().contains("compare"), r.err());
    }

    @Test
    void aNonNumericOptionValueIsRejected() {
        CliRun r = bad(2, "compare", "--replications", "many");
        assertTrue(r.err().contains("'many' is not an int"), r.err());
    }

    @Test
    void zeroReplicationsAreRejected() {
        CliRun r = bad(1, "run", "baseline", "--replications", "0", "--out", out());
        assertEquals(
                "cjsim: --replications must be a whole number of at least 1, got 0",
                r.errLines().get(0));
    }

    @Test
    void zeroThreadsAreRejected() {
        CliRun r = bad(1, "run", "baseline", "--threads", "0", "--out", out());
        assertTrue(r.err().contains("--threads must be a whole number of at least 1, got 0"), r.err());
    }

    @Test
    void aHorizonOutOfRangeIsRejected() {
        CliRun r = bad(1, "run", "baseline", "--years", "200", "--out", out());
        assertTrue(
                r.err().contains("--years 200 gives 73000 days, but horizon.days must be a whole number in [1,"),
                r.err());
        bad(1, "run", "baseline", "--days", "0", "--out", out());
    }

    @Test
    void daysAndYearsTogetherAreRejected() {
        CliRun r = bad(2, "run", "baseline", "--days", "30", "--years", "1");
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void aSetOfAnUnknownParameterSuggestsOne() {
        CliRun r = bad(1, "run", "baseline", "--set", "strategy.lattitude=0.5", "--out", out());
        assertTrue(
                r.err().contains("--set: unknown parameter strategy.lattitude: did you mean strategy.latitude?"),
                r.err());
    }

    @Test
    void aSetOutOfRangeNamesTheRange() {
        CliRun r = bad(1, "run", "baseline", "--set", "strategy.latitude=7", "--out", out());
        assertTrue(r.err().contains("--set: strategy.latitude must be in [0, 1], got 7"), r.err());
    }

    @Test
    void aBadSetIsReportedOnceForAllTheScenariosOfAComparison() {
        CliRun r = bad(1, "compare", "--set", "strategy.latitude=7", "--out", out());
        assertTrue(r.err().contains("--set: strategy.latitude must be in [0, 1], got 7"), r.err());
    }

    @Test
    void aSetWithoutAnEqualsSignShowsTheForm() {
        CliRun r = bad(1, "run", "baseline", "--set", "strategy.latitude", "--out", out());
        assertTrue(r.err().contains("is not PATH=VALUE"), r.err());
    }

    @Test
    void aNonNumericVaryIsRejectedWithItsForm() {
        CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=0:x:0.1", "--out", out());
        assertTrue(r.err().contains("\"x\" is not a number; write --vary PATH=FROM:TO:STEP"), r.err());
    }

    @Test
    void varyingAnUnknownParameterSuggestsOne() {
        CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitute=0:1:0.1", "--out", out());
        assertTrue(r.err().contains("did you mean strategy.latitude?"), r.err());
    }

    @Test
    void varyingAYesNoParameterIsRejected() {
        CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.triage=0:1:1", "--out", out());
        assertTrue(r.err().contains("only numeric parameters can be swept"), r.err());
    }

    @Test
    void aGridWithoutAStepIsRejected() {
        CliRun r = bad(2, "sweep", "baseline", "--vary", "strategy.latitude=0:1", "--out", out());
        assertTrue(r.err().contains("a grid needs a step"), r.err());
    }

    @Test
    void aVaryRangeBackwardsOrOutsideTheParameterRangeIsRejected() {
        CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=0.8:0.2:0.1", "--out", out());
        assertTrue(r.err().contains("FROM must not exceed TO"), r.err());
        r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=0:2:0.5", "--out", out());
        assertTrue(r.err().contains("strategy.latitude must be in [0, 1], got 2"), r.err());
    }

    @Test
    void samplesWithAGridAreRejected() {
        CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=0:1:0.5", "--samples", "5");
        assertTrue(r.err().contains("--samples applies to --design lhs only"), r.err());
    }

    @Test
    void aSweepWithoutVaryIsRejected() {
        CliRun r = bad(2, "sweep", "baseline", "--out", out());
        assertTrue(r.err().contains("give at least one parameter to vary"), r.err());
    }

    @Test
    void anUnknownDesignListsTheChoices() {
        CliRun r = bad(2, "sweep", "baseline", "--vary", "strategy.latitude=0:1:0.5", "--design", "random");
        assertTrue(r.err().contains("grid, lhs"), r.err());
    }

    @Test
    void anUnknownChartFormatListsTheChoices() {
        CliRun r = bad(2, "compare", "--format", "gif");
        assertTrue(r.err().contains("png, svg, pdf"), r.err());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsRejected() throws Exception {
        Path blocker = file("blocker", "a file where a folder should be");
        CliRun r = bad(1, "run", "baseline", "--out", blocker.resolve("results").toString());
        assertTrue(r.err().contains("cannot write the results into"), r.err());
        assertTrue(r.err().contains("choose another folder with --out"), r.err());
    }

    @Test
    void anOutputPathThatIsAFileIsRejected() throws Exception {
        Path f = file("taken.txt", "x");
        CliRun r = bad(1, "run", "baseline", "--out", f.toString());
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
    }

    @Test
    void anOutputFolderHoldingResultsIsNotOverwritten() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/manifest.json"), "{}");
        CliRun r = bad(2, "run", "baseline", "--out", out());
        assertTrue(r.err().contains("already holds results"), r.err());
        assertTrue(r.err().contains("--resume"), r.err());
    }

    @Test
    void resumingAFolderWithoutAManifestIsRejected() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CliRun r = bad(1, "compare", "--resume", dir.resolve("empty").toString());
        assertTrue(r.err().contains("is not a cjsim results folder: it has no manifest.json"), r.err());
    }

    @Test
    void resumingWithNewScenariosOrSettingsIsRejected() {
        CliRun r = bad(2, "compare", "honest", "--replications", "5", "--resume", out());
        assertTrue(r.err().contains("leave out SCENARIO, --replications"), r.err());
    }

    @Test
    void resumingAnotherKindOfStudyNamesTheRightCommand() {
        CliRun first = CliRun.run(CliRun.small("run", "honest", "--out", out(), "--quiet"));
        assertEquals(0, first.code(), first.err());
        CliRun r = bad(1, "compare", "--resume", out());
        assertTrue(r.err().contains("holds a run, not a compare: continue it with cjsim run --resume"), r.err());
    }

    @Test
    void anUnknownReferenceIsNamedAsTheReference() {
        CliRun r = bad(1, "compare", "honest", "--reference", "basline", "--out", out());
        assertTrue(r.err().startsWith("cjsim: --reference basline: "), r.err());
        assertTrue(r.err().contains("did you mean baseline?"), r.err());
    }

    @Test
    void twoScenariosWithTheSameNameAreRejected() throws Exception {
        Path a = file("a.yaml", "name: mine\nstrategy:\n  latitude: 0.2\n");
        Path b = file("b.yaml", "name: mine\nstrategy:\n  latitude: 0.3\n");
        CliRun r = bad(2, "compare", a.toString(), b.toString(), "--out", out());
        assertTrue(r.err().contains("two scenarios are called mine"), r.err());
    }

    @Test
    void comparingTheReferenceAloneIsRejected() {
        CliRun r = bad(2, "compare", "baseline", "--out", out());
        assertTrue(r.err().contains("nothing to compare"), r.err());
    }

    @Test
    void runningWithoutAScenarioSaysWhatToGive() {
        CliRun r = bad(2, "run", "--out", out());
        assertTrue(r.err().contains("give the scenario to run, e.g. cjsim run baseline"), r.err());
    }

    @Test
    void validatingABrokenFileListsEveryProblem() throws Exception {
        Path f = file("bad.yaml", "strategy:\n  latitude: 2\n  honesty: yes please\n");
        CliRun r = bad(3, "scenarios", "validate", f.toString());
        assertTrue(r.err().contains("bad.yaml:2:13: strategy.latitude"), r.err());
        assertTrue(r.err().contains("bad.yaml:3:12: strategy.honesty"), r.err());
    }

    @Test
    void initDoesNotOverwriteAFile() throws Exception {
        Path f = file("exists.yaml", "x");
        CliRun r = bad(1, "scenarios", "init", "baseline", f.toString());
        assertTrue(r.err().contains("exists: choose another file, or replace it with --force"), r.err());
    }

    @Test
    void initFromAnotherScenarioNeedsANameOfItsOwn() {
        CliRun r =
                bad(2, "scenarios", "init", "empowered", dir.resolve("x.yaml").toString(), "--from", "honest");
        assertTrue(r.err().contains("NAME empowered is a built-in scenario"), r.err());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }

    @Test
    void initFromAnUnknownScenarioIsNamedAsFrom() {
        CliRun r = bad(1, "scenarios", "init", "mine", dir.resolve("x.yaml").toString(), "--from", "basline");
        assertTrue(r.err().startsWith("cjsim: --from basline: "), r.err());
        assertTrue(r.err().contains("did you mean baseline?"), r.err());
    }

    @Test
    void verboseShowsTheStackTraceOfABadInput() {
        CliRun r = CliRun.run("run", "basline", "--verbose", "--out", out());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}

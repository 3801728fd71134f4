package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

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
        assertTrue(
                r.err().contains("Invalid value for option '--replications': \"many\" is not a whole number"), r.err());
    }

    @Test
    void everyNumericOptionOfEveryCommandRefusesWhatIsNotAFiniteNumberInPlainNotation() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        List<String> failed = new ArrayList<>();
        int checked = 0;
        for (String[] command : commands(Cli.create(nowhere, nowhere), new String[0])) {
            CommandLine cl = Cli.create(nowhere, nowhere);
            for (String name : command) {
                cl = cl.getSubcommands().get(name);
            }
            for (OptionSpec option : cl.getCommandSpec().options()) {
                Class<?> type = option.auxiliaryTypes()[option.auxiliaryTypes().length - 1];
                if (!List.of(int.class, Integer.class, long.class, Long.class, double.class, Double.class)
                        .contains(type)) {
                    continue;
                }
                List<String> values = new ArrayList<>(List.of("NaN", "Infinity", "-Infinity", "many", "1e999", "0x10"));
                values.add(type == double.class || type == Double.class ? "1d" : "99999999999999999999");
                for (String value : values) {
                    checked++;
                    String[] args = Arrays.copyOf(command, command.length + 2);
                    args[command.length] = option.longestName();
                    args[command.length + 1] = value;
                    CliRun r = CliRun.run(args);
                    if (r.code() != ExitCodes.BAD_INPUT
                            || !r.err().startsWith("cjsim: Invalid value for option '" + option.longestName() + "'")
                            || r.errLines().size() > 2
                            || r.err().contains("\tat ")) {
                        failed.add(String.join(" ", args) + ": exit " + r.code() + ", "
                                + r.err().strip());
                    }
                }
            }
        }
        assertTrue(checked > 100, "options checked: " + checked);
        assertEquals(List.of(), failed);
    }

    /** Every command and subcommand, as the words that call it. */
    private static List<String[]> commands(CommandLine root, String[] prefix) {
        List<String[]> all = new ArrayList<>();
        all.add(prefix);
        for (var e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals(e.getValue().getCommandName())) {
                String[] path = Arrays.copyOf(prefix, prefix.length + 1);
                path[prefix.length] = e.getKey();
                all.addAll(commands(e.getValue(), path));
            }
        }
        return all;
    }

    /**
     * A small study of {@code command} with {@code option} at {@code value} instead of its small setting, so
     * that a value wrongly accepted runs briefly.
     */
    private CliRun study(int maxLines, String command, String option, String value) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        Map<String, String> small = new LinkedHashMap<>(
                Map.of("--replications", "2", "--days", "5", "--threads", "2", "--set", "market.population=300"));
        if (option.equals("--years")) {
            small.remove("--days");
        }
        small.remove(option);
        small.forEach((k, v) -> args.addAll(List.of(k, v)));
        args.addAll(List.of(option, value, "--out", out(), "--no-charts"));
        return bad(maxLines, args.toArray(String[]::new));
    }

    @Test
    void replicationsBelowOneAreRejected() {
        for (String v : List.of("0", "-1", "-2147483648")) {
            CliRun r = study(1, "run baseline", "--replications", v);
            assertEquals(
                    "cjsim: --replications must be a whole number of at least 1, got " + v,
                    r.errLines().get(0));
        }
    }

    @Test
    void threadsOutsideOneTo256AreRejected() {
        for (String v : List.of("0", "-1", "257", "100000", "2147483647")) {
            CliRun r = study(1, "compare honest", "--threads", v);
            assertTrue(r.err().contains("--threads must be a whole number in [1, 256] (this machine has"), r.err());
            assertTrue(r.err().endsWith("got " + v + "\n"), r.err());
        }
    }

    @Test
    void yearsOutsideTheHorizonsRangeAreRejectedInOneLine() {
        for (String v : List.of("0", "-1", "100.5", "1e300", "-1e-300")) {
            CliRun r = study(1, "run baseline", "--years", v);
            assertTrue(
                    r.err()
                            .startsWith("cjsim: --years must be more than 0 and at most 100 (horizon.days is at most"
                                    + " 36500), got "),
                    v + ": " + r.err());
            assertTrue(r.err().length() < 120, r.err());
        }
        CliRun r = study(1, "run baseline", "--years", "0.001");
        assertTrue(r.err().contains("--years 0.001 gives 0 days, but horizon.days must be"), r.err());
    }

    @Test
    void daysOutsideTheHorizonsRangeAreRejected() {
        for (String v : List.of("0", "-1", "36501", "2147483647")) {
            CliRun r = study(1, "sensitivity baseline", "--days", v);
            assertTrue(r.err().contains("horizon.days must be a whole number in [1, 36500]"), v + ": " + r.err());
        }
        assertTrue(study(2, "run baseline", "--days", "99999999999")
                .err()
                .contains("\"99999999999\" is too large (a whole number up to 2147483647)"));
    }

    @Test
    void aSeedMustBeAWholeNumber() {
        for (String v : List.of("1.5", "1e3", "NaN", "99999999999999999999")) {
            CliRun r = study(2, "run baseline", "--seed", v);
            assertTrue(r.err().contains("Invalid value for option '--seed'"), r.err());
        }
    }

    @Test
    void samplesOutsideOneToTenThousandAreRejected() {
        for (String v : List.of("0", "-1", "10001", "2147483647")) {
            CliRun r = bad(
                    1,
                    "sweep",
                    "baseline",
                    "--vary",
                    "strategy.latitude=0:1",
                    "--design",
                    "lhs",
                    "--samples",
                    v,
                    "--out",
                    out());
            assertTrue(r.err().contains("--samples must be a whole number in [1, 10000], got " + v), r.err());
        }
    }

    @Test
    void aVaryRangeOfNonFiniteOrNonPlainNumbersIsRejected() {
        for (String range : List.of("NaN:1:0.1", "0:Infinity:0.1", "0:1:1e999", "0x0:1:0.1", "0:1d:0.5", "0:1:NaN")) {
            CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=" + range, "--out", out());
            assertTrue(r.err().contains("is not a number; write --vary PATH=FROM:TO:STEP"), range + ": " + r.err());
        }
        for (String range : List.of("0:1:0", "0:1:-0.1")) {
            CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=" + range, "--out", out());
            assertTrue(r.err().contains("the step must be positive"), range + ": " + r.err());
        }
    }

    @Test
    void aVaryStepSoSmallThatItsCountOverflowsIsRejectedAtOnce() {
        for (String range : List.of("0:1:1e-19", "0:1:1e-300", "0:1:0.00001")) {
            CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=" + range, "--out", out());
            assertTrue(
                    r.err().contains("values are too many for one parameter (at most 10,000)"), range + ": " + r.err());
        }
        CliRun r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=0:1e-300:1e-310", "--out", out());
        assertTrue(r.err().length() < 200, r.err());
    }

    @Test
    void aHorizonOutOfRangeIsRejected() {
        CliRun r = bad(1, "run", "baseline", "--years", "200", "--out", out());
        assertTrue(r.err().contains("--years must be more than 0 and at most 100"), r.err());
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
    void aDesignWhosePointsCannotBeToldApartIsRejected() {
        CliRun r =
                bad(2, "sweep", "baseline", "--vary", "market.population=10.5:20", "--design", "lhs", "--out", out());
        assertTrue(r.err().contains("--samples 20 gives only 10 different points over these ranges"), r.err());
        r = bad(2, "sweep", "baseline", "--vary", "strategy.latitude=0.5:0.5", "--design", "lhs", "--out", out());
        assertEquals(
                "cjsim: --samples 20 gives only 1 different point over these ranges;",
                r.errLines().get(0));
        r = bad(1, "sweep", "baseline", "--vary", "strategy.latitude=0:0.00000001:0.0000000001", "--out", out());
        assertTrue(r.err().contains("the step is too fine to tell the values apart"), r.err());
        r = bad(1, "sweep", "baseline", "--vary", "strategy.escalationDays=50:50.000001:0.0000000001", "--out", out());
        assertTrue(r.err().contains("the step is too fine to tell the values apart"), r.err());
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
    void comparingAScenarioOfAnotherWorldIsRefusedNamingWhatDiffers() throws Exception {
        // A 50,000-person strategy was once paired silently with the then 10,000-person baseline.
        Path big = file("big.yaml", "extends: empowered\nmarket:\n  population: 50000\n");
        CliRun r = bad(4, "compare", big.toString(), "--days", "3", "--out", out());
        assertEquals(
                "cjsim: big differs from the reference baseline in more than the strategy:",
                r.errLines().get(0));
        assertEquals(
                "         big: market.population 50000 (reference 30000)",
                r.errLines().get(1));
        assertTrue(
                r.errLines()
                        .get(3)
                        .contains("(--set market.population=50000 sets it in all), or compare anyway"
                                + " with --allow-different-worlds."),
                r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void theParametersAndScenariosOfOtherWorldsAreListedUpToACap() throws Exception {
        String world = "market:\n  population: 900\n  initialCustomerShare: 0.3\n  initialAwareShare: 0.4\n"
                + "horizon:\n  days: 40\ncustomers:\n  annualChurnAtNeutral: 0.2\neconomics:\n  discountRate: 0.05\n";
        List<String> args = new ArrayList<>(List.of("compare"));
        for (String name : List.of("w1", "w2", "w3", "w4", "w5")) {
            args.add(
                    file(name + ".yaml", "strategy:\n  latitude: 0.5\n" + world).toString());
        }
        args.addAll(List.of("--out", out()));
        CliRun r = bad(7, args.toArray(String[]::new));
        assertTrue(r.errLines().get(0).startsWith("cjsim: scenarios differ from the reference baseline"), r.err());
        assertTrue(r.errLines().get(1).startsWith("         w1: market.population 900 (reference 30000), "), r.err());
        assertTrue(r.errLines().get(1).endsWith(" and 2 more"), r.err());
        assertEquals("         and 2 more scenarios", r.errLines().get(4));
    }

    @Test
    void aScenarioGivenTwiceIsRejected() {
        CliRun r = bad(1, "compare", "honest", "empowered", "honest", "--out", out());
        assertEquals(
                "cjsim: SCENARIO honest is given twice: give each scenario once",
                r.errLines().get(0));
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
    void initWithSetWritesTheChangesAndRefusesABadOne() throws Exception {
        Path f = dir.resolve("more.yaml");
        CliRun ok = CliRun.run(
                "scenarios", "init", "more", f.toString(), "--from", "honest", "--set", "strategy.latitude=0.9");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("cjsim compare " + f + " --reference honest"), ok.out());
        var written = org.cjsim.scenarios.ScenarioLoader.load(f);
        assertEquals(0.9, written.strategy().latitude());
        assertEquals(0.95, written.strategy().honesty(), "the rest from honest");
        CliRun r = bad(2, "scenarios", "init", "x", dir.resolve("x.yaml").toString(), "--set", "strategy.latitude=7");
        assertTrue(r.err().contains("strategy.latitude"), r.err());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }

    @Test
    void initFromAnotherScenarioNeedsANameOfItsOwn() {
        CliRun r =
                bad(2, "scenarios", "init", "empowered", dir.resolve("x.yaml").toString(), "--from", "honest");
        assertTrue(r.err().contains("NAME empowered is a built-in scenario"), r.err());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }

    @Test
    void initRefusesANameOnSeveralLinesOrEndingInAStar() {
        assertTrue(bad(1, "scenarios", "init", "a\nb", dir.resolve("x.yaml").toString())
                .err()
                .contains("NAME must be one line of text"));
        assertTrue(
                bad(1, "scenarios", "init", "baseline*", dir.resolve("x.yaml").toString())
                        .err()
                        .contains("NAME must not end in *"));
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

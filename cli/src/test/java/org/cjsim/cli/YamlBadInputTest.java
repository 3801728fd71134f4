package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile scenario files: several YAML documents, aliases, huge files and error lists, long chains of
 * {@code extends}, deep nesting, odd values. Each gets exit code 2 and a short message naming the problem,
 * never a stack trace, a silently wrong value or an unbounded list.
 */
class YamlBadInputTest {
    /** How many lines a listing of problems takes at most: a header, the problems listed, the count. */
    private static final int LISTING = ScenarioException.MAX_LISTED + 2;

    @TempDir
    Path dir;

    /** Runs the command and checks the contract: exit 2, at most {@code maxLines} lines, no stack trace. */
    private CliRun bad(int maxLines, String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "exit code; stderr: " + cut(r.err()));
        assertFalse(r.err().contains("\tat "), "a stack trace: " + cut(r.err()));
        assertFalse(r.err().contains("Exception"), "an exception name: " + cut(r.err()));
        assertFalse(r.err().contains("Error"), "an error name: " + cut(r.err()));
        assertTrue(r.errLines().size() >= 1 && r.errLines().size() <= maxLines, "lines: " + cut(r.err()));
        assertTrue(r.err().startsWith("cjsim: "), cut(r.err()));
        assertTrue(r.errLines().stream().allMatch(l -> l.length() <= 400), "a line too long: " + cut(r.err()));
        return r;
    }

    private static String cut(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "...";
    }

    private CliRun validate(int maxLines, Path file) {
        return bad(maxLines, "scenarios", "validate", file.toString());
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** {@code count} unknown keys {@code k0: 1}, {@code k1: 1}, ... at the top level. */
    private static String unknownKeys(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append('k').append(i).append(": 1\n");
        }
        return yaml.toString();
    }

    @Test
    void aFileOfSeveralYamlDocumentsIsRefused() throws Exception {
        Path f = file("two.yaml", "name: a\n---\nstrategy:\n  latitude: 9\n");
        CliRun r = validate(1, f);
        assertTrue(r.err().contains("two.yaml:2:1: a second YAML document starts here"), r.err());
        assertTrue(r.out().isEmpty(), "called valid: " + r.out());
        bad(1, "run", f.toString(), "--out", dir.resolve("out").toString());
    }

    @Test
    void anEmptyDocumentAfterTheFirstIsRefusedToo() throws Exception {
        CliRun r = validate(1, file("trailing.yaml", "strategy:\n  latitude: 0.5\n---\n"));
        assertTrue(r.err().contains("trailing.yaml:3:1: a second YAML document"), r.err());
    }

    @Test
    void aSingleLeadingDocumentMarkerIsAccepted() throws Exception {
        Path f = file("lead.yaml", "---\nstrategy:\n  latitude: 0.5\n...\n");
        CliRun r = CliRun.run("scenarios", "validate", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("valid scenario lead (1 value differs"), r.out());
    }

    @Test
    void anAliasIsRefusedRatherThanReadAsItsName() throws Exception {
        Path f = file("alias.yaml", "x: &v 0.9\nstrategy:\n  honesty: *v\n");
        CliRun r = validate(1, f);
        assertTrue(
                r.err()
                        .contains("alias.yaml:3:12: YAML aliases (*v) are not supported in scenario files: write the"
                                + " value itself"),
                r.err());
    }

    @Test
    void anAliasBombGivesOneLine() throws Exception {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        CliRun r = validate(1, file("bomb.yaml", yaml.toString()));
        assertTrue(r.err().contains("bomb.yaml:2:10: YAML aliases (*a0)"), r.err());
    }

    @Test
    void twoHundredThousandUnknownKeysGiveAShortListAndTheCount() throws Exception {
        CliRun r = validate(LISTING, file("keys.yaml", unknownKeys(200_000)));
        assertTrue(r.err().startsWith("cjsim: 200,000 problems in " + dir.resolve("keys.yaml") + ":"), cut(r.err()));
        assertTrue(r.err().contains("keys.yaml:1:1: unknown key k0 "), cut(r.err()));
        assertTrue(r.err().contains("keys.yaml:20:1: unknown key k19 "), cut(r.err()));
        assertFalse(r.err().contains("unknown key k20 "), cut(r.err()));
        assertTrue(r.err().trim().endsWith("keys.yaml: ... and 199,980 more problems"), cut(r.err()));
    }

    @Test
    void validatingSeveralFilesCountsTheProblemsOfAll() throws Exception {
        Path a = file("a.yaml", unknownKeys(30));
        Path b = file("b.yaml", unknownKeys(5));
        CliRun r = bad(LISTING, "scenarios", "validate", a.toString(), b.toString());
        assertTrue(r.err().startsWith("cjsim: 35 problems:"), r.err());
        assertTrue(r.err().trim().endsWith("... and 15 more problems"), r.err());
    }

    @Test
    void aFileOfThreeMegabytesOfUnknownKeysIsCheckedInSeconds() throws Exception {
        StringBuilder yaml = new StringBuilder("strategy:\n");
        for (int i = 0; yaml.length() < ScenarioLoader.MAX_FILE_BYTES - 100; i++) {
            yaml.append("  unknownParameterNumber").append(i).append(": 1\n");
        }
        Path f = file("huge.yaml", yaml.toString());
        long start = System.nanoTime();
        CliRun r = validate(LISTING, f);
        double seconds = (System.nanoTime() - start) / 1e9;
        // About 1 s on a laptop; before, time grew with the square of the keys (over a minute). The bound is
        // loose for slow shared machines.
        assertTrue(seconds < 10, "took " + seconds + " s");
        assertTrue(r.err().contains("huge.yaml:2:3: unknown parameter strategy.unknownParameterNumber0"), cut(r.err()));
        assertTrue(r.err().trim().endsWith("more problems"), cut(r.err()));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path f = dir.resolve("giant.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            // Sparse: 300 MB that reading would have to go through (and hold twice in memory).
            raf.setLength(300L * 1024 * 1024);
        }
        long start = System.nanoTime();
        CliRun r = validate(1, f);
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "slow: read before refusing?");
        assertTrue(
                r.err()
                        .contains("giant.yaml: the file is 314,572,800 bytes, over the limit of 3,145,728 bytes (3 MB)"
                                + " for a scenario file"),
                r.err());
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsReadAndOneByteMoreIsNot() throws Exception {
        StringBuilder yaml = new StringBuilder("strategy:\n  latitude: 0.5\n");
        while (yaml.length() < ScenarioLoader.MAX_FILE_BYTES - 200) {
            yaml.append("# ").append("x".repeat(97)).append('\n');
        }
        int rest = (int) ScenarioLoader.MAX_FILE_BYTES - yaml.length() - 3;
        yaml.append("# ").append("x".repeat(rest)).append('\n');
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(ScenarioLoader.MAX_FILE_BYTES, bytes.length);
        Path atLimit = dir.resolve("limit.yaml");
        Files.write(atLimit, bytes);
        CliRun ok = CliRun.run("scenarios", "validate", atLimit.toString());
        assertEquals(ExitCodes.OK, ok.code(), cut(ok.err()));

        Path over = dir.resolve("over.yaml");
        Files.write(over, java.util.Arrays.copyOf(bytes, bytes.length + 1));
        CliRun r = validate(1, over);
        assertTrue(r.err().contains("over.yaml: the file is 3,145,729 bytes, over the limit of 3,145,728"), r.err());
    }

    @Test
    void aLineOfMillionsOfCharactersIsRefusedAtOnce() throws Exception {
        Path f = file("line.yaml", "strategy:\n  latitude: 0.5\n# " + "x".repeat(3_000_000) + "\n");
        long start = System.nanoTime();
        CliRun r = validate(1, f);
        // Reading such a line took 6 to 14 s (its square in copying); the check is one pass over the text.
        assertTrue((System.nanoTime() - start) / 1e9 < 3, "slow");
        assertTrue(
                r.err().contains("line.yaml:3:1: the line is 3,000,002 characters long, over the limit of 10,000"),
                r.err());
    }

    @Test
    void aLineOfTheLengthLimitIsReadAndOneCharacterMoreIsNot() throws Exception {
        String line = "# " + "x".repeat(ScenarioLoader.MAX_LINE_LENGTH - 2);
        Path ok = file("ok.yaml", "strategy:\n  latitude: 0.5\n" + line + "\n");
        assertEquals(
                ExitCodes.OK, CliRun.run("scenarios", "validate", ok.toString()).code());
        CliRun r = validate(1, file("long-line.yaml", "strategy:\n  latitude: 0.5\n" + line + "x\n"));
        assertTrue(r.err().contains("long-line.yaml:3:1: the line is 10,001 characters long"), r.err());
    }

    @Test
    void aLongChainOfExtendsIsRefusedWithItsLimitAndNoStackOverflow() throws Exception {
        for (int i = 0; i < 1500; i++) {
            file("f" + i + ".yaml", i < 1499 ? "extends: f" + (i + 1) + ".yaml\n" : "extends: baseline\n");
        }
        CliRun r = validate(1, dir.resolve("f0.yaml"));
        assertTrue(
                r.err()
                        .contains("f31.yaml:1:10: extends f32.yaml: more than 32 files extend one another (f0.yaml ->"
                                + " f1.yaml -> f2.yaml -> ... (27 more) -> f30.yaml -> f31.yaml -> f32.yaml)"),
                r.err());
    }

    @Test
    void aChainOf32FilesIsReadAnd33AreNot() throws Exception {
        for (int i = 0; i < 32; i++) {
            file("g" + i + ".yaml", i < 31 ? "extends: g" + (i + 1) + ".yaml\n" : "strategy:\n  latitude: 0.25\n");
        }
        CliRun ok = CliRun.run("scenarios", "validate", dir.resolve("g0.yaml").toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("strategy.latitude"), ok.out());
        file("top.yaml", "extends: g0.yaml\n");
        CliRun r = validate(1, dir.resolve("top.yaml"));
        assertTrue(r.err().contains("more than 32 files extend one another (top.yaml -> g0.yaml"), r.err());
    }

    @Test
    void aCycleOfExtendsNamesItsFiles() throws Exception {
        file("a.yaml", "extends: b.yaml\n");
        file("b.yaml", "extends: c.yaml\n");
        file("c.yaml", "extends: a.yaml\n");
        CliRun r = validate(1, dir.resolve("a.yaml"));
        assertTrue(
                r.err().contains("c.yaml:1:10: extends itself through a.yaml -> b.yaml -> c.yaml -> a.yaml"), r.err());
        CliRun self = validate(1, file("self.yaml", "extends: self.yaml\n"));
        assertTrue(self.err().contains("self.yaml:1:10: extends itself through self.yaml -> self.yaml"), self.err());
    }

    @Test
    void deepNestingIsRefusedAtItsStart() throws Exception {
        // One level a line: a line of 10,000 levels is refused for its length.
        Path maps = file("maps.yaml", "x:\n" + " {a:\n".repeat(10_000) + " 1\n" + " }\n".repeat(10_000));
        CliRun m = validate(1, maps);
        assertTrue(m.err().contains("maps.yaml:11:2: sections nested more than 10 levels deep"), m.err());
        Path lists = file("lists.yaml", "x:\n" + " [\n".repeat(10_000) + " ]\n".repeat(10_000));
        CliRun l = validate(1, lists);
        assertTrue(l.err().contains("lists.yaml:11:2: sections nested more than 10 levels deep"), l.err());
    }

    @Test
    void nestingOfTenLevelsIsAnUnknownKeyAndElevenIsTooDeep() throws Exception {
        // The top level is the first; x's value the second.
        String nine = "{a: ".repeat(8) + "1" + "}".repeat(8);
        CliRun ten = validate(1, file("ten.yaml", "x: {a: " + nine + "}\n"));
        assertTrue(ten.err().contains("ten.yaml:1:1: unknown key x"), ten.err());
        CliRun eleven = validate(1, file("eleven.yaml", "x: {a: {a: " + nine + "}}\n"));
        assertTrue(eleven.err().contains("nested more than 10 levels deep"), eleven.err());
    }

    @Test
    void nanAndInfinityAreRejectedWithTheTextGiven() throws Exception {
        CliRun nan = validate(1, file("nan.yaml", "strategy:\n  latitude: .nan\n"));
        assertTrue(nan.err().contains("nan.yaml:2:13: strategy.latitude must be in [0, 1], got .nan"), nan.err());
        CliRun inf = validate(1, file("inf.yaml", "market:\n  population: -.inf\n"));
        assertTrue(inf.err().contains("market.population must be a whole number in [10, "), inf.err());
        assertTrue(inf.err().endsWith("got -.inf\n"), inf.err());
        CliRun set = bad(
                1,
                "run",
                "baseline",
                "--set",
                "strategy.latitude=NaN",
                "--out",
                dir.resolve("out").toString());
        assertTrue(set.err().contains("--set: strategy.latitude must be in [0, 1], got \"NaN\""), set.err());
    }

    @Test
    void hugeNumbersAreRejectedWithTheirRange() throws Exception {
        CliRun r = validate(1, file("big.yaml", "market:\n  population: 1" + "0".repeat(5000) + "\n"));
        assertTrue(r.err().contains("big.yaml:2:15: market.population must be a whole number in [10, "), r.err());
        assertTrue(r.err().contains("(5,001 characters)"), r.err());
        CliRun e = validate(1, file("exp.yaml", "strategy:\n  latitude: 1e400\n"));
        assertTrue(e.err().contains("strategy.latitude must be in [0, 1], got 1e400"), e.err());
    }

    @Test
    void anIntegerForAYesNoParameterIsRejected() throws Exception {
        CliRun r = validate(1, file("bool.yaml", "strategy:\n  triage: 1\n"));
        assertTrue(r.err().contains("bool.yaml:2:11: strategy.triage must be true or false, got 1"), r.err());
    }

    @Test
    void aBinaryFileIsNotText() throws Exception {
        Path f = dir.resolve("image.yaml");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, 1, 2});
        assertTrue(validate(1, f).err().contains("image.yaml: not a text file in UTF-8"));
        Path nul = file("nul.yaml", "strategy:\n  latitude: 0.5\u0000\n");
        assertTrue(validate(1, nul).err().contains("YAML syntax error: special characters are not allowed"));
    }

    @Test
    void aFolderIsNotAScenarioFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        assertTrue(validate(1, folder).err().contains("folder.yaml: a folder, not a scenario file"));
        CliRun run =
                bad(1, "run", folder.toString(), "--out", dir.resolve("out").toString());
        assertTrue(run.err().contains("folder.yaml: a folder, not a scenario file"), run.err());
    }

    @Test
    void aDeviceIsNotAScenarioFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertTrue(validate(1, zero).err().contains("/dev/zero: not a regular file"));
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path f = file("secret.yaml", "strategy:\n  latitude: 0.5\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "the superuser reads every file");
        assertTrue(validate(1, f).err().contains("secret.yaml: cannot read it: permission denied"));
    }

    @Test
    void anEmptyFileAndAFileOfCommentsAreEmpty() throws Exception {
        assertTrue(validate(1, file("empty.yaml", "")).err().contains("empty.yaml: the file is empty"));
        assertTrue(validate(1, file("comments.yaml", "# nothing\n\n# here\n"))
                .err()
                .contains("comments.yaml: the file is empty"));
    }

    @Test
    void aKeyGivenTwiceIsNamed() throws Exception {
        CliRun r = validate(1, file("twice.yaml", "strategy:\n  latitude: 0.5\n  latitude: 0.6\n"));
        assertTrue(r.err().contains("twice.yaml:3:3: strategy.latitude is given twice (lines 2 and 3)"), r.err());
    }

    @Test
    void keysThatAreNotNamesAreRefused() throws Exception {
        CliRun number = validate(1, file("number.yaml", "1: 2\n"));
        assertTrue(number.err().contains("number.yaml:1:1: unknown key 1 "), number.err());
        CliRun list = validate(1, file("list.yaml", "? [a, b]\n: 1\n"));
        assertTrue(list.err().contains("a key must be a name, not a list or a section"), list.err());
        assertFalse(list.err().contains("snakeyaml"), list.err());
    }

    @Test
    void aVeryLongKeyIsShortenedInTheMessage() throws Exception {
        CliRun r = validate(1, file("long.yaml", "strategy:\n  ? " + "k".repeat(9_000) + "\n  : 1\n"));
        assertTrue(r.err().contains("unknown parameter strategy.kkkk"), r.err());
        assertTrue(r.err().contains("(9,009 characters)"), r.err());
    }

    @Test
    void aNameOnTwoLinesIsRefused() throws Exception {
        CliRun r = validate(1, file("lines.yaml", "name: \"one\\ntwo\"\n"));
        assertTrue(r.err().contains("lines.yaml:1:7: name must be one line of text"), r.err());
        assertTrue(r.err().contains("got \"one\\ntwo\""), r.err());
    }

    @Test
    void aBadExtendsTargetIsNamed() throws Exception {
        CliRun r = validate(1, file("nul-name.yaml", "extends: \"a\\0b.yaml\"\n"));
        assertTrue(r.err().contains("extends a\\u0000b.yaml: not a file name"), r.err());
    }
}

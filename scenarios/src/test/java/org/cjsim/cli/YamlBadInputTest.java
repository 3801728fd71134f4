package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cjsim.scenarios.ScenarioException;
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
    void validatingSeveralFilesCountsTheProblemsOfAll() throws Exception {
        Path a = file("a.yaml", unknownKeys(30));
        Path b = file("b.yaml", unknownKeys(5));
        CliRun r = bad(LISTING, "scenarios", "validate", a.toString(), b.toString());
        assertTrue(r.err().startsWith("cjsim: 35 problems:"), r.err());
        assertTrue(r.err().trim().endsWith("... and 15 more problems"), r.err());
    }
}

package org.cjsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cjsim.gui.VirtualDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in README.md's code blocks runs as written, in order, from one fresh folder in which
 * {@code ./cjsim} is the project's launcher (as in a fresh clone): {@code bash} blocks and the {@code $}
 * lines of {@code console} blocks. Where a {@code console} block shows what a command prints, the test
 * checks it prints exactly that (up to the time it took and the name of a dated results folder). The lab
 * ({@code cjsim gui} without {@code --snapshot}) runs until its window is open, on a virtual display; a
 * command commented "interrupted with Ctrl-C" gets SIGINT once its first replication is written.
 */
class ReadmeCommandsIT {
    private static final Path ROOT =
            Path.of(System.getProperty("cjsim.root", "..")).toAbsolutePath().normalize();
    /** The test command of the README, which runs this test: not run again from here. */
    private static final String TEST_COMMAND = "mvn -B verify";

    private static final long MINUTES = 10;

    @TempDir
    Path dir;

    /** A command of the README, with what it prints when the README shows it (console blocks). */
    record Command(int line, String text, List<String> shown) {
        boolean interrupted() {
            return text.contains("# interrupted with Ctrl-C");
        }

        /** The command without its trailing comment. */
        String shell() {
            int hash = text.indexOf(" #");
            return (hash < 0 ? text : text.substring(0, hash)).trim();
        }

        boolean opensTheLab() {
            List<String> words = List.of(shell().split("\\s+"));
            return words.contains("gui") && !words.contains("--snapshot");
        }
    }

    /** The commands of every {@code bash} and {@code console} code block of {@code readme}, in order. */
    static List<Command> commands(List<String> readme) {
        List<Command> commands = new ArrayList<>();
        String fence = null;
        Command open = null;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                fence = fence == null ? line.substring(3).trim() : null;
                open = null;
                continue;
            }
            if ("bash".equals(fence)) {
                if (line.isBlank()) {
                    continue;
                }
                int first = i + 1;
                StringBuilder text = new StringBuilder(line);
                while (text.toString().endsWith("\\") && i + 1 < readme.size()) {
                    text.setLength(text.length() - 1);
                    String head = text.toString().stripTrailing();
                    text.setLength(0);
                    text.append(head).append(' ').append(readme.get(++i).trim());
                }
                commands.add(new Command(first, text.toString().trim(), List.of()));
            } else if ("console".equals(fence)) {
                if (line.startsWith("$ ")) {
                    open = new Command(i + 1, line.substring(2).trim(), new ArrayList<>());
                    commands.add(open);
                } else if (open != null) {
                    open.shown().add(line);
                }
            }
        }
        return commands;
    }

    @Test
    void theParserFindsBashLinesContinuationsAndConsoleOutput() {
        List<Command> c = commands(List.of(
                "text",
                "```bash",
                "./cjsim a   # one",
                "./cjsim b \\",
                "    --x 1",
                "```",
                "```yaml",
                "name: x",
                "```",
                "```console",
                "$ ./cjsim c",
                "cjsim: no",
                "```"));
        assertEquals(3, c.size());
        assertEquals("./cjsim a", c.get(0).shell());
        assertEquals("./cjsim b --x 1", c.get(1).shell());
        assertEquals(List.of("cjsim: no"), c.get(2).shown());
        assertEquals(11, c.get(2).line());
        assertEquals(
                List.of("Results in results/compare-DATE (TIME, 16 charts", "(TIME).", "on N threads"),
                masked(List.of(
                        "Results in results/compare-20261122-090012 (1 min 18 s, 16 charts",
                        "(21 s).",
                        "on 2 threads")));
    }

    @Test
    void everyCommandOfTheReadmeRunsAsWritten() throws Exception {
        List<Command> commands = commands(Files.readAllLines(ROOT.resolve("README.md")));
        assertTrue(commands.size() > 10, "found only " + commands.size() + " commands in README.md");
        Files.createSymbolicLink(dir.resolve("cjsim"), ROOT.resolve("cjsim"));
        try (VirtualDisplay display = VirtualDisplay.obtain()) {
            for (Command c : commands) {
                if (c.shell().equals(TEST_COMMAND)) {
                    continue;
                }
                if (!c.shell().startsWith("./cjsim ") && !c.shell().startsWith("xvfb-run ")) {
                    fail("README.md line " + c.line() + ": not a cjsim command, so this test cannot run it: "
                            + c.text());
                }
                run(c, display);
            }
        }
    }

    private void run(Command c, VirtualDisplay display) throws IOException, InterruptedException {
        Path out = dir.resolve(".output");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", c.shell())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().put("DISPLAY", display.name());
        builder.environment().remove("CJSIM_JAVA_OPTS");
        Process p = builder.start();
        String where = "README.md line " + c.line() + ": " + c.shell();
        if (c.opensTheLab()) {
            awaitOutput(p, out, "The lab is open", where);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor(1, TimeUnit.MINUTES);
            return;
        }
        if (c.interrupted()) {
            awaitReplicationFile(p, dir.resolve(option(c.shell(), "--out")), where);
            List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
            all.add(p.toHandle());
            for (ProcessHandle h : all) {
                new ProcessBuilder("kill", "-INT", Long.toString(h.pid()))
                        .start()
                        .waitFor();
            }
            assertTrue(p.waitFor(1, TimeUnit.MINUTES), where + ": still running a minute after Ctrl-C");
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(printed.contains("--resume"), where + ": Ctrl-C did not say how to resume:\n" + printed);
            return;
        }
        if (!p.waitFor(MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(where + ": did not finish in " + MINUTES + " minutes");
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        boolean failing = !c.shown().isEmpty() && c.shown().get(0).startsWith("cjsim: ");
        if (failing) {
            assertEquals(2, p.exitValue(), where + " should be refused:\n" + printed);
        } else {
            assertEquals(0, p.exitValue(), where + " failed:\n" + printed);
        }
        if (!c.shown().isEmpty()) {
            assertEquals(
                    String.join("\n", masked(c.shown())).strip(),
                    String.join("\n", masked(printed.lines().toList())).strip(),
                    where + ": prints something other than the README shows");
        }
    }

    /** Lines with what changes from run to run masked: durations and dated folder names. */
    private static List<String> masked(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.startsWith("cjsim: building"))
                .map(l -> l.replaceAll("(results/[a-z]+)-\\d{8}-\\d{6}(-\\d+)?", "$1-DATE")
                        .replaceAll("\\((\\d+(\\.\\d+)? (h|min|s)\\b ?)+", "(TIME")
                        .replaceAll("on \\d+ threads?", "on N threads"))
                .toList();
    }

    private static void awaitOutput(Process p, Path out, String text, String where)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            String printed = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            if (printed.contains(text)) {
                return;
            }
            if (p.waitFor(200, TimeUnit.MILLISECONDS)) {
                fail(where + ": ended (exit " + p.exitValue() + ") before saying \"" + text + "\":\n" + printed);
            }
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail(where + ": did not say \"" + text + "\" within 2 minutes");
    }

    /** The value of {@code option} in {@code command}; fails the test when the command does not give it. */
    private static String option(String command, String option) {
        List<String> words = List.of(command.split("\\s+"));
        int k = words.indexOf(option);
        if (k < 0 || k + 1 >= words.size()) {
            fail("the README's interrupted command must name its folder with " + option + ": " + command);
        }
        return words.get(k + 1);
    }

    private void awaitReplicationFile(Process p, Path results, String where) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(MINUTES);
        while (System.nanoTime() < deadline) {
            if (p.waitFor(200, TimeUnit.MILLISECONDS)) {
                fail(where + ": finished (exit " + p.exitValue() + ") before it could be interrupted");
            }
            if (Files.isDirectory(results)) {
                try (Stream<Path> files = Files.walk(results)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".csv.gz"))) {
                        return;
                    }
                }
            }
        }
        fail(where + ": no replication written in " + MINUTES + " minutes");
    }
}

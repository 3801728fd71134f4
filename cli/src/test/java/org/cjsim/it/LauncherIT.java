package org.cjsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./cjsim} launcher, end to end, in a fresh folder: as a user runs it. */
class LauncherIT {
    @TempDir
    Path dir;

    record Process(int code, String out, String err) {}

    private Process cjsim(String... args) throws IOException, InterruptedException {
        Path launcher =
                Path.of(System.getProperty("cjsim.root", "..")).resolve("cjsim").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(Arrays.asList(args));
        Path out = dir.resolve(".stdout");
        Path err = dir.resolve(".stderr");
        java.lang.Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("cjsim " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Process(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void compareRunsTheWholeLibraryAndWritesItsResultsIntoTheWorkingFolder() throws Exception {
        Process p = cjsim("compare", "--replications", "2", "--days", "60", "--set", "market.population=500");

        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("8 strategies against baseline*: 2 replications of 60 days, 500 people"), p.out());
        assertTrue(p.out().contains("baseline* (reference)"), p.out());
        assertTrue(p.out().contains("*: every scenario with market.population=500"), p.out());
        Path results = dir.resolve("results");
        List<Path> folders;
        try (Stream<Path> list = Files.list(results)) {
            folders = list.toList();
        }
        assertEquals(1, folders.size());
        Path folder = folders.get(0);
        assertTrue(folder.getFileName().toString().matches("compare-\\d{8}-\\d{6}"), folder.toString());
        assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"status\" : \"finished\""));
        assertEquals(
                1 + 9 * 2, Files.readAllLines(folder.resolve("summary.csv")).size());
        assertTrue(Files.exists(folder.resolve("replications/delight/rep-0001.csv.gz")));
    }

    @Test
    void badInputThroughTheLauncherGivesOneLineAndExitCodeTwo() throws Exception {
        Process p = cjsim("run", "basline");

        assertEquals(2, p.code());
        assertEquals(1, p.err().lines().count(), p.err());
        assertTrue(p.err().contains("did you mean baseline?"), p.err());
    }
}

package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.output.ResultsFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --resume} and determinism, through the command line. */
class ResumeTest {
    @TempDir
    Path dir;

    private static final List<String> FILES = List.of(
            ResultsFolder.SUMMARY,
            ResultsFolder.SUMMARY_STATS,
            ResultsFolder.COMPARISON,
            ResultsFolder.BRIDGE,
            ResultsFolder.TIMESERIES_STATS,
            ResultsFolder.RETENTION_LADDER);

    private CliRun compare(Path out, String threads) {
        return CliRun.run(
                "compare",
                "cost-cutter",
                "delight",
                "--replications",
                "3",
                "--days",
                "20",
                "--set",
                "market.population=300",
                "--threads",
                threads,
                "--out",
                out.toString());
    }

    @Test
    void aResumedComparisonRunsOnlyWhatIsMissingAndEndsWithTheSameFiles() throws Exception {
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        assertEquals(0, compare(whole, "2").code());
        assertEquals(0, compare(cut, "2").code());
        Files.delete(cut.resolve("replications/delight/rep-0000.csv.gz"));
        Files.delete(cut.resolve("replications/cost-cutter/rep-0002.csv.gz"));
        Files.delete(cut.resolve("replications/baseline/rep-0001.csv.gz"));
        Files.delete(cut.resolve(ResultsFolder.COMPARISON));

        CliRun resumed = CliRun.run("compare", "--resume", cut.toString(), "--threads", "1");

        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().startsWith("Resuming compare in " + cut), resumed.err());
        assertTrue(resumed.err().contains("Took 6 finished replications from " + cut + " and ran 3."), resumed.err());
        for (String f : FILES) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(cut.resolve(f)), f);
        }
        assertTrue(resumed.out().contains("delight"), resumed.out());
    }

    @Test
    void aResumedSweepKeepsItsDesign() throws Exception {
        Path out = dir.resolve("sweep");
        CliRun first = CliRun.run(CliRun.small(
                "sweep", "baseline", "--vary", "strategy.latitude=0.2:0.6:0.2", "--out", out.toString(), "--quiet"));
        assertEquals(0, first.code(), first.err());
        String sweep = Files.readString(out.resolve(ResultsFolder.SWEEP));
        Files.delete(out.resolve(ResultsFolder.SWEEP));
        try (var files = Files.walk(out.resolve("replications"))) {
            files.filter(p -> p.getFileName().toString().equals("rep-0001.csv.gz"))
                    .forEach(p -> p.toFile().delete());
        }
        CliRun resumed = CliRun.run("sweep", "--resume", out.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("and ran 3."), resumed.err());
        assertEquals(sweep, Files.readString(out.resolve(ResultsFolder.SWEEP)));
    }

    @Test
    void theSameSeedGivesTheSameFilesWhateverTheNumberOfThreads() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, compare(one, "1").code());
        assertEquals(0, compare(two, "2").code());
        for (String f : FILES) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f);
        }
    }
}

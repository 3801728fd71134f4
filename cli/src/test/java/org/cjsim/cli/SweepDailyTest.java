package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.output.Manifest;
import org.cjsim.output.ReplicationFiles;
import org.cjsim.output.ResultsFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep keeps its runs' summaries only unless asked for their daily series ({@code --daily}): the daily
 * series of many points would take gigabytes of memory and disk.
 */
class SweepDailyTest {
    @TempDir
    Path dir;

    private CliRun sweep(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("sweep", "baseline", "--vary", "strategy.latitude=0:1:0.5", "--out", out.toString()));
        args.addAll(CliRun.SMALL);
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void withoutDailyASweepKeepsSummariesOnlyAndWithItEveryPointsSeries() throws Exception {
        Path plain = dir.resolve("plain");
        CliRun r = sweep(plain);
        assertEquals(0, r.code(), r.err());
        assertFalse(Manifest.read(plain).plan().settings().keepDaily());
        List<String> stats = Files.readAllLines(plain.resolve(ResultsFolder.TIMESERIES_STATS));
        assertEquals(1, stats.size(), "the header only: " + stats.size() + " lines");
        Path rep = plain.resolve("replications")
                .resolve(Files.list(plain.resolve("replications"))
                        .findFirst()
                        .orElseThrow()
                        .getFileName())
                .resolve(ReplicationFiles.fileName(0));
        assertNull(ReplicationFiles.read(rep).run().daily());
        assertTrue(Files.readString(plain.resolve(ResultsFolder.SWEEP)).contains("net_contribution"));

        Path daily = dir.resolve("daily");
        CliRun d = sweep(daily, "--daily");
        assertEquals(0, d.code(), d.err());
        assertTrue(Manifest.read(daily).plan().settings().keepDaily());
        // 3 points x every daily metric x 20 days, and the header
        assertEquals(
                1 + 3 * org.cjsim.metrics.DailyMetric.values().length * 20,
                Files.readAllLines(daily.resolve(ResultsFolder.TIMESERIES_STATS))
                        .size());
        Path dailyRep = daily.resolve("replications")
                .resolve(Files.list(daily.resolve("replications"))
                        .findFirst()
                        .orElseThrow()
                        .getFileName())
                .resolve(ReplicationFiles.fileName(0));
        assertNotNull(ReplicationFiles.read(dailyRep).run().daily());
        // The summaries are the same either way.
        assertEquals(
                Files.readString(daily.resolve(ResultsFolder.SWEEP)),
                Files.readString(plain.resolve(ResultsFolder.SWEEP)));

        CliRun resumed = CliRun.run("sweep", "--resume", plain.toString(), "--daily");
        assertEquals(2, resumed.code());
        assertTrue(resumed.err().contains("--daily"), resumed.err());
    }
}

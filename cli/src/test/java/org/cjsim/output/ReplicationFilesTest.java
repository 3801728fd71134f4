package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.Severity;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicationFilesTest {
    @TempDir
    Path dir;

    private static final String SHA = "0".repeat(64);

    static void assertSameReplication(ReplicationResult expected, ReplicationResult actual) {
        assertEquals(expected.scenario(), actual.scenario());
        assertEquals(expected.replication(), actual.replication());
        assertEquals(expected.seed(), actual.seed());
        assertEquals(expected.seconds(), actual.seconds());
        assertArrayEquals(expected.run().summary(), actual.run().summary());
        assertEquals(expected.run().ladder(), actual.run().ladder());
        assertEquals(expected.run().streamSeeds(), actual.run().streamSeeds());
        if (expected.run().daily() == null) {
            assertNull(actual.run().daily());
        } else {
            assertEquals(expected.run().daily().length, actual.run().daily().length);
            for (int m = 0; m < expected.run().daily().length; m++) {
                assertArrayEquals(expected.run().daily()[m], actual.run().daily()[m], "daily metric " + m);
            }
        }
    }

    /**
     * The fingerprint of a scenario written before parameters were added stays the same: this value is the
     * one a replication file of the baseline with 3,000 people over 365 days carried when the windows of
     * broken promises and discovered deflections and the limit of skepticism were constants of the code.
     * A change of a default also changes it: then folders written before cannot be read, and this test says
     * so. The costs of the levers (section {@code costs}) did: the levers were free before, the baseline now
     * pays for its listening, clarity, escalation and latitude, so its results differ and the folders written
     * before must not be resumed with them. So did the cost of each complaint reported to the root-cause team
     * ({@code costs.listeningPerReport}, 40 for the baseline).
     */
    @Test
    void addingAParameterAtItsFormerValueKeepsTheFingerprintOfOlderFolders() {
        ScenarioParams s = Params.with(
                        ScenarioParams.defaults(), Map.of("market.population", 3000, "horizon.days", 365))
                .named("baseline*", "");
        assertEquals(
                "608f014eff818a276e3658b347ee30f812cc440a2c47e8c219491eb58f5b2559",
                ReplicationFiles.parametersSha256(s));
        assertNotEquals(
                "7cb434c420ca5557ded5d9e1876ddede196108b64f86b66d0d2a3617384ad0e2",
                ReplicationFiles.parametersSha256(s),
                "the fingerprint of the baseline before a report to the root-cause team had a cost");
        assertNotEquals(
                "3ea9bfbd8ca36e732d145e2f2df19c9c38ae225274ab4ad00fe2943413458ccd",
                ReplicationFiles.parametersSha256(s),
                "the fingerprint of the baseline before the levers had costs");
        assertNotEquals(
                ReplicationFiles.parametersSha256(s),
                ReplicationFiles.parametersSha256(Params.with(s, "customers.maxSkepticism", 5)),
                "another value of an added parameter is another scenario");
        assertNotEquals(
                ReplicationFiles.parametersSha256(s),
                ReplicationFiles.parametersSha256(Params.with(s, "customers.discoveryMaxDays", 30.0)));
    }

    @Test
    void aSimulatedReplicationReadsBackBitForBit() throws Exception {
        ReplicationResult r = Experiment.replicate(Tiny.scenario("delight"), 7, 3, true);
        Path file = ReplicationFiles.path(dir, "delight", 3);
        String sha = ReplicationFiles.parametersSha256(Tiny.scenario("delight"));
        ReplicationFiles.write(file, r, sha);
        assertTrue(file.endsWith(Path.of("replications", "delight", "rep-0003.csv.gz")));
        assertSameReplication(r, ReplicationFiles.read(file));
        assertEquals(sha, ReplicationFiles.readStored(file).parametersSha256());
    }

    @Test
    void awkwardNumbersReadBackBitForBit() throws Exception {
        double[] summary = new double[SummaryMetric.values().length];
        for (int i = 0; i < summary.length; i++) {
            summary[i] = new double[] {Double.NaN, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, 1e-300, -7e22}
                    [i % 7];
        }
        float[][] daily = new float[DailyMetric.values().length][3];
        for (float[] series : daily) {
            series[0] = Float.NaN;
            series[1] = Float.MIN_VALUE;
            series[2] = 16777217f / 3;
        }
        LadderCounts ladder = new LadderCounts();
        ladder.add(LadderGroup.SILENT, Severity.MAJOR, 12, 5);
        ReplicationResult r = new ReplicationResult(
                "a, \"quoted\" name", 0, Long.MIN_VALUE, new RunResult(summary, daily, ladder, Map.of("x", -1L)), 0.3);
        Path file = dir.resolve("r.csv.gz");
        ReplicationFiles.write(file, r, SHA);
        assertSameReplication(r, ReplicationFiles.read(file));
    }

    @Test
    void aReplicationWithoutDailySeriesReadsBackWithout() throws Exception {
        ReplicationResult r = Experiment.replicate(Tiny.scenario("baseline"), 7, 0, false);
        Path file = dir.resolve("r.csv.gz");
        ReplicationFiles.write(file, r, SHA);
        assertSameReplication(r, ReplicationFiles.read(file));
    }

    @Test
    void aTruncatedFileIsReportedAsUnreadable() throws Exception {
        ReplicationResult r = Experiment.replicate(Tiny.scenario("baseline"), 7, 0, true);
        Path file = dir.resolve("r.csv.gz");
        ReplicationFiles.write(file, r, SHA);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(java.io.IOException.class, () -> ReplicationFiles.read(file));
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws Exception {
        ReplicationResult r = Experiment.replicate(Tiny.scenario("baseline"), 7, 0, true);
        ReplicationFiles.write(dir.resolve("r.csv.gz"), r, SHA);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theFingerprintChangesWithEveryParameterButNotWithTheDescription() throws Exception {
        ScenarioParams base = Tiny.scenario("baseline");
        String sha = ReplicationFiles.parametersSha256(base);
        assertEquals(64, sha.length());
        assertEquals(sha, ReplicationFiles.parametersSha256(Tiny.scenario("baseline")));
        assertNotEquals(sha, ReplicationFiles.parametersSha256(Params.with(base, "horizon.days", 31)));
        assertNotEquals(sha, ReplicationFiles.parametersSha256(Params.with(base, "market.population", 301)));
        assertNotEquals(sha, ReplicationFiles.parametersSha256(Params.with(base, "strategy.latitude", 0.5000001)));
        assertEquals(sha, ReplicationFiles.parametersSha256(base.named(base.name(), "other words")));
    }

    @Test
    void aFileOfTheOlderFormatIsReportedWithItsFormat() throws Exception {
        Path file = dir.resolve("r.csv.gz");
        ReplicationResult r = Experiment.replicate(Tiny.scenario("baseline"), 7, 0, false);
        ReplicationFiles.write(file, r, SHA);
        String text = gunzip(file).replace(ReplicationFiles.FORMAT, "cjsim-replication-1");
        gzip(file, text.replace("meta,parameters_sha256," + SHA + "\n", ""));
        var e = assertThrows(IOException.class, () -> ReplicationFiles.read(file));
        assertTrue(e.getMessage().contains("format cjsim-replication-1, expected cjsim-replication-2"), e.getMessage());
    }

    @Test
    void aFileWrittenBeforeTheLeverCostsIsReportedAsOlder() throws Exception {
        Path file = dir.resolve("r.csv.gz");
        ReplicationResult r = Experiment.replicate(Tiny.scenario("baseline"), 7, 0, false);
        ReplicationFiles.write(file, r, SHA);
        String text =
                gunzip(file).replaceAll("summary,(listening|clarity|triage|escalation|latitude)_cost,[^\\n]*\\n", "");
        gzip(file, text);
        var e = assertThrows(IOException.class, () -> ReplicationFiles.read(file));
        assertTrue(e.getMessage().contains("summary metric listening_cost is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("earlier version of cjsim"), e.getMessage());
    }

    @Test
    void aFileWithAShortRecordIsReportedAsUnreadable() throws Exception {
        Path file = dir.resolve("r.csv.gz");
        ReplicationResult r = Experiment.replicate(Tiny.scenario("baseline"), 7, 0, false);
        ReplicationFiles.write(file, r, SHA);
        gzip(file, gunzip(file) + "ladder,silent\n");
        var e = assertThrows(IOException.class, () -> ReplicationFiles.read(file));
        assertTrue(e.getMessage().contains("unreadable"), e.getMessage());
    }

    private static String gunzip(Path file) throws IOException {
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void gzip(Path file, String text) throws IOException {
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.output.Plan;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Studies that cannot fit are refused before they start; running out of memory anyway is one line. */
class StudySizeTest {
    @TempDir
    Path dir;

    private static final long MB = 1024L * 1024;

    private static Plan libraryComparison(int replications) {
        List<ScenarioParams> all = new ArrayList<>();
        ScenarioLibrary.names().forEach(n -> all.add(ScenarioLibrary.get(n)));
        return Plan.compare(all, "baseline", new ExperimentSettings(replications, 1, 2, true));
    }

    @Test
    void theReadmesComparisonFitsInAQuarterOfAGigabyte() {
        Plan plan = libraryComparison(20);
        assertTrue(StudySize.bytes(plan) < 256 * MB, StudySize.bytes(StudySize.bytes(plan)));
        StudySize.check(plan, 256 * MB);
    }

    @Test
    void theEstimateCountsEveryRunsDailySeries() {
        Plan plan = libraryComparison(20);
        Plan twice = libraryComparison(40);
        // 180 more runs of 1,095 days, each day with every daily metric as a float.
        double series = 180.0 * 1095 * org.cjsim.metrics.DailyMetric.values().length * Float.BYTES;
        assertTrue(StudySize.bytes(twice) - StudySize.bytes(plan) > series);
    }

    @Test
    void beyondTheKeptReplicationsOnlyTheSummariesGrow() {
        double perRun = StudySize.BYTES_PER_RUN + org.cjsim.metrics.DailyMetric.values().length * 16.0;
        double growth = StudySize.bytes(libraryComparison(400)) - StudySize.bytes(libraryComparison(200));
        assertEquals(9 * 200 * perRun, growth, 1e-6 * growth);
        assertTrue(StudySize.bytes(libraryComparison(10_000)) < 1024 * MB);
    }

    @Test
    void aSweepWithoutDailySeriesOfTenThousandRunsFitsInHalfAGigabyte() {
        ScenarioParams small = org.cjsim.params.Params.with(
                ScenarioParams.defaults(), java.util.Map.of("market.population", 300, "horizon.days", 365));
        List<org.cjsim.experiment.SweepAxis> axes =
                List.of(new org.cjsim.experiment.SweepAxis("strategy.latitude", 0, 1, 1));
        Plan summaries = Plan.sweep(
                small, axes, org.cjsim.experiment.Sweep.LATIN_HYPERCUBE, 1000, new ExperimentSettings(10, 1, 2, false));
        Plan daily = Plan.sweep(
                small, axes, org.cjsim.experiment.Sweep.LATIN_HYPERCUBE, 1000, new ExperimentSettings(10, 1, 2, true));
        StudySize.check(summaries, 512 * MB);
        assertTrue(StudySize.bytes(summaries) < 64 * MB, StudySize.bytes(StudySize.bytes(summaries)));
        BadInputException e = assertThrows(BadInputException.class, () -> StudySize.check(daily, 512 * MB));
        assertTrue(e.lines().get(0).contains("with their daily series"), e.getMessage());
        assertTrue(e.lines().get(1).contains("(or leave out --daily)"), e.getMessage());
    }

    @Test
    void aStudyIsRefusedJustAboveTheHeapAndKeptJustBelow() {
        Plan plan = libraryComparison(20);
        double needed = StudySize.bytes(plan);
        StudySize.check(plan, (long) Math.ceil(needed));
        BadInputException e =
                assertThrows(BadInputException.class, () -> StudySize.check(plan, (long) Math.floor(needed) - 1));
        assertEquals(2, e.lines().size());
        assertTrue(e.lines().get(0).startsWith("this study needs at least "), e.getMessage());
        assertTrue(e.lines().get(0).contains("180 runs (9 scenarios x 20 replications)"), e.getMessage());
        assertTrue(e.lines().get(1).contains("CJSIM_JAVA_OPTS=-Xmx1g"), e.getMessage());
    }

    @Test
    void aStudyOfMoreRunsThanTheCapIsRefusedWhateverTheHeap() {
        StudySize.check(libraryComparison(11_111), Long.MAX_VALUE);
        BadInputException e =
                assertThrows(BadInputException.class, () -> StudySize.check(libraryComparison(11_112), Long.MAX_VALUE));
        assertTrue(
                e.lines().get(0).contains("100,008 runs (9 scenarios x 11,112 replications), more than the 100,000"),
                e.getMessage());
    }

    @Test
    void hugeReplicationCountsAreRefusedAtOnce() {
        for (String[] args : List.of(
                new String[] {"run", "baseline", "-r", "2147483647"},
                new String[] {"compare", "--replications", "100000"},
                new String[] {
                    "sweep",
                    "baseline",
                    "--vary",
                    "strategy.latitude=0:1",
                    "--design",
                    "lhs",
                    "--samples",
                    "10000",
                    "--replications",
                    "20"
                })) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--out", dir.resolve("out").toString()));
            CliRun r = CliRun.run(all.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(2, r.errLines().size(), r.err());
            assertTrue(r.err().contains("more than the 100,000 one study may run"), r.err());
            assertFalse(dir.resolve("out").toFile().exists(), "nothing written");
        }
    }

    @Test
    void aStudyTooLargeForTheHeapIsRefusedAtOnceSayingHowToGiveMore() {
        CliRun r = CliRun.run(
                "run",
                "baseline",
                "-r",
                "1000",
                "--threads",
                "256",
                "--set",
                "market.population=1000000",
                "--out",
                dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.err().contains("Java was given"), r.err());
        assertTrue(r.err().contains("CJSIM_JAVA_OPTS=-Xmx"), r.err());
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingHowMuchJavaHadAndHowToGiveMore() {
        CliRun r = CliRun.run(
                (results, folder, options) -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                CliRun.small("run", "baseline", "--out", dir.resolve("out").toString(), "--quiet"));
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertEquals(
                List.of("cjsim: " + Cli.outOfMemoryMessage(Runtime.getRuntime().maxMemory())), r.errLines());
        assertTrue(r.err().contains("Java was given "), r.err());
        assertTrue(r.err().contains("CJSIM_JAVA_OPTS=-Xmx"), r.err());
    }

    @Test
    void anyOtherErrorIsAFailureWithoutATrace() {
        CliRun r = CliRun.run(
                (results, folder, options) -> {
                    throw new StackOverflowError();
                },
                CliRun.small("run", "baseline", "--out", dir.resolve("out").toString(), "--quiet"));
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertTrue(r.err().startsWith("cjsim: unexpected error: java.lang.StackOverflowError"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void theOutOfMemoryMessageSuggestsTwiceTheHeap() {
        assertEquals(
                "out of memory: Java was given 5.9 GB; give it more with e.g. CJSIM_JAVA_OPTS=-Xmx12g, or run fewer"
                        + " replications, fewer days or a smaller market",
                Cli.outOfMemoryMessage(6320816128L));
        assertTrue(Cli.outOfMemoryMessage(256 * MB).contains("given 256 MB"));
    }
}

package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyRunnerTest {
    @TempDir
    Path dir;

    private static final List<String> AGGREGATES = List.of(
            ResultsFolder.SUMMARY,
            ResultsFolder.SUMMARY_STATS,
            ResultsFolder.COMPARISON,
            ResultsFolder.BRIDGE,
            ResultsFolder.TIMESERIES_STATS,
            ResultsFolder.RETENTION_LADDER);

    private static Plan comparison() {
        return Plan.compare(
                List.of(Tiny.scenario("baseline"), Tiny.scenario("cost-cutter"), Tiny.scenario("delight")),
                "baseline",
                Tiny.settings(3));
    }

    private StudyRunner.Outcome run(Plan plan, Path folder, boolean resume) throws IOException {
        return StudyRunner.run(Manifest.starting(plan, List.of("test")), folder, resume, ExperimentListener.NONE);
    }

    @Test
    void aComparisonWritesEveryFileAndAReplicationFileForEachRun() throws Exception {
        StudyRunner.Outcome outcome = run(comparison(), dir, false);
        assertEquals(9, outcome.ran());
        for (String f : AGGREGATES) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        assertTrue(Files.exists(dir.resolve("replications/cost-cutter/rep-0002.csv.gz")));
        assertEquals(
                1 + 9, Files.readAllLines(dir.resolve(ResultsFolder.SUMMARY)).size());
        assertEquals(Manifest.FINISHED, Manifest.read(dir).status());
    }

    @Test
    void theReaderRebuildsTheSameResultsAsTheRun() throws Exception {
        Results ran = run(comparison(), dir, false).results();
        Results read = ResultsReader.read(dir);
        assertEquals(ran.plan(), read.plan());
        assertEquals(
                ((Comparison.Result) ran.result()).comparisons(), ((Comparison.Result) read.result()).comparisons());
        for (ScenarioResult s : ran.experiment().scenarios()) {
            ScenarioResult r = read.experiment().scenario(s.name()).orElseThrow();
            assertEquals(s.summary(), r.summary());
            assertEquals(s.ladder(), r.ladder());
            for (int k = 0; k < s.replications().size(); k++) {
                ReplicationFilesTest.assertSameReplication(
                        s.replications().get(k), r.replications().get(k));
            }
            assertArrayEquals(
                    s.daily(org.cjsim.metrics.DailyMetric.CUSTOMERS).mean(),
                    r.daily(org.cjsim.metrics.DailyMetric.CUSTOMERS).mean());
        }
    }

    @Test
    void resumingAnInterruptedComparisonRunsOnlyTheMissingReplicationsAndGivesTheSameFiles() throws Exception {
        Path whole = dir.resolve("whole");
        Path interrupted = dir.resolve("interrupted");
        run(comparison(), whole, false);
        run(comparison(), interrupted, false);
        Files.delete(interrupted.resolve("replications/delight/rep-0001.csv.gz"));
        Files.delete(interrupted.resolve("replications/baseline/rep-0002.csv.gz"));
        Files.delete(interrupted.resolve(ResultsFolder.COMPARISON));
        Files.writeString(interrupted.resolve(ResultsFolder.SUMMARY), "scenario,replication\nbroken");
        Path leftover = interrupted.resolve("replications/delight/rep-0001.csv.gz.7" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(leftover, "half a file");

        Manifest manifest = Manifest.read(interrupted);
        StudyRunner.Outcome outcome = StudyRunner.run(manifest, interrupted, true, ExperimentListener.NONE);

        assertEquals(2, outcome.ran());
        assertFalse(Files.exists(leftover));
        assertEquals(7, outcome.reused());
        for (String f : AGGREGATES) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(interrupted.resolve(f)), f);
        }
    }

    @Test
    void aFolderWithMissingReplicationsIsReportedAsIncomplete() throws Exception {
        run(comparison(), dir, false);
        Files.delete(dir.resolve("replications/delight/rep-0001.csv.gz"));
        var e = assertThrows(IOException.class, () -> ResultsReader.read(dir));
        assertTrue(e.getMessage().contains("1 of 9 replications are missing"), e.getMessage());
        assertTrue(e.getMessage().contains("cjsim compare --resume"), e.getMessage());
    }

    @Test
    void aReplicationFileOfAnotherSeedIsNotTaken() throws Exception {
        Path study = dir.resolve("study");
        run(comparison(), study, false);
        Path other = dir.resolve("other");
        Plan plan = comparison();
        run(plan.withSettings(new org.cjsim.experiment.ExperimentSettings(3, 43, 2, true)), other, false);
        Files.copy(
                other.resolve("replications/delight/rep-0001.csv.gz"),
                study.resolve("replications/delight/rep-0001.csv.gz"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ResultsReader.Found found = ResultsReader.replications(study, plan);
        assertEquals(8, found.replications().size());
        assertTrue(
                found.skipped().get(0).contains("is not that of replication 1"),
                found.skipped().toString());
    }

    @Test
    void theSensitivityPlanHoldsExactlyTheVariantsTheCoreRuns() throws Exception {
        ScenarioParams base = Tiny.scenario("baseline");
        Plan plan = Plan.sensitivity(base, Params.levers(), Tiny.settings(2));
        Sensitivity.Result direct =
                new Sensitivity(base, Params.levers()).run(Tiny.settings(2), ExperimentListener.NONE, List.of());
        Set<String> names = new HashSet<>();
        for (Sensitivity.Row row : direct.rows()) {
            if (row.lowComparison() != null) {
                names.add(row.lowComparison().scenario());
            }
            if (row.highComparison() != null) {
                names.add(row.highComparison().scenario());
            }
        }
        names.add(base.name());
        assertEquals(
                names,
                new HashSet<>(
                        plan.scenarios().stream().map(ScenarioParams::name).toList()));

        Results results = run(plan, dir, false).results();
        assertEquals(direct.rows(), ((Sensitivity.Result) results.result()).rows());
        assertTrue(Files.size(dir.resolve(ResultsFolder.SENSITIVITY)) > 0);
        assertEquals(
                direct.rows(), ((Sensitivity.Result) ResultsReader.read(dir).result()).rows());
    }

    @Test
    void aSweepWritesAPointPerDesignPointAndReadsBack() throws Exception {
        Plan plan = Plan.sweep(
                Tiny.scenario("baseline"),
                List.of(new SweepAxis("strategy.latitude", 0.2, 0.6, 0.2)),
                Sweep.GRID,
                0,
                Tiny.settings(2));
        Sweep.Result results = (Sweep.Result) run(plan, dir, false).results().result();
        assertEquals(3, results.points().size());
        assertEquals(0.4, results.points().get(1).values().get("strategy.latitude"));
        List<String> lines = Files.readAllLines(dir.resolve(ResultsFolder.SWEEP));
        assertTrue(lines.get(0).startsWith("point,scenario,strategy.latitude,metric,"), lines.get(0));
        Sweep.Result read = (Sweep.Result) ResultsReader.read(dir).result();
        assertEquals(
                results.points().get(2).result().summary(),
                read.points().get(2).result().summary());
        assertEquals(results.points().get(2).values(), read.points().get(2).values());
    }

    @Test
    void rowsOfSummaryAreWrittenAsReplicationsFinish() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("baseline"), new org.cjsim.experiment.ExperimentSettings(4, 42, 1, true));
        // The study stops when the third replication finishes: the rows of the two before it are in the file.
        var e = assertThrows(
                RuntimeException.class,
                () -> StudyRunner.run(Manifest.starting(plan, List.of("t")), dir, false, new ExperimentListener() {
                    @Override
                    public void replicationFinished(ReplicationResult result, int done, int total) {
                        if (done == 3) {
                            throw new IllegalStateException("stop");
                        }
                    }
                }));
        assertTrue(e.getMessage().contains("stop"), e.getMessage());
        List<String> lines = Files.readAllLines(dir.resolve(ResultsFolder.SUMMARY));
        assertTrue(lines.size() >= 1 + 2, "rows: " + lines);
        assertEquals(Manifest.FAILED, Manifest.read(dir).status());
    }
}

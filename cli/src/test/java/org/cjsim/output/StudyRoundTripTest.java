package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.experiment.StudyResult;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Seeds;
import org.cjsim.scenarios.ScenarioLibrary;
import org.cjsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of study, written to its folder and read back, is the result it produced when it ran. */
class StudyRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Plan> everyKindOfStudy() {
        return Stream.of(
                Plan.run(Tiny.scenario("baseline"), Tiny.settings(2)),
                Plan.compare(
                        List.of(Tiny.scenario("baseline"), Tiny.scenario("delight")), "baseline", Tiny.settings(2)),
                Plan.sweep(
                        Tiny.scenario("baseline"),
                        List.of(new SweepAxis("strategy.latitude", 0.2, 0.6, 0.4)),
                        Sweep.GRID,
                        0,
                        Tiny.settings(2)),
                Plan.sensitivity(
                        Tiny.scenario("baseline"),
                        List.of(
                                Params.info("strategy.latitude").orElseThrow(),
                                Params.info("strategy.prevention").orElseThrow(),
                                Params.info("strategy.triage").orElseThrow()),
                        Tiny.settings(2)));
    }

    /** What a study produced, as values that compare with equals: its own result and every scenario's. */
    private static List<Object> produced(StudyResult result) {
        List<Object> values = new ArrayList<>();
        values.add(result.study());
        for (ScenarioResult s : result.experiment().scenarios()) {
            values.add(s.scenario());
            values.add(s.summary());
            values.add(s.ladder());
        }
        values.add(result.accept(new StudyResult.Cases<Object>() {
            @Override
            public Object singleRun(SingleRun.Result r) {
                return r.scenario().name();
            }

            @Override
            public Object comparison(Comparison.Result r) {
                return r.comparisons();
            }

            @Override
            public Object sweep(Sweep.Result r) {
                return r.points().stream()
                        .map(p -> List.of(
                                p.values(), p.result().name(), p.result().summary()))
                        .toList();
            }

            @Override
            public Object sensitivity(Sensitivity.Result r) {
                return r.rows();
            }
        }));
        return values;
    }

    @ParameterizedTest
    @MethodSource("everyKindOfStudy")
    void aStudyReadFromItsFolderIsTheResultItProducedWhenItRan(Plan plan) throws Exception {
        Path folder = dir.resolve("study");
        Results ran = StudyRunner.run(Manifest.starting(plan, List.of("test")), folder, false, ExperimentListener.NONE)
                .results();
        Results read = ResultsReader.read(folder);
        assertEquals(ran.plan(), read.plan());
        assertEquals(ran.result().getClass(), read.result().getClass());
        assertEquals(produced(ran.result()), produced(read.result()));
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        ResultFiles.writeAll(again, read);
        for (String file : ResultFiles.aggregateFiles(plan.study())) {
            assertEquals(Files.readString(folder.resolve(file)), Files.readString(again.resolve(file)), file);
        }
    }

    @Test
    void theBusinessCaseReadFromAFolderIsTheOneComputedWhenItRan() throws Exception {
        Plan plan = Plan.compare(
                List.of(Tiny.scenario("baseline"), Tiny.scenario("empowered"), Tiny.scenario("cost-cutter")),
                "baseline",
                Tiny.settings(2));
        Path folder = dir.resolve("bc");
        Results ran = StudyRunner.run(Manifest.starting(plan, List.of("test")), folder, false, ExperimentListener.NONE)
                .results();
        Results read = ResultsReader.read(folder);
        List<BusinessCase> before = ((Comparison.Result) ran.result())
                .comparisons().stream().map(StrategyComparison::businessCase).toList();
        List<BusinessCase> after = ((Comparison.Result) read.result())
                .comparisons().stream().map(StrategyComparison::businessCase).toList();
        assertEquals(before, after);
        for (BusinessCase b : after) {
            assertNotEquals(BusinessCase.UNKNOWN, b.paybackMonth(), "the payback comes from the daily series kept");
        }
        String file = Files.readString(folder.resolve(ResultsFolder.BUSINESS_CASE));
        for (BusinessCase b : after) {
            assertTrue(file.contains(b.sentence()), file);
        }
        Path again = dir.resolve("bc-again");
        Files.createDirectories(again);
        ResultFiles.writeAll(again, read);
        assertEquals(file, Files.readString(again.resolve(ResultsFolder.BUSINESS_CASE)));
    }

    private static ScenarioParams huge(String builtIn) throws Exception {
        return ScenarioLoader.override(
                ScenarioLibrary.get(builtIn), List.of("market.population=5000000", "horizon.days=36500"), "--set");
    }

    @Test
    void readingAFolderRunsNoSimulation() throws Exception {
        // Five million people over a hundred years: one replication would take hours, and the replication
        // files below hold made-up values that no simulation gives. Reading must take the files as they are.
        ScenarioParams base = huge("baseline");
        ScenarioParams delight = huge("delight");
        Plan plan = Plan.compare(List.of(base, delight), base.name(), new ExperimentSettings(2, 42, 1, false));
        Manifest.starting(plan, List.of("test")).asFinished(1).write(dir);
        for (ScenarioParams s : plan.scenarios()) {
            for (int k = 0; k < 2; k++) {
                double[] summary = new double[SummaryMetric.values().length];
                summary[SummaryMetric.NET_CONTRIBUTION.ordinal()] = s == base ? 100 + k : 130 + 3 * k;
                ReplicationResult r = new ReplicationResult(
                        s.name(),
                        k,
                        Seeds.replication(42, k),
                        new RunResult(summary, null, new LadderCounts(), Map.of()),
                        0);
                ReplicationFiles.write(
                        ReplicationFiles.path(dir, plan.slugs().get(s.name()), k),
                        r,
                        ReplicationFiles.parametersSha256(s));
            }
        }
        Results read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ResultsReader.read(dir));
        Comparison.Result comparison = (Comparison.Result) read.result();
        assertEquals(
                100.5,
                comparison
                        .reference()
                        .statistics(SummaryMetric.NET_CONTRIBUTION)
                        .mean());
        assertEquals(
                31.0,
                comparison
                        .comparisons()
                        .get(0)
                        .difference(SummaryMetric.NET_CONTRIBUTION)
                        .mean());
    }
}

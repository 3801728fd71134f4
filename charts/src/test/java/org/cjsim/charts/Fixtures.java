package org.cjsim.charts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/** Result sets for the tests: made up value by value, or from a small run of the engine. */
final class Fixtures {
    /** The context of made-up results: 4 replications of 3 years, dollars. */
    static final ChartContext CONTEXT = new ChartContext("test", 42, 4, 3, "$");

    private Fixtures() {}

    /** A scenario whose replications have the given summary values (other metrics 0), no daily series. */
    static ScenarioResult scenario(String name, Map<SummaryMetric, double[]> values) {
        return scenario(name, values, new LadderCounts[0]);
    }

    /** As {@link #scenario(String, Map)}, with a ladder per replication (empty where not given). */
    static ScenarioResult scenario(String name, Map<SummaryMetric, double[]> values, LadderCounts[] ladders) {
        int n = values.values().stream().mapToInt(v -> v.length).max().orElse(1);
        List<ReplicationResult> reps = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] summary = new double[SummaryMetric.values().length];
            for (Map.Entry<SummaryMetric, double[]> e : values.entrySet()) {
                summary[e.getKey().ordinal()] = e.getValue()[k];
            }
            LadderCounts ladder = k < ladders.length ? ladders[k] : new LadderCounts();
            reps.add(new ReplicationResult(name, k, 1000 + k, new RunResult(summary, null, ladder, Map.of()), 0));
        }
        return new ScenarioResult(ScenarioParams.defaults().named(name, ""), reps);
    }

    /** Strategies of {@code result} compared with {@code reference}, as {@code cjsim compare} gives them. */
    static Comparison.Result comparison(ExperimentResult result, String reference) {
        return new Comparison(
                        result.scenarios().stream()
                                .map(ScenarioResult::scenario)
                                .toList(),
                        reference)
                .aggregate(result);
    }

    /** The one scenario of {@code result} as a run ({@code cjsim run}). */
    static SingleRun.Result single(ExperimentResult result) {
        return new SingleRun(result.scenarios().get(0).scenario()).aggregate(result);
    }

    /** A sweep of the default scenario over {@code axes} with made-up points. */
    static Sweep.Result sweep(List<Sweep.Point> points, List<SweepAxis> axes) {
        Sweep study = new Sweep(
                ScenarioParams.defaults(),
                Sweep.GRID,
                0,
                axes,
                points.stream().map(Sweep.Point::values).toList());
        List<ScenarioResult> results = points.stream().map(Sweep.Point::result).toList();
        return new Sweep.Result(study, experiment(results), points);
    }

    /** A sensitivity analysis of {@code base} with made-up rows. */
    static Sensitivity.Result sensitivity(ScenarioResult base, List<Sensitivity.Row> rows) {
        Sensitivity study = new Sensitivity(
                base.scenario(), rows.stream().map(Sensitivity.Row::lever).toList());
        return new Sensitivity.Result(study, experiment(List.of(base)), rows);
    }

    private static ExperimentResult experiment(List<ScenarioResult> results) {
        int n = results.isEmpty()
                ? 1
                : Math.max(1, results.get(0).replications().size());
        return new ExperimentResult(ExperimentSettings.defaults().withReplications(n), results, 0);
    }

    /** Values of one metric: {@code metric} to {@code v}. */
    static Map<SummaryMetric, double[]> values(SummaryMetric metric, double... v) {
        Map<SummaryMetric, double[]> m = new EnumMap<>(SummaryMetric.class);
        m.put(metric, v);
        return m;
    }

    /** Adds {@code offset[k]} to every value of {@code base} for {@code metric} (a strategy near a reference). */
    static double[] plus(double[] base, double... offset) {
        double[] r = base.clone();
        for (int k = 0; k < r.length; k++) {
            r[k] += offset[k];
        }
        return r;
    }

    /**
     * A small real experiment, run once per test JVM: baseline, empowered and cost-cutter in a market of
     * 1,000 people for 180 days, 3 replications, daily series kept, ladder window 60 days.
     */
    static ExperimentResult smallRun() {
        return SmallRun.RESULT;
    }

    /** The context of {@link #smallRun()}. */
    static ChartContext smallContext() {
        return ChartContext.of(smallRun());
    }

    /** The base scenario of the small runs. */
    static ScenarioParams smallBase() {
        ScenarioParams s = Params.with(ScenarioParams.defaults(), "market.population", 1000);
        s = Params.with(s, "horizon.days", 180);
        return Params.with(s, "horizon.ladderWindowDays", 60);
    }

    /** Settings of the small runs: 3 replications on 2 threads. */
    static ExperimentSettings smallSettings() {
        return ExperimentSettings.defaults().withReplications(3).withThreads(2);
    }

    private static final class SmallRun {
        static final ExperimentResult RESULT = run();

        private static ExperimentResult run() {
            ScenarioParams base = smallBase();
            ScenarioParams empowered = Params.with(base, Map.of("strategy.latitude", 0.8, "strategy.goodwillCap", 75))
                    .named("empowered", "Front line may settle and compensate.");
            ScenarioParams costCutter = Params.with(
                            base,
                            Map.of(
                                    "strategy.agentsPer1000Customers",
                                    0.6,
                                    "strategy.latitude",
                                    0.1,
                                    "strategy.goodwillCap",
                                    10,
                                    "strategy.escalationDays",
                                    4))
                    .named("cost-cutter", "Fewer agents, little latitude.");
            return Experiment.run(List.of(base, empowered, costCutter), smallSettings(), ExperimentListener.NONE);
        }
    }
}

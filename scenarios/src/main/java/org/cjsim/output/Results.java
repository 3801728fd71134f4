package org.cjsim.output;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.experiment.Sweep;

/**
 * Everything a study produced, as the core's result types: the experiment (every scenario and
 * replication), and depending on the study the comparisons with the reference, the sweep's points or the
 * sensitivity analysis. Built after a run, or by {@link ResultsReader} from a results folder.
 *
 * @param plan what was run
 * @param experiment every scenario's result, in plan order
 * @param comparisons for {@link Study#COMPARE}: every other scenario against the reference, best first;
 *     empty otherwise
 * @param sweep for {@link Study#SWEEP}: the design points with their results, in design order; empty
 *     otherwise
 * @param sensitivity for {@link Study#SENSITIVITY}: the tornado rows; null otherwise
 */
public record Results(
        Plan plan,
        ExperimentResult experiment,
        List<StrategyComparison> comparisons,
        List<Sweep.Point> sweep,
        Sensitivity.Result sensitivity) {

    /** The study. */
    public Study study() {
        return plan.study();
    }

    /** The reference's result, for a comparison. */
    public ScenarioResult reference() {
        return plan.reference() == null
                ? null
                : experiment.scenario(plan.reference()).orElseThrow();
    }

    /**
     * Derives the study's results from a finished experiment over {@code plan}'s scenarios (no simulation
     * runs).
     */
    public static Results of(Plan plan, ExperimentResult experiment) {
        List<StrategyComparison> comparisons = List.of();
        List<Sweep.Point> points = List.of();
        Sensitivity.Result sensitivity = null;
        switch (plan.study()) {
            case COMPARE -> comparisons = experiment.comparisons(plan.reference());
            case SWEEP -> {
                List<Sweep.Point> list = new ArrayList<>();
                for (int k = 0; k < plan.sweep().points().size(); k++) {
                    list.add(new Sweep.Point(
                            plan.sweep().points().get(k), experiment.scenarios().get(k)));
                }
                points = List.copyOf(list);
            }
            case SENSITIVITY -> {
                List<ReplicationResult> all = new ArrayList<>();
                experiment.scenarios().forEach(s -> all.addAll(s.replications()));
                sensitivity = Sensitivity.run(
                        plan.sensitivity().base(),
                        plan.sensitivity().levers(),
                        plan.settings(),
                        new ExperimentListener() {
                            @Override
                            public void started(int runs, int alreadyDone, long totalDays) {
                                if (runs > 0) {
                                    throw new IllegalStateException("the sensitivity analysis needs " + runs
                                            + " replications that its plan does not hold");
                                }
                            }
                        },
                        all);
            }
            case RUN -> {}
        }
        return new Results(plan, experiment, comparisons, points, sensitivity);
    }
}

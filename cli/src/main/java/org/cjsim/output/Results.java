package org.cjsim.output;

import java.util.Collection;
import java.util.Objects;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.StudyResult;

/**
 * Everything a study produced, with the plan that produced it: the study's own result ({@link StudyResult},
 * one variant per kind of study) and the settings and {@code --set} changes its files and charts mention.
 * Built after a run, or by {@link ResultsReader} from a results folder, by the same aggregation.
 *
 * @param plan what was run
 * @param result what the study made of its replications
 */
public record Results(Plan plan, StudyResult result) {

    public Results {
        Objects.requireNonNull(plan);
        Objects.requireNonNull(result);
        if (!result.study().equals(plan.study())) {
            throw new IllegalArgumentException("the results are of another study than the plan's");
        }
    }

    /** Every scenario's result, in plan order. */
    public ExperimentResult experiment() {
        return result.experiment();
    }

    /**
     * Derives the study's results from a finished experiment over {@code plan}'s scenarios (no simulation
     * runs).
     */
    public static Results of(Plan plan, ExperimentResult experiment) {
        return new Results(plan, plan.study().aggregate(experiment));
    }

    /**
     * Derives the study's results from its replications, in any order, e.g. read from a results folder (no
     * simulation runs).
     *
     * @throws IllegalArgumentException if a replication of the plan is missing
     */
    public static Results of(Plan plan, Collection<ReplicationResult> replications, double wallSeconds) {
        return new Results(plan, plan.study().aggregate(plan.settings(), replications, wallSeconds));
    }
}

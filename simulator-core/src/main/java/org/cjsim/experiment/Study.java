package org.cjsim.experiment;

import java.util.Collection;
import java.util.List;
import org.cjsim.params.ScenarioParams;

/**
 * A study: what is run and what is made of the runs. Each kind of study is one variant of this sealed type
 * ({@link SingleRun}, {@link Comparison}, {@link Sweep}, {@link Sensitivity}), holds what it needs to say
 * which scenarios it runs, and aggregates their replications into a result of its own kind ({@link
 * StudyResult}).
 *
 * <p>Aggregation is a pure function of the replications ({@link #aggregate(ExperimentResult)}): the same
 * function turns the replications of a run that has just finished and those read back from files into the
 * study's result, so that reading results never runs a simulation.
 *
 * <p>A new kind of study (calibration, a business case, decision support) is one new variant: a record
 * implementing this type with a result record implementing {@link StudyResult}, added to both {@code
 * permits} clauses and to {@link Cases} and {@link StudyResult.Cases}; the compiler then names every place
 * that must handle it.
 *
 * @param <R> the kind of result the study produces
 */
public sealed interface Study<R extends StudyResult> permits SingleRun, Comparison, Sweep, Sensitivity {

    /**
     * The study's name as the command line and the results folder's manifest know it: {@code run}, {@code
     * compare}, {@code sweep}, {@code sensitivity}.
     */
    String key();

    /** Every scenario the study runs, in order; their names are distinct. */
    List<ScenarioParams> scenarios();

    /**
     * The study's result from the replications of its scenarios (no simulation runs).
     *
     * @param experiment every scenario of {@link #scenarios()} with all its replications, in the same order
     * @throws IllegalArgumentException if {@code experiment} does not hold exactly this study's scenarios
     */
    R aggregate(ExperimentResult experiment);

    /**
     * The study's result from its replications given in any order, e.g. read back from files (no simulation
     * runs): {@link ExperimentResult#of} then {@link #aggregate(ExperimentResult)}.
     *
     * @throws IllegalArgumentException if a replication of a scenario is missing
     */
    default R aggregate(ExperimentSettings settings, Collection<ReplicationResult> replications, double wallSeconds) {
        return aggregate(gatherer(settings).addAll(replications).result(wallSeconds));
    }

    /**
     * A gatherer of the study's replications ({@link Gatherer}): it follows the paired daily differences to
     * the study's reference scenario, if it has one, beyond the replications kept whole.
     */
    default Gatherer gatherer(ExperimentSettings settings) {
        return new Gatherer(scenarios(), settings, null);
    }

    /**
     * Runs the replications of the study's scenarios that are not in {@code done} ({@link Experiment#run})
     * and aggregates them all.
     */
    default R run(ExperimentSettings settings, ExperimentListener listener, Collection<ReplicationResult> done) {
        return aggregate(Experiment.run(gatherer(settings).addAll(done), listener));
    }

    /** Calls the method of {@code cases} for this kind of study. */
    <T> T accept(Cases<T> cases);

    /**
     * Something done for each kind of study, one method per variant: the compiler checks that every kind is
     * handled.
     *
     * @param <T> what each method returns
     */
    interface Cases<T> {
        T singleRun(SingleRun study);

        T comparison(Comparison study);

        T sweep(Sweep study);

        T sensitivity(Sensitivity study);
    }

    /**
     * Checks that {@code experiment} holds {@code scenarios} in order.
     *
     * @throws IllegalArgumentException if it does not
     */
    static void requireScenarios(List<ScenarioParams> scenarios, ExperimentResult experiment) {
        List<ScenarioResult> results = experiment.scenarios();
        boolean same = results.size() == scenarios.size();
        for (int i = 0; same && i < scenarios.size(); i++) {
            same = results.get(i).scenario().equals(scenarios.get(i));
        }
        if (!same) {
            throw new IllegalArgumentException("the experiment holds the scenarios "
                    + results.stream().map(ScenarioResult::name).toList() + ", the study "
                    + scenarios.stream().map(ScenarioParams::name).toList());
        }
    }
}

package org.cjsim.experiment;

import java.util.List;
import java.util.Objects;
import org.cjsim.params.ScenarioParams;

/**
 * Replications of one scenario ({@code cjsim run}).
 *
 * @param scenario the scenario run
 */
public record SingleRun(ScenarioParams scenario) implements Study<SingleRun.Result> {
    /** The study's {@link #key()}. */
    public static final String KEY = "run";

    public SingleRun {
        Objects.requireNonNull(scenario);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<ScenarioParams> scenarios() {
        return List.of(scenario);
    }

    @Override
    public Result aggregate(ExperimentResult experiment) {
        Study.requireScenarios(scenarios(), experiment);
        return new Result(this, experiment);
    }

    @Override
    public <T> T accept(Cases<T> cases) {
        return cases.singleRun(this);
    }

    /**
     * The replications of the scenario and their statistics.
     *
     * @param study what was run
     * @param experiment the one scenario's result
     */
    public record Result(SingleRun study, ExperimentResult experiment) implements StudyResult {
        /** The scenario's result. */
        public ScenarioResult scenario() {
            return experiment.scenarios().get(0);
        }

        @Override
        public <T> T accept(StudyResult.Cases<T> cases) {
            return cases.singleRun(this);
        }
    }
}

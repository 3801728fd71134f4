package org.cjsim.experiment;

import java.util.List;
import java.util.Objects;
import org.cjsim.params.ScenarioParams;

/**
 * Strategies compared with a reference on paired replications under common random numbers ({@code cjsim
 * compare}).
 *
 * @param scenarios every scenario run, the reference among them, in order
 * @param reference the name of the scenario the others are compared with
 */
public record Comparison(List<ScenarioParams> scenarios, String reference) implements Study<Comparison.Result> {
    /** The study's {@link #key()}. */
    public static final String KEY = "compare";

    /** @throws IllegalArgumentException if no scenario is called {@code reference} */
    public Comparison {
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(reference);
        if (scenarios.stream().noneMatch(s -> s.name().equals(reference))) {
            throw new IllegalArgumentException("the reference " + reference + " is not among the scenarios");
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Result aggregate(ExperimentResult experiment) {
        Study.requireScenarios(scenarios, experiment);
        return new Result(this, experiment, experiment.comparisons(reference));
    }

    /** A gatherer that follows every strategy's paired daily differences to the reference. */
    @Override
    public Gatherer gatherer(ExperimentSettings settings) {
        return new Gatherer(scenarios, settings, reference);
    }

    @Override
    public <T> T accept(Cases<T> cases) {
        return cases.comparison(this);
    }

    /**
     * Every scenario's result and each strategy against the reference.
     *
     * @param study what was run
     * @param experiment every scenario's result, in the study's order
     * @param comparisons every scenario other than the reference against it, best net contribution first
     */
    public record Result(Comparison study, ExperimentResult experiment, List<StrategyComparison> comparisons)
            implements StudyResult {
        public Result {
            comparisons = List.copyOf(comparisons);
        }

        /** The reference's result. */
        public ScenarioResult reference() {
            return experiment.scenario(study.reference()).orElseThrow();
        }

        @Override
        public <T> T accept(StudyResult.Cases<T> cases) {
            return cases.comparison(this);
        }
    }
}

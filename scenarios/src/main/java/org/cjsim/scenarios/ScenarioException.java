package org.cjsim.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario could not be loaded: every problem found, in the order of the source. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(ScenarioProblem problem) {
        this(List.of(problem));
    }

    /** Every problem, at least one. */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}

package org.cjsim.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded: the problems found, in the order of the source. At most {@link
 * #MAX_LISTED} are listed; a last line ({@link ScenarioProblem#more}) counts the others, so that a file
 * with 200,000 mistakes gives a short message.
 */
public final class ScenarioException extends Exception {
    /** At most this many problems are listed. */
    public static final int MAX_LISTED = 20;

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;
    private final long total;

    /**
     * The first {@link #MAX_LISTED} of {@code problems}, and a line counting the others (lines made by
     * {@link ScenarioProblem#more} among {@code problems} are added to that count).
     */
    public ScenarioException(List<ScenarioProblem> problems) {
        this(capped(problems));
    }

    public ScenarioException(ScenarioProblem problem) {
        this(List.of(problem));
    }

    private ScenarioException(Capped capped) {
        super(capped.problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = capped.problems;
        this.total = capped.total;
    }

    private record Capped(List<ScenarioProblem> problems, long total) {}

    private static Capped capped(List<ScenarioProblem> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        List<ScenarioProblem> listed = new ArrayList<>();
        long omitted = 0;
        String omittedSource = null;
        boolean oneSource = true;
        for (ScenarioProblem p : all) {
            if (!p.isMore() && listed.size() < MAX_LISTED) {
                listed.add(p);
                continue;
            }
            omitted += p.count();
            if (omittedSource == null) {
                omittedSource = p.source();
            } else if (!omittedSource.equals(p.source())) {
                oneSource = false;
            }
        }
        if (omitted > 0) {
            listed.add(ScenarioProblem.more(oneSource ? omittedSource : "", omitted));
        }
        return new Capped(List.copyOf(listed), listed.size() - (omitted > 0 ? 1 : 0) + omitted);
    }

    /**
     * The problems listed, at least one and at most {@link #MAX_LISTED}, then, when there were more, a line
     * counting the others ({@link ScenarioProblem#isMore}).
     */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    /** How many problems were found, listed or not. */
    public long total() {
        return total;
    }
}

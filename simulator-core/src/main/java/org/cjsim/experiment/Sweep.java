package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * A sweep: a base scenario run at each design point of some levers ({@code cjsim sweep}).
 *
 * @param base the scenario every point starts from
 * @param design {@link #GRID} or {@link #LATIN_HYPERCUBE}
 * @param samples points of a Latin hypercube (0 for a grid)
 * @param axes the parameters varied, at least one
 * @param points the design points, path to value, in design order
 */
public record Sweep(
        ScenarioParams base, String design, int samples, List<SweepAxis> axes, List<Map<String, Double>> points)
        implements Study<Sweep.Result> {
    /** The study's {@link #key()}. */
    public static final String KEY = "sweep";

    /** Designs of a sweep: every combination of the axes' values. */
    public static final String GRID = "grid";

    /** Designs of a sweep: a Latin hypercube of {@link #samples()} points. */
    public static final String LATIN_HYPERCUBE = "lhs";

    /** @throws IllegalArgumentException if there is no axis */
    public Sweep {
        Objects.requireNonNull(base);
        Objects.requireNonNull(design);
        axes = List.copyOf(axes);
        points = List.copyOf(points);
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one lever");
        }
    }

    /**
     * A sweep of {@code base} over {@code axes}: every grid point, or {@code samples} points of a Latin
     * hypercube drawn with {@code masterSeed}.
     */
    public static Sweep of(ScenarioParams base, List<SweepAxis> axes, String design, int samples, long masterSeed) {
        boolean lhs = design.equals(LATIN_HYPERCUBE);
        List<Map<String, Double>> points =
                lhs ? SweepDesign.latinHypercube(axes, samples, masterSeed) : SweepDesign.grid(axes);
        return new Sweep(base, design, lhs ? samples : 0, axes, points);
    }

    /** One design point and its result. */
    public record Point(Map<String, Double> values, ScenarioResult result) {}

    @Override
    public String key() {
        return KEY;
    }

    /** The scenario of each design point, in design order. */
    @Override
    public List<ScenarioParams> scenarios() {
        return scenarios(base, points);
    }

    /** The scenario of each design point, named after the base and the point's values. */
    public static List<ScenarioParams> scenarios(ScenarioParams base, List<Map<String, Double>> points) {
        List<ScenarioParams> list = new ArrayList<>();
        for (Map<String, Double> p : points) {
            ScenarioParams s = Params.with(base, p);
            list.add(s.named(name(base, p), base.description()));
        }
        return list;
    }

    /** The name of a design point, e.g. {@code baseline strategy.latitude=0.3}. */
    public static String name(ScenarioParams base, Map<String, Double> point) {
        return base.name() + " "
                + point.entrySet().stream()
                        .map(e -> e.getKey() + "=" + Params.format(e.getValue()))
                        .collect(Collectors.joining(" "));
    }

    /** Pairs each design point with the result of its scenario, in design order. */
    @Override
    public Result aggregate(ExperimentResult experiment) {
        Study.requireScenarios(scenarios(), experiment);
        List<Point> list = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            list.add(new Point(points.get(k), experiment.scenarios().get(k)));
        }
        return new Result(this, experiment, list);
    }

    @Override
    public <T> T accept(Cases<T> cases) {
        return cases.sweep(this);
    }

    /**
     * The design points with their results.
     *
     * @param study what was run
     * @param experiment every point's scenario result, in design order
     * @param points the design points with their results, in design order
     */
    public record Result(Sweep study, ExperimentResult experiment, List<Point> points) implements StudyResult {
        public Result {
            points = List.copyOf(points);
        }

        /** The levers varied. */
        public List<SweepAxis> axes() {
            return study.axes();
        }

        @Override
        public <T> T accept(StudyResult.Cases<T> cases) {
            return cases.sweep(this);
        }
    }
}

package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/** A sweep: a base scenario run at each design point of some levers. */
public final class Sweep {
    private Sweep() {}

    /** One design point and its result. */
    public record Point(Map<String, Double> values, ScenarioResult result) {}

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

    /** Runs every design point and returns them with their results, in design order. */
    public static List<Point> run(
            ScenarioParams base,
            List<Map<String, Double>> points,
            ExperimentSettings settings,
            ExperimentListener listener,
            List<ReplicationResult> done) {
        List<ScenarioParams> scenarios = scenarios(base, points);
        ExperimentResult result = Experiment.run(scenarios, settings, listener, done);
        List<Point> list = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            list.add(new Point(points.get(k), result.scenarios().get(k)));
        }
        return list;
    }
}

package org.cjsim.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.experiment.SweepDesign;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.ScenarioParams;

/**
 * Everything needed to run a study again and get the same results: which study, its settings, every
 * scenario in full, and what the study does with them (the reference of a comparison, the design of a
 * sweep, the levers of a sensitivity analysis). It is stored in the manifest, so that {@code --resume} and
 * the reader rebuild exactly what was run.
 *
 * @param study the command
 * @param settings replications, master seed, threads, daily series
 * @param scenarios every scenario run, in order (for a sweep, one per design point; for a sensitivity
 *     analysis, the base and each lever's variants)
 * @param reference the reference of a comparison, or null
 * @param sweep the design of a sweep, or null
 * @param sensitivity the levers of a sensitivity analysis, or null
 * @param changes what {@code --set} changed in a scenario given by the user (for a sweep or a sensitivity
 *     analysis, the base), by the scenario's name, as {@code PATH=VALUE}; such a scenario's name ends in
 *     {@link #CHANGED}, so that tables and charts show it is not the scenario of that name as written
 */
public record Plan(
        Study study,
        ExperimentSettings settings,
        List<ScenarioParams> scenarios,
        String reference,
        SweepPlan sweep,
        SensitivityPlan sensitivity,
        Map<String, List<String>> changes) {

    /** Ends the name of a scenario changed with {@code --set}: {@code baseline*}. */
    public static final String CHANGED = "*";

    /** Designs of a sweep. */
    public static final String GRID = "grid";

    public static final String LATIN_HYPERCUBE = "lhs";

    /**
     * A sweep's design.
     *
     * @param base the scenario every point starts from
     * @param design {@link #GRID} or {@link #LATIN_HYPERCUBE}
     * @param samples points of a Latin hypercube (0 for a grid)
     * @param axes the parameters varied
     * @param points the design points, path to value, in design order
     */
    public record SweepPlan(
            ScenarioParams base, String design, int samples, List<SweepAxis> axes, List<Map<String, Double>> points) {}

    /**
     * A sensitivity analysis.
     *
     * @param base the scenario every lever is varied from
     * @param levers the levers varied, in declaration order
     */
    public record SensitivityPlan(ScenarioParams base, List<ParamInfo> levers) {}

    public Plan {
        Objects.requireNonNull(study);
        Objects.requireNonNull(settings);
        scenarios = List.copyOf(scenarios);
        // In the order of the scenarios (then any base of a sweep or sensitivity analysis), however given.
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (changes != null) {
            List<String> order =
                    new ArrayList<>(scenarios.stream().map(ScenarioParams::name).toList());
            order.addAll(changes.keySet());
            for (String name : order) {
                List<String> list = changes.get(name);
                if (list != null && !list.isEmpty()) {
                    copy.putIfAbsent(name, List.copyOf(list));
                }
            }
        }
        changes = Collections.unmodifiableMap(copy);
        Set<String> names = new HashSet<>();
        for (ScenarioParams s : scenarios) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two scenarios are called " + s.name());
            }
        }
        if (reference != null && !names.contains(reference)) {
            throw new IllegalArgumentException("the reference " + reference + " is not among the scenarios");
        }
    }

    /** A plan in which no scenario was changed with {@code --set}. */
    public Plan(
            Study study,
            ExperimentSettings settings,
            List<ScenarioParams> scenarios,
            String reference,
            SweepPlan sweep,
            SensitivityPlan sensitivity) {
        this(study, settings, scenarios, reference, sweep, sensitivity, Map.of());
    }

    /** Replications of one scenario. */
    public static Plan run(ScenarioParams scenario, ExperimentSettings settings) {
        return new Plan(Study.RUN, settings, List.of(scenario), null, null, null);
    }

    /** Scenarios compared with {@code reference}, which is one of them. */
    public static Plan compare(List<ScenarioParams> scenarios, String reference, ExperimentSettings settings) {
        return new Plan(Study.COMPARE, settings, scenarios, reference, null, null);
    }

    /**
     * A sweep of {@code base} over {@code axes}: every grid point, or {@code samples} points of a Latin
     * hypercube drawn with the master seed.
     */
    public static Plan sweep(
            ScenarioParams base, List<SweepAxis> axes, String design, int samples, ExperimentSettings settings) {
        List<Map<String, Double>> points = design.equals(LATIN_HYPERCUBE)
                ? SweepDesign.latinHypercube(axes, samples, settings.masterSeed())
                : SweepDesign.grid(axes);
        return sweep(new SweepPlan(base, design, design.equals(LATIN_HYPERCUBE) ? samples : 0, axes, points), settings);
    }

    /** A sweep of given design points (read back from a manifest). */
    public static Plan sweep(SweepPlan sweep, ExperimentSettings settings) {
        return new Plan(Study.SWEEP, settings, Sweep.scenarios(sweep.base(), sweep.points()), null, sweep, null);
    }

    /** Each of {@code levers} of {@code base} at its low and high value ({@link Sensitivity#ends}). */
    public static Plan sensitivity(ScenarioParams base, List<ParamInfo> levers, ExperimentSettings settings) {
        return new Plan(
                Study.SENSITIVITY,
                settings,
                Sensitivity.scenarios(base, levers),
                null,
                null,
                new SensitivityPlan(base, List.copyOf(levers)));
    }

    /** The same plan with other settings (e.g. another number of threads when resuming). */
    public Plan withSettings(ExperimentSettings newSettings) {
        return new Plan(study, newSettings, scenarios, reference, sweep, sensitivity, changes);
    }

    /** The same plan recording what {@code --set} changed, by scenario name (see {@link #changes()}). */
    public Plan withChanges(Map<String, List<String>> newChanges) {
        return new Plan(study, settings, scenarios, reference, sweep, sensitivity, newChanges);
    }

    /**
     * What {@code --set} changed, in lines for a reader under a table or on a chart: {@code baseline*:
     * baseline with market.population=50000}; {@code baseline*, honest*: each with ...} for scenarios with the
     * same changes; {@code *: every scenario with ...} when every scenario had the same changes. Empty when
     * nothing was changed.
     */
    public List<String> changeLines() {
        Map<List<String>, List<String>> byChanges = new LinkedHashMap<>();
        changes.forEach((name, list) ->
                byChanges.computeIfAbsent(list, k -> new ArrayList<>()).add(name));
        boolean every = byChanges.size() == 1
                && scenarios.size() > 1
                && scenarios.stream().allMatch(s -> changes.containsKey(s.name()));
        List<String> lines = new ArrayList<>();
        byChanges.forEach((list, names) -> {
            String with = " with " + String.join(", ", list);
            if (every) {
                lines.add(CHANGED + ": every scenario" + with);
            } else if (names.size() == 1) {
                String name = names.get(0);
                String unchanged = name.endsWith(CHANGED) ? name.substring(0, name.length() - CHANGED.length()) : name;
                lines.add(name + ": " + unchanged + with);
            } else {
                lines.add(String.join(", ", names) + ": each" + with);
            }
        });
        return List.copyOf(lines);
    }

    /** The folder name of each scenario's replications, by scenario name. */
    public Map<String, String> slugs() {
        return Slugs.assign(scenarios.stream().map(ScenarioParams::name).toList());
    }
}

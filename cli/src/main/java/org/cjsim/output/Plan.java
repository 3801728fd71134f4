package org.cjsim.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.Study;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.ScenarioParams;

/**
 * Everything needed to run a study again and get the same results: the study (its kind, every scenario in
 * full, and what it does with them: the reference of a comparison, the design of a sweep, the levers of a
 * sensitivity analysis), its settings, and what {@code --set} changed. It is stored in the manifest, so that
 * {@code --resume} and the reader rebuild exactly what was run.
 *
 * @param study what is run and how its replications are aggregated
 * @param settings replications, master seed, threads, daily series
 * @param changes what {@code --set} changed in a scenario given by the user (for a sweep or a sensitivity
 *     analysis, the base), by the scenario's name, as {@code PATH=VALUE}; such a scenario's name ends in
 *     {@link #CHANGED}, so that tables and charts show it is not the scenario of that name as written
 */
public record Plan(Study<?> study, ExperimentSettings settings, Map<String, List<String>> changes) {

    /** Ends the name of a scenario changed with {@code --set}: {@code baseline*}. */
    public static final String CHANGED = "*";

    public Plan {
        Objects.requireNonNull(study);
        Objects.requireNonNull(settings);
        List<ScenarioParams> scenarios = study.scenarios();
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
    }

    /** A plan in which no scenario was changed with {@code --set}. */
    public Plan(Study<?> study, ExperimentSettings settings) {
        this(study, settings, Map.of());
    }

    /** Every scenario run, in order (for a sweep, one per design point; for a sensitivity analysis, the base
     * and each lever's variants). */
    public List<ScenarioParams> scenarios() {
        return study.scenarios();
    }

    /** Replications of one scenario. */
    public static Plan run(ScenarioParams scenario, ExperimentSettings settings) {
        return new Plan(new SingleRun(scenario), settings);
    }

    /** Scenarios compared with {@code reference}, which is one of them. */
    public static Plan compare(List<ScenarioParams> scenarios, String reference, ExperimentSettings settings) {
        return new Plan(new Comparison(scenarios, reference), settings);
    }

    /**
     * A sweep of {@code base} over {@code axes}: every grid point ({@link Sweep#GRID}), or {@code samples}
     * points of a Latin hypercube ({@link Sweep#LATIN_HYPERCUBE}) drawn with the master seed.
     */
    public static Plan sweep(
            ScenarioParams base, List<SweepAxis> axes, String design, int samples, ExperimentSettings settings) {
        return new Plan(Sweep.of(base, axes, design, samples, settings.masterSeed()), settings);
    }

    /** Each of {@code levers} of {@code base} at its low and high value ({@link Sensitivity#ends}). */
    public static Plan sensitivity(ScenarioParams base, List<ParamInfo> levers, ExperimentSettings settings) {
        return new Plan(new Sensitivity(base, levers), settings);
    }

    /** The same plan with other settings (e.g. another number of threads when resuming). */
    public Plan withSettings(ExperimentSettings newSettings) {
        return new Plan(study, newSettings, changes);
    }

    /** The same plan recording what {@code --set} changed, by scenario name (see {@link #changes()}). */
    public Plan withChanges(Map<String, List<String>> newChanges) {
        return new Plan(study, settings, newChanges);
    }

    /**
     * What {@code --set} changed, in lines for a reader under a table or on a chart: {@code baseline*:
     * baseline with market.population=50000}; {@code baseline*, honest*: each with ...} for scenarios with the
     * same changes; {@code *: every scenario with ...} when every scenario had the same changes. Empty when
     * nothing was changed.
     */
    public List<String> changeLines() {
        Map<List<String>, List<String>> byChanges = new LinkedHashMap<>();
        List<ScenarioParams> scenarios = scenarios();
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
        return Slugs.assign(scenarios().stream().map(ScenarioParams::name).toList());
    }
}

package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * Plausible worlds: parameter sets that all reproduce a company's KPIs (the ensemble of a calibration), over
 * which a study runs so that its intervals cover what the KPIs cannot pin down as well as random noise.
 *
 * <p>Replication {@code k} runs in world {@code k mod M} ({@link #index(int)}), with the seed of replication
 * {@code k} as always: every scenario meets the same world and the same random numbers in replication
 * {@code k}, so the strategies are still compared pairwise. In a world, each of its parameters replaces the
 * scenario's value where the scenario keeps the calibrated company's value ({@link #central()}); a parameter
 * that the scenario sets to a value of its own (a strategy that changes it) keeps the scenario's value.
 *
 * @param source where the worlds come from, as the user named it (a calibration folder), for the reader
 * @param central the calibrated company's value of every parameter the worlds set, by path
 * @param sets the worlds, each a value for every path of {@code central}; none for {@link #NONE}
 */
public record Worlds(String source, Map<String, Double> central, List<Map<String, Double>> sets) {

    /** No worlds: every replication runs its scenario as it is (random noise only). */
    public static final Worlds NONE = new Worlds("", Map.of(), List.of());

    /** @throws IllegalArgumentException if a world does not set exactly the parameters of {@code central} */
    public Worlds {
        Objects.requireNonNull(source);
        central = Collections.unmodifiableMap(new LinkedHashMap<>(central));
        List<Map<String, Double>> copy = new ArrayList<>();
        for (Map<String, Double> set : sets) {
            if (!set.keySet().equals(central.keySet())) {
                throw new IllegalArgumentException(
                        "world " + copy.size() + " sets " + set.keySet() + ", expected " + central.keySet());
            }
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(set)));
        }
        sets = List.copyOf(copy);
    }

    /** Whether there are no worlds ({@link #NONE}). */
    public boolean isEmpty() {
        return sets.isEmpty();
    }

    /** The number of worlds. */
    public int size() {
        return sets.size();
    }

    /** The world replication {@code replication} runs in: {@code replication mod size()}. */
    public int index(int replication) {
        return Math.floorMod(replication, sets.size());
    }

    /**
     * The scenario that replication {@code replication} of {@code scenario} runs: {@code scenario} itself
     * without worlds, else {@code scenario} with the parameters of its world ({@link #index(int)}) wherever it
     * keeps the calibrated company's value.
     */
    public ScenarioParams apply(ScenarioParams scenario, int replication) {
        if (isEmpty()) {
            return scenario;
        }
        Map<String, Double> world = sets.get(index(replication));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String path : keptPaths(scenario)) {
            values.put(path, world.get(path));
        }
        return values.isEmpty() ? scenario : Params.with(scenario, values);
    }

    /** The parameters of the worlds that {@code scenario} keeps at the calibrated company's value, in order. */
    public List<String> keptPaths(ScenarioParams scenario) {
        List<String> kept = new ArrayList<>();
        central.forEach((path, value) -> {
            if (same(((Number) Params.get(scenario, path)).doubleValue(), value)) {
                kept.add(path);
            }
        });
        return kept;
    }

    /** Equal up to the rounding of a value written to a file and read back. */
    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }
}

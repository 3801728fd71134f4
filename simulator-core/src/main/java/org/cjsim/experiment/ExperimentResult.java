package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ScenarioParams;

/**
 * Everything an experiment produced: one {@link ScenarioResult} per scenario, in the order the scenarios
 * were given, with the settings and the wall-clock time.
 */
public record ExperimentResult(ExperimentSettings settings, List<ScenarioResult> scenarios, double wallSeconds) {

    /**
     * Gathers replications given in any order into the result of each scenario (no simulation runs): the
     * one function by which both a finished experiment and replications read back from files become an
     * experiment's result.
     *
     * @param scenarios the scenarios, in order; their names are distinct
     * @param replications replications {@code 0} to {@code settings.replications() - 1} of every scenario;
     *     others (of other scenarios, or beyond the number of replications) are ignored
     * @throws IllegalArgumentException if a replication is missing
     */
    public static ExperimentResult of(
            List<ScenarioParams> scenarios,
            ExperimentSettings settings,
            Collection<ReplicationResult> replications,
            double wallSeconds) {
        Map<String, ReplicationResult[]> byScenario = new HashMap<>();
        for (ScenarioParams s : scenarios) {
            byScenario.put(s.name(), new ReplicationResult[settings.replications()]);
        }
        for (ReplicationResult r : replications) {
            ReplicationResult[] slots = byScenario.get(r.scenario());
            if (slots != null && r.replication() >= 0 && r.replication() < slots.length) {
                slots[r.replication()] = r;
            }
        }
        int missing = 0;
        for (ReplicationResult[] slots : byScenario.values()) {
            for (ReplicationResult r : slots) {
                missing += r == null ? 1 : 0;
            }
        }
        if (missing > 0) {
            throw new IllegalArgumentException(
                    missing + " of " + scenarios.size() * settings.replications() + " replications are missing");
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (ScenarioParams s : scenarios) {
            results.add(new ScenarioResult(s, Arrays.asList(byScenario.get(s.name()))));
        }
        return new ExperimentResult(settings, List.copyOf(results), wallSeconds);
    }

    /** The result of the scenario called {@code name}, if any. */
    public Optional<ScenarioResult> scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Every other scenario compared with {@code reference} on paired replications, ranked by the mean
     * difference in net contribution, best first.
     *
     * @throws IllegalArgumentException if there is no scenario called {@code reference}
     */
    public List<StrategyComparison> comparisons(String reference) {
        ScenarioResult ref = scenario(reference)
                .orElseThrow(() -> new IllegalArgumentException("no scenario called " + reference + " among "
                        + scenarios.stream().map(ScenarioResult::name).toList()));
        List<StrategyComparison> list = new ArrayList<>();
        for (ScenarioResult s : scenarios) {
            if (s != ref) {
                list.add(StrategyComparison.of(ref, s, settings.worlds().size()));
            }
        }
        list.sort((a, b) -> Double.compare(
                b.difference(SummaryMetric.NET_CONTRIBUTION).mean(),
                a.difference(SummaryMetric.NET_CONTRIBUTION).mean()));
        return list;
    }
}

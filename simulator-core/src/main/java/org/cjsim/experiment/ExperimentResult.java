package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
     * experiment's result ({@link Gatherer}, which follows no paired daily differences beyond the replications
     * kept whole).
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
        return new Gatherer(scenarios, settings, null).addAll(replications).result(wallSeconds);
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

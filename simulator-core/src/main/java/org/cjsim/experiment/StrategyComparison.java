package org.cjsim.experiment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cjsim.metrics.SummaryMetric;

/**
 * A strategy against a reference on paired replications (common random numbers): the paired difference
 * of every summary metric, the profit bridge and the business case.
 *
 * @param scenario the strategy's name
 * @param reference the reference's name
 * @param differences strategy minus reference, by metric
 * @param bridge the difference in net contribution split by ledger line
 * @param businessCase what the strategy costs, returns and when it pays back
 */
public record StrategyComparison(
        String scenario,
        String reference,
        Map<SummaryMetric, PairedDifference> differences,
        ProfitBridge bridge,
        BusinessCase businessCase) {

    /** Compares {@code strategy} with {@code reference}, pairing replications by index. */
    public static StrategyComparison of(ScenarioResult reference, ScenarioResult strategy) {
        if (!reference.indices().equals(strategy.indices())) {
            throw new IllegalArgumentException("cannot pair " + strategy.name() + " with " + reference.name()
                    + ": their replications differ (" + strategy.indices() + " and " + reference.indices() + ")");
        }
        Map<SummaryMetric, PairedDifference> d = new EnumMap<>(SummaryMetric.class);
        for (SummaryMetric m : SummaryMetric.values()) {
            d.put(m, PairedDifference.of(strategy.values(m), reference.values(m)));
        }
        return new StrategyComparison(
                strategy.name(),
                reference.name(),
                Collections.unmodifiableMap(d),
                ProfitBridge.of(reference, strategy),
                BusinessCase.of(reference, strategy, d.get(SummaryMetric.NET_CONTRIBUTION), d.get(SummaryMetric.NPV)));
    }

    /** The paired difference of one metric. */
    public PairedDifference difference(SummaryMetric metric) {
        return differences.get(metric);
    }
}

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
 * @param ranges how the difference spreads over plausible worlds and noise, by metric
 * @param bridge the difference in net contribution split by ledger line
 * @param businessCase what the strategy costs, returns and when it pays back
 */
public record StrategyComparison(
        String scenario,
        String reference,
        Map<SummaryMetric, PairedDifference> differences,
        Map<SummaryMetric, PlausibleRange> ranges,
        ProfitBridge bridge,
        BusinessCase businessCase) {

    /** Compares {@code strategy} with {@code reference}, pairing replications by index, without worlds. */
    public static StrategyComparison of(ScenarioResult reference, ScenarioResult strategy) {
        return of(reference, strategy, 0);
    }

    /**
     * Compares {@code strategy} with {@code reference}, pairing replications by index; replication {@code k}
     * ran in world {@code k mod worlds} ({@link Worlds}), or there were no worlds ({@code worlds} 0).
     */
    public static StrategyComparison of(ScenarioResult reference, ScenarioResult strategy, int worlds) {
        if (!reference.indices().equals(strategy.indices())) {
            throw new IllegalArgumentException("cannot pair " + strategy.name() + " with " + reference.name()
                    + ": their replications differ (" + strategy.indices() + " and " + reference.indices() + ")");
        }
        Map<SummaryMetric, PairedDifference> d = new EnumMap<>(SummaryMetric.class);
        Map<SummaryMetric, PlausibleRange> ranges = new EnumMap<>(SummaryMetric.class);
        for (SummaryMetric m : SummaryMetric.values()) {
            double[] s = strategy.values(m);
            double[] r = reference.values(m);
            double[] diff = new double[s.length];
            for (int k = 0; k < s.length; k++) {
                diff[k] = s[k] - r[k];
            }
            d.put(m, PairedDifference.of(diff));
            ranges.put(m, PlausibleRange.of(diff, worlds, m.higherIsBetter()));
        }
        return new StrategyComparison(
                strategy.name(),
                reference.name(),
                Collections.unmodifiableMap(d),
                Collections.unmodifiableMap(ranges),
                ProfitBridge.of(reference, strategy),
                BusinessCase.of(
                        reference,
                        strategy,
                        d.get(SummaryMetric.NET_CONTRIBUTION),
                        d.get(SummaryMetric.NPV),
                        ranges.get(SummaryMetric.NET_CONTRIBUTION)));
    }

    /** How the difference of one metric spreads over plausible worlds and noise. */
    public PlausibleRange range(SummaryMetric metric) {
        return ranges.get(metric);
    }

    /** The paired difference of one metric. */
    public PairedDifference difference(SummaryMetric metric) {
        return differences.get(metric);
    }
}

package org.cjsim.experiment;

/**
 * One bar of a profit bridge: the contribution of one ledger effect to the difference in net contribution
 * between a strategy and its reference, over paired replications.
 *
 * @param key a stable identifier, e.g. {@code retention}, {@code wages}
 * @param label words for a chart, e.g. "More revenue from retention"
 * @param contribution the paired difference this effect adds to the net contribution
 */
public record BridgeStep(String key, String label, PairedDifference contribution) {}

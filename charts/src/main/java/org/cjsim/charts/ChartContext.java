package org.cjsim.charts;

import org.cjsim.Version;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.params.ScenarioParams;

/**
 * What a chart says about where its numbers come from: the subtitle ("20 replications of 3 years") and the
 * source line ("cjsim 0.1.0 · seed 20261122"), and the currency symbol of money axes.
 *
 * @param version the cjsim version that produced the results
 * @param seed the master seed
 * @param replications replications per scenario
 * @param years simulated horizon in years (days / 365)
 * @param currency the currency symbol, e.g. {@code $}
 */
public record ChartContext(String version, long seed, int replications, double years, String currency) {

    public ChartContext {
        if (version == null || version.isBlank()) {
            version = "unknown";
        }
        if (currency == null) {
            currency = "";
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (!(years > 0)) {
            throw new IllegalArgumentException("years must be positive, got " + years);
        }
    }

    /** The context of an experiment: its settings, and the horizon and currency of its first scenario. */
    public static ChartContext of(ExperimentResult result) {
        if (result.scenarios().isEmpty()) {
            throw new IllegalArgumentException("the experiment has no scenarios to chart");
        }
        return of(result.settings(), result.scenarios().get(0).scenario());
    }

    /** The context of results run with {@code settings} on {@code scenario} (e.g. the base of a sweep). */
    public static ChartContext of(ExperimentSettings settings, ScenarioParams scenario) {
        return new ChartContext(
                Version.get(),
                settings.masterSeed(),
                settings.replications(),
                scenario.horizon().days() / 365.0,
                scenario.economics().currency());
    }

    /** A copy with another number of replications (e.g. as many as were read back from files). */
    public ChartContext withReplications(int n) {
        return new ChartContext(version, seed, n, years, currency);
    }

    /** "20 replications of 3 years". */
    public String runs() {
        return Labels.replications(replications) + " of " + Labels.horizon(years);
    }

    /** The source line: "Source: cjsim 0.1.0 · master seed 20261122". */
    public String source() {
        return "Source: cjsim " + version + " \u00b7 master seed " + seed;
    }
}

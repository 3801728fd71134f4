package org.cjsim.charts;

import java.util.List;
import org.cjsim.Version;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.params.ScenarioParams;

/**
 * What a chart says about where its numbers come from: the subtitle ("20 replications of 3 years"), the
 * source line ("Source: cjsim 0.4.0 · master seed 20261122"), the scenarios changed from their named
 * original (a footnote above the source line) and the currency symbol of money axes; and the words a reader
 * puts in place of the charts' own title, subtitle and source line ({@link ChartText}).
 *
 * @param version the cjsim version that produced the results
 * @param seed the master seed
 * @param replications replications per scenario
 * @param years simulated horizon in years (days / 365)
 * @param currency the currency symbol, e.g. {@code $}
 * @param changes scenarios that differ from the one their name points to, one short line each, e.g. {@code
 *     baseline* = baseline with market.population=50000}; empty when none was changed
 * @param text the title, subtitle and source line to show instead of the charts' own; {@link ChartText#OWN}
 *     (or null) for their own
 */
public record ChartContext(
        String version,
        long seed,
        int replications,
        double years,
        String currency,
        List<String> changes,
        ChartText text) {

    /** The most lines of {@link #changes()} a chart shows; the footnote says how many more there are. */
    public static final int MAX_CHANGE_LINES = 3;

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
        changes = changes == null
                ? List.of()
                : changes.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .toList();
        if (text == null) {
            text = ChartText.OWN;
        }
    }

    /** A context with the charts' own title, subtitle and source line. */
    public ChartContext(
            String version, long seed, int replications, double years, String currency, List<String> changes) {
        this(version, seed, replications, years, currency, changes, ChartText.OWN);
    }

    /** A context without changed scenarios. */
    public ChartContext(String version, long seed, int replications, double years, String currency) {
        this(version, seed, replications, years, currency, List.of());
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
        return new ChartContext(version, seed, n, years, currency, changes, text);
    }

    /**
     * A copy whose charts list {@code scenarioChanges} in a footnote, one line each, e.g. {@code baseline* =
     * baseline with market.population=50000}: what a reader needs to see that a scenario is not the one its
     * name suggests. Blank lines are dropped; an empty list (or null) means nothing was changed.
     */
    public ChartContext withChanges(List<String> scenarioChanges) {
        return new ChartContext(version, seed, replications, years, currency, scenarioChanges, text);
    }

    /** A copy whose charts show {@code newText} in place of their own title, subtitle and source line. */
    public ChartContext withText(ChartText newText) {
        return new ChartContext(version, seed, replications, years, currency, changes, newText);
    }

    /** "20 replications of 3 years". */
    public String runs() {
        return Labels.replications(replications) + " of " + Labels.horizon(years);
    }

    /**
     * The charts' own source line: "Source: cjsim 0.4.0 · master seed 20261122", or for a development build
     * "Source: cjsim 0.4.0 (development build) · master seed 20261122" ({@link Version#label(String)}).
     */
    public String source() {
        return "Source: cjsim " + Version.label(version) + " \u00b7 master seed " + seed;
    }

    /**
     * The footnote on changed scenarios, one line per change (at most {@link #MAX_CHANGE_LINES}, then "and
     * N more"), or the empty string when nothing was changed.
     */
    public String footnote() {
        if (changes.isEmpty()) {
            return "";
        }
        int shown = changes.size() > MAX_CHANGE_LINES ? MAX_CHANGE_LINES - 1 : changes.size();
        StringBuilder b = new StringBuilder(changes.size() == 1 ? "Changed scenario: " : "Changed scenarios: ");
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : "\n").append(changes.get(i));
        }
        if (shown < changes.size()) {
            int more = changes.size() - shown;
            b.append("\nand ").append(more).append(" more");
        }
        return b.toString();
    }
}

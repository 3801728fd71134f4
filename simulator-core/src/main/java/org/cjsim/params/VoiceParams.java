package org.cjsim.params;

/**
 * Voice or silence after an issue: who complains, how soon, and what silence costs (TARP / Goodman). Part of
 * {@link CustomerParams}: its parameters are written in the {@code customers} section.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param complaintBase probability of complaining about an issue of severity 0 (c0). Source: TARP / Goodman, Basic facts on customer complaint behavior.
 * @param complaintSeverity increase of the complaint probability with severity (c1).
 * @param followUpVoiceBoost increase of the complaint probability when the company follows up proactively after a purchase.
 * @param complaintDelayDays mean time from an issue to the customer's complaint (exponential).
 * @param silentChurnMultiplier churn hazard multiplier of a customer who stayed silent about an issue, for silentDays.
 * @param silentDays how long a silent issue raises the churn hazard.
 */
@Section("customers")
public record VoiceParams(
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description = "Probability of complaining about an issue of severity 0 (c0).")
                double complaintBase,
        @Param(
                        unit = "probability per unit of severity",
                        min = 0,
                        max = 1,
                        description = "Increase of the complaint probability with severity (c1).")
                double complaintSeverity,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description =
                                "Increase of the complaint probability when the company follows up proactively after a purchase.")
                double followUpVoiceBoost,
        @Param(
                        unit = "days (mean)",
                        min = 0,
                        max = 30,
                        description = "Mean time from an issue to the customer's complaint (exponential).")
                double complaintDelayDays,
        @Param(
                        unit = "multiple of the churn hazard",
                        min = 1,
                        max = 50,
                        description =
                                "Churn hazard multiplier of a customer who stayed silent about an issue, for silentDays.")
                double silentChurnMultiplier,
        @Param(unit = "days", min = 0, max = 365, description = "How long a silent issue raises the churn hazard.")
                double silentDays) {

    public VoiceParams {
        Params.validate(
                VoiceParams.class,
                complaintBase,
                complaintSeverity,
                followUpVoiceBoost,
                complaintDelayDays,
                silentChurnMultiplier,
                silentDays);
    }

    /** The defaults (see docs/model.md). */
    public static VoiceParams defaults() {
        return new VoiceParams(
                0.1, // complaintBase
                0.6, // complaintSeverity
                0.3, // followUpVoiceBoost
                0.5, // complaintDelayDays
                8, // silentChurnMultiplier
                60); // silentDays
    }
}

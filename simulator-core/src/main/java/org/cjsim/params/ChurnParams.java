package org.cjsim.params;

/**
 * Churn: the hazard of leaving as a function of satisfaction (Reichheld & Sasser 1990; Jones & Sasser 1995).
 * Part of {@link CustomerParams}: its parameters are written in the {@code customers} section.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param annualChurnAtNeutral annual churn of a customer at satisfaction 7 (sets h0). Source: Reichheld & Sasser (1990), HBR.
 * @param churnSensitivity how steeply the churn hazard falls with satisfaction (theta): above S = 7, h falls like h0 * exp(-theta * (1 - switchingCost) * (S - 7)); below, it saturates at churnCeiling * h0.
 * @param churnCeiling the most dissatisfaction can multiply the churn hazard: the satisfaction effect is h0 * M / (1 + (M - 1) * exp(theta * (1 - switchingCost) * (S - 7))), which is h0 at S = 7, follows the exponential above it and saturates at M * h0 for the least satisfied. Source: Jones & Sasser (1995), HBR 73(6); Mittal & Kamakura (2001), J. Marketing Research 38(1); Anderson & Mittal (2000), J. Service Research 3(2).
 */
@Section("customers")
public record ChurnParams(
        @Param(
                        unit = "fraction per year",
                        min = 0,
                        max = 0.99,
                        description = "Annual churn of a customer at satisfaction 7 (sets h0).")
                double annualChurnAtNeutral,
        @Param(
                        unit = "per point",
                        min = 0,
                        max = 5,
                        description =
                                "How steeply the churn hazard falls with satisfaction (theta): above S = 7, h falls like h0 * exp(-theta * (1 - switchingCost) * (S - 7)); below, it saturates at churnCeiling * h0.")
                double churnSensitivity,
        @Param(
                        unit = "multiple of h0",
                        min = 1,
                        max = 1000,
                        description =
                                "The most dissatisfaction can multiply the churn hazard: the satisfaction effect is h0 * M / (1 + (M - 1) * exp(theta * (1 - switchingCost) * (S - 7))), which is h0 at S = 7, follows the exponential above it and saturates at M * h0 for the least satisfied.")
                double churnCeiling) {

    public ChurnParams {
        Params.validate(ChurnParams.class, annualChurnAtNeutral, churnSensitivity, churnCeiling);
    }

    /** The defaults (see docs/model.md). */
    public static ChurnParams defaults() {
        return new ChurnParams(
                0.15, // annualChurnAtNeutral
                0.6, // churnSensitivity
                1.5); // churnCeiling
    }
}

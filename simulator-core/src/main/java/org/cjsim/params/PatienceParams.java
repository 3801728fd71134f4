package org.cjsim.params;

/**
 * Patience with an open complaint: how long a customer waits for a resolution, and what waiting past it and
 * extra contacts cost. Part of {@link CustomerParams}: its parameters are written in the {@code customers}
 * section.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param patienceDays how long a customer waits for a resolution before losing patience.
 * @param patiencePenalty satisfaction lost when a complaint stays unresolved past the customer's patience.
 * @param grievanceChurnMultiplier churn hazard multiplier while a complaint is unresolved past the customer's patience.
 * @param contactEffort satisfaction lost for each extra contact a complaint needs (repeat or escalation).
 */
@Section("customers")
public record PatienceParams(
        @Param(
                        unit = "days",
                        min = 0.1,
                        max = 365,
                        description = "How long a customer waits for a resolution before losing patience.")
                double patienceDays,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description =
                                "Satisfaction lost when a complaint stays unresolved past the customer's patience.")
                double patiencePenalty,
        @Param(
                        unit = "multiple of the churn hazard",
                        min = 1,
                        max = 50,
                        description =
                                "Churn hazard multiplier while a complaint is unresolved past the customer's patience.")
                double grievanceChurnMultiplier,
        @Param(
                        unit = "points per contact",
                        min = 0,
                        max = 5,
                        description =
                                "Satisfaction lost for each extra contact a complaint needs (repeat or escalation).")
                double contactEffort) {

    public PatienceParams {
        Params.validate(PatienceParams.class, patienceDays, patiencePenalty, grievanceChurnMultiplier, contactEffort);
    }

    /** The defaults (see docs/model.md). */
    public static PatienceParams defaults() {
        return new PatienceParams(
                7, // patienceDays
                0.3, // patiencePenalty
                1.2, // grievanceChurnMultiplier
                0.3); // contactEffort
    }
}

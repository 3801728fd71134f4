package org.cjsim.params;

/**
 * How long a run lasts and how its retention ladder is measured.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param days length of a run.
 * @param ladderWindowDays how long after the first issue the retention ladder checks whether a customer is still a customer.
 * @param ladderMajorSeverity severity from which the retention ladder counts an issue as major rather than minor.
 */
@Section("horizon")
public record HorizonParams(
        @Param(unit = "days", min = 1, max = 36500, description = "Length of a run.") int days,
        @Param(
                        unit = "days",
                        min = 1,
                        max = 3650,
                        description =
                                "How long after the first issue the retention ladder checks whether a customer is still a customer.")
                int ladderWindowDays,
        @Param(
                        unit = "severity",
                        min = 0,
                        max = 1,
                        description =
                                "Severity from which the retention ladder counts an issue as major rather than minor.")
                double ladderMajorSeverity) {

    public HorizonParams {
        Params.validate(HorizonParams.class, days, ladderWindowDays, ladderMajorSeverity);
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static HorizonParams defaults() {
        return new HorizonParams(
                1095, // days
                180, // ladderWindowDays
                0.4); // ladderMajorSeverity
    }
}

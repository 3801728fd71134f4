package org.cjsim.params;

/**
 * Prices, margins and the discount rate of the ledger.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param meanSpend mean spend per purchase; each person spends a lognormal amount around it.
 * @param spendSigma person-to-person spread of spend per purchase.
 * @param margin gross margin of a purchase.
 * @param discountRate discount rate of the net present value. Source: Gupta & Lehmann (2003), J. Interactive Marketing 17(1).
 * @param followUpCost cost of one proactive follow-up.
 * @param currency currency symbol shown in tables and charts.
 */
@Section("economics")
public record EconomicsParams(
        @Param(
                        unit = "currency per purchase",
                        min = 0.01,
                        max = 1000000.0,
                        description = "Mean spend per purchase; each person spends a lognormal amount around it.")
                double meanSpend,
        @Param(
                        unit = "log-scale standard deviation",
                        min = 0,
                        max = 3,
                        description = "Person-to-person spread of spend per purchase.")
                double spendSigma,
        @Param(unit = "fraction of revenue", min = 0, max = 1, description = "Gross margin of a purchase.")
                double margin,
        @Param(unit = "per year", min = 0, max = 1, description = "Discount rate of the net present value.")
                double discountRate,
        @Param(unit = "currency per follow-up", min = 0, max = 1000, description = "Cost of one proactive follow-up.")
                double followUpCost,
        @Param(unit = "symbol", description = "Currency symbol shown in tables and charts.") String currency) {

    public EconomicsParams {
        Params.validate(EconomicsParams.class, meanSpend, spendSigma, margin, discountRate, followUpCost, currency);
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static EconomicsParams defaults() {
        return new EconomicsParams(
                60, // meanSpend
                0.5, // spendSigma
                0.35, // margin
                0.1, // discountRate
                0.5, // followUpCost
                "$"); // currency
    }
}

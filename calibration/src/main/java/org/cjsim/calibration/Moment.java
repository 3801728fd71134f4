package org.cjsim.calibration;

import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.scenarios.Kpi;

/**
 * A KPI as the model measures it in one run (at the company's size), and how close a calibrated run must
 * come to the company's value: the tolerance, the larger of an absolute and a relative one.
 */
public enum Moment {
    ANNUAL_CHURN(Kpi.ANNUAL_CHURN, 0.01, 0.05),
    NPS(Kpi.NPS, 3, 0),
    NEW_CUSTOMERS_PER_MONTH(Kpi.NEW_CUSTOMERS_PER_MONTH, 0, 0.10),
    REFERRED_SHARE_OF_NEW(Kpi.REFERRED_SHARE_OF_NEW, 0.03, 0),
    ISSUE_RATE(Kpi.ISSUE_RATE, 0.005, 0.10),
    VOICE_RATE(Kpi.VOICE_RATE, 0.03, 0),
    FIRST_CONTACT_RESOLUTION(Kpi.FIRST_CONTACT_RESOLUTION, 0.03, 0),
    MEDIAN_RESOLUTION_DAYS(Kpi.MEDIAN_RESOLUTION_DAYS, 0.1, 0.15),
    PURCHASES_PER_MONTH(Kpi.PURCHASES_PER_MONTH, 0, 0.05),
    MONTHLY_REVENUE_PER_CUSTOMER(Kpi.MONTHLY_REVENUE_PER_CUSTOMER, 0, 0.02),
    GROSS_MARGIN(Kpi.GROSS_MARGIN, 0.005, 0),
    AGENTS(Kpi.AGENTS, 0, 0.10),
    MARKETING_PER_MONTH(Kpi.MARKETING_PER_MONTH, 0, 0.02),
    /**
     * The desk's occupancy (busy time over staffed time), which no KPI gives: a company that reports its
     * agents has planned them for its load, and contact centres plan for 70-85% occupancy. The handling time
     * is fitted to {@link #PLANNED_OCCUPANCY} when the profile gives agents, so that the desk is neither idle
     * nor on the edge of a spiral.
     */
    OCCUPANCY(null, 0.03, 0),
    /**
     * Bain's check, not a KPI: the value of a promoter over a detractor's (expected remaining gross profit on the
     * last day), which Bain's data put at 3 to 8; its row in fit.csv has the target 5.5 and the tolerance 2.5.
     */
    PROMOTER_VALUE_RATIO(null, 2.5, 0);

    /** The middle of Bain's range of the value of a promoter over a detractor's, 3-8. */
    public static final double BAIN_MIDDLE = 5.5;

    /** The occupancy a desk is assumed to be planned for. */
    public static final double PLANNED_OCCUPANCY = 0.75;

    private static final double DAYS_PER_MONTH = 365.0 / 12;

    private final Kpi kpi;
    private final double absolute;
    private final double relative;

    Moment(Kpi kpi, double absolute, double relative) {
        this.kpi = kpi;
        this.absolute = absolute;
        this.relative = relative;
    }

    /** The KPI, or null for {@link #OCCUPANCY} (an assumption, not a KPI). */
    public Kpi kpi() {
        return kpi;
    }

    /** The name in fit.csv: the KPI's key, or deskOccupancy. */
    public String key() {
        if (kpi != null) {
            return kpi.key();
        }
        return this == OCCUPANCY ? "deskOccupancy" : "promoterValueRatio";
    }

    /** How far from {@code target} a simulated value may be: the larger of the absolute and relative tolerance. */
    public double tolerance(double target) {
        return Math.max(absolute, relative * Math.abs(target));
    }

    /** The KPI measured in {@code run} of {@code days} days. */
    public double measure(RunResult run, int days) {
        double months = days / DAYS_PER_MONTH;
        return switch (this) {
            case ANNUAL_CHURN -> run.get(SummaryMetric.ANNUAL_CHURN);
            case NPS -> run.get(SummaryMetric.NPS);
            case NEW_CUSTOMERS_PER_MONTH -> (run.get(SummaryMetric.NEW_PAID) + run.get(SummaryMetric.NEW_REFERRED))
                    / months;
            case REFERRED_SHARE_OF_NEW -> run.get(SummaryMetric.REFERRED_SHARE);
            case ISSUE_RATE -> run.get(SummaryMetric.ISSUE_RATE);
            case VOICE_RATE -> run.get(SummaryMetric.VOICE_RATE);
            case FIRST_CONTACT_RESOLUTION -> run.get(SummaryMetric.FIRST_CONTACT_RESOLUTION);
            case MEDIAN_RESOLUTION_DAYS -> run.get(SummaryMetric.MEDIAN_RESOLUTION_DAYS);
            case PURCHASES_PER_MONTH -> run.get(SummaryMetric.PURCHASES_PER_CUSTOMER_YEAR) / 12;
            case MONTHLY_REVENUE_PER_CUSTOMER -> run.get(SummaryMetric.REVENUE) / (meanCustomers(run) * months);
            case GROSS_MARGIN -> run.get(SummaryMetric.GROSS_PROFIT) / run.get(SummaryMetric.REVENUE);
            case AGENTS -> run.get(SummaryMetric.MEAN_HEADCOUNT);
            case MARKETING_PER_MONTH -> run.get(SummaryMetric.MARKETING) / months;
            case OCCUPANCY -> run.get(SummaryMetric.UTILISATION);
            case PROMOTER_VALUE_RATIO -> run.get(SummaryMetric.PROMOTER_VALUE_RATIO);
        };
    }

    private static double meanCustomers(RunResult run) {
        float[] c = run.series(DailyMetric.CUSTOMERS);
        double sum = 0;
        for (float v : c) {
            sum += v;
        }
        return sum / c.length;
    }
}

package org.cjsim.metrics;

import java.util.Locale;

/**
 * The metrics recorded every day of a run (docs/outputs.md). Flows count what happened during the
 * day; stocks are read at the end of the day.
 */
public enum DailyMetric {
    UNAWARE(MetricUnit.COUNT, "People who do not know the company"),
    AWARE(MetricUnit.COUNT, "Non-customers who know the company"),
    CUSTOMERS(MetricUnit.COUNT, "Customers"),
    CHURNED(MetricUnit.COUNT, "Former customers"),
    ADVOCATES(MetricUnit.COUNT, "Customers who have referred someone"),
    REPEAT_CUSTOMERS(MetricUnit.COUNT, "Customers with two or more purchases"),
    NEW_PAID(MetricUnit.COUNT, "New customers won by marketing (and pre-sale answers)"),
    NEW_REFERRED(MetricUnit.COUNT, "New customers won by word of mouth"),
    LOST(MetricUnit.COUNT, "Customers who left"),
    PURCHASES(MetricUnit.COUNT, "Purchases"),
    REVENUE(MetricUnit.CURRENCY, "Revenue"),
    GROSS_PROFIT(MetricUnit.CURRENCY, "Gross profit (revenue times margin)"),
    WAGES(MetricUnit.CURRENCY, "Front-line wages"),
    TIER2(MetricUnit.CURRENCY, "Second-tier cost of escalated cases"),
    GOODWILL(MetricUnit.CURRENCY, "Goodwill credits"),
    REFUNDS(MetricUnit.CURRENCY, "Refunds"),
    MARKETING(MetricUnit.CURRENCY, "Marketing"),
    REFERRAL_REWARDS(MetricUnit.CURRENCY, "Referral rewards"),
    HIRING(MetricUnit.CURRENCY, "Hiring and training"),
    PREVENTION(MetricUnit.CURRENCY, "Prevention"),
    FOLLOW_UP(MetricUnit.CURRENCY, "Proactive follow-up"),
    LISTENING_COST(MetricUnit.CURRENCY, "Listening: set-up and running cost of the feedback and root-cause programme"),
    CLARITY_COST(MetricUnit.CURRENCY, "Clarity: communication redesign and training"),
    TRIAGE_COST(MetricUnit.CURRENCY, "Triage: routing tool set-up and licences"),
    ESCALATION_COST(MetricUnit.CURRENCY, "Faster escalation: second-tier standby capacity"),
    LATITUDE_COST(MetricUnit.CURRENCY, "Latitude: training in using authority, and refreshers"),
    NET_CONTRIBUTION(MetricUnit.CURRENCY, "Net contribution (gross profit minus every cost line)"),
    CUMULATIVE_NET_CONTRIBUTION(MetricUnit.CURRENCY, "Cumulative net contribution"),
    CUMULATIVE_NPV(MetricUnit.CURRENCY, "Cumulative net present value of the net contribution"),
    NPS(MetricUnit.SCORE, "Net Promoter Score of customers"),
    MEAN_SATISFACTION(MetricUnit.POINTS, "Mean satisfaction of customers"),
    PROMOTERS(MetricUnit.COUNT, "Customers with satisfaction 9 or more"),
    PASSIVES(MetricUnit.COUNT, "Customers with satisfaction above 6 and below 9"),
    DETRACTORS(MetricUnit.COUNT, "Customers with satisfaction 6 or less"),
    ISSUES(MetricUnit.COUNT, "Purchases that went wrong"),
    COMPLAINTS(MetricUnit.COUNT, "Issues voiced to the service desk"),
    SILENT_ISSUES(MetricUnit.COUNT, "Issues the customer kept silent about"),
    CONTACTS(MetricUnit.COUNT, "Contacts handled by the service desk (complaints, questions, how-to)"),
    COMPLAINT_CONTACTS(MetricUnit.COUNT, "Complaint contacts handled (first and repeat)"),
    QUEUE_LENGTH(MetricUnit.COUNT, "Contacts waiting at the end of the day"),
    ABANDONED(MetricUnit.COUNT, "Questions and how-to contacts given up after waiting too long"),
    RESOLVED(MetricUnit.COUNT, "Complaints resolved"),
    MEAN_RESOLUTION_DAYS(MetricUnit.DAYS, "Mean time from issue to resolution of complaints resolved that day"),
    P90_RESOLUTION_DAYS(MetricUnit.DAYS, "90th percentile of that time"),
    FIRST_CONTACT_RESOLUTION(MetricUnit.SHARE, "Share of complaints resolved at their first contact"),
    ESCALATIONS(MetricUnit.COUNT, "Complaints escalated to the second tier"),
    MEAN_WAIT_HOURS(MetricUnit.HOURS, "Mean wait in the queue of contacts answered that day"),
    UTILISATION(MetricUnit.SHARE, "Share of the day's staffed desk time spent handling contacts"),
    HEADCOUNT(MetricUnit.COUNT, "Front-line employees"),
    VACANCIES(MetricUnit.COUNT, "Seats waiting for a new hire"),
    MEAN_STRESS(MetricUnit.RATIO, "Mean employee stress (0-1)"),
    MEAN_SKILL(MetricUnit.RATIO, "Mean employee skill (0-1)"),
    QUITS(MetricUnit.COUNT, "Employees who quit"),
    HIRES(MetricUnit.COUNT, "New hires who started"),
    WOM_POSITIVE(MetricUnit.COUNT, "Positive word-of-mouth events"),
    WOM_NEGATIVE(MetricUnit.COUNT, "Negative word-of-mouth events"),
    ISSUE_FACTOR(MetricUnit.RATIO, "Learned issue factor (1 = nothing learned)");

    private final MetricUnit unit;
    private final String description;

    DailyMetric(MetricUnit unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    public MetricUnit unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    /** The column name in output files: lower case with underscores, e.g. {@code net_contribution}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric whose {@link #key()} or name is {@code text}, or null. */
    public static DailyMetric parse(String text) {
        for (DailyMetric m : values()) {
            if (m.key().equalsIgnoreCase(text) || m.key().replace('_', '-').equalsIgnoreCase(text)) {
                return m;
            }
        }
        return null;
    }
}

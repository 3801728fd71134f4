package org.cjsim.metrics;

import java.util.Locale;

/**
 * The metrics that summarise one replication. Money is totalled over the horizon; stocks and scores are
 * read on the last day; rates are over the whole run.
 */
public enum SummaryMetric {
    REVENUE(MetricUnit.CURRENCY, true, "Revenue over the horizon"),
    GROSS_PROFIT(MetricUnit.CURRENCY, true, "Gross profit over the horizon"),
    WAGES(MetricUnit.CURRENCY, false, "Front-line wages"),
    TIER2(MetricUnit.CURRENCY, false, "Second-tier cost of escalated cases"),
    GOODWILL(MetricUnit.CURRENCY, false, "Goodwill credits"),
    REFUNDS(MetricUnit.CURRENCY, false, "Refunds"),
    MARKETING(MetricUnit.CURRENCY, false, "Marketing"),
    REFERRAL_REWARDS(MetricUnit.CURRENCY, false, "Referral rewards"),
    HIRING(MetricUnit.CURRENCY, false, "Hiring and training"),
    PREVENTION(MetricUnit.CURRENCY, false, "Prevention"),
    FOLLOW_UP(MetricUnit.CURRENCY, false, "Proactive follow-up"),
    LISTENING_COST(
            MetricUnit.CURRENCY, false, "Listening: set-up and running cost of the feedback and root-cause programme"),
    CLARITY_COST(MetricUnit.CURRENCY, false, "Clarity: communication redesign and training"),
    TRIAGE_COST(MetricUnit.CURRENCY, false, "Triage: routing tool set-up and licences"),
    ESCALATION_COST(MetricUnit.CURRENCY, false, "Faster escalation: second-tier standby capacity"),
    LATITUDE_COST(MetricUnit.CURRENCY, false, "Latitude: training in using authority, and refreshers"),
    SERVICE_COST(MetricUnit.CURRENCY, false, "Service cost: wages, second tier and goodwill"),
    NET_CONTRIBUTION(MetricUnit.CURRENCY, true, "Net contribution: gross profit minus every cost line"),
    NPV(MetricUnit.CURRENCY, true, "Net present value of the net contribution"),
    CUSTOMERS(MetricUnit.COUNT, true, "Customers on the last day"),
    CUSTOMER_SHARE(MetricUnit.SHARE, true, "Customers on the last day as a share of the market"),
    NPS(MetricUnit.SCORE, true, "Net Promoter Score on the last day"),
    MEAN_SATISFACTION(MetricUnit.POINTS, true, "Mean satisfaction of customers on the last day"),
    PROMOTER_SHARE(MetricUnit.SHARE, true, "Promoters as a share of customers on the last day"),
    PASSIVE_SHARE(MetricUnit.SHARE, false, "Passives as a share of customers on the last day"),
    DETRACTOR_SHARE(MetricUnit.SHARE, false, "Detractors as a share of customers on the last day"),
    UNAWARE(MetricUnit.COUNT, false, "People unaware of the company on the last day"),
    AWARE(MetricUnit.COUNT, true, "Aware non-customers on the last day"),
    CHURNED(MetricUnit.COUNT, false, "Former customers on the last day"),
    ADVOCATES(MetricUnit.COUNT, true, "Customers who have referred someone, on the last day"),
    REPEAT_CUSTOMERS(MetricUnit.COUNT, true, "Customers with two or more purchases, on the last day"),
    ANNUAL_CHURN(
            MetricUnit.SHARE,
            false,
            "Share of customers who leave within a year: 1 - exp(-customers lost per customer-year)"),
    ANNUAL_RETENTION(
            MetricUnit.SHARE,
            true,
            "Share of customers kept for a year: exp(-customers lost per customer-year), 1 - annual churn"),
    PROMOTER_CHURN(
            MetricUnit.SHARE,
            false,
            "Annual churn of promoters: 1 - exp(-leavers who were promoters per promoter-year)"),
    PASSIVE_CHURN(
            MetricUnit.SHARE, false, "Annual churn of passives: 1 - exp(-leavers who were passives per passive-year)"),
    DETRACTOR_CHURN(
            MetricUnit.SHARE,
            false,
            "Annual churn of detractors: 1 - exp(-leavers who were detractors per detractor-year)"),
    NEW_PAID(MetricUnit.COUNT, true, "New customers won by marketing and pre-sale answers"),
    NEW_REFERRED(MetricUnit.COUNT, true, "New customers won by word of mouth"),
    REFERRED_SHARE(MetricUnit.SHARE, true, "Referred share of new customers"),
    PURCHASES(MetricUnit.COUNT, true, "Purchases"),
    FIRST_PURCHASES(MetricUnit.COUNT, true, "First purchases of customers won during the run"),
    REPEAT_PURCHASES(MetricUnit.COUNT, true, "Every other purchase"),
    PURCHASES_PER_CUSTOMER_YEAR(MetricUnit.RATIO, true, "Purchases per customer-year (share of wallet)"),
    ISSUE_RATE(MetricUnit.SHARE, false, "Share of purchases with an issue"),
    VOICE_RATE(MetricUnit.SHARE, true, "Share of issues voiced to the service desk"),
    COMPLAINTS(MetricUnit.COUNT, false, "Voiced issues"),
    SILENT_ISSUES(MetricUnit.COUNT, false, "Issues kept silent"),
    SERVICE_COST_SHARE(MetricUnit.SHARE, false, "Service cost as a share of revenue"),
    UTILISATION(
            MetricUnit.SHARE,
            false,
            "Share of staffed desk time (employees on shift while the desk is open) spent handling contacts"),
    MEDIAN_RESOLUTION_DAYS(MetricUnit.DAYS, false, "Median time from issue to resolution of voiced issues"),
    P90_RESOLUTION_DAYS(MetricUnit.DAYS, false, "90th percentile of that time"),
    MEAN_WAIT_HOURS(MetricUnit.HOURS, false, "Mean wait in the queue of answered contacts"),
    ABANDONED(MetricUnit.COUNT, false, "Questions and how-to contacts given up after waiting too long"),
    FIRST_CONTACT_RESOLUTION(MetricUnit.SHARE, true, "Share of complaints resolved at their first contact"),
    CONTACTS_PER_COMPLAINT(MetricUnit.RATIO, false, "Complaint contacts per closed complaint"),
    ESCALATION_RATE(MetricUnit.SHARE, false, "Share of complaints escalated to the second tier"),
    EMPLOYEE_TURNOVER(
            MetricUnit.SHARE, false, "Share of employees who quit within a year: 1 - exp(-quits per employee-year)"),
    MEAN_HEADCOUNT(MetricUnit.COUNT, false, "Mean front-line headcount"),
    MEAN_STRESS(MetricUnit.RATIO, false, "Mean employee stress over the run"),
    WOM_POSITIVE(MetricUnit.COUNT, true, "Positive word-of-mouth events"),
    WOM_NEGATIVE(MetricUnit.COUNT, false, "Negative word-of-mouth events"),
    WOM_REACH_RATIO(MetricUnit.RATIO, false, "People told per detractor-year over people told per promoter-year"),
    CUSTOMER_DAYS_NONREFERRED(MetricUnit.COUNT, true, "Customer-days of customers not won by referral"),
    GROSS_PROFIT_NONREFERRED(MetricUnit.CURRENCY, true, "Gross profit from customers not won by referral"),
    GROSS_PROFIT_REFERRED(MetricUnit.CURRENCY, true, "Gross profit from customers won by referral"),
    PROMOTER_VALUE_RATIO(
            MetricUnit.RATIO,
            false,
            "Value of a promoter over a detractor's on the last day: expected remaining gross profit, discounted");

    private final MetricUnit unit;
    private final boolean higherIsBetter;
    private final String description;

    SummaryMetric(MetricUnit unit, boolean higherIsBetter, String description) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.description = description;
    }

    public MetricUnit unit() {
        return unit;
    }

    /** True when a larger value is good for the company (revenue), false when it is bad (cost, churn). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String description() {
        return description;
    }

    /** The column name in output files: lower case with underscores, e.g. {@code net_contribution}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric whose {@link #key()} or name is {@code text}, or null. */
    public static SummaryMetric parse(String text) {
        for (SummaryMetric m : values()) {
            if (m.key().equalsIgnoreCase(text) || m.key().replace('_', '-').equalsIgnoreCase(text)) {
                return m;
            }
        }
        return null;
    }
}

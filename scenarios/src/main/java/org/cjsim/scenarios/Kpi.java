package org.cjsim.scenarios;

import java.util.Arrays;
import java.util.Optional;

/**
 * A key performance indicator of a company profile ({@code kpis:} in a profile file), in the units a company
 * reports: its key in the file, its unit, its allowed range and what it means.
 */
public enum Kpi {
    CUSTOMERS("customers", "customers", 1, 1e9, true, "Active customers now."),
    MARKET_SIZE(
            "marketSize",
            "people",
            1,
            1e10,
            true,
            "People who could become customers, customers included (default: 4 times customers)."),
    MONTHLY_REVENUE_PER_CUSTOMER(
            "monthlyRevenuePerCustomer",
            "currency per customer per month",
            0.01,
            1e7,
            false,
            "Revenue per active customer per month (or give spendPerPurchase and purchasesPerMonth)."),
    SPEND_PER_PURCHASE("spendPerPurchase", "currency per purchase", 0.01, 1e7, false, "Mean spend per purchase."),
    PURCHASES_PER_MONTH(
            "purchasesPerMonth",
            "purchases per customer per month",
            0.01,
            60,
            false,
            "Purchases per active customer per month."),
    GROSS_MARGIN(
            "grossMargin",
            "fraction of revenue",
            0,
            1,
            false,
            "Gross margin: revenue less the cost of goods, as a share of revenue."),
    ANNUAL_CHURN("annualChurn", "fraction per year", 0, 0.99, false, "Share of customers lost in a year."),
    NPS(
            "nps",
            "score (-100 to 100)",
            -100,
            100,
            false,
            "Net Promoter Score: promoters' share minus detractors', in points."),
    PROMOTER_SHARE(
            "promoterShare", "fraction of customers", 0, 1, false, "Share of customers who would recommend (9-10)."),
    DETRACTOR_SHARE("detractorShare", "fraction of customers", 0, 1, false, "Share of customers who would not (0-6)."),
    NEW_CUSTOMERS_PER_MONTH(
            "newCustomersPerMonth",
            "customers per month",
            0,
            1e8,
            false,
            "New customers won per month, by every channel."),
    REFERRED_SHARE_OF_NEW(
            "referredShareOfNew",
            "fraction of new customers",
            0,
            1,
            false,
            "Share of new customers who came through a referral."),
    ISSUE_RATE("issueRate", "fraction of purchases", 0, 1, false, "Share of purchases with a problem."),
    VOICE_RATE(
            "voiceRate",
            "fraction of problems",
            0,
            1,
            false,
            "Share of problems the company hears about (complaints)."),
    FIRST_CONTACT_RESOLUTION(
            "firstContactResolution",
            "fraction of complaints",
            0,
            1,
            false,
            "Share of complaints resolved at their first contact."),
    MEDIAN_RESOLUTION_DAYS(
            "medianResolutionDays", "days", 0.01, 365, false, "Median time from a complaint to its resolution."),
    AGENTS("agents", "employees", 1, 1e7, false, "Front-line service employees (full-time equivalents)."),
    ANNUAL_WAGE(
            "annualWage", "currency per employee per year", 0, 1e7, false, "Cost of one front-line employee per year."),
    MARKETING_PER_MONTH("marketingPerMonth", "currency per month", 0, 1e10, false, "Marketing spend per month."),
    DISCOUNT_RATE("discountRate", "fraction per year", 0, 1, false, "Discount rate for net present values."),
    HORIZON_YEARS("horizonYears", "years", 0.25, 20, false, "How far ahead the business case looks.");

    private final String key;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean whole;
    private final String meaning;

    Kpi(String key, String unit, double min, double max, boolean whole, String meaning) {
        this.key = key;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.meaning = meaning;
    }

    /** The key in a profile file, e.g. {@code annualChurn}. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** True for counts that must be whole numbers. */
    public boolean whole() {
        return whole;
    }

    public String meaning() {
        return meaning;
    }

    /** The allowed values in words, e.g. "a number in [0, 0.99]". */
    public String allowed() {
        return (whole ? "a whole number in [" : "a number in [") + org.cjsim.params.Params.format(min) + ", "
                + org.cjsim.params.Params.format(max) + "]";
    }

    /** The KPI with this key in a profile file. */
    public static Optional<Kpi> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}

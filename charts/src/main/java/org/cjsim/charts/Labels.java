package org.cjsim.charts;

import java.util.Locale;
import java.util.Map;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ParamInfo;

/**
 * Short words for metrics, levers and units on charts. The core's descriptions are sentences for tables;
 * a chart needs a few words ("Net contribution" rather than "Net contribution: gross profit minus every
 * cost line").
 */
public final class Labels {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("tier2", "Second-tier cost"),
            Map.entry("goodwill", "Goodwill credits"),
            Map.entry("hiring", "Hiring and training"),
            Map.entry("follow_up", "Proactive follow-up"),
            Map.entry("npv", "Net present value"),
            Map.entry("cumulative_npv", "Cumulative net present value"),
            Map.entry("customer_share", "Market share"),
            Map.entry("nps", "Net Promoter Score"),
            Map.entry("promoter_share", "Promoter share"),
            Map.entry("passive_share", "Passive share"),
            Map.entry("detractor_share", "Detractor share"),
            Map.entry("unaware", "Unaware people"),
            Map.entry("aware", "Aware non-customers"),
            Map.entry("churned", "Former customers"),
            Map.entry("new_paid", "New customers from marketing"),
            Map.entry("new_referred", "New customers from referrals"),
            Map.entry("lost", "Customers lost"),
            Map.entry("purchases_per_customer_year", "Purchases per customer-year"),
            Map.entry("median_resolution_days", "Median resolution time"),
            Map.entry("p90_resolution_days", "90th percentile resolution time"),
            Map.entry("mean_resolution_days", "Mean resolution time"),
            Map.entry("mean_wait_hours", "Mean wait"),
            Map.entry("contacts_per_complaint", "Contacts per complaint"),
            Map.entry("wom_positive", "Positive word of mouth"),
            Map.entry("wom_negative", "Negative word of mouth"),
            Map.entry("wom_reach_ratio", "Word-of-mouth reach ratio"),
            Map.entry("customer_days_nonreferred", "Customer-days, not referred"),
            Map.entry("gross_profit_nonreferred", "Gross profit, not referred"),
            Map.entry("gross_profit_referred", "Gross profit, referred"),
            Map.entry("issue_factor", "Issue factor"));

    private static final Map<String, String> BRIDGE = Map.ofEntries(
            Map.entry("retention", "Retention"),
            Map.entry("referrals", "Referrals"),
            Map.entry("share_of_wallet", "Share of wallet"),
            Map.entry("wages", "Wages"),
            Map.entry("tier2", "Second tier"),
            Map.entry("goodwill", "Goodwill"),
            Map.entry("refunds", "Refunds"),
            Map.entry("marketing", "Marketing"),
            Map.entry("referral_rewards", "Referral rewards"),
            Map.entry("hiring", "Hiring"),
            Map.entry("prevention", "Prevention"),
            Map.entry("follow_up", "Follow-up"),
            Map.entry("listening_cost", "Listening"),
            Map.entry("clarity_cost", "Clarity"),
            Map.entry("triage_cost", "Triage"),
            Map.entry("escalation_cost", "Faster escalation"),
            Map.entry("latitude_cost", "Latitude"));

    private Labels() {}

    /** A short name of {@code metric}, e.g. "Net contribution". */
    public static String name(SummaryMetric metric) {
        return name(metric.key());
    }

    /** A short name of {@code metric}, e.g. "Cumulative net contribution". */
    public static String name(DailyMetric metric) {
        return name(metric.key());
    }

    private static String name(String key) {
        String n = NAMES.get(key);
        if (n != null) {
            return n;
        }
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * {@code name} inside a sentence: the first letter in lower case, unless the name has other capitals
     * (a proper name such as "Net Promoter Score", or an acronym).
     */
    public static String lower(String name) {
        if (name.isEmpty() || !name.substring(1).equals(name.substring(1).toLowerCase(Locale.ROOT))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The name with the unit in brackets where the tick labels do not already say it, e.g. "Mean wait (hours)". */
    public static String axis(String name, MetricUnit unit) {
        return switch (unit) {
            case DAYS -> name + " (days)";
            case HOURS -> name + " (hours)";
            case POINTS -> name + " (0\u201310)";
            default -> name;
        };
    }

    /** A short label of a profit bridge step, e.g. "Wages" for {@code wages}. */
    public static String bridgeStep(String key, String label) {
        return BRIDGE.getOrDefault(key, label);
    }

    /** A lever's name in words, e.g. "Agents per 1000 customers" for {@code strategy.agentsPer1000Customers}. */
    public static String lever(ParamInfo lever) {
        return lever(lever.name());
    }

    /** A camel-case parameter name in words, e.g. "Goodwill cap" for {@code goodwillCap}. */
    public static String lever(String camelCase) {
        String name = camelCase.contains(".") ? camelCase.substring(camelCase.indexOf('.') + 1) : camelCase;
        String words = name.replaceAll("([a-z])([A-Z0-9])", "$1 $2")
                .replaceAll("([0-9])([A-Za-z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A parameter value in words: "on"/"off" for booleans, numbers without trailing zeros. */
    public static String value(Object value) {
        if (value instanceof Boolean b) {
            return b ? "on" : "off";
        }
        if (value instanceof Number n) {
            return UnitFormat.parameter(n.doubleValue()).replaceFirst("^-", UnitFormat.MINUS);
        }
        return String.valueOf(value);
    }

    /** A horizon in words: "3 years", "1.5 years", "180 days". */
    public static String horizon(double years) {
        if (years >= 1) {
            String y = UnitFormat.parameter(Math.round(years * 100) / 100.0);
            return y + (y.equals("1") ? " year" : " years");
        }
        long days = Math.round(years * 365);
        return days + (days == 1 ? " day" : " days");
    }

    /** "1 replication", "20 replications". */
    public static String replications(int n) {
        return n + (n == 1 ? " replication" : " replications");
    }
}

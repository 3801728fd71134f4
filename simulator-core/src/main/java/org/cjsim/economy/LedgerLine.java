package org.cjsim.economy;

/**
 * A line of the company's daily ledger. Revenue and gross profit are income; every other line is a cost.
 * The last five are what the service levers cost (listening, clarity, triage, faster escalation, latitude:
 * {@code CostParams}).
 */
public enum LedgerLine {
    REVENUE(false),
    GROSS_PROFIT(false),
    WAGES(true),
    TIER2(true),
    GOODWILL(true),
    REFUNDS(true),
    MARKETING(true),
    REFERRAL_REWARDS(true),
    HIRING(true),
    PREVENTION(true),
    FOLLOW_UP(true),
    LISTENING(true, "LISTENING_COST"),
    CLARITY(true, "CLARITY_COST"),
    TRIAGE(true, "TRIAGE_COST"),
    ESCALATION(true, "ESCALATION_COST"),
    LATITUDE(true, "LATITUDE_COST");

    private final boolean cost;
    private final String metric;

    LedgerLine(boolean cost) {
        this.cost = cost;
        this.metric = name();
    }

    LedgerLine(boolean cost, String metric) {
        this.cost = cost;
        this.metric = metric;
    }

    /** True for the lines subtracted from gross profit to give the net contribution. */
    public boolean isCost() {
        return cost;
    }

    /**
     * The name of the daily and summary metric of this line ({@code DailyMetric}, {@code SummaryMetric}):
     * the line's own name, or with {@code _COST} for a lever's cost ({@code LISTENING_COST}).
     */
    public String metric() {
        return metric;
    }
}

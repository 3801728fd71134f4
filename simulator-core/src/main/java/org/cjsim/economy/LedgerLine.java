package org.cjsim.economy;

/** A line of the company's daily ledger. Revenue and gross profit are income; every other line is a cost. */
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
    FOLLOW_UP(true);

    private final boolean cost;

    LedgerLine(boolean cost) {
        this.cost = cost;
    }

    /** True for the lines subtracted from gross profit to give the net contribution. */
    public boolean isCost() {
        return cost;
    }
}

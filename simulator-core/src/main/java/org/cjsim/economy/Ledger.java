package org.cjsim.economy;

/**
 * The company's ledger, kept per day: revenue, gross profit and every cost line; the net contribution
 * (gross profit minus costs) and its net present value at an annual discount rate, discounting each day's
 * net contribution by {@code (1 + i)^(-day / 365)}.
 */
public final class Ledger {
    private static final LedgerLine[] LINES = LedgerLine.values();

    private final double dailyDiscount;
    private final double[] today = new double[LINES.length];
    private final double[] total = new double[LINES.length];
    private double netToday;
    private double cumulativeNet;
    private double cumulativeNpv;

    /** @param annualDiscountRate discount rate per year, e.g. 0.1 */
    public Ledger(double annualDiscountRate) {
        this.dailyDiscount = Math.log1p(annualDiscountRate) / 365.0;
    }

    /** Books {@code amount} on {@code line} for today. */
    public void add(LedgerLine line, double amount) {
        today[line.ordinal()] += amount;
    }

    /** Today's amount on {@code line}, so far. */
    public double today(LedgerLine line) {
        return today[line.ordinal()];
    }

    /** Total on {@code line} over the days closed so far. */
    public double total(LedgerLine line) {
        return total[line.ordinal()];
    }

    /** Closes day {@code day}: its net contribution goes into the totals and the NPV; a new day starts. */
    public void closeDay(int day) {
        double net = today[LedgerLine.GROSS_PROFIT.ordinal()];
        for (LedgerLine line : LINES) {
            if (line.isCost()) {
                net -= today[line.ordinal()];
            }
            total[line.ordinal()] += today[line.ordinal()];
        }
        netToday = net;
        cumulativeNet += net;
        cumulativeNpv += net * Math.exp(-dailyDiscount * day);
    }

    /** Clears today's amounts, after the day has been recorded. */
    public void startDay() {
        java.util.Arrays.fill(today, 0);
    }

    /** Net contribution of the day last closed. */
    public double netOfDay() {
        return netToday;
    }

    public double cumulativeNet() {
        return cumulativeNet;
    }

    public double cumulativeNpv() {
        return cumulativeNpv;
    }
}

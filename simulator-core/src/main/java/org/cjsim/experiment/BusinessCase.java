package org.cjsim.experiment;

import java.util.Locale;
import org.cjsim.economy.LedgerLine;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;

/**
 * The business case of a strategy against a reference, over replications paired by index (common random
 * numbers): what it costs, what it returns, when it pays back. The confidence intervals cover the random
 * noise of the simulation; when the study ran over plausible worlds ({@link Worlds}), {@link #netRange()}
 * covers the uncertainty of the parameters as well.
 *
 * @param scenario the strategy's name
 * @param reference the reference's name
 * @param currency the currency symbol of the reference scenario
 * @param horizonDays the reference's horizon, in days
 * @param investment the increase in total costs over the horizon: the sum over every cost ledger line
 *     ({@link LedgerLine#isCost()}) of strategy minus reference; negative when the strategy saves money
 * @param net the paired difference in net contribution (the same as the comparison's)
 * @param roi the mean difference in net contribution divided by the mean investment (a ratio of means),
 *     NaN unless the investment is positive
 * @param paybackMonth the payback month ({@link #paybackMonth(double[])}): 0 when the mean cumulative
 *     difference in net contribution is never negative, {@link #NEVER} when it is negative on the last
 *     day, {@link #UNKNOWN} when the daily series were not kept (or, beyond the replications kept whole,
 *     the differences to the reference were not followed)
 * @param npv the paired difference in net present value
 * @param better the number of replications in which the strategy's net contribution beats the
 *     reference's (strictly)
 * @param replications the number of replication pairs
 * @param netRange how the difference in net contribution spreads over plausible worlds and noise: the
 *     share of worlds in which the strategy pays off, and the 90% interval
 * @param cash the difference in cumulative net contribution (cash), strategy minus reference, day by day
 *     over replication pairs: mean, 95% confidence interval of the mean, and 5% and 95% quantiles of single
 *     pairs (over plausible worlds when the study ran over them); null when the daily series were not kept
 */
public record BusinessCase(
        String scenario,
        String reference,
        String currency,
        int horizonDays,
        PairedDifference investment,
        PairedDifference net,
        double roi,
        int paybackMonth,
        PairedDifference npv,
        int better,
        int replications,
        PlausibleRange netRange,
        SeriesStatistics cash) {

    /** {@link #paybackMonth()} when the strategy does not pay back within the horizon. */
    public static final int NEVER = -1;

    /** {@link #paybackMonth()} when the daily series were not kept. */
    public static final int UNKNOWN = -2;

    /** Days in a month, for the payback month. */
    public static final double DAYS_PER_MONTH = 30.4;

    /**
     * The business case of {@code strategy} against {@code reference}, whose replications have the same
     * indices.
     *
     * @param net the paired difference in net contribution already computed for the comparison
     * @param npv the paired difference in net present value already computed for the comparison
     */
    static BusinessCase of(
            ScenarioResult reference,
            ScenarioResult strategy,
            PairedDifference net,
            PairedDifference npv,
            PlausibleRange netRange) {
        int n = Math.min(
                reference.replications().size(), strategy.replications().size());
        double[] investment = new double[n];
        int better = 0;
        for (int k = 0; k < n; k++) {
            ReplicationResult r = reference.replications().get(k);
            ReplicationResult s = strategy.replications().get(k);
            for (LedgerLine line : LedgerLine.values()) {
                if (line.isCost()) {
                    SummaryMetric m = SummaryMetric.valueOf(line.metric());
                    investment[k] += s.get(m) - r.get(m);
                }
            }
            if (s.get(SummaryMetric.NET_CONTRIBUTION) > r.get(SummaryMetric.NET_CONTRIBUTION)) {
                better++;
            }
        }
        PairedDifference invested = PairedDifference.of(investment);
        SeriesStatistics cash = ScenarioResult.hasDifference(reference, strategy)
                ? difference(reference, strategy, DailyMetric.CUMULATIVE_NET_CONTRIBUTION)
                : null;
        int payback = cash != null ? paybackMonth(cash.mean()) : UNKNOWN;
        return new BusinessCase(
                strategy.name(),
                reference.name(),
                reference.scenario().economics().currency(),
                reference.scenario().horizon().days(),
                invested,
                net,
                roi(net.mean(), invested.mean()),
                payback,
                npv,
                better,
                n,
                netRange,
                cash);
    }

    /** The return on the investment, a ratio of means; NaN unless {@code investment} is positive. */
    public static double roi(double netDifference, double investment) {
        return investment > 0 ? netDifference / investment : Double.NaN;
    }

    /**
     * Strategy minus reference of a daily metric over replication pairs, day by day: {@link
     * ScenarioResult#difference(ScenarioResult, ScenarioResult, DailyMetric, boolean)} without smoothing.
     */
    public static SeriesStatistics difference(ScenarioResult reference, ScenarioResult strategy, DailyMetric metric) {
        return ScenarioResult.difference(reference, strategy, metric, false);
    }

    /**
     * The payback month of a mean cumulative difference in cash, day by day from day 0: the first month
     * (1-based, of {@link #DAYS_PER_MONTH} days) at whose end the difference is and stays at or above zero
     * until the horizon. The month of the first day {@code p} (0-based) after the last negative day is
     * {@code ceil((p + 1) / 30.4)}: a difference negative on day 0 only pays back in month 1.
     *
     * @return 0 when the difference is never negative (nor NaN), {@link #NEVER} when it is negative (or NaN)
     *     on the last day or there are no days
     */
    public static int paybackMonth(double[] cumulativeDifference) {
        int days = cumulativeDifference.length;
        int lastNegative = lastNegativeDay(cumulativeDifference);
        if (days == 0 || lastNegative == days - 1) {
            return NEVER;
        }
        if (lastNegative < 0) {
            return 0;
        }
        // ceil((p + 1) / 30.4) in whole numbers, so that a month's last day is not pushed into the next by
        // rounding (30.4 has no exact binary form)
        return ((lastNegative + 2) * 10 + 303) / 304;
    }

    /**
     * The payback day of a mean cumulative difference in cash: the first day (0-based) after the last day
     * that is negative (or NaN), from which it stays at or above zero to the horizon; it lies in month {@link
     * #paybackMonth(double[])}. -1 when there is no such day to mark: the difference is never negative (it pays
     * back immediately), negative on the last day, or there are no days.
     */
    public static int paybackDay(double[] cumulativeDifference) {
        int lastNegative = lastNegativeDay(cumulativeDifference);
        return lastNegative < 0 || lastNegative == cumulativeDifference.length - 1 ? -1 : lastNegative + 1;
    }

    /** The last day on which {@code series} is negative or NaN; -1 if none. */
    private static int lastNegativeDay(double[] series) {
        int lastNegative = -1;
        for (int d = 0; d < series.length; d++) {
            if (!(series[d] >= 0)) {
                lastNegative = d;
            }
        }
        return lastNegative;
    }

    /**
     * One sentence a strategist can say to a finance director: what the strategy costs (or saves) over the
     * horizon, what it returns in net contribution with its interval, when it pays back, and in what share of
     * plausible worlds it pays off. Over plausible worlds the interval is the 90% interval of {@link
     * #netRange()}; without them it is the 95% confidence interval, the sentence says in how many replications
     * the strategy beats the reference and ends with the reminder that the intervals cover random noise only. Money as {@link UnitFormat} writes it, with the scenario's currency.
     */
    public String sentence() {
        return claim() + (overWorlds() ? "." : " (intervals cover random noise only).");
    }

    /**
     * The {@link #sentence()} without its closing reminder that the intervals cover random noise only, nor
     * its full stop: for a list of sentences that states the reminder once.
     */
    public String claim() {
        UnitFormat money = new UnitFormat(
                MetricUnit.CURRENCY, currency, false, UnitFormat.Precision.LABEL, UnitFormat.Glyphs.ASCII);
        UnitFormat signed = new UnitFormat(
                MetricUnit.CURRENCY, currency, true, UnitFormat.Precision.LABEL, UnitFormat.Glyphs.ASCII);
        StringBuilder s = new StringBuilder(scenario).append(": ");
        double cost = investment.mean();
        String over = " over " + horizon();
        if (money.text(Math.abs(cost)).chars().noneMatch(c -> c >= '1' && c <= '9')) {
            s.append("costs the same").append(over);
        } else if (cost > 0) {
            s.append("costs ").append(money.text(cost)).append(" more").append(over);
        } else {
            s.append("saves ").append(money.text(-cost)).append(" in costs").append(over);
        }
        double gain = net.mean();
        s.append(gain < 0 ? ", loses " + money.text(-gain) : ", returns " + signed.text(gain))
                .append(" in net contribution");
        if (overWorlds() && !Double.isNaN(netRange.low())) {
            s.append(" (90% of plausible worlds: ")
                    .append(signed.text(netRange.low()))
                    .append(" to ")
                    .append(signed.text(netRange.high()))
                    .append(")");
        } else if (Double.isNaN(net.ciLow())) {
            s.append(" (one replication: no interval)");
        } else {
            s.append(" (95% CI ")
                    .append(signed.text(net.ciLow()))
                    .append(" to ")
                    .append(signed.text(net.ciHigh()))
                    .append(net.significant() ? ")" : ", not significant)");
        }
        s.append(
                switch (paybackMonth) {
                    case UNKNOWN -> ", payback unknown (no daily series)";
                    case NEVER -> ", does not pay back within the horizon";
                    case 0 -> ", pays back immediately";
                    default -> ", pays back in month " + paybackMonth;
                });
        if (overWorlds()) {
            s.append(", and pays off in ")
                    .append(Math.round(100 * netRange.probBetter()))
                    .append("% of ")
                    .append(netRange.worlds())
                    .append(" plausible worlds");
        } else {
            s.append(", and beats ")
                    .append(reference)
                    .append(" in ")
                    .append(better)
                    .append(" of ")
                    .append(replications)
                    .append(replications == 1 ? " replication" : " replications");
        }
        return s.toString();
    }

    /** Whether the study ran over plausible worlds ({@link Worlds}), so that {@link #netRange()} covers them. */
    public boolean overWorlds() {
        return netRange != null && netRange.overWorlds();
    }

    /**
     * What the intervals of {@link #claim()} cover, as a sentence: random noise only, or the plausible worlds
     * and random noise.
     */
    public String coverage() {
        return overWorlds()
                ? "The 90% intervals cover " + netRange.worlds()
                        + " plausible worlds (sets of parameters that reproduce the KPIs) and noise."
                : "The intervals cover random noise only, not the uncertainty of the parameters.";
    }

    /** The horizon in words: {@code 3 years}, {@code 1 year}, {@code 60 days}. */
    private String horizon() {
        if (horizonDays >= 365 && horizonDays % 365 == 0) {
            int years = horizonDays / 365;
            return years + (years == 1 ? " year" : " years");
        }
        return String.format(Locale.ROOT, "%s %s", UnitFormat.count(horizonDays), horizonDays == 1 ? "day" : "days");
    }
}

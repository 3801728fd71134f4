package org.cjsim.journey;

import java.util.Arrays;
import org.cjsim.customer.Stage;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.metrics.SummaryMetric;

/** The summary of a finished run, computed from the run's totals and daily series. */
final class Summaries {
    private Summaries() {}

    static double[] of(Run w) {
        double[] v = new double[SummaryMetric.values().length];
        Ledger ledger = w.ledger;
        MetricsRecorder r = w.recorder;
        Totals t = w.totals;
        int days = r.days();
        for (LedgerLine line : LedgerLine.values()) {
            v[SummaryMetric.valueOf(line.metric()).ordinal()] = ledger.total(line);
        }
        double revenue = ledger.total(LedgerLine.REVENUE);
        double serviceCost =
                ledger.total(LedgerLine.WAGES) + ledger.total(LedgerLine.TIER2) + ledger.total(LedgerLine.GOODWILL);
        set(v, SummaryMetric.SERVICE_COST, serviceCost);
        set(v, SummaryMetric.NET_CONTRIBUTION, ledger.cumulativeNet());
        set(v, SummaryMetric.NPV, ledger.cumulativeNpv());

        int customers = w.market.people().count(Stage.CUSTOMER);
        set(v, SummaryMetric.CUSTOMERS, customers);
        set(v, SummaryMetric.CUSTOMER_SHARE, customers / (double) w.market.people().size);
        set(v, SummaryMetric.NPS, r.latest(DailyMetric.NPS));
        set(v, SummaryMetric.MEAN_SATISFACTION, r.latest(DailyMetric.MEAN_SATISFACTION));
        set(v, SummaryMetric.PROMOTER_SHARE, share(r.latest(DailyMetric.PROMOTERS), customers));
        set(v, SummaryMetric.PASSIVE_SHARE, share(r.latest(DailyMetric.PASSIVES), customers));
        set(v, SummaryMetric.DETRACTOR_SHARE, share(r.latest(DailyMetric.DETRACTORS), customers));
        set(v, SummaryMetric.UNAWARE, w.market.people().count(Stage.UNAWARE));
        set(v, SummaryMetric.AWARE, w.market.people().count(Stage.AWARE));
        set(v, SummaryMetric.CHURNED, w.market.people().count(Stage.CHURNED));
        set(v, SummaryMetric.ADVOCATES, r.latest(DailyMetric.ADVOCATES));
        set(v, SummaryMetric.REPEAT_CUSTOMERS, r.latest(DailyMetric.REPEAT_CUSTOMERS));

        double churnRate = share(r.sum(DailyMetric.LOST), t.customerDays / 365.0);
        set(v, SummaryMetric.ANNUAL_CHURN, annualShare(churnRate));
        set(v, SummaryMetric.ANNUAL_RETENTION, Math.exp(-churnRate));
        set(v, SummaryMetric.PROMOTER_CHURN, annualShare(share(t.segmentChurns[0], t.segmentDays[0] / 365.0)));
        set(v, SummaryMetric.PASSIVE_CHURN, annualShare(share(t.segmentChurns[1], t.segmentDays[1] / 365.0)));
        set(v, SummaryMetric.DETRACTOR_CHURN, annualShare(share(t.segmentChurns[2], t.segmentDays[2] / 365.0)));
        double paid = r.sum(DailyMetric.NEW_PAID);
        double referred = r.sum(DailyMetric.NEW_REFERRED);
        set(v, SummaryMetric.NEW_PAID, paid);
        set(v, SummaryMetric.NEW_REFERRED, referred);
        set(v, SummaryMetric.REFERRED_SHARE, share(referred, paid + referred));
        double purchases = r.sum(DailyMetric.PURCHASES);
        set(v, SummaryMetric.PURCHASES, purchases);
        set(v, SummaryMetric.FIRST_PURCHASES, t.firstPurchases);
        set(v, SummaryMetric.REPEAT_PURCHASES, purchases - t.firstPurchases);
        set(v, SummaryMetric.PURCHASES_PER_CUSTOMER_YEAR, share(purchases, t.customerDays / 365.0));

        double issues = r.sum(DailyMetric.ISSUES);
        double complaints = r.sum(DailyMetric.COMPLAINTS);
        set(v, SummaryMetric.ISSUE_RATE, share(issues, purchases));
        set(v, SummaryMetric.VOICE_RATE, share(complaints, issues));
        set(v, SummaryMetric.COMPLAINTS, complaints);
        set(v, SummaryMetric.SILENT_ISSUES, r.sum(DailyMetric.SILENT_ISSUES));
        set(v, SummaryMetric.SERVICE_COST_SHARE, share(serviceCost, revenue));
        set(v, SummaryMetric.UTILISATION, share(t.busy, t.staffed));
        double[] resolution = t.resolutionDays.toArray();
        Arrays.sort(resolution);
        set(v, SummaryMetric.MEDIAN_RESOLUTION_DAYS, quantile(resolution, 0.5));
        set(v, SummaryMetric.P90_RESOLUTION_DAYS, quantile(resolution, 0.9));
        set(v, SummaryMetric.MEAN_WAIT_HOURS, w.desk.meanWait() * 24);
        set(v, SummaryMetric.ABANDONED, r.sum(DailyMetric.ABANDONED));
        set(v, SummaryMetric.FIRST_CONTACT_RESOLUTION, share(t.closedAtFirstContact, t.closedByCompany));
        set(v, SummaryMetric.CONTACTS_PER_COMPLAINT, share(t.contactsOnClosed, t.closedByCompany));
        set(v, SummaryMetric.ESCALATION_RATE, share(t.escalations, t.cases));

        double meanHeadcount = t.headcountDays / Math.max(1, days);
        set(v, SummaryMetric.EMPLOYEE_TURNOVER, annualShare(share(r.sum(DailyMetric.QUITS), t.headcountDays / 365.0)));
        set(v, SummaryMetric.MEAN_HEADCOUNT, meanHeadcount);
        set(v, SummaryMetric.MEAN_STRESS, t.stressDays / Math.max(1, days));
        double positive = r.sum(DailyMetric.WOM_POSITIVE);
        double negative = r.sum(DailyMetric.WOM_NEGATIVE);
        set(v, SummaryMetric.WOM_POSITIVE, positive);
        set(v, SummaryMetric.WOM_NEGATIVE, negative);
        set(v, SummaryMetric.WOM_REACH_RATIO, share(share(negative, t.detractorDays), share(positive, t.promoterDays)));
        set(v, SummaryMetric.CUSTOMER_DAYS_NONREFERRED, t.customerDaysNonReferred);
        set(v, SummaryMetric.GROSS_PROFIT_NONREFERRED, t.grossProfitNonReferred);
        set(v, SummaryMetric.GROSS_PROFIT_REFERRED, t.grossProfitReferred);
        set(v, SummaryMetric.PROMOTER_VALUE_RATIO, promoterValueRatio(w));
        return v;
    }

    /**
     * The value of a promoter over a detractor's on the last day (Bain's check, docs/model.md section 4.2): for each
     * NPS class, the mean expected remaining gross profit of its customers, {@code margin * spend * purchaseRate(S)
     * * 365 / (churnRate + ln(1 + discountRate))}, a customer lifetime value at constant retention (Gupta &
     * Lehmann 2003), the churn rate being the class's rate over the run (departures per member-year). NaN when a
     * class is empty or never left.
     */
    static double promoterValueRatio(Run w) {
        var s = w.today.scenario();
        var people = w.market.people();
        double[] profit = new double[3];
        int[] n = new int[3];
        for (int k = 0; k < w.market.customers().size(); k++) {
            int c = w.market.customers().get(k);
            double sat = people.satisfaction[c];
            int segment = Churn.segment(sat);
            n[segment]++;
            profit[segment] += s.economics().margin()
                    * people.spend[c]
                    * 365
                    * org.cjsim.customer.CustomerResponse.purchaseRate(
                            w.today.rates().lambda0(),
                            s.customers().experience().walletWeight(),
                            sat);
        }
        double i = Math.log1p(s.economics().discountRate());
        Totals t = w.totals;
        double[] value = new double[3];
        for (int c = 0; c < 3; c += 2) {
            double rate = share(t.segmentChurns[c], t.segmentDays[c] / 365.0);
            value[c] = n[c] > 0 && rate > 0 ? profit[c] / n[c] / (rate + i) : Double.NaN;
        }
        return value[0] / value[2];
    }

    private static void set(double[] v, SummaryMetric m, double value) {
        v[m.ordinal()] = value;
    }

    /**
     * The share of a group that leaves within a year at a constant rate of {@code perYear} departures per
     * member-year: {@code 1 - exp(-perYear)}, in [0, 1] however short the run or high the rate (departures
     * over member-years alone exceed 1 when members leave within months). NaN stays NaN.
     */
    static double annualShare(double perYear) {
        return -Math.expm1(-perYear);
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }

    /** The {@code q}-quantile of sorted values by linear interpolation; NaN if empty. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

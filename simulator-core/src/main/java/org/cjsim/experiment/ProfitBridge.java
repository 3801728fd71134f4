package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.metrics.SummaryMetric;

/**
 * The profit bridge (waterfall) from a reference to a strategy: the difference in net contribution split
 * by ledger line. Gross profit from customers not won by referral is split into retention (more
 * customer-days at the reference's gross profit per customer-day) and share of wallet (the change in
 * gross profit per customer-day over the strategy's customer-days); gross profit from referred customers
 * is its own bar; each cost line enters with its sign reversed. In each replication pair the bars sum
 * exactly to the difference in net contribution, so their means do too.
 *
 * @param reference the reference scenario's name
 * @param scenario the strategy's name
 * @param steps the bars, revenue effects first
 * @param total the paired difference in net contribution
 */
public record ProfitBridge(String reference, String scenario, List<BridgeStep> steps, PairedDifference total) {

    private static final SummaryMetric[] COSTS = {
        SummaryMetric.WAGES,
        SummaryMetric.TIER2,
        SummaryMetric.GOODWILL,
        SummaryMetric.REFUNDS,
        SummaryMetric.MARKETING,
        SummaryMetric.REFERRAL_REWARDS,
        SummaryMetric.HIRING,
        SummaryMetric.PREVENTION,
        SummaryMetric.FOLLOW_UP,
        SummaryMetric.LISTENING_COST,
        SummaryMetric.CLARITY_COST,
        SummaryMetric.TRIAGE_COST,
        SummaryMetric.ESCALATION_COST,
        SummaryMetric.LATITUDE_COST
    };

    /** The bridge over replications paired by index. */
    public static ProfitBridge of(ScenarioResult reference, ScenarioResult strategy) {
        int n = Math.min(
                reference.replications().size(), strategy.replications().size());
        double[] retention = new double[n];
        double[] wallet = new double[n];
        double[] referrals = new double[n];
        double[][] costs = new double[COSTS.length][n];
        double[] total = new double[n];
        for (int k = 0; k < n; k++) {
            ReplicationResult r = reference.replications().get(k);
            ReplicationResult s = strategy.replications().get(k);
            double daysR = r.get(SummaryMetric.CUSTOMER_DAYS_NONREFERRED);
            double daysS = s.get(SummaryMetric.CUSTOMER_DAYS_NONREFERRED);
            double gR = daysR > 0 ? r.get(SummaryMetric.GROSS_PROFIT_NONREFERRED) / daysR : 0;
            retention[k] = (daysS - daysR) * gR;
            wallet[k] = s.get(SummaryMetric.GROSS_PROFIT_NONREFERRED) - daysS * gR;
            referrals[k] = s.get(SummaryMetric.GROSS_PROFIT_REFERRED) - r.get(SummaryMetric.GROSS_PROFIT_REFERRED);
            for (int c = 0; c < COSTS.length; c++) {
                costs[c][k] = -(s.get(COSTS[c]) - r.get(COSTS[c]));
            }
            total[k] = s.get(SummaryMetric.NET_CONTRIBUTION) - r.get(SummaryMetric.NET_CONTRIBUTION);
        }
        List<BridgeStep> steps = new ArrayList<>();
        steps.add(new BridgeStep("retention", "Retention", PairedDifference.of(retention)));
        steps.add(new BridgeStep("referrals", "Referrals", PairedDifference.of(referrals)));
        steps.add(new BridgeStep("share_of_wallet", "Share of wallet", PairedDifference.of(wallet)));
        for (int c = 0; c < COSTS.length; c++) {
            steps.add(new BridgeStep(COSTS[c].key(), COSTS[c].description(), PairedDifference.of(costs[c])));
        }
        return new ProfitBridge(reference.name(), strategy.name(), List.copyOf(steps), PairedDifference.of(total));
    }
}

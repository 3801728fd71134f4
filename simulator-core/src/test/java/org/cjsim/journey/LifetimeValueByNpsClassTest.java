package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/**
 * The value of a promoter against a detractor (docs/model.md, section 4.2). For each NPS class, on the last
 * day of a 3-year baseline run at the default market size: the value of a customer is their expected
 * remaining gross profit, {@code margin * spend * purchaseRate(S) * 365 / (churnRate + ln(1 + discountRate))}
 * (a customer lifetime value at constant retention, Gupta &amp; Lehmann 2003), the churn rate being the class's
 * measured rate over the run. Bain &amp; Company report that the lifetime value of a promoter is typically 3 to
 * 8 times a detractor's ("The numbers behind the Net Promoter System", netpromotersystem.com).
 */
class LifetimeValueByNpsClassTest {
    private static final int REPLICATIONS = 4;

    /** Promoter value over detractor value, averaged over the classes' values of {@link #REPLICATIONS} runs. */
    static double[] valueRatio(ScenarioParams s) {
        double[] value = new double[3];
        double[] undiscounted = new double[3];
        double i = Math.log1p(s.economics().discountRate());
        for (int r = 0; r < REPLICATIONS; r++) {
            CustomerJourneyModel m = new CustomerJourneyModel(s, 1000 + r);
            RunResult res = m.run();
            Run w = m.current();
            double[] profit = new double[3];
            int[] n = new int[3];
            for (int k = 0; k < w.market.customers().size(); k++) {
                int c = w.market.customers().get(k);
                double sat = w.market.people().satisfaction[c];
                int segment = Churn.segment(sat);
                n[segment]++;
                profit[segment] += s.economics().margin()
                        * w.market.people().spend[c]
                        * 365
                        * CustomerResponse.purchaseRate(
                                w.today.rates().lambda0(),
                                s.customers().experience().walletWeight(),
                                sat);
            }
            SummaryMetric[] churn = {
                SummaryMetric.PROMOTER_CHURN, SummaryMetric.PASSIVE_CHURN, SummaryMetric.DETRACTOR_CHURN
            };
            double[] one = new double[3];
            for (int c = 0; c < 3; c++) {
                double rate = -Math.log1p(-res.get(churn[c]));
                one[c] = profit[c] / n[c] / (rate + i);
                value[c] += one[c] / REPLICATIONS;
                undiscounted[c] += profit[c] / n[c] / rate / REPLICATIONS;
            }
            // The summary metric is this run's ratio, computed by the model itself.
            org.junit.jupiter.api.Assertions.assertEquals(
                    one[0] / one[2], res.get(SummaryMetric.PROMOTER_VALUE_RATIO), 1e-9 * one[0] / one[2]);
        }
        return new double[] {value[0] / value[2], undiscounted[0] / undiscounted[2]};
    }

    @Test
    void aPromoterIsWorthThreeToEightDetractors() {
        double[] ratio = valueRatio(ScenarioParams.defaults());
        System.out.printf(
                "value of a promoter / a detractor: %.2f discounted at 10%%, %.2f undiscounted%n", ratio[0], ratio[1]);
        // Measured 6.1 (4 replications; 5.4 to 6.1 in other seeds and market sizes): far from both ends.
        assertTrue(ratio[0] >= 3 && ratio[0] <= 8, "promoter / detractor value " + ratio[0]);
    }

    @Test
    void withoutTheChurnCeilingDetractorsAreWorthTooLittle() {
        // The same defaults with the exponential hazard (an unreachable ceiling): measured 15.7 (and 17.9 with
        // the earlier calibration: silence multiplier 16, h0 from 10% a year). The mechanism that makes
        // detractors leave within months is the unbounded satisfaction effect.
        ScenarioParams exponential = Params.with(ScenarioParams.defaults(), Map.of("customers.churnCeiling", 1000.0));
        double ratio = valueRatio(exponential)[0];
        System.out.printf("value of a promoter / a detractor with the exponential hazard: %.2f%n", ratio);
        assertTrue(ratio > 10, "promoter / detractor value " + ratio);
    }
}

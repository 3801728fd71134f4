package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.params.CustomerParams;
import org.junit.jupiter.api.Test;

/**
 * The world on day 0, drawn for 20,000 people: each share and mean is checked against its parameter within
 * 5 standard errors (a false-failure rate of 6e-7 per assertion).
 */
class MarketMechanismTest {
    private static final int N = 20_000;

    private static void assertShare(double p, int n, int count, String what) {
        assertEquals(n * p, count, 5 * Math.sqrt(n * p * (1 - p)) + 1e-9, what);
    }

    @Test
    void dayZeroHasTheInitialCustomersAwareProspectsUnreasonablePeopleAndSpendOfTheParameters() {
        TinyWorld t = new TinyWorld(
                N,
                "market.initialCustomerShare",
                0.4,
                "market.initialAwareShare",
                0.25,
                "customers.unreasonableShare",
                0.1);
        Run w = t.run;
        CustomerParams c = w.today.scenario().customers();
        int customers = w.market.people().count(Stage.CUSTOMER);
        assertShare(0.4, N, customers, "initial customers");
        assertEquals(customers, w.market.customers().size());
        assertEquals(customers, w.market.customers(Origin.INITIAL));
        assertEquals(N - customers, w.market.prospects().size());
        assertShare(0.25, N - customers, w.market.people().count(Stage.AWARE), "aware prospects");
        int unreasonable = 0;
        double spend = 0;
        double taste = 0;
        double tasteSq = 0;
        double tenure = 0;
        double gap = 0;
        for (int i = 0; i < N; i++) {
            unreasonable += w.market.people().has(i, Population.UNREASONABLE) ? 1 : 0;
            spend += w.market.people().spend[i];
            taste += w.market.people().taste[i];
            tasteSq += w.market.people().taste[i] * w.market.people().taste[i];
            if (w.market.people().isCustomer(i)) {
                assertEquals(Origin.INITIAL, w.market.people().origin(i));
                assertTrue(w.market.people().customerSince[i] <= 0);
                tenure -= w.market.people().customerSince[i];
                double q = Math.max(
                        0, Math.min(10, w.today.scenario().market().productQuality() + w.market.people().taste[i]));
                assertEquals(q, w.market.people().expectation[i], 1e-5, "expectation is the quality they know");
                gap += w.market.people().satisfaction[i] - q;
            } else {
                assertTrue(Float.isNaN(w.market.people().customerSince[i]));
            }
            assertTrue(Float.isNaN(w.market.people().churnDay[i]));
        }
        assertShare(0.1, N, unreasonable, "unreasonable people");
        double meanSpend = w.today.scenario().economics().meanSpend();
        double spendSd = meanSpend
                * Math.sqrt(Math.expm1(Math.pow(w.today.scenario().economics().spendSigma(), 2)));
        assertEquals(meanSpend, spend / N, 5 * spendSd / Math.sqrt(N), "lognormal spend with the mean spend");
        assertEquals(0, taste / N, 5 * c.experience().tasteSd() / Math.sqrt(N));
        assertEquals(
                c.experience().tasteSd(),
                Math.sqrt(tasteSq / N),
                0.05 * c.experience().tasteSd());
        double meanTenure = 365.0 / -Math.log1p(-c.churn().annualChurnAtNeutral());
        assertEquals(meanTenure, tenure / customers, 5 * meanTenure / Math.sqrt(customers), "exponential tenure");
        // Satisfaction is the quality plus the shift and noise, clamped: the clamping moves the mean a little.
        assertEquals(c.experience().initialSatisfactionShift(), gap / customers, 0.1);
    }
}

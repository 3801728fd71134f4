package org.cjsim.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CustomerResponseTest {

    @Test
    void aShortfallWeighsLossAversionTimesAnEqualSurplus() {
        assertEquals(1.0, CustomerResponse.disconfirmation(1.0, 2));
        assertEquals(-2.0, CustomerResponse.disconfirmation(-1.0, 2));
    }

    @Test
    void satisfactionMovesTowardsQualityAndByTheGapToExpectation() {
        double s = CustomerResponse.satisfactionAfterPurchase(7, 8, 9, 0.1, 0.1, 2);
        assertEquals(7 + 0.1 * 2 + 0.1 * 1, s, 1e-12);
        assertEquals(10.0, CustomerResponse.satisfactionAfterPurchase(10, 0, 10, 0.5, 1, 2));
        assertEquals(0.0, CustomerResponse.satisfactionAfterPurchase(0, 10, 0, 0.5, 1, 2));
    }

    @Test
    void expectationsAdaptTowardsExperience() {
        assertEquals(7.3, CustomerResponse.expectationAfterPurchase(7, 10, 0.1), 1e-12);
    }

    @Test
    void dishonestyInflatesTheExpectationAtConversion() {
        assertEquals(7.5, CustomerResponse.expectationAtConversion(7.5, 2, 1));
        assertEquals(8.9, CustomerResponse.expectationAtConversion(7.5, 2, 0.3), 1e-12);
    }

    @Test
    void satisfiedCustomersBuyMoreAndVeryUnhappyOnesStop() {
        double lambda0 = 1 / 30.0;
        assertEquals(lambda0, CustomerResponse.purchaseRate(lambda0, 0.5, 7), 1e-15);
        assertEquals(lambda0 * 1.5, CustomerResponse.purchaseRate(lambda0, 0.5, 10), 1e-15);
        assertEquals(0.0, CustomerResponse.purchaseRate(lambda0, 2, 0));
    }

    @Test
    void theChurnHazardFallsWithSatisfactionAndMoreSteeplyWhenSwitchingIsEasy() {
        double h0 = CustomerResponse.baseChurnHazard(0.15);
        assertEquals(0.15, 1 - Math.exp(-365 * h0), 1e-12);
        assertEquals(h0, CustomerResponse.churnHazard(h0, 0.6, 0.1, Double.POSITIVE_INFINITY, 7), 1e-18);
        double easyRatio = CustomerResponse.churnHazard(h0, 0.6, 0.0, Double.POSITIVE_INFINITY, 4)
                / CustomerResponse.churnHazard(h0, 0.6, 0.0, Double.POSITIVE_INFINITY, 9);
        double hardRatio = CustomerResponse.churnHazard(h0, 0.6, 0.8, Double.POSITIVE_INFINITY, 4)
                / CustomerResponse.churnHazard(h0, 0.6, 0.8, Double.POSITIVE_INFINITY, 9);
        assertTrue(easyRatio > hardRatio && hardRatio > 1);
    }

    @Test
    void theChurnHazardSaturatesAtTheCeilingForTheLeastSatisfied() {
        double h0 = CustomerResponse.baseChurnHazard(0.15);
        assertEquals(h0, CustomerResponse.churnHazard(h0, 0.6, 0.1, 1.5, 7), 1e-18);
        // Below 7 it rises towards 1.5 h0 and never reaches it; the exponential would be 25 times h0 at S = 1.
        double low = CustomerResponse.churnHazard(h0, 0.6, 0.1, 1.5, 1);
        assertTrue(low > 1.4 * h0 && low < 1.5 * h0, "at S = 1: " + low / h0);
        assertTrue(CustomerResponse.churnHazard(h0, 0.6, 0.1, 1.5, 0) < 1.5 * h0);
        assertTrue(CustomerResponse.churnHazard(h0, 0.6, 0.1, Double.POSITIVE_INFINITY, 1) > 25 * h0);
        // Above 7 it falls like the exponential, within the factor M / (M - 1) = 3.
        double high = CustomerResponse.churnHazard(h0, 0.6, 0.1, 1.5, 10);
        double exponential = CustomerResponse.churnHazard(h0, 0.6, 0.1, Double.POSITIVE_INFINITY, 10);
        assertTrue(high > exponential && high < 3 * exponential, high / exponential + "");
        // Monotone: the thinning bound of the churn phase (its hazard at S = 0) covers every satisfaction.
        for (double s = 0; s < 10; s += 0.5) {
            assertTrue(CustomerResponse.churnHazard(h0, 0.6, 0.1, 1.5, s)
                    > CustomerResponse.churnHazard(h0, 0.6, 0.1, 1.5, s + 0.5));
        }
        // A ceiling of 1 removes the satisfaction effect entirely (h0 at every satisfaction).
        assertEquals(h0, CustomerResponse.churnHazard(h0, 0.6, 0.1, 1, 2), 1e-18);
    }

    @Test
    void moreSevereIssuesAreVoicedMoreOftenUpToCertainty() {
        assertEquals(0.1, CustomerResponse.complaintProbability(0.1, 0.6, 0, 0), 1e-12);
        assertEquals(0.7, CustomerResponse.complaintProbability(0.1, 0.6, 1, 0), 1e-12);
        assertEquals(1.0, CustomerResponse.complaintProbability(0.5, 0.6, 1, 0.3));
    }

    @Test
    void compensationRaisesFairnessFromItsBaseToOne() {
        assertEquals(0.7, CustomerResponse.fairness(0.7, 0));
        assertEquals(1.0, CustomerResponse.fairness(0.7, 1));
        assertEquals(0.85, CustomerResponse.fairness(0.7, 0.5), 1e-12);
        assertEquals(1.0, CustomerResponse.fairness(0.7, 3));
    }

    private static double recovery(
            double days, double fairness, boolean owned, boolean repeat, double severity, double damage) {
        return CustomerResponse.recovery(1.6, 1.5, days, fairness, owned, 0.2, repeat, 0.5, severity, 0.7, 0.8, damage);
    }

    @Test
    void recoveryDecaysWithResolutionTime() {
        double fast = recovery(0.1, 0.7, false, false, 0.2, 1);
        double slow = recovery(3, 0.7, false, false, 0.2, 1);
        assertEquals(fast * Math.exp(-2.9 / 1.5), slow, 1e-12);
    }

    @Test
    void owningTheMistakeAddsTheOwnershipBonus() {
        assertEquals(1.2, recovery(1, 0.7, true, false, 0.2, 1) / recovery(1, 0.7, false, false, 0.2, 1), 1e-12);
    }

    @Test
    void aRepeatFailureHalvesRecovery() {
        assertEquals(0.5, recovery(1, 0.7, false, true, 0.2, 1) / recovery(1, 0.7, false, false, 0.2, 1), 1e-12);
    }

    @Test
    void recoveryFromASevereIssueStaysBelowTheDamage() {
        assertEquals(0.8 * 3.2, recovery(0, 1, true, false, 0.8, 3.2), 1e-12);
        assertTrue(recovery(0, 1, true, false, 0.7, 2.8) > 2.8, "0.7 is not yet severe");
    }

    @Test
    void recoveryIsProportionalToTheDamage() {
        assertEquals(2 * recovery(1, 0.9, true, false, 0.3, 1), recovery(1, 0.9, true, false, 0.3, 2), 1e-12);
    }

    @Test
    void promotersAndDetractorsFollowTheNpsCutOffs() {
        assertTrue(CustomerResponse.isPromoter(9));
        assertTrue(!CustomerResponse.isPromoter(8.99));
        assertTrue(CustomerResponse.isDetractor(6));
        assertTrue(!CustomerResponse.isDetractor(6.01));
    }
}

package org.cjsim.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Boundaries of the response curves: the value kept and the next one changed. */
class CustomerResponseMechanismTest {

    @Test
    void noGapIsNoDisconfirmationWhateverTheLossAversion() {
        assertEquals(0.0, CustomerResponse.disconfirmation(0, 3));
        assertEquals(-0.3, CustomerResponse.disconfirmation(-0.1, 3), 1e-12);
    }

    @Test
    void satisfactionDependsOnQualityAndExpectationSeparately() {
        // eta alone: no gap to the expectation.
        assertEquals(7.5, CustomerResponse.satisfactionAfterPurchase(7, 8, 8, 0.5, 0, 2), 1e-12);
        // gamma alone, a shortfall weighted by loss aversion.
        assertEquals(6.0, CustomerResponse.satisfactionAfterPurchase(7, 8, 7.5, 0, 1, 2), 1e-12);
    }

    @Test
    void expectationsStayOnTheScale() {
        assertEquals(10.0, CustomerResponse.expectationAfterPurchase(9, 30, 1));
        assertEquals(0.0, CustomerResponse.expectationAfterPurchase(1, -30, 1));
        assertEquals(10.0, CustomerResponse.expectationAtConversion(9, 5, 0));
        assertEquals(0.0, CustomerResponse.expectationAtConversion(-1, 0, 0));
    }

    @Test
    void thePurchaseRateFallsBelowNeutralAndIsFlooredAtZero() {
        assertEquals(0.5 * (1 - 0.5), CustomerResponse.purchaseRate(0.5, 0.5, 4), 1e-12);
        assertEquals(0.0, CustomerResponse.purchaseRate(0.5, 1, 4), 1e-15, "exactly zero at S = 7 - 3 / w");
        assertEquals(0.0, CustomerResponse.purchaseRate(0.5, 1.5, 3));
    }

    @Test
    void theChurnHazardAtNeutralIsTheBaseAndSwitchingCostOneIgnoresSatisfaction() {
        double h0 = CustomerResponse.baseChurnHazard(0.2);
        assertEquals(-Math.log(0.8) / 365, h0, 1e-15);
        assertEquals(h0, CustomerResponse.churnHazard(h0, 0.6, 1.0, 1.5, 2), 1e-18);
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(h0 * Math.exp(0.6 * 0.5 * 2), CustomerResponse.churnHazard(h0, 0.6, 0.5, inf, 5), 1e-15);
        assertEquals(h0 * 1.5 / (1 + 0.5 * Math.exp(-0.6)), CustomerResponse.churnHazard(h0, 0.6, 0.5, 1.5, 5), 1e-15);
        assertEquals(0.0, CustomerResponse.baseChurnHazard(0));
    }

    @Test
    void aFollowUpBoostAddsToTheVoiceProbability() {
        assertEquals(0.5, CustomerResponse.complaintProbability(0.1, 0.6, 0.5, 0.1), 1e-12);
        assertEquals(1.0, CustomerResponse.complaintProbability(0.4, 0.6, 1, 0));
    }

    @Test
    void aNegativeCompensationDoesNotLowerFairnessBelowItsBase() {
        assertEquals(0.6, CustomerResponse.fairness(0.6, -1), 1e-12);
    }

    @Test
    void recoveryIsTheProductOfItsFactors() {
        double r = CustomerResponse.recovery(1.5, 2, 1, 0.8, true, 0.25, true, 0.4, 0.1, 0.7, 0.8, 2);
        assertEquals(2 * 1.5 * Math.exp(-0.5) * 0.8 * 1.25 * 0.4, r, 1e-12);
        double plain = CustomerResponse.recovery(1.5, 2, 1, 0.8, false, 0.25, false, 0.4, 0.1, 0.7, 0.8, 2);
        assertEquals(2 * 1.5 * Math.exp(-0.5) * 0.8, plain, 1e-12);
        assertEquals(0.0, CustomerResponse.recovery(0, 2, 1, 0.8, true, 0.25, false, 0.4, 0.1, 0.7, 0.8, 2));
    }

    @Test
    void theSevereCapAppliesOnlyAboveTheThresholdAndOnlyWhenItBinds() {
        double atThreshold = CustomerResponse.recovery(2, 1, 0, 1, false, 0, false, 1, 0.7, 0.7, 0.5, 1);
        assertEquals(2.0, atThreshold, 1e-12, "severity equal to the threshold is not severe");
        double above = CustomerResponse.recovery(2, 1, 0, 1, false, 0, false, 1, 0.71, 0.7, 0.5, 1);
        assertEquals(0.5, above, 1e-12);
        double small = CustomerResponse.recovery(0.2, 1, 0, 1, false, 0, false, 1, 0.9, 0.7, 0.5, 1);
        assertEquals(0.2, small, 1e-12, "a recovery below the cap is kept");
    }

    @Test
    void passivesAreNeitherPromotersNorDetractors() {
        for (double s = 6.01; s < 9; s += 0.5) {
            assertFalse(CustomerResponse.isPromoter(s));
            assertFalse(CustomerResponse.isDetractor(s));
        }
        assertTrue(CustomerResponse.isPromoter(10));
        assertTrue(CustomerResponse.isDetractor(0));
    }

    @Test
    void clampKeepsTheScaleEnds() {
        assertEquals(0.0, CustomerResponse.clamp(-0.5));
        assertEquals(10.0, CustomerResponse.clamp(10.5));
        assertEquals(4.2, CustomerResponse.clamp(4.2));
    }
}

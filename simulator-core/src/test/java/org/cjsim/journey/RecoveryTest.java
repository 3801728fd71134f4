package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.params.CustomerParams;
import org.cjsim.service.Case;
import org.cjsim.service.IssueCause;
import org.junit.jupiter.api.Test;

/**
 * Recovery after a resolution, on its own: a case opened by hand in a tiny world, resolved by calling
 * {@link Recovery} directly, and the events it schedules (discovered deflections, broken promises) run one
 * by one.
 */
class RecoveryTest {
    private static final int PERSON = 0;
    private static final double S0 = 6.0;
    private static final double SPEND = 40;

    private static TinyWorld world(Object... pathsAndValues) {
        TinyWorld t = new TinyWorld(20, pathsAndValues);
        t.run.market.people().setSatisfaction(PERSON, S0, 10);
        return t;
    }

    private static Case open(TinyWorld t, IssueCause cause, double severity, double damage) {
        Case k = new Case(PERSON, 0.0, cause, severity, damage, false, SPEND, 77L);
        t.run.cases.open(k);
        return k;
    }

    private static double satisfaction(TinyWorld t) {
        return t.run.market.people().satisfaction[PERSON];
    }

    /** The gain {@link CustomerResponse#recovery} gives for {@code k} resolved at {@code now}. */
    private static double expectedGain(TinyWorld t, Case k, double now, double compensation, boolean owned) {
        return TinyWorld.expectedRecovery(t.run.today.customers().recovery(), k, now, compensation, owned);
    }

    @Test
    void aFastCompensatedOwnedResolutionRecoversMoreThanASlowBareOne() {
        TinyWorld fast = world("strategy.refundRate", 0.0, "customers.deflectionDiscovery", 0.0);
        Case a = open(fast, IssueCause.FAILURE, 0.3, 1.0);
        fast.run.recovery.resolve(a, 0.1, true, true, Double.POSITIVE_INFINITY);
        double fastGain = satisfaction(fast) - S0;
        assertEquals(expectedGain(fast, a, 0.1, 1.0, true), fastGain, 1e-6);
        assertEquals(0.3 * SPEND, fast.run.ledger.today(LedgerLine.GOODWILL), 1e-9, "goodwill makes good the damage");

        TinyWorld slow = world("strategy.refundRate", 0.0, "customers.deflectionDiscovery", 0.0);
        Case b = open(slow, IssueCause.FAILURE, 0.3, 1.0);
        slow.run.recovery.resolve(b, 30, false, false, 0);
        double slowGain = satisfaction(slow) - S0;
        assertEquals(expectedGain(slow, b, 30, 0, false), slowGain, 1e-6);
        assertTrue(slowGain > 0, "a resolution always recovers something");
        assertTrue(fastGain > 2 * slowGain, fastGain + " against " + slowGain);
        assertEquals(0.0, slow.run.ledger.today(LedgerLine.GOODWILL));
    }

    @Test
    void withoutRecoveryAResolutionRestoresNothingButStillClosesTheCase() {
        TinyWorld t = world("customers.recoveryMax", 0.0, "customers.deflectionDiscovery", 0.0);
        Case k = open(t, IssueCause.FAILURE, 0.3, 1.0);
        t.run.recovery.resolve(k, 0.1, true, true, Double.POSITIVE_INFINITY);
        assertEquals(S0, satisfaction(t), 1e-6);
        assertTrue(k.closed && k.resolved);
        assertNull(t.run.cases.of(PERSON));
        assertEquals(1, t.run.recorder.today(DailyMetric.RESOLVED));
        assertEquals(1, t.run.totals.closedByCompany);
    }

    @Test
    void anHonestResolutionOfTheCompanysMistakeRefundsTheWholePurchaseAtTheRefundRate() {
        TinyWorld t = world("strategy.refundRate", 1.0);
        Case k = open(t, IssueCause.FAILURE, 0.3, 1.0);
        t.run.recovery.resolve(k, 0.1, true, false, 0);
        assertEquals(SPEND, t.run.ledger.today(LedgerLine.REFUNDS), 1e-9);
        assertEquals(expectedGain(t, k, 0.1, 1.0, true), satisfaction(t) - S0, 1e-6);

        TinyWorld impossible = world("strategy.refundRate", 1.0);
        Case no = open(impossible, IssueCause.IMPOSSIBLE_REQUEST, 0.3, 1.0);
        impossible.run.recovery.resolve(no, 0.1, true, false, 0);
        assertEquals(0.0, impossible.run.ledger.today(LedgerLine.REFUNDS), "an impossible request is no mistake");
        assertEquals(expectedGain(impossible, no, 0.1, 0, false), satisfaction(impossible) - S0, 1e-6);
    }

    @Test
    void aDeflectedMistakeIsFoundOutWithinTheDiscoveryWindowAndAnOwnedOneNever() {
        for (boolean honest : new boolean[] {false, true}) {
            TinyWorld t = world("customers.deflectionDiscovery", 1.0, "strategy.refundRate", 0.0);
            Case k = open(t, IssueCause.FAILURE, 0.3, 1.0);
            t.run.recovery.resolve(k, 1.0, honest, false, 0);
            double resolved = satisfaction(t);
            t.runUntil(1.0 + t.run.today.customers().recovery().discoveryMinDays() - 1e-6);
            assertEquals(resolved, satisfaction(t), 1e-9, "nothing is found out before the window");
            t.runUntil(1.0 + t.run.today.customers().recovery().discoveryMaxDays() + 1e-6);
            double penalty = honest ? 0 : t.run.today.customers().recovery().deflectionPenalty();
            assertEquals(resolved - penalty, satisfaction(t), 1e-9, honest ? "owned" : "deflected");
            double told = t.run.recorder.today(DailyMetric.WOM_NEGATIVE);
            if (honest) {
                assertEquals(0.0, told);
            } else {
                assertTrue(
                        told > 0 && told <= t.run.today.customers().recovery().womBurstSize(), told + " told");
            }
        }
    }

    @Test
    void aBrokenPromiseHurtsBetweenThreeAndFourteenDaysLaterAndNotAfterTheCustomerLeft() {
        TinyWorld t = world();
        double before = satisfaction(t);
        t.run.recovery.promiseBroken(PERSON, 2.0, 99L);
        t.runUntil(2.0 + t.run.today.customers().recovery().brokenPromiseMinDays() - 1e-6);
        assertEquals(before, satisfaction(t), 1e-9);
        t.runUntil(2.0 + t.run.today.customers().recovery().brokenPromiseMaxDays() + 1e-6);
        assertEquals(before - t.run.today.customers().recovery().brokenPromisePenalty(), satisfaction(t), 1e-9);

        TinyWorld gone = world();
        gone.run.recovery.promiseBroken(PERSON, 2.0, 99L);
        gone.run.churn.leave(PERSON);
        double left = satisfaction(gone);
        gone.runUntil(2.0 + gone.run.today.customers().recovery().brokenPromiseMaxDays() + 1e-6);
        assertEquals(left, satisfaction(gone), 1e-9, "a former customer's satisfaction no longer moves");
        assertFalse(gone.run.market.people().isCustomer(PERSON));
    }

    @Test
    void theDelaysOfDiscoveryAndOfABrokenPromiseAreParameters() {
        TinyWorld t = world(
                "customers.deflectionDiscovery",
                1.0,
                "strategy.refundRate",
                0.0,
                "customers.discoveryMinDays",
                20.0,
                "customers.discoveryMaxDays",
                20.0,
                "customers.brokenPromiseMinDays",
                5.0,
                "customers.brokenPromiseMaxDays",
                5.0);
        CustomerParams c = t.run.today.customers();
        Case k = open(t, IssueCause.FAILURE, 0.3, 1.0);
        t.run.recovery.resolve(k, 1.0, false, false, 0);
        t.run.recovery.promiseBroken(PERSON, 1.0, 99L);
        double resolved = satisfaction(t);
        t.runUntil(5.999);
        assertEquals(resolved, satisfaction(t), 1e-9);
        t.runUntil(6.0);
        assertEquals(resolved - c.recovery().brokenPromisePenalty(), satisfaction(t), 1e-9, "broken on day 6");
        t.runUntil(20.999);
        assertEquals(resolved - c.recovery().brokenPromisePenalty(), satisfaction(t), 1e-9);
        t.runUntil(21.0);
        assertEquals(
                resolved - c.recovery().brokenPromisePenalty() - c.recovery().deflectionPenalty(),
                satisfaction(t),
                1e-9,
                "found out on day 21");
    }

    @Test
    void aResolvedComplaintIsReportedToThePeopleWhoCanFixItAtTheListeningRate() {
        for (double listening : new double[] {0.0, 1.0}) {
            TinyWorld t = world("strategy.listening", listening);
            Case k = open(t, IssueCause.FAILURE, 0.3, 1.0);
            t.run.recovery.resolve(k, 0.5, true, false, 0);
            assertEquals((int) listening, t.run.learning.pendingReports());
        }
    }
}

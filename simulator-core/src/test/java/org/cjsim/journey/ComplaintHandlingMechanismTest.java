package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.economy.LedgerLine;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.service.Case;
import org.cjsim.service.Contact;
import org.cjsim.service.ContactType;
import org.cjsim.service.Employee;
import org.cjsim.service.IssueCause;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * Complaint handling with forced events: a tiny world of 100 customers without the daily phases, one case
 * handed to {@link ComplaintHandling} at a time, and the schedule stepped only for the handling's own
 * follow-up events (escalation, broken promises, discovered deflections).
 */
class ComplaintHandlingMechanismTest {
    private static final int PERSON = 0;
    private static final double S0 = 5.0;

    /** A world whose only scheduled events are those of the handling and its desk (closed, so nobody serves). */
    private static final class Forced {
        final SimState state = new SimState(1);
        final Run run;
        final ComplaintHandling handling;
        final Employee employee;
        final CustomerParams c;

        Forced(Object... pathsAndValues) {
            Map<String, Object> changes = new HashMap<>();
            changes.put("market.population", 100);
            changes.put("market.initialCustomerShare", 1.0);
            changes.put("network.type", "mixed");
            changes.put("customers.unreasonableShare", 0.0);
            changes.put("employees.hiringLagDays", 0);
            changes.put("employees.annualTurnover", 0.0);
            changes.put("service.minAgents", 0);
            changes.put("strategy.agentsPer1000Customers", 0.0);
            for (int k = 0; k < pathsAndValues.length; k += 2) {
                changes.put((String) pathsAndValues[k], pathsAndValues[k + 1]);
            }
            ScenarioParams s = Params.with(ScenarioParams.defaults(), changes);
            state.start();
            run = new Run(s, 7, state.schedule);
            handling = run.handling;
            run.workforce.startDay(0, 0, s.strategy().latitude(), 1);
            employee = run.workforce.employees().get(0);
            c = s.customers();
            run.market.people().setSatisfaction(PERSON, S0, 10);
        }

        Case complaint(IssueCause cause, double severity, double damage) {
            Case k = new Case(PERSON, 0.0, cause, severity, damage, false, 40, 19L);
            run.cases.open(k);
            return k;
        }

        void handle(Case k, double now) {
            Contact contact =
                    run.inbox.submit(ContactType.COMPLAINT, k.person, k, now, Voice.contactKey(k, k.contacts));
            handling.handled(contact, employee, now);
        }

        /** Runs the events up to and including {@code time}, and none after it. */
        void runUntil(double time) {
            state.schedule.scheduleOnce(time, Integer.MIN_VALUE, s -> {});
            while (state.schedule.getTime() < time && state.schedule.step(state)) {
                // only the handling's events
            }
        }

        double satisfaction() {
            return run.market.people().satisfaction[PERSON];
        }

        /** The satisfaction regained for {@code k} at {@code now} by the recovery curve. */
        double recovery(Case k, double now, double compensation, boolean owned) {
            return TinyWorld.expectedRecovery(c.recovery(), k, now, compensation, owned);
        }
    }

    @Test
    void anHonestRefundedResolutionByTheSecondTierRaisesSatisfactionByTheRecovery() {
        Forced f = new Forced("strategy.honesty", 1.0, "strategy.refundRate", 1.0, "strategy.latitude", 0.0);
        Case k = f.complaint(IssueCause.FAILURE, 0.5, 2.0);
        f.handle(k, 0.5);
        assertTrue(k.escalated);
        assertFalse(k.closed, "the second tier resolves after the escalation delay");
        assertEquals(
                S0 - f.c.patience().contactEffort(),
                f.satisfaction(),
                1e-12,
                "an escalation costs the customer effort");
        assertEquals(2.0 + f.c.patience().contactEffort(), k.damage, 1e-12);
        assertEquals(1, f.run.totals.escalations);
        assertEquals(1, f.run.recorder.today(org.cjsim.metrics.DailyMetric.ESCALATIONS));
        assertEquals(1, f.run.recorder.today(org.cjsim.metrics.DailyMetric.CONTACTS));
        assertEquals(1, f.run.recorder.today(org.cjsim.metrics.DailyMetric.COMPLAINT_CONTACTS));
        assertEquals(f.run.today.scenario().service().tier2CostPerCase(), f.run.ledger.today(LedgerLine.TIER2), 1e-12);
        double before = f.satisfaction();
        double resolvedAt = 0.5 + f.run.today.scenario().strategy().escalationDays();
        f.runUntil(resolvedAt + 0.01);
        assertTrue(k.closed && k.resolved);
        assertEquals(resolvedAt, k.closedTime, 1e-9);
        double gain = f.recovery(k, resolvedAt, 1, true);
        assertTrue(gain > 0.5);
        assertEquals(before + gain, f.satisfaction(), 1e-9);
        assertEquals(40, f.run.ledger.today(LedgerLine.REFUNDS), 1e-12);
        assertNull(f.run.cases.of(PERSON));
        assertEquals(1, f.run.totals.closedByCompany);
        assertEquals(0, f.run.totals.closedAtFirstContact);
        assertEquals(2, f.run.totals.contactsOnClosed, "the escalation counts as a contact");
    }

    @Test
    void withoutRecoveryAResolutionLeavesSatisfactionWhereItWas() {
        Forced f = new Forced("strategy.honesty", 1.0, "strategy.latitude", 0.0, "customers.recoveryMax", 0.0);
        Case k = f.complaint(IssueCause.FAILURE, 0.5, 2.0);
        f.handle(k, 0.5);
        double before = f.satisfaction();
        f.runUntil(10);
        assertTrue(k.resolved);
        assertEquals(before, f.satisfaction(), 1e-12);
    }

    @Test
    void aFrontLineResolutionWithinLatitudeGrantsCappedGoodwillAndClosesAtFirstContact() {
        Forced f = new Forced(
                "strategy.honesty",
                1.0,
                "strategy.refundRate",
                0.0,
                "strategy.latitude",
                1.0,
                "strategy.goodwillCap",
                10.0,
                "employees.newHireSkill",
                1.0,
                "employees.maxSkill",
                1.0);
        assertEquals(1.0, f.employee.skill());
        Case k = f.complaint(IssueCause.MISCOMMUNICATION, 0.5, 1.0);
        f.handle(k, 1.0);
        assertTrue(k.resolved, "skill 1 resolves every complaint within latitude at once");
        assertFalse(k.escalated);
        assertEquals(1.0, k.closedTime);
        assertEquals(10.0, f.run.ledger.today(LedgerLine.GOODWILL), 1e-12, "latitude 1 always grants goodwill");
        assertEquals(0.0, f.run.ledger.today(LedgerLine.REFUNDS));
        assertEquals(S0 + f.recovery(k, 1.0, 10.0 / (0.5 * 40), true), f.satisfaction(), 1e-9);
        assertEquals(1, f.run.totals.closedAtFirstContact);
        assertEquals(1, f.run.totals.contactsOnClosed);
        assertEquals(1, f.run.totals.resolutionDays.size());
    }

    @Test
    void goodwillAboveTheCapIsNotGrantedButTheNeedIsCoveredBelowIt() {
        Forced f = new Forced(
                "strategy.honesty",
                1.0,
                "strategy.refundRate",
                0.0,
                "strategy.latitude",
                1.0,
                "strategy.goodwillCap",
                100.0,
                "employees.newHireSkill",
                1.0,
                "employees.maxSkill",
                1.0);
        Case k = f.complaint(IssueCause.FAILURE, 0.25, 1.0);
        f.handle(k, 0.0);
        assertEquals(0.25 * 40, f.run.ledger.today(LedgerLine.GOODWILL), 1e-12);
        assertEquals(S0 + f.recovery(k, 0.0, 1.0, true), f.satisfaction(), 1e-9);
    }

    @Test
    void anUnskilledEmployeeRarelyResolvesAndTheCustomerComesBackWithMoreEffort() {
        Forced f = new Forced("strategy.latitude", 1.0, "employees.newHireSkill", 0.01);
        int resolved = 0;
        int cases = 20;
        for (int n = 0; n < cases; n++) {
            Case k = new Case(PERSON + 1 + n, 0.0, IssueCause.FAILURE, 0.3, 1.0, false, 40, 19L + n);
            f.run.cases.open(k);
            k.contacts = 1;
            f.handle(k, 0.5);
            if (k.resolved) {
                resolved++;
            } else {
                assertEquals(1.0 + f.c.patience().contactEffort(), k.damage, 1e-12, "a second contact costs effort");
            }
            assertEquals(2, k.contacts);
        }
        // Skill 0.01: four or more resolutions out of 20 have probability about 5e-5.
        assertTrue(resolved <= 3, resolved + " resolved");
        int repeatMax = (int) Math.ceil(f.run.today.scenario().service().repeatContactMaxDays());
        f.runUntil(0.5 + repeatMax + 0.01);
        assertEquals(2 * cases - resolved, f.run.desk.queueLength(), "each unresolved complaint comes back once");
    }

    @Test
    void aDiscoveredDeflectionLowersSatisfactionLaterAndHonestyNeverDoes() {
        double[] drop = new double[2];
        for (int h = 0; h <= 1; h++) {
            Forced f = new Forced(
                    "strategy.honesty",
                    (double) h,
                    "strategy.latitude",
                    0.0,
                    "customers.deflectionDiscovery",
                    1.0,
                    "service.tier2GoodwillProbability",
                    0.0);
            Case k = f.complaint(IssueCause.FAILURE, 0.5, 2.0);
            f.handle(k, 0.0);
            double resolvedAt = f.run.today.scenario().strategy().escalationDays();
            f.runUntil(resolvedAt + 1e-6);
            assertTrue(k.resolved);
            double afterResolution = f.satisfaction();
            assertEquals(
                    S0 - f.c.patience().contactEffort() + f.recovery(k, resolvedAt, 0, h == 1),
                    afterResolution,
                    1e-9,
                    "a deflected mistake is not owned");
            f.runUntil(resolvedAt + 61);
            drop[h] = afterResolution - f.satisfaction();
            assertEquals(
                    h == 0 ? f.c.recovery().womBurstSize() : 0,
                    f.run.recorder.today(org.cjsim.metrics.DailyMetric.WOM_NEGATIVE),
                    "a discovered deflection is told to womBurstSize people");
        }
        assertEquals(CustomerParams.defaults().recovery().deflectionPenalty(), drop[0], 1e-9);
        assertEquals(0.0, drop[1]);
    }

    @Test
    void anImpossibleRequestDeclinedHonestlyCostsALittleNowAndAPromiseBrokenCostsMoreLater() {
        Forced honest = new Forced("strategy.honesty", 1.0);
        Case k = honest.complaint(IssueCause.IMPOSSIBLE_REQUEST, 0.3, 1.0);
        honest.handle(k, 0.5);
        assertTrue(k.resolved, "declined with an alternative at the first contact");
        assertEquals(1.0 + honest.c.recovery().honestNoPenalty(), k.damage, 1e-12);
        assertEquals(
                S0 - honest.c.recovery().honestNoPenalty() + honest.recovery(k, 0.5, 0, false),
                honest.satisfaction(),
                1e-9);
        double declined = honest.satisfaction();
        honest.runUntil(20);
        assertEquals(declined, honest.satisfaction(), 1e-12);

        Forced dishonest = new Forced("strategy.honesty", 0.0);
        Case d = dishonest.complaint(IssueCause.IMPOSSIBLE_REQUEST, 0.3, 1.0);
        dishonest.handle(d, 0.5);
        assertTrue(d.resolved, "a yes closes the case at once");
        assertEquals(1.0, d.damage, 1e-12);
        double promised = dishonest.satisfaction();
        assertEquals(S0 + dishonest.recovery(d, 0.5, 0, false), promised, 1e-9);
        dishonest.runUntil(0.5 + 2.99);
        assertEquals(promised, dishonest.satisfaction(), 1e-12, "a promise is broken 3 to 14 days later");
        dishonest.runUntil(0.5 + 14.01);
        assertEquals(promised - dishonest.c.recovery().brokenPromisePenalty(), dishonest.satisfaction(), 1e-9);
        assertEquals(
                dishonest.c.recovery().womBurstSize(),
                dishonest.run.recorder.today(org.cjsim.metrics.DailyMetric.WOM_NEGATIVE),
                "a broken promise is told to womBurstSize people");
    }

    @Test
    void listeningSendsEveryResolutionToThePeopleWhoCanFixTheCauseOrNone() {
        for (double listening : new double[] {0.0, 1.0}) {
            Forced f = new Forced("strategy.listening", listening, "strategy.honesty", 1.0);
            Case k = f.complaint(IssueCause.IMPOSSIBLE_REQUEST, 0.3, 1.0);
            f.handle(k, 0.0);
            assertEquals((int) listening, f.run.learning.pendingReports());
        }
    }

    @Test
    void aFormerCustomerIsNotHurtAnyMore() {
        Forced f = new Forced("strategy.honesty", 1.0);
        f.run.market.people().setStage(PERSON, Stage.CHURNED);
        Case k = f.complaint(IssueCause.IMPOSSIBLE_REQUEST, 0.3, 1.0);
        f.handle(k, 0.0);
        assertEquals(
                S0 + f.recovery(k, 0.0, 0, false), f.satisfaction(), 1e-9, "the penalty is skipped, the recovery not");
    }

    @Test
    void onlyWantedContactsAreServed() {
        Forced f = new Forced();
        Case k = f.complaint(IssueCause.FAILURE, 0.3, 1.0);
        Contact complaint = f.run.desk.submit(ContactType.COMPLAINT, PERSON, k, 1, 23L);
        assertTrue(f.handling.stillWanted(complaint));
        k.closed = true;
        assertFalse(f.handling.stillWanted(complaint));

        assertTrue(f.handling.stillWanted(f.run.desk.submit(ContactType.HOW_TO, PERSON, null, 1, 23L)));
        f.run.market.people().setStage(1, Stage.CHURNED);
        assertFalse(f.handling.stillWanted(f.run.desk.submit(ContactType.HOW_TO, 1, null, 1, 23L)));

        int prospect = 2;
        f.run.market.people().setStage(prospect, Stage.AWARE);
        f.run.market.prospects().add(prospect);
        f.run.market.people().set(prospect, Population.ASKING);
        assertTrue(f.handling.stillWanted(f.run.desk.submit(ContactType.QUESTION, prospect, null, 1, 23L)));
        assertTrue(f.run.market.people().has(prospect, Population.ASKING));
        f.run.market.prospects().remove(prospect);
        assertFalse(f.handling.stillWanted(f.run.desk.submit(ContactType.QUESTION, prospect, null, 1, 23L)));
        assertFalse(f.run.market.people().has(prospect, Population.ASKING), "a moot question is forgotten");
    }

    private static TinyWorld deskOpenAroundTheClock(double questionConversion) {
        TinyWorld t = new TinyWorld(
                10,
                "market.initialCustomerShare",
                0.0,
                "service.shiftHours",
                24.0,
                "service.workDaysPerWeek",
                7,
                "strategy.honesty",
                1.0,
                "customers.questionConversion",
                questionConversion,
                "market.issueBaseRate",
                0.0,
                "customers.howToPerPurchase",
                0.0);
        t.run.workforce.startDay(0, 0, 0.4, 1);
        t.run.market.people().setStage(3, Stage.AWARE);
        t.run.market.people().set(3, Population.ASKING);
        t.run.desk.submit(ContactType.QUESTION, 3, null, 0.1, 23L);
        t.runUntil(0.9);
        return t;
    }

    @Test
    void anImmediateAnswerConvertsTheAskerAtTheQuestionConversionAndNoAnswerNever() {
        TinyWorld sure = deskOpenAroundTheClock(1.0);
        assertEquals(1, sure.run.recorder.today(org.cjsim.metrics.DailyMetric.CONTACTS));
        assertTrue(sure.run.market.people().isCustomer(3), "no wait, conversion 1, honest promise, no skepticism");
        assertEquals(org.cjsim.customer.Origin.PAID, sure.run.market.people().origin(3));
        assertFalse(sure.run.market.people().has(3, Population.ASKING));
        TinyWorld never = deskOpenAroundTheClock(0.0);
        assertEquals(1, never.run.recorder.today(org.cjsim.metrics.DailyMetric.CONTACTS));
        assertFalse(never.run.market.people().isCustomer(3));
        assertFalse(never.run.market.people().has(3, Population.ASKING), "answered");
    }
}

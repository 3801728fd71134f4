package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.RecoveryParams;
import org.cjsim.params.StrategyParams;
import org.cjsim.random.KeyedRandom;
import org.cjsim.service.Case;
import org.cjsim.service.ServiceDesk;
import sim.engine.Schedule;

/**
 * Recovery after a resolution (docs/model.md, submodel 8), and what dishonesty costs later.
 *
 * <p>At resolution an honest employee owns a mistake of the company's and may compensate it (goodwill up to a
 * cap, or a refund of the purchase); satisfaction then recovers by {@link CustomerResponse#recovery}: more
 * when fast, fair and owned, less for a repeat failure, capped after a severe one. A dishonest resolution of
 * a mistake deflects it, and the customer may find out weeks later (a penalty and a burst of negative word of
 * mouth); a promise made to meet an impossible request breaks days later, with the same consequences. A
 * resolved complaint may be reported to the people who can fix its cause ({@link Learning}).
 */
final class Recovery {
    private final Today today;
    private final Market market;
    private final CaseBook cases;
    private final WordOfMouth wordOfMouth;
    private final Learning learning;
    private final Ledger ledger;
    private final MetricsRecorder recorder;
    private final Totals totals;
    private final Schedule schedule;

    Recovery(
            Today today,
            Market market,
            CaseBook cases,
            WordOfMouth wordOfMouth,
            Learning learning,
            Ledger ledger,
            MetricsRecorder recorder,
            Totals totals,
            Schedule schedule) {
        this.today = today;
        this.market = market;
        this.cases = cases;
        this.wordOfMouth = wordOfMouth;
        this.learning = learning;
        this.ledger = ledger;
        this.recorder = recorder;
        this.totals = totals;
        this.schedule = schedule;
    }

    /**
     * Resolves {@code k} at {@code now}: compensation if {@code honest} (a refund of a purchase that went wrong
     * by the company's fault, or goodwill up to {@code cap} if {@code grantGoodwill}), recovery of satisfaction,
     * perhaps a report to the people who can fix the cause, and for a deflected mistake a chance of being
     * found out later. Its decisions draw from children of the case's key.
     */
    void resolve(Case k, double now, boolean honest, boolean grantGoodwill, double cap) {
        CustomerParams c = today.customers();
        StrategyParams s = today.strategy();
        double need = Math.max(1e-9, k.severity * k.spend);
        boolean atFault = k.cause.companyAtFault();
        double compensation = 0;
        if (honest && atFault && KeyedRandom.bernoulli(Decision.REFUND.of(k.key), s.refundRate())) {
            ledger.add(LedgerLine.REFUNDS, k.spend);
            compensation = 1;
        } else if (grantGoodwill) {
            double amount = Math.min(cap, need);
            ledger.add(LedgerLine.GOODWILL, amount);
            compensation = amount / need;
        }
        double gain = CustomerResponse.recovery(
                c.recovery().recoveryMax(),
                c.recovery().recoveryTauDays(),
                now - k.issueTime,
                CustomerResponse.fairness(c.recovery().fairnessBase(), compensation),
                honest && atFault,
                c.recovery().ownershipBonus(),
                k.repeatFailure,
                c.recovery().repeatRecoveryFactor(),
                k.severity,
                c.recovery().severeThreshold(),
                c.recovery().severeRecoveryCap(),
                k.damage);
        int i = k.person;
        Population people = market.people();
        people.setSatisfaction(i, people.satisfaction[i] + gain, c.experience().unreasonableCeiling());
        close(k, now);
        if (KeyedRandom.bernoulli(Decision.LISTENING.of(k.key), s.listening())) {
            learning.report();
            // The root-cause work the report calls for: its analysis and its share of the fix.
            ledger.add(LedgerLine.LISTENING, today.scenario().costs().listeningPerReport());
        }
        if (!honest
                && atFault
                && KeyedRandom.bernoulli(
                        Decision.DISCOVERY.of(k.key), c.recovery().deflectionDiscovery())) {
            double found = KeyedRandom.uniform(
                    Decision.DISCOVERY_DELAY.of(k.key),
                    c.recovery().discoveryMinDays(),
                    c.recovery().discoveryMaxDays());
            later(i, now + found, c.recovery().deflectionPenalty(), k.key);
        }
    }

    /**
     * Customer {@code i} was promised at {@code now} what cannot be done: the promise breaks days later, keyed
     * by {@code key}.
     */
    void promiseBroken(int i, double now, long key) {
        RecoveryParams r = today.customers().recovery();
        double breaks = KeyedRandom.uniform(
                Decision.PROMISE_BREAKS.of(key), r.brokenPromiseMinDays(), r.brokenPromiseMaxDays());
        later(i, now + breaks, today.customers().recovery().brokenPromisePenalty(), key);
    }

    /** At {@code time}, customer {@code i} loses {@code penalty} points and tells several people, keyed by {@code key}. */
    private void later(int i, double time, double penalty, long key) {
        schedule.scheduleOnce(time, ServiceDesk.ORDERING, state -> {
            hurt(i, penalty);
            wordOfMouth.burst(i, state.schedule.getTime(), key);
        });
    }

    /** Case {@code k} costs its customer {@code points} of satisfaction (counted in the case's damage). */
    void hurt(Case k, double points) {
        k.damage += points;
        hurt(k.person, points);
    }

    /** Customer {@code i}, if still a customer, loses {@code points} of satisfaction. */
    void hurt(int i, double points) {
        Population people = market.people();
        if (people.stage[i] == Stage.CUSTOMER.ordinal()) {
            people.setSatisfaction(
                    i,
                    people.satisfaction[i] - points,
                    today.customers().experience().unreasonableCeiling());
        }
    }

    private void close(Case k, double now) {
        totals.closedByCompany++;
        totals.contactsOnClosed += k.contacts + (k.escalated ? 1 : 0);
        if (k.contacts == 1 && !k.escalated) {
            totals.closedAtFirstContact++;
        }
        cases.close(k, now, true);
        market.resolveGrievance(k.person, today.day());
        totals.resolutionDays.add(k.resolutionDays());
        recorder.increment(DailyMetric.RESOLVED);
    }
}

package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.StrategyParams;
import org.cjsim.random.KeyedRandom;
import org.cjsim.service.Case;
import org.cjsim.service.Contact;
import org.cjsim.service.ContactType;
import org.cjsim.service.Employee;
import org.cjsim.service.IssueCause;
import org.cjsim.service.ServiceDesk;

/**
 * What a handled contact means for the customer and the company (docs/model.md, submodels 7 and 8).
 *
 * <p>A pre-sale question answered quickly converts the asker with probability {@code questionConversion
 * * exp(-wait / questionPatience)}. A complaint needs authority equal to its severity: within the
 * employee's latitude it is resolved at this contact with probability equal to the employee's skill (or
 * the customer comes back after 1-3 days); beyond it, it is escalated and the second tier resolves it
 * after the escalation delay. An impossible request is declined honestly with an alternative (a small
 * loss now, then an uncompensated resolution) or promised dishonestly (a resolution now, a broken
 * promise later). At resolution an honest employee owns the company's mistake and
 * may compensate; a dishonest one deflects, and the customer may find out. Satisfaction recovers by
 * {@link CustomerResponse#recovery}.
 *
 * <p>Random numbers are keyed by contact and case ({@link KeyedRandom}): the decisions at a complaint's
 * k-th contact draw from that contact's key, those of its resolution from the case's key, so that the same
 * complaint meets the same luck under every strategy, whoever serves it and whenever.
 */
final class ComplaintHandling implements ServiceDesk.Handler {
    private static final double BROKEN_PROMISE_MIN_DAYS = 3;
    private static final double BROKEN_PROMISE_MAX_DAYS = 14;
    private static final double DISCOVERY_MIN_DAYS = 7;
    private static final double DISCOVERY_MAX_DAYS = 60;

    private final World world;

    ComplaintHandling(World world) {
        this.world = world;
    }

    @Override
    public boolean stillWanted(Contact contact) {
        return switch (contact.type) {
            case COMPLAINT -> !contact.kase.closed;
            case QUESTION -> {
                boolean prospect = world.prospects.contains(contact.person);
                if (!prospect) {
                    world.people.clear(contact.person, Population.ASKING);
                }
                yield prospect;
            }
            case HOW_TO -> world.people.isCustomer(contact.person);
        };
    }

    @Override
    public void handled(Contact contact, Employee employee, double now) {
        world.recorder.increment(DailyMetric.CONTACTS);
        switch (contact.type) {
            case QUESTION -> answer(contact, now);
            case COMPLAINT -> complaint(contact, employee, now);
            case HOW_TO -> {}
        }
    }

    private void answer(Contact contact, double now) {
        int i = contact.person;
        world.people.clear(i, Population.ASKING);
        if (!world.prospects.contains(i)) {
            return;
        }
        CustomerParams c = world.scenario.customers();
        double p = c.questions().questionConversion()
                * Math.exp(-contact.waitDays() / c.questions().questionPatienceDays())
                * world.rates.promiseFactor()
                * world.skepticism(i);
        if (KeyedRandom.bernoulli(Decision.ANSWER.of(contact.key), p)) {
            world.convert(i, Origin.PAID, now);
        }
    }

    private void complaint(Contact contact, Employee employee, double now) {
        Case k = contact.kase;
        long key = contact.key;
        CustomerParams c = world.scenario.customers();
        StrategyParams s = world.scenario.strategy();
        world.recorder.increment(DailyMetric.COMPLAINT_CONTACTS);
        k.contacts++;
        if (k.contacts > 1) {
            effort(k, c);
        }
        boolean honest = KeyedRandom.bernoulli(Decision.HONEST.of(key), s.honesty());
        if (k.cause == IssueCause.IMPOSSIBLE_REQUEST) {
            if (honest) {
                hurt(k, c.recovery().honestNoPenalty());
                resolve(k, now, true, false, 0);
            } else {
                resolve(k, now, false, false, 0);
                int who = k.person;
                world.schedule.scheduleOnce(
                        now
                                + KeyedRandom.uniform(
                                        Decision.PROMISE_BREAKS.of(key),
                                        BROKEN_PROMISE_MIN_DAYS,
                                        BROKEN_PROMISE_MAX_DAYS),
                        ServiceDesk.ORDERING,
                        state -> {
                            hurt(who, c.recovery().brokenPromisePenalty());
                            world.burst(who, state.schedule.getTime(), key);
                        });
            }
            return;
        }
        if (s.latitude() >= k.severity) {
            if (KeyedRandom.bernoulli(Decision.FIRST_CONTACT.of(key), employee.skill())) {
                boolean goodwill = honest && KeyedRandom.bernoulli(Decision.GOODWILL.of(key), s.latitude());
                resolve(k, now, honest, goodwill, s.goodwillCap());
            } else {
                double back = KeyedRandom.uniform(
                        Decision.COMES_BACK.of(key),
                        world.scenario.service().repeatContactMinDays(),
                        world.scenario.service().repeatContactMaxDays());
                world.desk.submit(ContactType.COMPLAINT, k.person, k, now + back, World.contactKey(k, k.contacts));
            }
        } else {
            k.escalated = true;
            world.totals.escalations++;
            world.recorder.increment(DailyMetric.ESCALATIONS);
            world.ledger.add(LedgerLine.TIER2, world.scenario.service().tier2CostPerCase());
            effort(k, c);
            world.schedule.scheduleOnce(now + s.escalationDays(), ServiceDesk.ORDERING, state -> {
                if (!k.closed) {
                    double t = state.schedule.getTime();
                    boolean tier2Honest = KeyedRandom.bernoulli(
                            Decision.HONEST.of(k.key), world.scenario.strategy().honesty());
                    boolean goodwill = tier2Honest
                            && KeyedRandom.bernoulli(
                                    Decision.GOODWILL.of(k.key),
                                    world.scenario.service().tier2GoodwillProbability());
                    resolve(k, t, tier2Honest, goodwill, Double.POSITIVE_INFINITY);
                }
            });
        }
    }

    /**
     * Resolves {@code k}: compensation (goodwill up to {@code cap}, or a full refund of a purchase that went
     * wrong by the company's fault) if honest, recovery of satisfaction, a report to the people who can fix the cause, and for a deflected mistake a chance of
     * being found out later.
     */
    private void resolve(Case k, double now, boolean honest, boolean grantGoodwill, double cap) {
        CustomerParams c = world.scenario.customers();
        StrategyParams s = world.scenario.strategy();
        double need = Math.max(1e-9, k.severity * k.spend);
        boolean atFault = k.cause.companyAtFault();
        double compensation = 0;
        if (honest && atFault && KeyedRandom.bernoulli(Decision.REFUND.of(k.key), s.refundRate())) {
            world.ledger.add(LedgerLine.REFUNDS, k.spend);
            compensation = 1;
        } else if (grantGoodwill) {
            double amount = Math.min(cap, need);
            world.ledger.add(LedgerLine.GOODWILL, amount);
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
        world.people.setSatisfaction(
                i, world.people.satisfaction[i] + gain, c.experience().unreasonableCeiling());
        closeByCompany(k, now);
        if (KeyedRandom.bernoulli(Decision.LISTENING.of(k.key), s.listening())) {
            world.reportsToday++;
        }
        if (!honest
                && atFault
                && KeyedRandom.bernoulli(
                        Decision.DISCOVERY.of(k.key), c.recovery().deflectionDiscovery())) {
            double found =
                    KeyedRandom.uniform(Decision.DISCOVERY_DELAY.of(k.key), DISCOVERY_MIN_DAYS, DISCOVERY_MAX_DAYS);
            world.schedule.scheduleOnce(now + found, ServiceDesk.ORDERING, state -> {
                hurt(i, c.recovery().deflectionPenalty());
                world.burst(i, state.schedule.getTime(), k.key);
            });
        }
    }

    private void closeByCompany(Case k, double now) {
        World.Totals t = world.totals;
        t.closedByCompany++;
        t.contactsOnClosed += k.contacts + (k.escalated ? 1 : 0);
        if (k.contacts == 1 && !k.escalated) {
            t.closedAtFirstContact++;
        }
        world.close(k, now);
    }

    private void effort(Case k, CustomerParams c) {
        hurt(k, c.patience().contactEffort());
    }

    private void hurt(Case k, double points) {
        k.damage += points;
        hurt(k.person, points);
    }

    private void hurt(int i, double points) {
        if (world.people.stage[i] == Stage.CUSTOMER.ordinal()) {
            world.people.setSatisfaction(
                    i,
                    world.people.satisfaction[i] - points,
                    world.scenario.customers().experience().unreasonableCeiling());
        }
    }
}

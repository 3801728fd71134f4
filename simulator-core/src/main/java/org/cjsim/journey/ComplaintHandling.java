package org.cjsim.journey;

import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.StrategyParams;
import org.cjsim.random.KeyedRandom;
import org.cjsim.service.Case;
import org.cjsim.service.Contact;
import org.cjsim.service.ContactInbox;
import org.cjsim.service.ContactType;
import org.cjsim.service.Employee;
import org.cjsim.service.IssueCause;
import org.cjsim.service.ServiceDesk;
import sim.engine.Schedule;

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
 * may compensate; a dishonest one deflects, and the customer may find out ({@link Recovery}).
 *
 * <p>Random numbers are keyed by contact and case ({@link KeyedRandom}): the decisions at a complaint's
 * k-th contact draw from that contact's key, those of its resolution from the case's key, so that the same
 * complaint meets the same luck under every strategy, whoever serves it and whenever.
 */
final class ComplaintHandling implements ServiceDesk.Handler {
    private final Today today;
    private final Market market;
    private final Conversion conversion;
    private final Recovery recovery;
    private final ContactInbox inbox;
    private final Ledger ledger;
    private final MetricsRecorder recorder;
    private final Totals totals;
    private final Schedule schedule;

    ComplaintHandling(
            Today today,
            Market market,
            Conversion conversion,
            Recovery recovery,
            ContactInbox inbox,
            Ledger ledger,
            MetricsRecorder recorder,
            Totals totals,
            Schedule schedule) {
        this.today = today;
        this.market = market;
        this.conversion = conversion;
        this.recovery = recovery;
        this.inbox = inbox;
        this.ledger = ledger;
        this.recorder = recorder;
        this.totals = totals;
        this.schedule = schedule;
    }

    @Override
    public boolean stillWanted(Contact contact) {
        return switch (contact.type) {
            case COMPLAINT -> !contact.kase.closed;
            case QUESTION -> {
                boolean prospect = market.prospects().contains(contact.person);
                if (!prospect) {
                    market.people().clear(contact.person, Population.ASKING);
                }
                yield prospect;
            }
            case HOW_TO -> market.people().isCustomer(contact.person);
        };
    }

    @Override
    public void handled(Contact contact, Employee employee, double now) {
        recorder.increment(DailyMetric.CONTACTS);
        switch (contact.type) {
            case QUESTION -> answer(contact, now);
            case COMPLAINT -> complaint(contact, employee, now);
            case HOW_TO -> {}
        }
    }

    private void answer(Contact contact, double now) {
        int i = contact.person;
        market.people().clear(i, Population.ASKING);
        if (!market.prospects().contains(i)) {
            return;
        }
        CustomerParams c = today.customers();
        double p = c.questions().questionConversion()
                * Math.exp(-contact.waitDays() / c.questions().questionPatienceDays())
                * today.rates().promiseFactor()
                * conversion.skepticism(i);
        if (KeyedRandom.bernoulli(Decision.ANSWER.of(contact.key), p)) {
            conversion.convert(i, Origin.PAID, now);
        }
    }

    private void complaint(Contact contact, Employee employee, double now) {
        Case k = contact.kase;
        long key = contact.key;
        CustomerParams c = today.customers();
        StrategyParams s = today.strategy();
        recorder.increment(DailyMetric.COMPLAINT_CONTACTS);
        k.contacts++;
        if (k.contacts > 1) {
            recovery.hurt(k, c.patience().contactEffort());
        }
        boolean honest = KeyedRandom.bernoulli(Decision.HONEST.of(key), s.honesty());
        if (k.cause == IssueCause.IMPOSSIBLE_REQUEST) {
            if (honest) {
                recovery.hurt(k, c.recovery().honestNoPenalty());
                recovery.resolve(k, now, true, false, 0);
            } else {
                recovery.resolve(k, now, false, false, 0);
                recovery.promiseBroken(k.person, now, key);
            }
            return;
        }
        if (s.latitude() >= k.severity) {
            if (KeyedRandom.bernoulli(Decision.FIRST_CONTACT.of(key), employee.skill())) {
                boolean goodwill = honest && KeyedRandom.bernoulli(Decision.GOODWILL.of(key), s.latitude());
                recovery.resolve(k, now, honest, goodwill, s.goodwillCap());
            } else {
                double back = KeyedRandom.uniform(
                        Decision.COMES_BACK.of(key),
                        today.scenario().service().repeatContactMinDays(),
                        today.scenario().service().repeatContactMaxDays());
                inbox.submit(ContactType.COMPLAINT, k.person, k, now + back, Voice.contactKey(k, k.contacts));
            }
        } else {
            k.escalated = true;
            totals.escalations++;
            recorder.increment(DailyMetric.ESCALATIONS);
            ledger.add(LedgerLine.TIER2, today.scenario().service().tier2CostPerCase());
            recovery.hurt(k, c.patience().contactEffort());
            schedule.scheduleOnce(now + s.escalationDays(), ServiceDesk.ORDERING, state -> {
                if (!k.closed) {
                    double t = state.schedule.getTime();
                    boolean tier2Honest = KeyedRandom.bernoulli(
                            Decision.HONEST.of(k.key), today.strategy().honesty());
                    boolean goodwill = tier2Honest
                            && KeyedRandom.bernoulli(
                                    Decision.GOODWILL.of(k.key),
                                    today.scenario().service().tier2GoodwillProbability());
                    recovery.resolve(k, t, tier2Honest, goodwill, Double.POSITIVE_INFINITY);
                }
            });
        }
    }
}

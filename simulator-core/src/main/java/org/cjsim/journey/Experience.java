package org.cjsim.journey;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderTracker;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.MarketParams;
import org.cjsim.random.KeyedRandom;
import org.cjsim.random.KeyedStream;
import org.cjsim.service.ContactInbox;
import org.cjsim.service.ContactType;
import org.cjsim.service.IssueCause;

/**
 * Purchase and experience (docs/model.md, submodels 3 and 4): a purchase brings revenue; the quality
 * experienced updates satisfaction and expectation (Oliver's expectation-disconfirmation with loss
 * aversion); it may go wrong (a failure, a miscommunication, or a request the product cannot meet), which
 * {@link Voice} takes up; and it brings how-to contacts. Every decision draws from its own child of the
 * purchase's key.
 */
final class Experience {
    private final Today today;
    private final Market market;
    private final Voice voice;
    private final ContactInbox inbox;
    private final Ledger ledger;
    private final MetricsRecorder recorder;
    private final LadderTracker ladder;
    private final Totals totals;
    private final KeyedStream severityStream = new KeyedStream(0);
    private final BetaDistribution severity;

    Experience(
            Today today,
            Market market,
            Voice voice,
            ContactInbox inbox,
            Ledger ledger,
            MetricsRecorder recorder,
            LadderTracker ladder,
            Totals totals) {
        this.today = today;
        this.market = market;
        this.voice = voice;
        this.inbox = inbox;
        this.ledger = ledger;
        this.recorder = recorder;
        this.ladder = ladder;
        this.totals = totals;
        MarketParams m = today.scenario().market();
        this.severity = new BetaDistribution(severityStream, m.severityAlpha(), m.severityBeta());
    }

    /** A purchase by customer {@code i} at {@code time}, its decisions keyed by {@code key}. */
    void purchase(int i, double time, long key) {
        CustomerParams c = today.customers();
        MarketParams m = today.scenario().market();
        DailyRates rates = today.rates();
        Population people = market.people();
        double spend = people.spend[i];
        boolean referred = people.origin[i] == Origin.REFERRED.ordinal();
        ledger.add(LedgerLine.REVENUE, spend);
        double gross = spend * today.scenario().economics().margin();
        ledger.add(LedgerLine.GROSS_PROFIT, gross);
        if (referred) {
            totals.grossProfitReferred += gross;
        } else {
            totals.grossProfitNonReferred += gross;
        }
        recorder.increment(DailyMetric.PURCHASES);
        boolean firstOfNewCustomer = people.purchases[i] == 0 && people.origin[i] != Origin.INITIAL.ordinal();
        if (firstOfNewCustomer) {
            totals.firstPurchases++;
        }
        boolean firstOfRun = people.purchases[i] == 0;
        people.addPurchase(i);

        double q = CustomerResponse.clamp(m.productQuality()
                + people.taste[i]
                + m.qualityNoise() * KeyedRandom.gaussian(Decision.EXPERIENCE.of(key)));
        double s = people.satisfaction[i];
        double e = people.expectation[i];
        people.setSatisfaction(
                i,
                CustomerResponse.satisfactionAfterPurchase(
                        s,
                        e,
                        q,
                        c.experience().satisfactionAdaptation(),
                        c.experience().disconfirmationWeight(),
                        c.experience().lossAversion()),
                c.experience().unreasonableCeiling());
        people.expectation[i] =
                CustomerResponse.expectationAfterPurchase(e, q, c.experience().expectationAdaptation());

        boolean followedUp = KeyedRandom.bernoulli(
                Decision.FOLLOW_UP.of(key), today.strategy().followUp());
        if (followedUp) {
            ledger.add(LedgerLine.FOLLOW_UP, today.scenario().economics().followUpCost());
        }
        IssueCause cause = null;
        if (KeyedRandom.bernoulli(Decision.FAILURE.of(key), rates.failureIssue())) {
            cause = IssueCause.FAILURE;
        } else if (KeyedRandom.bernoulli(Decision.MISCOMMUNICATION.of(key), rates.miscommunicationGivenNoFailure())) {
            cause = IssueCause.MISCOMMUNICATION;
        }
        if (cause != null) {
            if (KeyedRandom.bernoulli(Decision.IMPOSSIBLE.of(key), m.impossibleRequestShare())) {
                cause = IssueCause.IMPOSSIBLE_REQUEST;
            }
            severityStream.reset(Decision.SEVERITY.of(key));
            voice.issue(i, time, cause, severity.sample(), spend, followedUp, key);
        } else if (firstOfRun && !people.has(i, Population.LADDER_NO_ISSUE)) {
            people.set(i, Population.LADDER_NO_ISSUE);
            ladder.enterNoIssue(i, today.day());
        }
        int howTo = KeyedRandom.poisson(Decision.HOW_TO.of(key), c.questions().howToPerPurchase());
        for (int k = 0; k < howTo; k++) {
            long contact = KeyedRandom.child(Decision.HOW_TO_CONTACT.of(key), k);
            inbox.submit(ContactType.HOW_TO, i, null, time + KeyedRandom.uniform(Decision.TIME.of(contact)), contact);
        }
    }
}

package org.cjsim.journey;

import java.util.List;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderTracker;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.CustomerParams;
import org.cjsim.random.KeyedRandom;
import org.cjsim.service.Case;
import org.cjsim.service.ContactInbox;
import org.cjsim.service.ContactType;
import org.cjsim.service.IssueCause;

/**
 * Voice or silence (docs/model.md, submodel 5): an issue lowers satisfaction with its severity; the customer
 * complains with probability {@code c0 + c1 * severity} (more after a follow-up call) and opens a case, or
 * stays silent and is at risk for a while. A complaint unresolved past the customer's patience becomes a
 * grievance: it costs satisfaction once and raises the churn hazard until resolved.
 */
final class Voice {
    private final Today today;
    private final Market market;
    private final CaseBook cases;
    private final ContactInbox inbox;
    private final MetricsRecorder recorder;
    private final LadderTracker ladder;
    private final Totals totals;

    Voice(
            Today today,
            Market market,
            CaseBook cases,
            ContactInbox inbox,
            MetricsRecorder recorder,
            LadderTracker ladder,
            Totals totals) {
        this.today = today;
        this.market = market;
        this.cases = cases;
        this.inbox = inbox;
        this.recorder = recorder;
        this.ladder = ladder;
        this.totals = totals;
    }

    /**
     * An issue of severity {@code sev} with customer {@code i}'s purchase of {@code spend} at {@code time};
     * {@code followedUp} if the company called after the purchase. The decisions draw from children of
     * {@code key}.
     */
    void issue(int i, double time, IssueCause cause, double sev, double spend, boolean followedUp, long key) {
        CustomerParams c = today.customers();
        Population people = market.people();
        int day = today.day();
        recorder.increment(DailyMetric.ISSUES);
        boolean repeat = people.failures[i] > 0;
        if (people.failures[i] < Short.MAX_VALUE) {
            people.failures[i]++;
        }
        double damage = c.experience().issueImpact() * sev;
        people.setSatisfaction(
                i, people.satisfaction[i] - damage, c.experience().unreasonableCeiling());
        boolean firstIssue = !people.has(i, Population.LADDER_ISSUE);
        people.set(i, Population.LADDER_ISSUE);
        double boost = followedUp ? c.voice().followUpVoiceBoost() : 0;
        if (KeyedRandom.bernoulli(
                Decision.VOICE.of(key),
                CustomerResponse.complaintProbability(
                        c.voice().complaintBase(), c.voice().complaintSeverity(), sev, boost))) {
            recorder.increment(DailyMetric.COMPLAINTS);
            Case open = cases.of(i);
            if (open != null) {
                open.severity = Math.max(open.severity, sev);
                open.damage += damage;
                if (firstIssue) {
                    ladder.enterVoiced(i, day, open);
                }
                return;
            }
            Case k = new Case(i, time, cause, sev, damage, repeat, spend, Decision.CASE.of(key));
            cases.open(k);
            totals.cases++;
            if (firstIssue) {
                ladder.enterVoiced(i, day, k);
            }
            inbox.submit(
                    ContactType.COMPLAINT,
                    i,
                    k,
                    time
                            + KeyedRandom.exponential(
                                    Decision.COMPLAINT_DELAY.of(key), c.voice().complaintDelayDays()),
                    contactKey(k, 0));
        } else {
            recorder.increment(DailyMetric.SILENT_ISSUES);
            market.silentUntil(i, day + c.voice().silentDays());
            if (firstIssue) {
                ladder.enterSilent(i, day, sev);
            }
        }
    }

    /** Complaints open for longer than the customer's patience on day {@code t} become grievances. */
    void patience(int t) {
        CustomerParams c = today.customers();
        Population people = market.people();
        List<Case> open = cases.pruned();
        for (int n = 0; n < open.size(); n++) {
            Case k = open.get(n);
            if (!k.grievance && t >= k.issueTime + c.patience().patienceDays()) {
                k.grievance = true;
                k.damage += c.patience().patiencePenalty();
                market.grievance(k.person);
                people.setSatisfaction(
                        k.person,
                        people.satisfaction[k.person] - c.patience().patiencePenalty(),
                        c.experience().unreasonableCeiling());
            }
        }
    }

    /** The key of the {@code n}-th contact (from 0) about case {@code k}. */
    static long contactKey(Case k, int n) {
        return KeyedRandom.child(Decision.CONTACT.of(k.key), n);
    }
}

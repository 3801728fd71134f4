package org.cjsim.journey;

import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.network.SocialNetwork;
import org.cjsim.params.CustomerParams;
import org.cjsim.random.KeyedRandom;

/**
 * Word of mouth (docs/model.md, submodel 10): a telling reaches one friend or family member, chosen by tie
 * weight. Positive word of mouth makes a prospect aware and converts them with probability {@code q_ref *
 * tie weight} (times their skepticism), paying the referral reward, and lifts a customer's satisfaction;
 * negative word of mouth makes a prospect aware and skeptical and lowers a customer's satisfaction. Former
 * customers hear nothing.
 */
final class WordOfMouth {
    private final Today today;
    private final Market market;
    private final SocialNetwork network;
    private final Conversion conversion;
    private final Ledger ledger;
    private final MetricsRecorder recorder;

    WordOfMouth(
            Today today,
            Market market,
            SocialNetwork network,
            Conversion conversion,
            Ledger ledger,
            MetricsRecorder recorder) {
        this.today = today;
        this.market = market;
        this.network = network;
        this.conversion = conversion;
        this.ledger = ledger;
        this.recorder = recorder;
    }

    /**
     * Person {@code teller} tells a neighbour about the company at {@code time}. Who listens and whether they
     * convert are children of {@code key}.
     */
    void tell(int teller, boolean positive, double time, long key) {
        int j = network.pickListener(teller, KeyedRandom.uniform(Decision.LISTENER.of(key)));
        if (j < 0) {
            return;
        }
        CustomerParams c = today.customers();
        Population people = market.people();
        recorder.increment(positive ? DailyMetric.WOM_POSITIVE : DailyMetric.WOM_NEGATIVE);
        byte stage = people.stage[j];
        if (stage == Stage.CUSTOMER.ordinal()) {
            double delta = positive
                    ? c.wordOfMouth().positiveWomLift()
                    : -c.wordOfMouth().negativeWomDrop();
            people.setSatisfaction(
                    j, people.satisfaction[j] + delta, c.experience().unreasonableCeiling());
            return;
        }
        if (stage == Stage.CHURNED.ordinal()) {
            return;
        }
        if (stage == Stage.UNAWARE.ordinal()) {
            people.setStage(j, Stage.AWARE);
        }
        if (positive) {
            double p = c.wordOfMouth().referralConversion() * network.weight(teller, j) * conversion.skepticism(j);
            if (KeyedRandom.bernoulli(Decision.REFERRAL.of(key), p)) {
                conversion.convert(j, Origin.REFERRED, time);
                ledger.add(LedgerLine.REFERRAL_REWARDS, today.strategy().referralReward());
                if (people.isCustomer(teller)) {
                    people.set(teller, Population.ADVOCATE);
                }
            }
        } else {
            conversion.deter(j);
        }
    }

    /** A burst of negative word of mouth: {@code womBurstSize} people told at once, keyed by {@code key}. */
    void burst(int teller, double time, long key) {
        long parent = Decision.BURST.of(key);
        for (int k = 0; k < today.customers().recovery().womBurstSize(); k++) {
            tell(teller, false, time, KeyedRandom.child(parent, k));
        }
    }
}

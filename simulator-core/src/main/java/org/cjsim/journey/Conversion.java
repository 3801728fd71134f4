package org.cjsim.journey;

import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.CustomerParams;
import org.cjsim.random.KeyedRandom;

/**
 * Conversion (docs/model.md, submodels 1 and 2): a prospect becomes a customer, with an expectation set by
 * the sales promise, satisfaction near it, and a first purchase. Negative word of mouth heard before makes a
 * prospect skeptical: each telling multiplies their chance to convert by the skepticism factor, down to the
 * floor reached after {@code maxSkepticism} tellings.
 */
final class Conversion {
    private final Today today;
    private final Market market;
    private final Experience experience;
    private final MetricsRecorder recorder;
    private final long key;
    private final int maxSkepticism;
    private final double[] skepticismMultiplier;

    /**
     * @param key the root key of conversions: a person converts at most once, so their conversion is keyed
     *     by person under it
     */
    Conversion(Today today, Market market, Experience experience, MetricsRecorder recorder, long key) {
        this.today = today;
        this.market = market;
        this.experience = experience;
        this.recorder = recorder;
        this.key = key;
        double factor = today.customers().wordOfMouth().skepticismFactor();
        maxSkepticism = today.customers().wordOfMouth().maxSkepticism();
        skepticismMultiplier = new double[maxSkepticism + 1];
        for (int k = 0; k <= maxSkepticism; k++) {
            skepticismMultiplier[k] = Math.pow(factor, k);
        }
    }

    /** Conversion multiplier of person {@code i} from the negative word of mouth they heard. */
    double skepticism(int i) {
        return skepticismMultiplier[market.people().skepticism[i]];
    }

    /** Person {@code i} heard negative word of mouth: more skeptical, up to the limit. */
    void deter(int i) {
        Population people = market.people();
        if (people.skepticism[i] < maxSkepticism) {
            people.skepticism[i]++;
        }
    }

    /**
     * Prospect {@code i} becomes a customer through {@code origin} at {@code time}. Keyed by person: however
     * and whenever they convert, the same draws.
     */
    void convert(int i, Origin origin, double time) {
        long k = KeyedRandom.child(key, i);
        CustomerParams c = today.customers();
        Population people = market.people();
        double expectation = today.rates().expectationAtConversion();
        market.convert(i, origin, time);
        people.expectation[i] = expectation;
        people.setSatisfaction(
                i,
                expectation
                        + c.experience().initialSatisfactionSd() * KeyedRandom.gaussian(Decision.SATISFACTION.of(k)),
                c.experience().unreasonableCeiling());
        recorder.increment(origin == Origin.REFERRED ? DailyMetric.NEW_REFERRED : DailyMetric.NEW_PAID);
        experience.purchase(i, time, Decision.FIRST_PURCHASE.of(k));
    }
}

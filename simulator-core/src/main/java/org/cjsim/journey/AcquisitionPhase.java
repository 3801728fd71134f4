package org.cjsim.journey;

import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.random.Draws;
import org.cjsim.random.KeyedRandom;
import org.cjsim.service.ContactInbox;
import org.cjsim.service.ContactType;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Acquisition (docs/model.md, submodel 1): every unaware or aware person converts through paid marketing at the
 * day's rate times their skepticism; marketing also makes unaware people aware; aware people ask the
 * service desk pre-sale questions. Referrals happen in {@link WordOfMouthPhase}. Each of the three draws
 * from its own keyed process ({@link DailyDraws}).
 */
final class AcquisitionPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Today today;
    private final Market market;
    private final Conversion conversions;
    private final ContactInbox inbox;
    private final DailyDraws conversion;
    private final DailyDraws awareness;
    private final DailyDraws questions;

    AcquisitionPhase(
            Today today,
            Market market,
            Conversion conversions,
            ContactInbox inbox,
            DailyDraws conversion,
            DailyDraws awareness,
            DailyDraws questions) {
        this.today = today;
        this.market = market;
        this.conversions = conversions;
        this.inbox = inbox;
        this.conversion = conversion;
        this.awareness = awareness;
        this.questions = questions;
    }

    @Override
    public void step(SimState state) {
        int day = today.day();
        DailyRates r = today.rates();
        Population people = market.people();
        int n = people.size;

        double pMax = Draws.probability(r.conversionBound(), 1);
        IntBuffer candidates = conversion.candidates(day, n, pMax);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (!market.prospects().contains(i)) {
                continue;
            }
            double p = Draws.probability(r.marketingConversion() * conversions.skepticism(i), 1);
            long key = conversion.key(i);
            if (DailyDraws.accept(key, p, pMax)) {
                double time = day + KeyedRandom.uniform(Decision.TIME.of(key));
                conversions.convert(i, Origin.PAID, time);
            }
        }

        double aMax = Draws.probability(r.awarenessBound(), 1);
        double a = Draws.probability(r.awareness(), 1);
        candidates = awareness.candidates(day, n, aMax);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (people.stage[i] == Stage.UNAWARE.ordinal() && DailyDraws.accept(awareness.key(i), a, aMax)) {
                people.setStage(i, Stage.AWARE);
            }
        }

        double ask = Draws.probability(today.customers().questions().questionRate(), 1);
        candidates = questions.candidates(day, n, ask);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (people.stage[i] == Stage.AWARE.ordinal() && !people.has(i, Population.ASKING)) {
                people.set(i, Population.ASKING);
                long key = questions.key(i);
                inbox.submit(ContactType.QUESTION, i, null, day + KeyedRandom.uniform(Decision.TIME.of(key)), key);
            }
        }
    }
}

package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.random.Draws;
import org.cjsim.random.KeyedRandom;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Word of mouth (docs/model.md, submodel 10): promoters tell friends and family at the promoter rate (raised by a
 * referral programme), detractors at the detractor rate; passives say nothing. Former customers keep
 * talking for a while after they leave. Random numbers are keyed by (person, day).
 */
final class WordOfMouthPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Today today;
    private final Market market;
    private final WordOfMouth wordOfMouth;
    private final DailyDraws draws;

    WordOfMouthPhase(Today today, Market market, WordOfMouth wordOfMouth, DailyDraws draws) {
        this.today = today;
        this.market = market;
        this.wordOfMouth = wordOfMouth;
        this.draws = draws;
    }

    @Override
    public void step(SimState state) {
        int day = today.day();
        Population people = market.people();
        market.forgetOldChurners(day, today.customers().wordOfMouth().churnedTalkDays());
        DailyRates r = today.rates();
        double promoter = Draws.probability(r.promoterTalk(), 1);
        double detractor = Draws.probability(r.detractorTalk(), 1);
        double pMax = Draws.probability(r.talkBound(), 1);
        IntBuffer candidates = draws.candidates(day, people.size, pMax);
        double[] s = people.satisfaction;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (!people.isCustomer(i) && !market.churnedTalkers().contains(i)) {
                continue;
            }
            boolean positive = CustomerResponse.isPromoter(s[i]);
            double p = positive ? promoter : CustomerResponse.isDetractor(s[i]) ? detractor : 0;
            if (p <= 0) {
                continue;
            }
            long key = draws.key(i);
            if (DailyDraws.accept(key, p, pMax)) {
                wordOfMouth.tell(i, positive, day + KeyedRandom.uniform(Decision.TIME.of(key)), key);
            }
        }
    }
}

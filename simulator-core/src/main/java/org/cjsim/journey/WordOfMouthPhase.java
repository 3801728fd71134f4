package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
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

    private final World world;
    private final DailyDraws draws;

    WordOfMouthPhase(World world, DailyDraws draws) {
        this.world = world;
        this.draws = draws;
    }

    @Override
    public void step(SimState state) {
        world.forgetOldChurners();
        DailyRates r = world.rates;
        double promoter = Draws.probability(r.promoterTalk(), 1);
        double detractor = Draws.probability(r.detractorTalk(), 1);
        double pMax = Draws.probability(r.talkBound(), 1);
        IntBuffer candidates = draws.candidates(world.day, world.people.size, pMax);
        double[] s = world.people.satisfaction;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (!world.people.isCustomer(i) && !world.churnedTalkers.contains(i)) {
                continue;
            }
            boolean positive = CustomerResponse.isPromoter(s[i]);
            double p = positive ? promoter : CustomerResponse.isDetractor(s[i]) ? detractor : 0;
            if (p <= 0) {
                continue;
            }
            long key = draws.key(i);
            if (DailyDraws.accept(key, p, pMax)) {
                world.tell(i, positive, world.day + KeyedRandom.uniform(Decision.TIME.of(key)), key);
            }
        }
    }
}

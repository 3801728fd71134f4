package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.IndexSet;
import org.cjsim.random.Draws;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Word of mouth (docs/model.md, submodel 10): promoters tell friends and family at the promoter rate (raised by a
 * referral programme), detractors at the detractor rate; passives say nothing. Former customers keep
 * talking for a while after they leave.
 */
final class WordOfMouthPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final MersenneTwisterFast rng;
    private final IntBuffer candidates = new IntBuffer();

    WordOfMouthPhase(World world, MersenneTwisterFast rng) {
        this.world = world;
        this.rng = rng;
    }

    @Override
    public void step(SimState state) {
        world.forgetOldChurners();
        talk(world.customers);
        talk(world.churnedTalkers);
    }

    private void talk(IndexSet talkers) {
        DailyRates r = world.rates;
        double promoter = Draws.probability(r.promoterTalk(), 1);
        double detractor = Draws.probability(r.detractorTalk(), 1);
        double pMax = Math.max(promoter, detractor);
        Sampling.candidates(talkers, pMax, rng, candidates);
        double[] s = world.people.satisfaction;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            boolean positive = CustomerResponse.isPromoter(s[i]);
            double p = positive ? promoter : CustomerResponse.isDetractor(s[i]) ? detractor : 0;
            if (p > 0 && rng.nextDouble() * pMax < p) {
                world.tell(i, positive, world.day + rng.nextDouble());
            }
        }
    }
}

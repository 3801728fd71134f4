package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.random.Draws;
import org.cjsim.service.ContactType;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Acquisition (docs/model.md, submodel 1): every unaware or aware person converts through paid marketing at the
 * day's rate times their skepticism; marketing also makes unaware people aware; aware people ask the
 * service desk pre-sale questions. Referrals happen in {@link WordOfMouthPhase}.
 */
final class AcquisitionPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final MersenneTwisterFast rng;
    private final IntBuffer candidates = new IntBuffer();

    AcquisitionPhase(World world, MersenneTwisterFast rng) {
        this.world = world;
        this.rng = rng;
    }

    @Override
    public void step(SimState state) {
        int day = world.day;
        DailyRates r = world.rates;
        Population people = world.people;

        double pMax = Draws.probability(r.marketingConversion(), 1);
        Sampling.candidates(world.prospects, pMax, rng, candidates);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            double p = Draws.probability(r.marketingConversion() * world.skepticism(i), 1);
            if (world.prospects.contains(i) && rng.nextDouble() * pMax < p) {
                world.convert(i, Origin.PAID, day + rng.nextDouble(), rng);
            }
        }

        Sampling.candidates(world.prospects, Draws.probability(r.awareness(), 1), rng, candidates);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (people.stage[i] == Stage.UNAWARE.ordinal()) {
                people.setStage(i, Stage.AWARE);
            }
        }

        double ask = Draws.probability(world.scenario.customers().questionRate(), 1);
        Sampling.candidates(world.prospects, ask, rng, candidates);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (people.stage[i] == Stage.AWARE.ordinal() && !people.has(i, Population.ASKING)) {
                people.set(i, Population.ASKING);
                world.desk.submit(ContactType.QUESTION, i, null, day + rng.nextDouble());
            }
        }
    }
}

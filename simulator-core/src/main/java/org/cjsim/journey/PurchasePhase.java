package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.random.Draws;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Purchases (docs/model.md, submodel 3): each customer buys as a Poisson process whose rate rises with satisfaction
 * (share of wallet); at most the probability {@code 1 - exp(-lambda)} per day. Each purchase is
 * experienced, may go wrong and may be voiced ({@link World#purchase}).
 */
final class PurchasePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final MersenneTwisterFast rng;
    private final IntBuffer candidates = new IntBuffer();

    PurchasePhase(World world, MersenneTwisterFast rng) {
        this.world = world;
        this.rng = rng;
    }

    @Override
    public void step(SimState state) {
        DailyRates r = world.rates;
        double w = world.scenario.customers().walletWeight();
        double pMax = Draws.probability(CustomerResponse.purchaseRate(r.lambda0(), w, 10), 1);
        Sampling.candidates(world.customers, pMax, rng, candidates);
        double[] s = world.people.satisfaction;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            double p = Draws.probability(CustomerResponse.purchaseRate(r.lambda0(), w, s[i]), 1);
            if (world.people.isCustomer(i) && rng.nextDouble() * pMax < p) {
                world.purchase(i, world.day + rng.nextDouble());
            }
        }
    }
}

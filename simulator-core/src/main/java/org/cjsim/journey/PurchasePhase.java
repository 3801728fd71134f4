package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.random.Draws;
import org.cjsim.random.KeyedRandom;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Purchases (docs/model.md, submodel 3): each customer buys as a Poisson process whose rate rises with satisfaction
 * (share of wallet); at most the probability {@code 1 - exp(-lambda)} per day. Each purchase is
 * experienced, may go wrong and may be voiced ({@link World#purchase}), with random numbers keyed by
 * (person, day).
 */
final class PurchasePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final DailyDraws draws;

    PurchasePhase(World world, DailyDraws draws) {
        this.world = world;
        this.draws = draws;
    }

    @Override
    public void step(SimState state) {
        DailyRates r = world.rates;
        double w = world.scenario.customers().experience().walletWeight();
        double pMax = Draws.probability(r.purchaseBound(), 1);
        IntBuffer candidates = draws.candidates(world.day, world.people.size, pMax);
        double[] s = world.people.satisfaction;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (!world.people.isCustomer(i)) {
                continue;
            }
            double p = Draws.probability(CustomerResponse.purchaseRate(r.lambda0(), w, s[i]), 1);
            long key = draws.key(i);
            if (DailyDraws.accept(key, p, pMax)) {
                world.purchase(i, world.day + KeyedRandom.uniform(Decision.TIME.of(key)), key);
            }
        }
    }
}

package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.random.Draws;
import org.cjsim.random.KeyedRandom;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Purchases (docs/model.md, submodel 3): each customer buys as a Poisson process whose rate rises with satisfaction
 * (share of wallet); at most the probability {@code 1 - exp(-lambda)} per day. Each purchase is
 * experienced, may go wrong and may be voiced ({@link Experience#purchase}), with random numbers keyed by
 * (person, day).
 */
final class PurchasePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Today today;
    private final Market market;
    private final Experience experience;
    private final DailyDraws draws;

    PurchasePhase(Today today, Market market, Experience experience, DailyDraws draws) {
        this.today = today;
        this.market = market;
        this.experience = experience;
        this.draws = draws;
    }

    @Override
    public void step(SimState state) {
        DailyRates r = today.rates();
        int day = today.day();
        Population people = market.people();
        double w = today.customers().experience().walletWeight();
        double pMax = Draws.probability(r.purchaseBound(), 1);
        IntBuffer candidates = draws.candidates(day, people.size, pMax);
        double[] s = people.satisfaction;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (!people.isCustomer(i)) {
                continue;
            }
            double p = Draws.probability(CustomerResponse.purchaseRate(r.lambda0(), w, s[i]), 1);
            long key = draws.key(i);
            if (DailyDraws.accept(key, p, pMax)) {
                experience.purchase(i, day + KeyedRandom.uniform(Decision.TIME.of(key)), key);
            }
        }
    }
}

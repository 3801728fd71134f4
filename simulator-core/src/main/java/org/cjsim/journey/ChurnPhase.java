package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.params.CustomerParams;
import org.cjsim.random.Draws;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Churn (MODEL.md 3.9): each customer leaves with the daily probability {@code 1 - exp(-h)}, where the
 * hazard {@code h = h0 * exp(-theta * (1 - switchingCost) * (S - 7))} is multiplied after a silent issue
 * (for silentDays) and while a complaint is unresolved past the customer's patience.
 */
final class ChurnPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final MersenneTwisterFast rng;
    private final IntBuffer candidates = new IntBuffer();

    ChurnPhase(World world, MersenneTwisterFast rng) {
        this.world = world;
        this.rng = rng;
    }

    @Override
    public void step(SimState state) {
        DailyRates r = world.rates;
        CustomerParams c = world.scenario.customers();
        Population people = world.people;
        double switching = world.scenario.market().switchingCost();
        double hMax = hazard(r.h0(), c, switching, 0, true, true);
        double pMax = Draws.probability(hMax, 1);
        Sampling.candidates(world.customers, pMax, rng, candidates);
        int day = world.day;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            double h = hazard(
                    r.h0(),
                    c,
                    switching,
                    people.satisfaction[i],
                    people.silentUntil[i] > day,
                    people.has(i, Population.GRIEVANCE));
            if (rng.nextDouble() * pMax < Draws.probability(h, 1)) {
                world.churn(i);
            }
        }
    }

    /** The daily churn hazard of a customer at satisfaction {@code s}, after a silent issue or in grievance. */
    static double hazard(
            double h0, CustomerParams c, double switchingCost, double s, boolean silent, boolean grievance) {
        double h = CustomerResponse.churnHazard(h0, c.churnSensitivity(), switchingCost, s);
        if (silent) {
            h *= c.silentChurnMultiplier();
        }
        if (grievance) {
            h *= c.grievanceChurnMultiplier();
        }
        return h;
    }
}

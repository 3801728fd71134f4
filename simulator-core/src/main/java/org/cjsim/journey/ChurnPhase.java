package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.Population;
import org.cjsim.params.CustomerParams;
import org.cjsim.random.Draws;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Churn (docs/model.md, submodel 9): each customer leaves with the daily probability {@code 1 - exp(-h)}, where the
 * hazard {@code h = h0 * M / (1 + (M - 1) * exp(theta * (1 - switchingCost) * (S - 7)))} (M the churn ceiling) is
 * multiplied after a silent issue
 * (for silentDays) and while a complaint is unresolved past the customer's patience.
 *
 * <p>The hazard is split into its base part, sampled over every customer, and the extra part of the raised
 * hazard, sampled only over the few customers at risk: the customer stays with probability {@code
 * exp(-base) * exp(-extra) = exp(-h)}, exactly as with one draw, while the thinning bound of the first pass
 * does not have to cover the multipliers.
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
        CustomerParams c = world.scenario.customers();
        double h0 = world.rates.h0();
        double switching = world.scenario.market().switchingCost();
        world.expireSilence();
        double maxMultiplier = c.silentChurnMultiplier() * c.grievanceChurnMultiplier();

        double baseMax = CustomerResponse.churnHazard(h0, c.churnSensitivity(), switching, c.churnCeiling(), 0);
        double pMax = Draws.probability(baseMax, 1);
        Sampling.candidates(world.customers, pMax, rng, candidates);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            double h = CustomerResponse.churnHazard(
                    h0, c.churnSensitivity(), switching, c.churnCeiling(), world.people.satisfaction[i]);
            if (rng.nextDouble() * pMax < Draws.probability(h, 1)) {
                world.churn(i);
            }
        }

        double extraMax = baseMax * (maxMultiplier - 1);
        double qMax = Draws.probability(extraMax, 1);
        Sampling.candidates(world.atRisk, qMax, rng, candidates);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (!world.atRisk.contains(i)) {
                continue;
            }
            double base = CustomerResponse.churnHazard(
                    h0, c.churnSensitivity(), switching, c.churnCeiling(), world.people.satisfaction[i]);
            double extra = base
                    * (multiplier(c, world.people.silentUntil[i] > world.day, world.people.has(i, Population.GRIEVANCE))
                            - 1);
            if (rng.nextDouble() * qMax < Draws.probability(extra, 1)) {
                world.churn(i);
            }
        }
    }

    /** The multiplier of the churn hazard after a silent issue and in grievance. */
    static double multiplier(CustomerParams c, boolean silent, boolean grievance) {
        return (silent ? c.silentChurnMultiplier() : 1) * (grievance ? c.grievanceChurnMultiplier() : 1);
    }
}

package org.cjsim.journey;

import org.cjsim.customer.IndexSet;
import org.cjsim.customer.Population;
import org.cjsim.params.CustomerParams;
import org.cjsim.random.Draws;
import org.cjsim.random.KeyedRandom;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Churn (docs/model.md, submodel 9): each customer leaves with the daily probability {@code 1 - exp(-h)}, where the
 * hazard {@code h = h0 * M / (1 + (M - 1) * exp(theta * (1 - switchingCost) * (S - 7)))} (M the churn ceiling) is
 * multiplied after a silent issue
 * (for silentDays) and while a complaint is unresolved past the customer's patience.
 *
 * <p>The hazard is split into its base part, sampled over every customer, and the extra part of the raised
 * hazard, drawn only for the few customers at risk: the customer stays with probability {@code exp(-base) *
 * exp(-extra) = exp(-h)}, exactly as with one draw, while the thinning bound of the first pass does not have
 * to cover the multipliers. Both parts draw keyed uniforms by (person, day), each from its own process.
 */
final class ChurnPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Today today;
    private final Market market;
    private final Churn churn;
    private final DailyDraws base;
    private final DailyDraws extra;

    ChurnPhase(Today today, Market market, Churn churn, DailyDraws base, DailyDraws extra) {
        this.today = today;
        this.market = market;
        this.churn = churn;
        this.base = base;
        this.extra = extra;
    }

    @Override
    public void step(SimState state) {
        CustomerParams c = today.customers();
        int day = today.day();
        market.expireSilence(day);
        Population people = market.people();

        double pMax = Draws.probability(today.rates().churnBound(), 1);
        IntBuffer candidates = base.candidates(day, people.size, pMax);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            if (!people.isCustomer(i)) {
                continue;
            }
            if (DailyDraws.accept(base.key(i), Draws.probability(churn.hazard(people.satisfaction[i]), 1), pMax)) {
                churn.leave(i);
            }
        }

        // Every member of the small at-risk set draws its own uniform; most are rejected against the bound
        // before their hazard is computed. Backwards, because a leaver's slot takes the last member.
        double maxMultiplier = c.voice().silentChurnMultiplier() * c.patience().grievanceChurnMultiplier();
        double qMax = Draws.probability(today.rates().churnBound() * (maxMultiplier - 1), 1);
        extra.startDay(day);
        IndexSet atRisk = market.atRisk();
        for (int k = atRisk.size() - 1; k >= 0; k--) {
            int i = atRisk.get(k);
            double u = KeyedRandom.uniform(extra.key(i));
            if (u >= qMax) {
                continue;
            }
            double b = churn.hazard(people.satisfaction[i]);
            double more =
                    b * (Churn.multiplier(c, people.silentUntil[i] > day, people.has(i, Population.GRIEVANCE)) - 1);
            if (u < Draws.probability(more, 1)) {
                churn.leave(i);
            }
        }
    }
}

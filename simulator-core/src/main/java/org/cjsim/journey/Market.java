package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.IndexSet;
import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.EconomicsParams;
import org.cjsim.params.MarketParams;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Draws;

/**
 * The people of the market and who they are to the company: prospects, customers (by origin), customers at
 * risk (a recent silent issue or a grievance), and former customers who still talk. The journey's rules
 * change a person's stage only through this class, which keeps the sets consistent with the stages.
 */
final class Market {
    private final Population people;
    private final IndexSet customers;
    private final IndexSet prospects;
    private final IndexSet churnedTalkers;
    private final IndexSet atRisk;
    private final int[] customersByOrigin = new int[Origin.values().length];

    /** People with a silent issue, in the order their silent period ends. */
    private int[] silentOrder = new int[1024];

    private int silentHead;
    private int silentTail;

    /** Former customers who talk, in the order they left. */
    private int[] churnOrder = new int[1024];

    private int churnHead;
    private int churnTail;

    private Market(int n) {
        this.people = new Population(n);
        this.customers = new IndexSet(n);
        this.prospects = new IndexSet(n);
        this.churnedTalkers = new IndexSet(n);
        this.atRisk = new IndexSet(n);
    }

    /**
     * Day 0 of {@code scenario}: every person's taste, spend and reasonableness; the initial customers with
     * tenure and satisfaction near the steady state; the aware share of the others.
     */
    static Market populate(ScenarioParams scenario, MersenneTwisterFast rng) {
        MarketParams m = scenario.market();
        CustomerParams c = scenario.customers();
        EconomicsParams e = scenario.economics();
        Market market = new Market(m.population());
        Population people = market.people;
        double spendMu = Math.log(e.meanSpend()) - e.spendSigma() * e.spendSigma() / 2;
        double meanTenure = 365.0 / Math.max(1e-9, -Math.log1p(-c.churn().annualChurnAtNeutral()));
        for (int i = 0; i < people.size; i++) {
            people.taste[i] = (float) (c.experience().tasteSd() * rng.nextGaussian());
            people.spend[i] = (float) Math.exp(spendMu + e.spendSigma() * rng.nextGaussian());
            if (rng.nextDouble() < c.experience().unreasonableShare()) {
                people.set(i, Population.UNREASONABLE);
            }
            people.churnDay[i] = Float.NaN;
            people.customerSince[i] = Float.NaN;
            double u = rng.nextDouble();
            if (u < m.initialCustomerShare()) {
                double q = CustomerResponse.clamp(m.productQuality() + people.taste[i]);
                people.expectation[i] = q;
                people.satisfaction[i] = CustomerResponse.clamp(q
                        + c.experience().initialSatisfactionShift()
                        + c.experience().initialSatisfactionSd() * rng.nextGaussian());
                people.customerSince[i] = (float) -Draws.exponential(rng, meanTenure);
                people.setOrigin(i, Origin.INITIAL);
                people.setStage(i, Stage.CUSTOMER);
                market.customers.add(i);
                market.customersByOrigin[Origin.INITIAL.ordinal()]++;
            } else {
                market.prospects.add(i);
                if (rng.nextDouble() < m.initialAwareShare()) {
                    people.setStage(i, Stage.AWARE);
                }
            }
        }
        return market;
    }

    /** Everyone's state, as arrays indexed by person. */
    Population people() {
        return people;
    }

    /** Customers. */
    IndexSet customers() {
        return customers;
    }

    /** Unaware and aware people, who can still convert. */
    IndexSet prospects() {
        return prospects;
    }

    /** Former customers who still talk (left within churnedTalkDays). */
    IndexSet churnedTalkers() {
        return churnedTalkers;
    }

    /** Customers with a raised churn hazard: a recent silent issue or a complaint past their patience. */
    IndexSet atRisk() {
        return atRisk;
    }

    /** Customers who came through {@code origin}. */
    int customers(Origin origin) {
        return customersByOrigin[origin.ordinal()];
    }

    /** Prospect {@code i} becomes a customer through {@code origin} at {@code time}. */
    void convert(int i, Origin origin, double time) {
        prospects.remove(i);
        people.setOrigin(i, origin);
        people.setStage(i, Stage.CUSTOMER);
        people.customerSince[i] = (float) time;
        customers.add(i);
        customersByOrigin[origin.ordinal()]++;
    }

    /**
     * Customer {@code i} leaves on {@code day}, out of grievance; if {@code talks}, they keep talking until
     * {@link #forgetOldChurners} forgets them.
     */
    void leave(int i, int day, boolean talks) {
        customers.remove(i);
        atRisk.remove(i);
        customersByOrigin[people.origin[i]]--;
        people.setStage(i, Stage.CHURNED);
        people.churnDay[i] = day;
        people.clear(i, Population.GRIEVANCE);
        if (talks) {
            churnedTalkers.add(i);
            if (churnTail == churnOrder.length) {
                compactChurnOrder();
            }
            churnOrder[churnTail++] = i;
        }
    }

    private void compactChurnOrder() {
        int live = churnTail - churnHead;
        if (churnHead > churnOrder.length / 2) {
            System.arraycopy(churnOrder, churnHead, churnOrder, 0, live);
        } else {
            churnOrder = Arrays.copyOf(Arrays.copyOfRange(churnOrder, churnHead, churnTail), churnOrder.length * 2);
        }
        churnHead = 0;
        churnTail = live;
    }

    /** Former customers who left more than {@code window} days before {@code day} stop talking. */
    void forgetOldChurners(int day, double window) {
        while (churnHead < churnTail && day - people.churnDay[churnOrder[churnHead]] > window) {
            churnedTalkers.remove(churnOrder[churnHead++]);
        }
    }

    /** Customer {@code i} had a silent issue: at risk until day {@code until} (or later, if already). */
    void silentUntil(int i, double until) {
        people.silentUntil[i] = (float) Math.max(people.silentUntil[i], until);
        atRisk.add(i);
        if (silentTail == silentOrder.length) {
            int live = silentTail - silentHead;
            silentOrder = live * 2 > silentOrder.length
                    ? Arrays.copyOfRange(silentOrder, silentHead, silentHead + silentOrder.length * 2)
                    : Arrays.copyOfRange(silentOrder, silentHead, silentHead + silentOrder.length);
            silentHead = 0;
            silentTail = live;
        }
        silentOrder[silentTail++] = i;
    }

    /** Customer {@code i}'s complaint went unresolved past their patience: at risk until it is resolved. */
    void grievance(int i) {
        people.set(i, Population.GRIEVANCE);
        atRisk.add(i);
    }

    /** Customer {@code i}'s grievance is resolved on {@code day}; they stay at risk while still silent. */
    void resolveGrievance(int i, int day) {
        people.clear(i, Population.GRIEVANCE);
        if (!raised(i, day)) {
            atRisk.remove(i);
        }
    }

    /** True while customer {@code i} has a raised churn hazard on {@code day}. */
    boolean raised(int i, int day) {
        return people.silentUntil[i] > day || people.has(i, Population.GRIEVANCE);
    }

    /** Customers whose silent period has ended by {@code day}, and who are not in grievance, leave the at-risk set. */
    void expireSilence(int day) {
        while (silentHead < silentTail && people.silentUntil[silentOrder[silentHead]] <= day) {
            int i = silentOrder[silentHead++];
            if (!raised(i, day)) {
                atRisk.remove(i);
            }
        }
    }
}

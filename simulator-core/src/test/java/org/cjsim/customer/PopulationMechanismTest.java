package org.cjsim.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The population's accessors and its index set, person by person. */
class PopulationMechanismTest {

    @Test
    void aPersonsStageAndOriginReadBackAsSet() {
        Population p = new Population(3);
        assertEquals(Stage.UNAWARE, p.stage(2));
        assertFalse(p.isCustomer(2));
        p.setStage(2, Stage.CUSTOMER);
        assertEquals(Stage.CUSTOMER, p.stage(2));
        assertTrue(p.isCustomer(2));
        assertFalse(p.isCustomer(1));
        p.setOrigin(2, Origin.REFERRED);
        assertEquals(Origin.REFERRED, p.origin(2));
        assertEquals(Origin.NONE, p.origin(0));
        assertEquals(3, p.size);
    }

    @Test
    void clearingAFlagLeavesTheOtherFlagsAndPeopleAlone() {
        Population p = new Population(2);
        p.set(0, Population.ASKING);
        p.set(0, Population.UNREASONABLE);
        p.set(1, Population.ASKING);
        p.clear(0, Population.ASKING);
        assertFalse(p.has(0, Population.ASKING));
        assertTrue(p.has(0, Population.UNREASONABLE));
        assertTrue(p.has(1, Population.ASKING));
        p.clear(0, Population.ASKING);
        assertFalse(p.has(0, Population.ASKING), "clearing twice keeps it clear");
        assertFalse(p.has(0, Population.ADVOCATE));
    }

    @Test
    void satisfactionIsClampedBelowAndTheCeilingBindsOnlyUnreasonableCustomersWithAnIssue() {
        Population p = new Population(1);
        p.setSatisfaction(0, -3, 6);
        assertEquals(0.0, p.satisfaction[0]);
        p.set(0, Population.UNREASONABLE);
        p.failures[0] = 1;
        p.setSatisfaction(0, 5, 6);
        assertEquals(5.0, p.satisfaction[0], "below the ceiling it is kept");
    }

    @Test
    void anIndexSetReusesTheSlotOfARemovedMember() {
        IndexSet s = new IndexSet(5);
        assertEquals(0, s.size());
        assertFalse(s.contains(0));
        s.add(0);
        s.add(1);
        s.add(2);
        s.remove(0);
        assertEquals(2, s.get(0), "the last member moves into the freed slot");
        assertEquals(1, s.get(1));
        assertTrue(s.remove(2));
        assertTrue(s.add(0));
        assertEquals(1, s.get(0));
        assertEquals(0, s.get(1));
        assertTrue(s.contains(0) && s.contains(1) && !s.contains(2));
        assertTrue(s.remove(1));
        assertEquals(0, s.get(0));
        assertEquals(1, s.size());
    }

    @Test
    void theCountsOverCustomersFollowEveryChangeOfStageSatisfactionOriginFlagAndPurchase() {
        Population p = new Population(60);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        Stage[] stages = Stage.values();
        Origin[] origins = Origin.values();
        int[] seen = new int[4];
        for (int step = 0; step < 20_000; step++) {
            int i = rng.nextInt(p.size);
            switch (rng.nextInt(6)) {
                case 0 -> p.setStage(i, stages[rng.nextInt(stages.length)]);
                case 1 -> p.setSatisfaction(i, rng.nextDouble(-1, 11), rng.nextBoolean() ? 10 : 5);
                case 2 -> p.setOrigin(i, origins[rng.nextInt(origins.length)]);
                case 3 -> p.set(i, rng.nextBoolean() ? Population.ADVOCATE : Population.UNREASONABLE);
                case 4 -> p.clear(i, rng.nextBoolean() ? Population.ADVOCATE : Population.ASKING);
                default -> p.addPurchase(i);
            }
            if (rng.nextInt(8) == 0) {
                p.set(i, Population.UNREASONABLE);
                p.failures[i]++;
            }
            int promoters = 0;
            int detractors = 0;
            int advocates = 0;
            int repeat = 0;
            double sum = 0;
            for (int k = 0; k < p.size; k++) {
                if (!p.isCustomer(k)) {
                    continue;
                }
                double v = p.satisfaction[k];
                sum += v;
                promoters += v >= 9 ? 1 : 0;
                detractors += v <= 6 ? 1 : 0;
                advocates += p.has(k, Population.ADVOCATE) ? 1 : 0;
                repeat += p.purchases[k] >= 2 || p.origin(k) == Origin.INITIAL ? 1 : 0;
            }
            String at = "after step " + step;
            assertEquals(promoters, p.promoters(), at);
            assertEquals(detractors, p.detractors(), at);
            assertEquals(advocates, p.advocates(), at);
            assertEquals(repeat, p.repeatCustomers(), at);
            assertEquals(sum, p.customerSatisfactionSum(), 1e-9, at);
            seen[0] = Math.max(seen[0], promoters);
            seen[1] = Math.max(seen[1], detractors);
            seen[2] = Math.max(seen[2], advocates);
            seen[3] = Math.max(seen[3], repeat);
        }
        for (int most : seen) {
            assertTrue(most >= 3, "every count was exercised: " + java.util.Arrays.toString(seen));
        }
    }
}

package org.cjsim.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PopulationTest {

    @Test
    void stageCountsFollowEveryMove() {
        Population p = new Population(5);
        assertEquals(5, p.count(Stage.UNAWARE));
        p.setStage(0, Stage.AWARE);
        p.setStage(1, Stage.CUSTOMER);
        p.setStage(1, Stage.CHURNED);
        assertEquals(3, p.count(Stage.UNAWARE));
        assertEquals(1, p.count(Stage.AWARE));
        assertEquals(0, p.count(Stage.CUSTOMER));
        assertEquals(1, p.count(Stage.CHURNED));
    }

    @Test
    void anUnreasonableCustomerNeverExceedsTheCeilingAfterAnIssue() {
        Population p = new Population(2);
        p.set(0, Population.UNREASONABLE);
        p.setSatisfaction(0, 9.5, 6);
        assertEquals(9.5, p.satisfaction[0], "no issue yet");
        p.failures[0] = 1;
        p.setSatisfaction(0, 9.5, 6);
        assertEquals(6.0, p.satisfaction[0]);
        p.failures[1] = 1;
        p.setSatisfaction(1, 9.5, 6);
        assertEquals(9.5, p.satisfaction[1], "a reasonable customer recovers fully");
        p.setSatisfaction(1, 12, 6);
        assertEquals(10.0, p.satisfaction[1]);
    }

    @Test
    void flagsAreSetAndClearedIndependently() {
        Population p = new Population(1);
        p.set(0, Population.ADVOCATE);
        p.set(0, Population.GRIEVANCE);
        p.clear(0, Population.GRIEVANCE);
        assertTrue(p.has(0, Population.ADVOCATE));
        assertFalse(p.has(0, Population.GRIEVANCE));
    }

    @Test
    void anIndexSetAddsRemovesAndIteratesDensely() {
        IndexSet s = new IndexSet(10);
        assertTrue(s.add(3));
        assertTrue(s.add(7));
        assertTrue(s.add(5));
        assertFalse(s.add(7));
        assertTrue(s.remove(3));
        assertFalse(s.remove(3));
        assertEquals(2, s.size());
        assertTrue(s.contains(7) && s.contains(5) && !s.contains(3));
        assertEquals(12, s.get(0) + s.get(1));
    }
}

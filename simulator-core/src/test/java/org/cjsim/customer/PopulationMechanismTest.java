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
        p.origin[2] = (byte) Origin.REFERRED.ordinal();
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
}

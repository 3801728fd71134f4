package org.cjsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.Arrays;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.junit.jupiter.api.Test;

class PersonCategoryTest {

    private static PersonCategory customerAt(double satisfaction) {
        Population people = new Population(1);
        people.setStage(0, Stage.CUSTOMER);
        people.satisfaction[0] = satisfaction;
        return PersonCategory.of(people, 0);
    }

    @Test
    void aCustomerIsAPromoterFromNineAPassiveAboveSixAndADetractorAtSixOrLess() {
        assertEquals(PersonCategory.PROMOTER, customerAt(9.0));
        assertEquals(PersonCategory.PASSIVE, customerAt(8.99));
        assertEquals(PersonCategory.PASSIVE, customerAt(6.01));
        assertEquals(PersonCategory.DETRACTOR, customerAt(6.0));
    }

    @Test
    void peopleWhoAreNotCustomersAreCategorisedByTheirStageWhateverTheirSatisfaction() {
        Population people = new Population(3);
        people.setStage(0, Stage.CHURNED);
        people.setStage(1, Stage.AWARE);
        Arrays.fill(people.satisfaction, 10);
        assertEquals(PersonCategory.CHURNED, PersonCategory.of(people, 0));
        assertEquals(PersonCategory.AWARE, PersonCategory.of(people, 1));
        assertEquals(PersonCategory.UNAWARE, PersonCategory.of(people, 2));
    }

    @Test
    void customersAndFormerCustomersWearOkabeItoColours() {
        assertEquals(new Color(0x009E73), PersonCategory.PROMOTER.color());
        assertEquals(new Color(0x56B4E9), PersonCategory.PASSIVE.color());
        assertEquals(new Color(0xD55E00), PersonCategory.DETRACTOR.color());
        assertEquals(new Color(0x000000), PersonCategory.CHURNED.color());
        assertEquals(new Color(0xE69F00), PersonCategory.OPEN_COMPLAINT);
        assertEquals(
                PersonCategory.values().length,
                Arrays.stream(PersonCategory.values())
                        .map(PersonCategory::color)
                        .distinct()
                        .count());
    }
}

package org.cjsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.cjsim.customer.Stage;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.service.Case;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

class PersonViewTest {

    /** A market large enough that some complaint is open after a few weeks. */
    private static CustomerJourneyModel modelAfter(int days) {
        CustomerJourneyModel model =
                new CustomerJourneyModel(Params.with(ScenarioParams.defaults(), "market.population", 3000), 5);
        model.start();
        while (model.daysRecorded() < days) {
            model.schedule.step(model);
        }
        return model;
    }

    @Test
    void theInspectorListsWhatAStudentNeedsToKnowAboutAPerson() {
        PersonView person = new PersonView(modelAfter(1), 0);
        Properties p = Properties.getProperties(person);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
            assertTrue(!p.isReadWrite(i), p.getName(i) + " is read-only");
        }
        assertEquals(
                Set.of(
                        "Journey",
                        "Satisfaction",
                        "Expectation",
                        "OpenIssue",
                        "IssueSeverity",
                        "TenureDays",
                        "Purchases",
                        "Failures",
                        "FamilyTies",
                        "FriendTies"),
                names);
    }

    @Test
    void aCustomerShowsTheirSatisfactionExpectationAndTenure() {
        CustomerJourneyModel model = modelAfter(20);
        int customer = -1;
        for (int i = 0; i < model.population().size && customer < 0; i++) {
            if (model.population().isCustomer(i)) {
                customer = i;
            }
        }
        PersonView person = new PersonView(model, customer);
        assertEquals(model.population().satisfaction[customer], person.getSatisfaction(), 0.005);
        assertEquals(model.population().expectation[customer], person.getExpectation(), 0.005);
        assertEquals(
                model.schedule.getTime() - model.population().customerSince[customer], person.getTenureDays(), 0.005);
        assertEquals(model.population().purchases[customer], person.getPurchases());
        assertEquals(PersonCategory.of(model.population(), customer).label(), person.getJourney());
        assertEquals("Person " + customer, person.toString());
    }

    @Test
    void anOpenComplaintShowsItsCauseAndSeverity() {
        CustomerJourneyModel model = modelAfter(40);
        int complainer = -1;
        for (int i = 0; i < model.population().size && complainer < 0; i++) {
            Case c = model.openCase(i);
            if (c != null && !c.closed) {
                complainer = i;
            }
        }
        assertTrue(complainer >= 0, "some complaint is open on day 40 in a market of 3,000");
        PersonView person = new PersonView(model, complainer);
        Case open = model.openCase(complainer);
        assertTrue(person.hasOpenComplaint());
        assertEquals(open.severity, person.getIssueSeverity(), 0.005);
        assertTrue(
                person.getOpenIssue().startsWith(open.cause.name().toLowerCase().replace('_', ' ')));
        assertTrue(person.getOpenIssue().contains("open"));
    }

    @Test
    void someoneWhoNeverBoughtHasNoTenureAndNoOpenIssue() {
        CustomerJourneyModel model = modelAfter(1);
        int stranger = -1;
        for (int i = 0; i < model.population().size && stranger < 0; i++) {
            if (model.population().stage(i) == Stage.UNAWARE) {
                stranger = i;
            }
        }
        PersonView person = new PersonView(model, stranger);
        assertTrue(Double.isNaN(person.getTenureDays()));
        assertEquals("none", person.getOpenIssue());
        assertTrue(Double.isNaN(person.getIssueSeverity()));
        assertNotEquals(PersonCategory.PROMOTER.label(), person.getJourney());
    }
}

package org.cjsim.gui;

import java.util.Locale;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.format.UnitFormat;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.service.Case;

/**
 * One person as the lab shows them: the node drawn in the network view and, when double-clicked, the object the
 * inspector lists. MASON's inspector shows every public getter as a read-only property, updated as the
 * model runs.
 */
public final class PersonView {
    private final CustomerJourneyModel model;
    private final int index;

    PersonView(CustomerJourneyModel model, int index) {
        this.model = model;
        this.index = index;
    }

    int index() {
        return index;
    }

    PersonCategory category() {
        return PersonCategory.of(model.population(), index);
    }

    boolean hasOpenComplaint() {
        Case c = model.openCase(index);
        return c != null && !c.closed;
    }

    /** Where the person is in the journey, with the Net Promoter category of a customer. */
    public String getJourney() {
        return category().label();
    }

    /** Satisfaction on the 0-10 likelihood-to-recommend scale. */
    public double getSatisfaction() {
        return round(model.population().satisfaction[index]);
    }

    public String desSatisfaction() {
        return "Likelihood to recommend, 0-10: promoter at 9 or more, detractor at 6 or less.";
    }

    /** What the person believes the company promised, 0-10. */
    public double getExpectation() {
        return round(model.population().expectation[index]);
    }

    public String desExpectation() {
        return "What the person believes the company promised, 0-10; quality below it disappoints.";
    }

    /** The open complaint, in words, or "none". */
    public String getOpenIssue() {
        Case c = model.openCase(index);
        if (c == null || c.closed) {
            return "none";
        }
        StringBuilder s =
                new StringBuilder(c.cause.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        double days = model.schedule.getTime() - c.issueTime;
        s.append(", open " + UnitFormat.ascii(MetricUnit.DAYS).text(days) + " days, " + c.contacts
                + (c.contacts == 1 ? " contact" : " contacts"));
        if (c.escalated) {
            s.append(", escalated");
        }
        if (c.grievance) {
            s.append(", past patience");
        }
        return s.toString();
    }

    /** Severity of the open complaint in [0, 1], or NaN without one. */
    public double getIssueSeverity() {
        Case c = model.openCase(index);
        return c == null || c.closed ? Double.NaN : round(c.severity);
    }

    /** Days as a customer: so far for a customer, until leaving for a former customer, NaN otherwise. */
    public double getTenureDays() {
        Population people = model.population();
        Stage stage = people.stage(index);
        if (stage == Stage.CUSTOMER) {
            return round(model.schedule.getTime() - people.customerSince[index]);
        }
        if (stage == Stage.CHURNED) {
            return round(people.churnDay[index] - people.customerSince[index]);
        }
        return Double.NaN;
    }

    /** Purchases since the start of the run. */
    public int getPurchases() {
        return model.population().purchases[index];
    }

    /** Issues the person has had. */
    public int getFailures() {
        return model.population().failures[index];
    }

    /** Other members of the person's household (strong family ties). */
    public int getFamilyTies() {
        return model.network().isMixed() ? 0 : model.network().familyTies(index);
    }

    /** Friendship ties (weak ties). */
    public int getFriendTies() {
        return model.network().isMixed() ? 0 : model.network().friendTies(index);
    }

    private static double round(double v) {
        return Math.rint(v * 100) / 100;
    }

    @Override
    public String toString() {
        return "Person " + index;
    }
}

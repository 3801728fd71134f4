package org.cjsim.journey;

import static org.cjsim.journey.ModelTestSupport.small;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers that hold when a lever changes: two runs of one seed that differ only in staffing
 * serve complaints differently, so satisfaction, churn, word of mouth and referrals diverge; but every
 * decision that staffing does not touch draws the same random numbers in both, because draws are keyed by
 * person, day and decision rather than taken in turn from a stream per process. With streams per process,
 * the first purchase or departure that differs shifts every later draw of that process, and these tests
 * fail.
 */
class CommonRandomNumbersTest {
    private static final long SEED = 11;

    private static Population run(ScenarioParams s) {
        CustomerJourneyModel m = new CustomerJourneyModel(s, SEED);
        m.run();
        return m.population();
    }

    /** 5,000 people over a year with {@code changes}, at one agent (lean) or three (ample) at the start. */
    private static ScenarioParams staffed(boolean ample, Object... changes) {
        Object[] all = concat(changes, "market.population", 5000, "strategy.agentsPer1000Customers", ample ? 3.0 : 0.5);
        return small(all);
    }

    private static Population[] underTwoStaffingLevels(Object... changes) {
        return new Population[] {run(staffed(false, changes)), run(staffed(true, changes))};
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] r = new Object[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void theRunsDifferWhereStaffingActs() {
        CustomerJourneyModel lean = new CustomerJourneyModel(staffed(false), SEED);
        lean.run();
        CustomerJourneyModel ample = new CustomerJourneyModel(staffed(true), SEED);
        ample.run();
        assertTrue(lean.workforce().target() < ample.workforce().target());
        assertNotEquals(lean.latest(DailyMetric.MEAN_SATISFACTION), ample.latest(DailyMetric.MEAN_SATISFACTION));
        assertNotEquals(lean.latest(DailyMetric.CUSTOMERS), ample.latest(DailyMetric.CUSTOMERS));
    }

    /**
     * Paid conversion depends on no lever here (negative word of mouth does not deter, answers to questions
     * do not convert), so a person whom marketing converts in both runs converts at the same moment, although
     * referrals, which depend on satisfaction, take different people out of the market in the two runs.
     */
    @Test
    void whoeverMarketingConvertsUnderBothStaffingLevelsConvertsAtTheSameMoment() {
        Population[] p = underTwoStaffingLevels("customers.skepticismFactor", 1.0, "customers.questionConversion", 0.0);
        int paid = Origin.PAID.ordinal();
        int both = 0;
        int different = 0;
        for (int i = 0; i < p[0].size; i++) {
            boolean a = p[0].origin[i] == paid && !Float.isNaN(p[0].customerSince[i]);
            boolean b = p[1].origin[i] == paid && !Float.isNaN(p[1].customerSince[i]);
            if (a && b) {
                both++;
                assertEquals(p[0].customerSince[i], p[1].customerSince[i], "person " + i);
            }
            if (p[0].origin[i] != p[1].origin[i] || Float.compare(p[0].customerSince[i], p[1].customerSince[i]) != 0) {
                different++;
            }
        }
        assertTrue(both > 100, "converted by marketing in both runs: " + both);
        assertTrue(different > 0, "referrals should make the runs differ: " + different);
    }

    /**
     * Purchases do not depend on satisfaction here (no share-of-wallet effect) and the issue rate does not
     * learn from complaints, so a customer who stays from day 0 to the end in both runs buys on the same days
     * and has the same issues, although their satisfaction differs with the service they get.
     */
    @Test
    void aCustomerOfBothRunsBuysOnTheSameDaysAndHasTheSameIssues() {
        Population[] p = underTwoStaffingLevels("customers.walletWeight", 0.0, "strategy.listening", 0.0);
        int initial = Origin.INITIAL.ordinal();
        int stayed = 0;
        int feelDifferently = 0;
        long issues = 0;
        for (int i = 0; i < p[0].size; i++) {
            boolean a = p[0].isCustomer(i) && p[0].origin[i] == initial;
            boolean b = p[1].isCustomer(i) && p[1].origin[i] == initial;
            if (a && b) {
                stayed++;
                issues += p[0].failures[i];
                assertEquals(p[0].purchases[i], p[1].purchases[i], "purchases of person " + i);
                assertEquals(p[0].failures[i], p[1].failures[i], "issues of person " + i);
                if (p[0].satisfaction[i] != p[1].satisfaction[i]) {
                    feelDifferently++;
                }
            }
        }
        assertTrue(stayed > 300, "initial customers kept by both runs: " + stayed);
        assertTrue(issues > 100, "issues of these customers: " + issues);
        assertTrue(feelDifferently > 0, "the service should make the runs differ: " + feelDifferently);
    }
}

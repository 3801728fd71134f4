package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.cjsim.customer.Population;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.service.Case;
import org.junit.jupiter.api.Test;

/**
 * Short runs of a small market (400 people, 60 days; milliseconds): the day cycle's bookkeeping and the
 * summary checked against the daily series they come from, and the day cycle's own mechanisms (patience,
 * learning) switched on and off.
 */
class RunMechanismTest {
    private static final int PEOPLE = 400;
    private static final int DAYS = 60;

    private static ScenarioParams scenario(Object... pathsAndValues) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("market.population", PEOPLE);
        changes.put("horizon.days", DAYS);
        changes.put("market.innovationRate", 0.01);
        changes.put("strategy.prevention", 200.0);
        changes.put("customers.purchasesPerMonth", 4.0);
        for (int k = 0; k < pathsAndValues.length; k += 2) {
            changes.put((String) pathsAndValues[k], pathsAndValues[k + 1]);
        }
        return Params.with(ScenarioParams.defaults(), changes);
    }

    private static double sum(RunResult r, DailyMetric m) {
        double s = 0;
        for (float v : r.series(m)) {
            s += v;
        }
        return s;
    }

    private static float last(RunResult r, DailyMetric m) {
        float[] v = r.series(m);
        return v[v.length - 1];
    }

    @Test
    void theDailySeriesAgreeWithEachOtherEveryDay() {
        ScenarioParams s = scenario();
        RunResult r = new CustomerJourneyModel(s, 5).run();
        double marketing = s.strategy().marketingBudget() * PEOPLE / 1000.0 * 12 / 365.0;
        double wage = s.employees().annualWage() / 365.0;
        double cumulative = 0;
        for (int d = 0; d < DAYS; d++) {
            double customers = r.series(DailyMetric.CUSTOMERS)[d];
            assertEquals(
                    PEOPLE,
                    r.series(DailyMetric.UNAWARE)[d]
                            + r.series(DailyMetric.AWARE)[d]
                            + customers
                            + r.series(DailyMetric.CHURNED)[d],
                    1e-9);
            double promoters = r.series(DailyMetric.PROMOTERS)[d];
            double detractors = r.series(DailyMetric.DETRACTORS)[d];
            assertEquals(customers, promoters + detractors + r.series(DailyMetric.PASSIVES)[d], 1e-6);
            assertEquals(100 * (promoters - detractors) / customers, r.series(DailyMetric.NPS)[d], 1e-3);
            assertTrue(r.series(DailyMetric.REPEAT_CUSTOMERS)[d] <= customers);
            assertTrue(r.series(DailyMetric.ADVOCATES)[d] <= customers);
            double satisfaction = r.series(DailyMetric.MEAN_SATISFACTION)[d];
            assertTrue(satisfaction > 0 && satisfaction < 10);
            assertEquals(marketing, r.series(DailyMetric.MARKETING)[d], 1e-3 * marketing);
            assertEquals(
                    r.series(DailyMetric.HEADCOUNT)[d] * wage, r.series(DailyMetric.WAGES)[d], 1e-3 * wage, "day " + d);
            double customersAtOpening = d == 0 ? Double.NaN : r.series(DailyMetric.CUSTOMERS)[d - 1];
            if (d > 0) {
                assertEquals(
                        200 * customersAtOpening / 1000.0 * 12 / 365.0,
                        r.series(DailyMetric.PREVENTION)[d],
                        1e-3,
                        "prevention is paid per customer at the day's opening");
            }
            double costs = 0;
            for (LedgerLine line : LedgerLine.values()) {
                if (line.isCost()) {
                    costs += r.series(DailyMetric.valueOf(line.metric()))[d];
                }
            }
            double net = r.series(DailyMetric.GROSS_PROFIT)[d] - costs;
            assertEquals(net, r.series(DailyMetric.NET_CONTRIBUTION)[d], 1e-2);
            cumulative += net;
            assertEquals(
                    cumulative,
                    r.series(DailyMetric.CUMULATIVE_NET_CONTRIBUTION)[d],
                    1e-2 + 1e-5 * Math.abs(cumulative));
            double utilisation = r.series(DailyMetric.UTILISATION)[d];
            assertTrue(Double.isNaN(utilisation) || (utilisation >= 0 && utilisation <= 1));
            double fcr = r.series(DailyMetric.FIRST_CONTACT_RESOLUTION)[d];
            assertTrue(Double.isNaN(fcr) || (fcr >= 0 && fcr <= 1));
            double mean = r.series(DailyMetric.MEAN_RESOLUTION_DAYS)[d];
            double p90 = r.series(DailyMetric.P90_RESOLUTION_DAYS)[d];
            assertEquals(Double.isNaN(mean), Double.isNaN(p90));
            assertEquals(Double.isNaN(mean), r.series(DailyMetric.RESOLVED)[d] == 0, "day " + d);
        }
        assertTrue(sum(r, DailyMetric.NEW_PAID) > 0);
        assertTrue(sum(r, DailyMetric.PURCHASES) > 0);
        assertTrue(sum(r, DailyMetric.RESOLVED) > 0);
    }

    @Test
    void theSummaryAddsUpTheDailySeries() {
        RunResult r = new CustomerJourneyModel(scenario(), 6).run();
        double customerYears = sum(r, DailyMetric.CUSTOMERS) / 365.0;
        assertEquals(last(r, DailyMetric.CUSTOMERS), r.get(SummaryMetric.CUSTOMERS), 1e-6);
        assertEquals(last(r, DailyMetric.CUSTOMERS) / PEOPLE, r.get(SummaryMetric.CUSTOMER_SHARE), 1e-6);
        assertEquals(last(r, DailyMetric.UNAWARE), r.get(SummaryMetric.UNAWARE), 1e-6);
        assertEquals(last(r, DailyMetric.AWARE), r.get(SummaryMetric.AWARE), 1e-6);
        assertEquals(last(r, DailyMetric.CHURNED), r.get(SummaryMetric.CHURNED), 1e-6);
        assertEquals(last(r, DailyMetric.NPS), r.get(SummaryMetric.NPS), 1e-4);
        assertEquals(last(r, DailyMetric.MEAN_SATISFACTION), r.get(SummaryMetric.MEAN_SATISFACTION), 1e-4);
        double customers = last(r, DailyMetric.CUSTOMERS);
        assertEquals(last(r, DailyMetric.PROMOTERS) / customers, r.get(SummaryMetric.PROMOTER_SHARE), 1e-6);
        assertEquals(last(r, DailyMetric.PASSIVES) / customers, r.get(SummaryMetric.PASSIVE_SHARE), 1e-6);
        assertEquals(last(r, DailyMetric.DETRACTORS) / customers, r.get(SummaryMetric.DETRACTOR_SHARE), 1e-6);
        assertEquals(last(r, DailyMetric.ADVOCATES), r.get(SummaryMetric.ADVOCATES), 1e-6);
        assertEquals(last(r, DailyMetric.REPEAT_CUSTOMERS), r.get(SummaryMetric.REPEAT_CUSTOMERS), 1e-6);
        double lost = sum(r, DailyMetric.LOST);
        assertEquals(1 - Math.exp(-lost / customerYears), r.get(SummaryMetric.ANNUAL_CHURN), 1e-6);
        assertEquals(Math.exp(-lost / customerYears), r.get(SummaryMetric.ANNUAL_RETENTION), 1e-6);
        double paid = sum(r, DailyMetric.NEW_PAID);
        double referred = sum(r, DailyMetric.NEW_REFERRED);
        assertEquals(paid, r.get(SummaryMetric.NEW_PAID), 1e-6);
        assertEquals(referred, r.get(SummaryMetric.NEW_REFERRED), 1e-6);
        assertEquals(referred / (paid + referred), r.get(SummaryMetric.REFERRED_SHARE), 1e-6);
        double purchases = sum(r, DailyMetric.PURCHASES);
        assertEquals(purchases, r.get(SummaryMetric.PURCHASES), 1e-6);
        assertEquals(purchases, r.get(SummaryMetric.FIRST_PURCHASES) + r.get(SummaryMetric.REPEAT_PURCHASES), 1e-6);
        assertTrue(r.get(SummaryMetric.FIRST_PURCHASES) > 0);
        assertEquals(purchases / customerYears, r.get(SummaryMetric.PURCHASES_PER_CUSTOMER_YEAR), 1e-6);
        double issues = sum(r, DailyMetric.ISSUES);
        double complaints = sum(r, DailyMetric.COMPLAINTS);
        assertEquals(issues / purchases, r.get(SummaryMetric.ISSUE_RATE), 1e-6);
        assertEquals(complaints / issues, r.get(SummaryMetric.VOICE_RATE), 1e-6);
        assertEquals(complaints, r.get(SummaryMetric.COMPLAINTS), 1e-6);
        assertEquals(sum(r, DailyMetric.SILENT_ISSUES), r.get(SummaryMetric.SILENT_ISSUES), 1e-6);
        double service = r.get(SummaryMetric.WAGES) + r.get(SummaryMetric.TIER2) + r.get(SummaryMetric.GOODWILL);
        assertEquals(service, r.get(SummaryMetric.SERVICE_COST), 1e-6 * service);
        assertEquals(service / r.get(SummaryMetric.REVENUE), r.get(SummaryMetric.SERVICE_COST_SHARE), 1e-6);
        for (LedgerLine line : LedgerLine.values()) {
            double total = sum(r, DailyMetric.valueOf(line.metric()));
            assertEquals(
                    total, r.get(SummaryMetric.valueOf(line.metric())), 1e-3 + 1e-5 * Math.abs(total), line.name());
        }
        assertEquals(
                sum(r, DailyMetric.NET_CONTRIBUTION),
                r.get(SummaryMetric.NET_CONTRIBUTION),
                1e-5 * Math.abs(r.get(SummaryMetric.NET_CONTRIBUTION)));
        assertEquals(
                last(r, DailyMetric.CUMULATIVE_NPV),
                r.get(SummaryMetric.NPV),
                1e-5 * Math.abs(r.get(SummaryMetric.NPV)));
        double headcountDays = sum(r, DailyMetric.HEADCOUNT);
        assertEquals(headcountDays / DAYS, r.get(SummaryMetric.MEAN_HEADCOUNT), 1e-6);
        assertEquals(sum(r, DailyMetric.MEAN_STRESS) / DAYS, r.get(SummaryMetric.MEAN_STRESS), 1e-6);
        assertEquals(
                1 - Math.exp(-sum(r, DailyMetric.QUITS) / (headcountDays / 365.0)),
                r.get(SummaryMetric.EMPLOYEE_TURNOVER),
                1e-9);
        assertEquals(sum(r, DailyMetric.WOM_POSITIVE), r.get(SummaryMetric.WOM_POSITIVE), 1e-6);
        assertEquals(sum(r, DailyMetric.WOM_NEGATIVE), r.get(SummaryMetric.WOM_NEGATIVE), 1e-6);
        assertEquals(sum(r, DailyMetric.ABANDONED), r.get(SummaryMetric.ABANDONED), 1e-6);
        double gross = r.get(SummaryMetric.GROSS_PROFIT);
        assertEquals(
                gross,
                r.get(SummaryMetric.GROSS_PROFIT_REFERRED) + r.get(SummaryMetric.GROSS_PROFIT_NONREFERRED),
                1e-6 * gross);
        double median = r.get(SummaryMetric.MEDIAN_RESOLUTION_DAYS);
        assertTrue(median > 0 && median <= r.get(SummaryMetric.P90_RESOLUTION_DAYS));
        double fcr = r.get(SummaryMetric.FIRST_CONTACT_RESOLUTION);
        assertTrue(fcr > 0 && fcr <= 1);
        assertTrue(r.get(SummaryMetric.CONTACTS_PER_COMPLAINT) >= 1);
        double escalation = r.get(SummaryMetric.ESCALATION_RATE);
        assertTrue(escalation >= 0 && escalation <= 1);
        double utilisation = r.get(SummaryMetric.UTILISATION);
        assertTrue(utilisation > 0 && utilisation < 1);
        assertTrue(r.get(SummaryMetric.MEAN_WAIT_HOURS) >= 0);
        assertTrue(r.get(SummaryMetric.CUSTOMER_DAYS_NONREFERRED) <= sum(r, DailyMetric.CUSTOMERS));
        assertTrue(r.get(SummaryMetric.CUSTOMER_DAYS_NONREFERRED) > 0);
    }

    @Test
    void withoutStaffEveryComplaintBecomesAGrievanceOnceThePatienceRunsOut() {
        ScenarioParams s = scenario("service.minAgents", 0, "strategy.agentsPer1000Customers", 0.0);
        CustomerJourneyModel model = new CustomerJourneyModel(s, 7);
        RunResult r = model.run();
        assertEquals(0.0, sum(r, DailyMetric.RESOLVED));
        assertEquals(0.0, sum(r, DailyMetric.WAGES));
        Run w = model.current();
        double patience = s.customers().patience().patienceDays();
        int grievances = 0;
        for (Case k : w.cases.listed()) {
            if (k.closed) {
                continue;
            }
            boolean due = DAYS - 1 >= k.issueTime + patience;
            assertEquals(due, k.grievance, "issue at " + k.issueTime);
            if (due) {
                grievances++;
                assertTrue(w.market.people().has(k.person, Population.GRIEVANCE));
                assertTrue(w.market.atRisk().contains(k.person));
                assertTrue(k.damage >= s.customers().patience().patiencePenalty());
            }
        }
        assertTrue(grievances > 0);
        for (Case k : w.cases.listed()) {
            // cases closed by churn on the last day are pruned at the start of the next, which never comes
            assertTrue(!k.closed || k.closedTime >= DAYS - 1, "closed cases leave the open list");
        }
    }

    @Test
    void listeningToResolvedComplaintsTeachesTheCompanyAndDeafnessDoesNot() {
        float deaf = last(
                new CustomerJourneyModel(scenario("strategy.listening", 0.0, "market.learnRate", 0.5), 8).run(),
                DailyMetric.ISSUE_FACTOR);
        float listening = last(
                new CustomerJourneyModel(scenario("strategy.listening", 1.0, "market.learnRate", 0.5), 8).run(),
                DailyMetric.ISSUE_FACTOR);
        assertEquals(1.0, deaf, 1e-6, "the factor starts at 1 and drifts back to 1");
        assertTrue(listening < 0.95, "learned factor " + listening);
        assertTrue(listening >= ScenarioParams.defaults().market().learnFloor());
    }

    @Test
    void theLastDaysRecordIsTheWorldAtTheEndAndTheTotalsAreTheSumsOfTheDays() {
        ScenarioParams s = scenario();
        CustomerJourneyModel model = new CustomerJourneyModel(s, 9);
        RunResult r = model.run();
        Run w = model.current();
        int promoters = 0;
        int detractors = 0;
        int advocates = 0;
        int repeat = 0;
        double sum = 0;
        for (int i = 0; i < PEOPLE; i++) {
            if (!w.market.people().isCustomer(i)) {
                continue;
            }
            double v = w.market.people().satisfaction[i];
            sum += v;
            promoters += v >= 9 ? 1 : 0;
            detractors += v <= 6 ? 1 : 0;
            advocates += w.market.people().has(i, Population.ADVOCATE) ? 1 : 0;
            repeat += w.market.people().purchases[i] >= 2
                            || w.market.people().origin[i] == org.cjsim.customer.Origin.INITIAL.ordinal()
                    ? 1
                    : 0;
        }
        int customers = w.market.customers().size();
        assertEquals(customers, last(r, DailyMetric.CUSTOMERS));
        assertEquals(promoters, last(r, DailyMetric.PROMOTERS));
        assertEquals(detractors, last(r, DailyMetric.DETRACTORS));
        assertEquals(customers - promoters - detractors, last(r, DailyMetric.PASSIVES));
        assertEquals(advocates, last(r, DailyMetric.ADVOCATES));
        assertEquals(repeat, last(r, DailyMetric.REPEAT_CUSTOMERS));
        assertEquals(sum / customers, last(r, DailyMetric.MEAN_SATISFACTION), 1e-5);
        assertEquals(100.0 * (promoters - detractors) / customers, last(r, DailyMetric.NPS), 1e-4);
        assertEquals(w.workforce.headcount(), last(r, DailyMetric.HEADCOUNT));
        assertEquals(w.workforce.vacancies(), last(r, DailyMetric.VACANCIES));
        assertEquals(w.workforce.meanStress(), last(r, DailyMetric.MEAN_STRESS), 1e-6);
        assertEquals(w.workforce.meanSkill(), last(r, DailyMetric.MEAN_SKILL), 1e-6);
        assertEquals(w.learning.factor(), last(r, DailyMetric.ISSUE_FACTOR), 1e-6);
        assertEquals(w.desk.queueLength(), last(r, DailyMetric.QUEUE_LENGTH));

        assertEquals(sum(r, DailyMetric.CUSTOMERS), w.totals.customerDays, 1e-6);
        assertEquals(sum(r, DailyMetric.PROMOTERS), w.totals.segmentDays[0], 1e-6);
        assertEquals(sum(r, DailyMetric.PASSIVES), w.totals.segmentDays[1], 1e-6);
        assertEquals(sum(r, DailyMetric.DETRACTORS), w.totals.segmentDays[2], 1e-6);
        assertEquals(sum(r, DailyMetric.HEADCOUNT), w.totals.headcountDays, 1e-6);
        assertTrue(w.totals.promoterDays >= w.totals.segmentDays[0], "former customers talk too");
        assertTrue(w.totals.detractorDays >= w.totals.segmentDays[2], "former detractors keep talking");
        for (int d = 0; d < DAYS; d++) {
            assertEquals(
                    r.series(DailyMetric.HIRES)[d] * s.employees().hiringCost(),
                    r.series(DailyMetric.HIRING)[d],
                    1e-3,
                    "day " + d);
        }
    }

    @Test
    void eachDaysResolutionTimesAreThoseOfTheCasesResolvedThatDay() {
        CustomerJourneyModel model = new CustomerJourneyModel(scenario(), 10);
        RunResult r = model.run();
        double[] all = model.current().totals.resolutionDays.toArray();
        int from = 0;
        int days = 0;
        for (int d = 0; d < DAYS; d++) {
            int n = (int) r.series(DailyMetric.RESOLVED)[d];
            if (n == 0) {
                continue;
            }
            double[] today = java.util.Arrays.copyOfRange(all, from, from + n);
            from += n;
            java.util.Arrays.sort(today);
            double mean = java.util.Arrays.stream(today).average().orElseThrow();
            assertEquals(mean, r.series(DailyMetric.MEAN_RESOLUTION_DAYS)[d], 1e-4 * (1 + mean), "day " + d);
            assertEquals(
                    Summaries.quantile(today, 0.9), r.series(DailyMetric.P90_RESOLUTION_DAYS)[d], 1e-4 * (1 + mean));
            days++;
        }
        assertEquals(all.length, from);
        assertTrue(days > 10);
        double[] sorted = all.clone();
        java.util.Arrays.sort(sorted);
        assertEquals(Summaries.quantile(sorted, 0.5), r.get(SummaryMetric.MEDIAN_RESOLUTION_DAYS), 1e-9);
        assertEquals(Summaries.quantile(sorted, 0.9), r.get(SummaryMetric.P90_RESOLUTION_DAYS), 1e-9);
    }

    @Test
    void quantilesInterpolateBetweenSortedValues() {
        assertEquals(2.5, Summaries.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(3.7, Summaries.quantile(new double[] {1, 2, 3, 4}, 0.9), 1e-12);
        assertEquals(4.0, Summaries.quantile(new double[] {1, 2, 3, 4}, 1.0), 1e-12);
        assertEquals(5.0, Summaries.quantile(new double[] {5}, 0.9), 1e-12);
        assertTrue(Double.isNaN(Summaries.quantile(new double[0], 0.5)));
        assertEquals(1 - Math.exp(-2), Summaries.annualShare(2), 1e-12);
    }
}

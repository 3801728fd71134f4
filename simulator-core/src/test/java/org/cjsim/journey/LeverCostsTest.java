package org.cjsim.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.StrategyParams;
import org.junit.jupiter.api.Test;

/**
 * The costs of the levers (listening, clarity, triage, faster escalation, latitude): each booked at its
 * documented one-off and running amount, zero only where its formula says so, growing with its lever and
 * with the company's size, and subtracted from the net contribution of a run.
 */
class LeverCostsTest {
    private static final double MONTH = 12 / 365.0;
    private static final double HOURLY = 40000 / 1800.0;
    private static final LedgerLine[] LEVER_LINES = {
        LedgerLine.LISTENING, LedgerLine.CLARITY, LedgerLine.TRIAGE, LedgerLine.ESCALATION, LedgerLine.LATITUDE
    };

    /** The defaults with round costs and levers, and the changes given. */
    private static ScenarioParams scenario(Object... pathsAndValues) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("employees.annualWage", 40000);
        changes.put("costs.workHoursPerYear", 1800);
        changes.put("costs.listeningSetup", 1000);
        changes.put("costs.listeningRunning", 150);
        changes.put("costs.listeningPerReport", 0);
        changes.put("costs.claritySetup", 2000);
        changes.put("costs.clarityTrainingHours", 18);
        changes.put("costs.triageSetupPerAgent", 500);
        changes.put("costs.triageLicence", 40);
        changes.put("costs.escalationStandby", 60);
        changes.put("costs.escalationReferenceDays", 5);
        changes.put("costs.latitudeHireHours", 16);
        changes.put("costs.latitudeRefresherHours", 8);
        changes.put("strategy.listening", 0.5);
        changes.put("strategy.clarity", 0.5);
        changes.put("strategy.triage", true);
        changes.put("strategy.escalationDays", 2);
        changes.put("strategy.latitude", 0.5);
        for (int k = 0; k < pathsAndValues.length; k += 2) {
            changes.put((String) pathsAndValues[k], pathsAndValues[k + 1]);
        }
        return Params.with(ScenarioParams.defaults(), changes);
    }

    /** One day's lever costs booked by {@code costs} on a fresh ledger. */
    private static Ledger day(LeverCosts costs, ScenarioParams s, int customers, int agents, int hires) {
        Ledger ledger = new Ledger(0.1);
        costs.book(s, customers, agents, hires, ledger);
        return ledger;
    }

    @Test
    void theFirstDayPaysTheOneOffPartsAndEveryDayTheRunningParts() {
        ScenarioParams s = scenario();
        LeverCosts costs = new LeverCosts();
        Ledger first = day(costs, s, 2000, 4, 0);
        assertEquals(0.5 * 1000 * 2 + 0.5 * 150 * 2 * MONTH, first.today(LedgerLine.LISTENING), 1e-9);
        assertEquals(0.5 * 2000 * 2 + 0.5 * 18 * 4 * HOURLY / 365, first.today(LedgerLine.CLARITY), 1e-9);
        assertEquals(500 * 4 + 40 * 4 * MONTH, first.today(LedgerLine.TRIAGE), 1e-9);
        assertEquals(60 * 2 * MONTH * 5 / 2.0, first.today(LedgerLine.ESCALATION), 1e-9);
        assertEquals(0.5 * 16 * 4 * HOURLY + 0.5 * HOURLY * 8 * 4 / 365, first.today(LedgerLine.LATITUDE), 1e-9);

        Ledger next = day(costs, s, 3000, 5, 2);
        assertEquals(0.5 * 150 * 3 * MONTH, next.today(LedgerLine.LISTENING), 1e-9);
        assertEquals(0.5 * 18 * 5 * HOURLY / 365, next.today(LedgerLine.CLARITY), 1e-9);
        assertEquals(40 * 5 * MONTH, next.today(LedgerLine.TRIAGE), 1e-9);
        assertEquals(60 * 3 * MONTH * 5 / 2.0, next.today(LedgerLine.ESCALATION), 1e-9);
        assertEquals(
                0.5 * HOURLY * (16 * 2 + 8 * 5 / 365.0),
                next.today(LedgerLine.LATITUDE),
                1e-9,
                "each new hire is trained in using authority");
    }

    @Test
    void aLeverRaisedDuringTheRunPaysTheSetUpOfTheRiseAndALoweredOneNothing() {
        LeverCosts costs = new LeverCosts();
        day(costs, scenario(), 2000, 4, 0);
        ScenarioParams more = scenario("strategy.listening", 0.8, "strategy.clarity", 0.2, "strategy.latitude", 0.7);
        Ledger raised = day(costs, more, 2000, 4, 0);
        assertEquals((0.8 - 0.5) * 1000 * 2 + 0.8 * 150 * 2 * MONTH, raised.today(LedgerLine.LISTENING), 1e-9);
        assertEquals(0.2 * 18 * 4 * HOURLY / 365, raised.today(LedgerLine.CLARITY), 1e-9, "no refund");
        assertEquals(
                (0.7 - 0.5) * 16 * 4 * HOURLY + 0.7 * HOURLY * 8 * 4 / 365,
                raised.today(LedgerLine.LATITUDE),
                1e-9,
                "the agents are trained for the added authority");
        Ledger back = day(costs, scenario(), 2000, 4, 0);
        assertEquals(
                0.5 * 2000 * 2 * 0 + 0.5 * 18 * 4 * HOURLY / 365,
                back.today(LedgerLine.CLARITY),
                1e-9,
                "clarity back at the level paid for: nothing to set up again");

        LeverCosts triage = new LeverCosts();
        day(triage, scenario("strategy.triage", false), 2000, 4, 0);
        assertEquals(
                500 * 6 + 40 * 6 * MONTH,
                day(triage, scenario(), 2000, 6, 0).today(LedgerLine.TRIAGE),
                1e-9,
                "triage switched on later is set up then, for the agents of that day");
        assertEquals(40 * 6 * MONTH, day(triage, scenario(), 2000, 6, 0).today(LedgerLine.TRIAGE), 1e-9);

        LeverCosts withHires = new LeverCosts();
        assertEquals(
                0.5 * 16 * (4 - 1) * HOURLY + 0.5 * HOURLY * (16 * 1 + 8 * 4 / 365.0),
                day(withHires, scenario(), 2000, 4, 1).today(LedgerLine.LATITUDE),
                1e-9,
                "a hire who starts on the day of the set-up is trained once, as a hire");
    }

    @Test
    void aCostIsZeroOnlyWhereItsFormulaSaysSo() {
        ScenarioParams off = scenario(
                "strategy.listening", 0.0, "strategy.clarity", 0.0, "strategy.triage", false, "strategy.latitude", 0.0);
        Ledger none = day(new LeverCosts(), off, 2000, 4, 3);
        for (LedgerLine line :
                new LedgerLine[] {LedgerLine.LISTENING, LedgerLine.CLARITY, LedgerLine.TRIAGE, LedgerLine.LATITUDE}) {
            assertEquals(0.0, none.today(line), line.name());
        }
        for (double days : new double[] {0.1, 2, 60}) {
            double escalation = day(new LeverCosts(), scenario("strategy.escalationDays", days), 2000, 4, 0)
                    .today(LedgerLine.ESCALATION);
            assertEquals(60 * 2 * MONTH * 5 / days, escalation, 1e-9);
            assertTrue(escalation > 0, "faster escalation costs something at every allowed time");
        }
        Ledger empty = day(new LeverCosts(), scenario(), 0, 0, 0);
        for (LedgerLine line : LEVER_LINES) {
            assertEquals(0.0, empty.today(line), "no customers and no agents: " + line.name());
        }
        Ledger started = day(new LeverCosts(), scenario(), 2000, 4, 0);
        for (LedgerLine line : LEVER_LINES) {
            assertTrue(started.today(line) > 0, line.name());
        }
    }

    @Test
    void moreOfALeverAndABiggerCompanyCostMore() {
        Map<LedgerLine, Object[]> lessAndMore = Map.of(
                LedgerLine.LISTENING, new Object[] {"strategy.listening", 0.3, 0.6},
                LedgerLine.CLARITY, new Object[] {"strategy.clarity", 0.7, 0.9},
                LedgerLine.TRIAGE, new Object[] {"strategy.triage", false, true},
                LedgerLine.ESCALATION, new Object[] {"strategy.escalationDays", 2.0, 1.0},
                LedgerLine.LATITUDE, new Object[] {"strategy.latitude", 0.4, 0.8});
        for (LedgerLine line : LEVER_LINES) {
            Object[] lm = lessAndMore.get(line);
            for (boolean firstDay : new boolean[] {true, false}) {
                double less = cost(line, scenario(lm[0], lm[1]), firstDay, 2000, 4);
                double more = cost(line, scenario(lm[0], lm[2]), firstDay, 2000, 4);
                assertTrue(more > less, line + (firstDay ? " on day 0" : " on a later day"));
                double bigger = cost(line, scenario(lm[0], lm[2]), firstDay, 4000, 8);
                assertEquals(2 * more, bigger, 1e-9 * more, line + ": twice the company, twice the cost");
            }
        }
    }

    private static double cost(LedgerLine line, ScenarioParams s, boolean firstDay, int customers, int agents) {
        LeverCosts costs = new LeverCosts();
        Ledger first = day(costs, s, customers, agents, 0);
        return firstDay
                ? first.today(line)
                : day(costs, s, customers, agents, 0).today(line);
    }

    // ---------------------------------------------------------------- in a run

    private static ScenarioParams small(Object... pathsAndValues) {
        Object[] all = new Object[pathsAndValues.length + 6];
        all[0] = "market.population";
        all[1] = 400;
        all[2] = "horizon.days";
        all[3] = 60;
        all[4] = "market.innovationRate";
        all[5] = 0.01;
        System.arraycopy(pathsAndValues, 0, all, 6, pathsAndValues.length);
        return scenario(all);
    }

    @Test
    void everyComplaintReportedToTheRootCauseTeamCostsItsWork() {
        // Listening 1 reports every resolved complaint: the day's cost is the per-report cost times the day's
        // resolutions; listening 0 reports none.
        RunResult all = new CustomerJourneyModel(
                        small(
                                "strategy.listening", 1.0,
                                "costs.listeningSetup", 0,
                                "costs.listeningRunning", 0,
                                "costs.listeningPerReport", 25),
                        11)
                .run();
        float[] cost = all.series(DailyMetric.LISTENING_COST);
        float[] resolved = all.series(DailyMetric.RESOLVED);
        double reports = 0;
        for (int d = 0; d < cost.length; d++) {
            assertEquals(25.0 * resolved[d], cost[d], 1e-3, "day " + d);
            reports += resolved[d];
        }
        assertTrue(reports >= 10, "complaints resolved: " + reports);
        RunResult none = new CustomerJourneyModel(
                        small(
                                "strategy.listening", 0.0,
                                "costs.listeningSetup", 0,
                                "costs.listeningRunning", 0,
                                "costs.listeningPerReport", 25),
                        11)
                .run();
        assertEquals(0.0, none.get(SummaryMetric.LISTENING_COST));
    }

    private static double sum(RunResult r, DailyMetric m) {
        double s = 0;
        for (float v : r.series(m)) {
            s += v;
        }
        return s;
    }

    @Test
    void theLeverCostsArePaidDailyInARunAndLowerItsNetContributionByTheirSum() {
        ScenarioParams s = small();
        RunResult paid = new CustomerJourneyModel(s, 11).run();
        ScenarioParams free = small(
                "costs.listeningSetup", 0,
                "costs.listeningRunning", 0,
                "costs.claritySetup", 0,
                "costs.clarityTrainingHours", 0,
                "costs.triageSetupPerAgent", 0,
                "costs.triageLicence", 0,
                "costs.escalationStandby", 0,
                "costs.latitudeHireHours", 0,
                "costs.latitudeRefresherHours", 0);
        RunResult unpaid = new CustomerJourneyModel(free, 11).run();
        double leverCosts = 0;
        for (SummaryMetric m : new SummaryMetric[] {
            SummaryMetric.LISTENING_COST,
            SummaryMetric.CLARITY_COST,
            SummaryMetric.TRIAGE_COST,
            SummaryMetric.ESCALATION_COST,
            SummaryMetric.LATITUDE_COST
        }) {
            assertTrue(paid.get(m) > 0, m.key());
            assertEquals(0.0, unpaid.get(m), m.key());
            leverCosts += paid.get(m);
        }
        assertEquals(
                paid.get(SummaryMetric.GROSS_PROFIT), unpaid.get(SummaryMetric.GROSS_PROFIT), "costs change no draw");
        assertEquals(
                unpaid.get(SummaryMetric.NET_CONTRIBUTION) - leverCosts,
                paid.get(SummaryMetric.NET_CONTRIBUTION),
                1e-6 * leverCosts);
        assertTrue(paid.get(SummaryMetric.NPV) < unpaid.get(SummaryMetric.NPV));

        float[] customers = paid.series(DailyMetric.CUSTOMERS);
        float[] listening = paid.series(DailyMetric.LISTENING_COST);
        float[] escalation = paid.series(DailyMetric.ESCALATION_COST);
        for (int d = 1; d < customers.length; d++) {
            double thousands = customers[d - 1] / 1000.0;
            assertEquals(0.5 * 150 * thousands * MONTH, listening[d], 1e-4, "day " + d);
            assertEquals(60 * thousands * MONTH * 5 / 2.0, escalation[d], 1e-4, "day " + d);
        }
        double dayZeroCustomers = listening[0] / (0.5 * 1000 / 1000.0 + 0.5 * 150 / 1000.0 * MONTH);
        assertEquals(Math.rint(dayZeroCustomers), dayZeroCustomers, 1e-3, "set-up and running cost of whole customers");
        assertTrue(
                Math.abs(dayZeroCustomers - customers[0]) < 10 && dayZeroCustomers > 40,
                "the set-up is paid on day 0, for the customers of day 0: " + dayZeroCustomers);
        assertEquals(
                sum(paid, DailyMetric.TRIAGE_COST), paid.get(SummaryMetric.TRIAGE_COST), 1e-3, "summary = daily sum");
    }

    @Test
    void aStrategyWithMoreOfEachLeverPaysMoreForEach() {
        ScenarioParams less = small(
                "strategy.listening", 0.3,
                "strategy.clarity", 0.6,
                "strategy.triage", false,
                "strategy.escalationDays", 3,
                "strategy.latitude", 0.3);
        ScenarioParams more = small(
                "strategy.listening", 0.8,
                "strategy.clarity", 0.95,
                "strategy.triage", true,
                "strategy.escalationDays", 1,
                "strategy.latitude", 0.8);
        RunResult a = new CustomerJourneyModel(less, 3).run();
        RunResult b = new CustomerJourneyModel(more, 3).run();
        for (SummaryMetric m : new SummaryMetric[] {
            SummaryMetric.LISTENING_COST,
            SummaryMetric.CLARITY_COST,
            SummaryMetric.TRIAGE_COST,
            SummaryMetric.ESCALATION_COST,
            SummaryMetric.LATITUDE_COST
        }) {
            assertTrue(b.get(m) > a.get(m), m.key() + ": " + a.get(m) + " then " + b.get(m));
        }
    }

    @Test
    void aStrategyChangedDuringARunPaysForTheRiseFromTheNextDay() {
        CustomerJourneyModel model = new CustomerJourneyModel(small(), 5);
        model.start();
        while (model.schedule.getTime() < 10 && model.schedule.step(model)) {
            // the first ten days
        }
        StrategyParams st = model.strategy();
        model.setStrategy(new StrategyParams(
                st.agentsPer1000Customers(),
                st.triage(),
                st.escalationDays(),
                st.honesty(),
                st.clarity(),
                st.latitude(),
                st.goodwillCap(),
                st.refundRate(),
                st.prevention(),
                0.9,
                st.followUp(),
                st.referralReward(),
                st.marketingBudget()));
        while (model.schedule.step(model)) {
            // to the horizon
        }
        RunResult r = model.result();
        float[] customers = r.series(DailyMetric.CUSTOMERS);
        float[] listening = r.series(DailyMetric.LISTENING_COST);
        int change = -1;
        for (int d = 1; d < listening.length; d++) {
            double running = customers[d - 1] / 1000.0 * 150 * MONTH;
            if (change < 0 && Math.abs(listening[d] - 0.5 * running) > 1e-3) {
                change = d;
                assertEquals((0.9 - 0.5) * 1000 * customers[d - 1] / 1000.0, listening[d] - 0.9 * running, 1e-3);
            } else if (change > 0) {
                assertEquals(0.9 * running, listening[d], 1e-3, "the rise is set up once: day " + d);
            }
        }
        assertTrue(change > 0);
    }
}

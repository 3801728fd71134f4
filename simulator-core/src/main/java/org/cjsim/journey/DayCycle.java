package org.cjsim.journey;

import java.util.Arrays;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.IndexSet;
import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderTracker;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.StrategyParams;
import org.cjsim.service.ServiceDesk;
import org.cjsim.service.Workforce;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The first event of every integer time {@code t}: it closes day {@code t - 1} (ledger, metrics, retention
 * ladder) and opens day {@code t}: the strategy in force, learning, the day's rates, the workforce
 * (stress, skill, quits, hires, staffing plan), the desk's shift, patience, and the day's fixed costs
 * (wages, marketing, prevention, hiring, and the levers' costs: {@link LeverCosts}). At the horizon it ends the run.
 */
final class DayCycle implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CustomerJourneyModel model;
    private final Today today;
    private final Learning learning;
    private final Market market;
    private final Voice voice;
    private final ServiceDesk desk;
    private final Workforce workforce;
    private final Ledger ledger;
    private final MetricsRecorder recorder;
    private final LadderTracker ladder;
    private final Totals totals;
    private final LeverCosts leverCosts = new LeverCosts();
    private int resolvedAtStartOfDay;
    private long closedAtFirstContactBefore;
    private long closedBefore;

    DayCycle(
            CustomerJourneyModel model,
            Today today,
            Learning learning,
            Market market,
            Voice voice,
            ServiceDesk desk,
            Workforce workforce,
            Ledger ledger,
            MetricsRecorder recorder,
            LadderTracker ladder,
            Totals totals) {
        this.model = model;
        this.today = today;
        this.learning = learning;
        this.market = market;
        this.voice = voice;
        this.desk = desk;
        this.workforce = workforce;
        this.ledger = ledger;
        this.recorder = recorder;
        this.ladder = ladder;
        this.totals = totals;
    }

    @Override
    public void step(SimState state) {
        int t = (int) Math.round(state.schedule.getTime());
        if (t > 0) {
            close(t - 1);
        }
        if (t >= today.scenario().horizon().days()) {
            model.endRun();
            return;
        }
        open(t);
    }

    private void open(int t) {
        StrategyParams pending = model.takePendingStrategy();
        ScenarioParams s = pending == null ? today.scenario() : today.scenario().withStrategy(pending);
        today.begin(t, s, learning.learn(s.market(), market.customers().size()));
        desk.setTriage(s.strategy().triage());

        double yesterdayShift = t > 0 ? desk.shiftDays(t - 1) : 0;
        workforce.startDay(
                t,
                yesterdayShift,
                s.strategy().latitude(),
                plannedHeadcount(s, market.customers().size()));
        desk.scheduleShift(t);
        voice.patience(t);

        double yearFraction = 1 / 365.0;
        ledger.add(LedgerLine.WAGES, workforce.headcount() * s.employees().annualWage() * yearFraction);
        ledger.add(LedgerLine.HIRING, workforce.hiringCostToday());
        double monthFraction = 12 / 365.0;
        ledger.add(
                LedgerLine.MARKETING,
                s.strategy().marketingBudget() * s.market().population() / 1000.0 * monthFraction);
        ledger.add(
                LedgerLine.PREVENTION,
                s.strategy().prevention() * market.customers().size() / 1000.0 * monthFraction);
        leverCosts.book(s, market.customers().size(), workforce.headcount(), workforce.hiresToday(), ledger);
    }

    /** Staff needed for {@code customers} under the strategy's plan, never below the minimum. */
    static int plannedHeadcount(ScenarioParams s, int customers) {
        return Math.max(
                s.service().minAgents(), (int) Math.round(s.strategy().agentsPer1000Customers() * customers / 1000.0));
    }

    private void close(int d) {
        Population people = market.people();
        MetricsRecorder r = recorder;
        Workforce staff = workforce;
        ledger.closeDay(d);

        r.set(DailyMetric.UNAWARE, people.count(Stage.UNAWARE));
        r.set(DailyMetric.AWARE, people.count(Stage.AWARE));
        r.set(DailyMetric.CUSTOMERS, people.count(Stage.CUSTOMER));
        r.set(DailyMetric.CHURNED, people.count(Stage.CHURNED));
        satisfaction(r);
        for (LedgerLine line : LedgerLine.values()) {
            r.set(DailyMetric.valueOf(line.metric()), ledger.today(line));
        }
        r.set(DailyMetric.NET_CONTRIBUTION, ledger.netOfDay());
        r.set(DailyMetric.CUMULATIVE_NET_CONTRIBUTION, ledger.cumulativeNet());
        r.set(DailyMetric.CUMULATIVE_NPV, ledger.cumulativeNpv());

        desk.expire(d + 1);
        r.set(DailyMetric.QUEUE_LENGTH, desk.queueLength());
        r.set(DailyMetric.ABANDONED, desk.abandonedToday());
        double staffed = desk.staffedToday(d + 1);
        double worked = desk.workedToday(d + 1);
        r.set(DailyMetric.UTILISATION, staffed > 0 ? worked / staffed : Double.NaN);
        r.set(DailyMetric.MEAN_WAIT_HOURS, desk.meanWaitToday() * 24);
        resolutionOfTheDay(r);
        r.set(DailyMetric.HEADCOUNT, staff.headcount());
        r.set(DailyMetric.VACANCIES, staff.vacancies());
        r.set(DailyMetric.MEAN_STRESS, staff.meanStress());
        r.set(DailyMetric.MEAN_SKILL, staff.meanSkill());
        r.set(DailyMetric.QUITS, staff.quitsToday());
        r.set(DailyMetric.HIRES, staff.hiresToday());
        r.set(DailyMetric.ISSUE_FACTOR, learning.factor());

        int customers = market.customers().size();
        totals.customerDays += customers;
        totals.customerDaysNonReferred += customers - market.customers(Origin.REFERRED);
        totals.busy += worked;
        totals.staffed += staffed;
        totals.headcountDays += staff.headcount();
        totals.stressDays += staff.meanStress();
        talkerDays(market.churnedTalkers());

        ladder.evaluate(d, people::isCustomer);
        r.closeDay(d);
        ledger.startDay();
        desk.newDay();
        model.dayClosed(d);
    }

    /**
     * Promoters, passives, detractors, advocates and repeat customers among customers; NPS. The population keeps
     * these counts as people change, so that closing a day costs nothing per person.
     */
    private void satisfaction(MetricsRecorder r) {
        Population people = market.people();
        int promoters = people.promoters();
        int detractors = people.detractors();
        int advocates = people.advocates();
        int repeat = people.repeatCustomers();
        double sum = people.customerSatisfactionSum();
        int n = market.customers().size();
        r.set(DailyMetric.PROMOTERS, promoters);
        r.set(DailyMetric.DETRACTORS, detractors);
        r.set(DailyMetric.PASSIVES, n - promoters - detractors);
        r.set(DailyMetric.ADVOCATES, advocates);
        r.set(DailyMetric.REPEAT_CUSTOMERS, repeat);
        r.set(DailyMetric.NPS, n == 0 ? Double.NaN : 100.0 * (promoters - detractors) / n);
        r.set(DailyMetric.MEAN_SATISFACTION, n == 0 ? Double.NaN : sum / n);
        totals.promoterDays += promoters;
        totals.detractorDays += detractors;
        totals.segmentDays[0] += promoters;
        totals.segmentDays[1] += n - promoters - detractors;
        totals.segmentDays[2] += detractors;
    }

    private void talkerDays(IndexSet talkers) {
        for (int k = 0; k < talkers.size(); k++) {
            double s = market.people().satisfaction[talkers.get(k)];
            if (CustomerResponse.isPromoter(s)) {
                totals.promoterDays++;
            } else if (CustomerResponse.isDetractor(s)) {
                totals.detractorDays++;
            }
        }
    }

    /** Mean and 90th percentile of the resolution times of the complaints resolved today, and the day's FCR. */
    private void resolutionOfTheDay(MetricsRecorder r) {
        DoubleList all = totals.resolutionDays;
        int from = resolvedAtStartOfDay;
        int n = all.size() - from;
        resolvedAtStartOfDay = all.size();
        if (n == 0) {
            r.set(DailyMetric.MEAN_RESOLUTION_DAYS, Double.NaN);
            r.set(DailyMetric.P90_RESOLUTION_DAYS, Double.NaN);
            r.set(DailyMetric.FIRST_CONTACT_RESOLUTION, Double.NaN);
            return;
        }
        double[] today = all.range(from, from + n);
        Arrays.sort(today);
        r.set(DailyMetric.MEAN_RESOLUTION_DAYS, Arrays.stream(today).average().orElse(Double.NaN));
        r.set(DailyMetric.P90_RESOLUTION_DAYS, Summaries.quantile(today, 0.9));
        long firstToday = totals.closedAtFirstContact - closedAtFirstContactBefore;
        long closedToday = totals.closedByCompany - closedBefore;
        closedAtFirstContactBefore = totals.closedAtFirstContact;
        closedBefore = totals.closedByCompany;
        r.set(DailyMetric.FIRST_CONTACT_RESOLUTION, closedToday == 0 ? Double.NaN : (double) firstToday / closedToday);
    }
}

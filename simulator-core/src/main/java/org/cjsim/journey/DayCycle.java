package org.cjsim.journey;

import java.util.Arrays;
import java.util.List;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.customer.IndexSet;
import org.cjsim.customer.Origin;
import org.cjsim.customer.Population;
import org.cjsim.customer.Stage;
import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.MarketParams;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.StrategyParams;
import org.cjsim.service.Case;
import org.cjsim.service.ServiceDesk;
import org.cjsim.service.Workforce;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The first event of every integer time {@code t}: it closes day {@code t - 1} (ledger, metrics, retention
 * ladder) and opens day {@code t}: the strategy in force, learning, the day's rates, the workforce
 * (stress, skill, quits, hires, staffing plan), the desk's shift, patience, and the day's fixed costs
 * (wages, marketing, prevention, hiring). At the horizon it ends the run.
 */
final class DayCycle implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CustomerJourneyModel model;
    private final World world;
    private int resolvedAtStartOfDay;
    private long closedAtFirstContactBefore;
    private long closedBefore;

    DayCycle(CustomerJourneyModel model, World world) {
        this.model = model;
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        int t = (int) Math.round(state.schedule.getTime());
        if (t > 0) {
            close(t - 1);
        }
        if (t >= world.scenario.horizon().days()) {
            model.endRun();
            return;
        }
        open(t);
    }

    private void open(int t) {
        world.day = t;
        StrategyParams pending = model.takePendingStrategy();
        if (pending != null) {
            world.scenario = world.scenario.withStrategy(pending);
        }
        ScenarioParams s = world.scenario;
        world.desk.setTriage(s.strategy().triage());
        learn(s.market());
        world.rates = DailyRates.of(s, world.learnedFactor);

        Workforce staff = world.workforce;
        double yesterdayShift = t > 0 ? world.desk.shiftDays(t - 1) : 0;
        staff.startDay(t, yesterdayShift, s.strategy().latitude(), plannedHeadcount(s, world.customers.size()));
        world.desk.scheduleShift(t);
        patience(t);

        Ledger ledger = world.ledger;
        double yearFraction = 1 / 365.0;
        ledger.add(LedgerLine.WAGES, staff.headcount() * s.employees().annualWage() * yearFraction);
        ledger.add(LedgerLine.HIRING, staff.hiringCostToday());
        double monthFraction = 12 / 365.0;
        ledger.add(
                LedgerLine.MARKETING,
                s.strategy().marketingBudget() * s.market().population() / 1000.0 * monthFraction);
        ledger.add(LedgerLine.PREVENTION, s.strategy().prevention() * world.customers.size() / 1000.0 * monthFraction);
    }

    /** Staff needed for {@code customers} under the strategy's plan, never below the minimum. */
    static int plannedHeadcount(ScenarioParams s, int customers) {
        return Math.max(
                s.service().minAgents(), (int) Math.round(s.strategy().agentsPer1000Customers() * customers / 1000.0));
    }

    /**
     * Listening (docs/model.md, submodel 12): yesterday's reports close part of the gap between the learned issue factor
     * and its floor, in proportion to reports per 1,000 customers; without learning, the factor drifts back
     * towards 1.
     */
    private void learn(MarketParams m) {
        double perThousand = world.reportsToday * 1000.0 / Math.max(1, world.customers.size());
        world.reportsToday = 0;
        double f = world.learnedFactor;
        f -= Math.min(1, m.learnRate() * perThousand) * (f - m.learnFloor());
        f += m.forgetRate() / 365.0 * (1 - f);
        world.learnedFactor = Math.max(m.learnFloor(), Math.min(1, f));
    }

    /** A complaint unresolved past the customer's patience costs satisfaction once and raises the churn hazard. */
    private void patience(int t) {
        List<Case> open = world.openCases;
        double patienceDays = world.scenario.customers().patience().patienceDays();
        double penalty = world.scenario.customers().patience().patiencePenalty();
        int write = 0;
        for (int k = 0; k < open.size(); k++) {
            Case c = open.get(k);
            if (c.closed) {
                continue;
            }
            if (!c.grievance && t >= c.issueTime + patienceDays) {
                c.grievance = true;
                c.damage += penalty;
                world.people.set(c.person, Population.GRIEVANCE);
                world.atRisk.add(c.person);
                world.people.setSatisfaction(
                        c.person,
                        world.people.satisfaction[c.person] - penalty,
                        world.scenario.customers().experience().unreasonableCeiling());
            }
            open.set(write++, c);
        }
        open.subList(write, open.size()).clear();
    }

    private void close(int d) {
        Population people = world.people;
        MetricsRecorder r = world.recorder;
        Ledger ledger = world.ledger;
        ServiceDesk desk = world.desk;
        Workforce staff = world.workforce;
        World.Totals totals = world.totals;
        ledger.closeDay(d);

        r.set(DailyMetric.UNAWARE, people.count(Stage.UNAWARE));
        r.set(DailyMetric.AWARE, people.count(Stage.AWARE));
        r.set(DailyMetric.CUSTOMERS, people.count(Stage.CUSTOMER));
        r.set(DailyMetric.CHURNED, people.count(Stage.CHURNED));
        satisfaction(r);
        for (LedgerLine line : LedgerLine.values()) {
            r.set(DailyMetric.valueOf(line.name()), ledger.today(line));
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
        r.set(DailyMetric.ISSUE_FACTOR, world.learnedFactor);

        totals.customerDays += world.customers.size();
        totals.customerDaysNonReferred += world.customers.size() - world.customersByOrigin[Origin.REFERRED.ordinal()];
        totals.busy += worked;
        totals.staffed += staffed;
        totals.headcountDays += staff.headcount();
        totals.stressDays += staff.meanStress();
        talkerDays(world.churnedTalkers, totals);

        world.ladder.evaluate(d, people::isCustomer);
        r.closeDay(d);
        ledger.startDay();
        desk.newDay();
        model.dayClosed(d);
    }

    /** Promoters, passives, detractors, advocates and repeat customers among customers; NPS. */
    private void satisfaction(MetricsRecorder r) {
        Population people = world.people;
        int promoters = 0;
        int detractors = 0;
        int advocates = 0;
        int repeat = 0;
        double sum = 0;
        byte customer = (byte) Stage.CUSTOMER.ordinal();
        byte initial = (byte) Origin.INITIAL.ordinal();
        // A sequential pass over everyone reads memory in order, faster than the scattered customer set.
        for (int i = 0; i < people.size; i++) {
            if (people.stage[i] != customer) {
                continue;
            }
            double s = people.satisfaction[i];
            sum += s;
            if (CustomerResponse.isPromoter(s)) {
                promoters++;
            } else if (CustomerResponse.isDetractor(s)) {
                detractors++;
            }
            if (people.has(i, Population.ADVOCATE)) {
                advocates++;
            }
            if (people.purchases[i] >= 2 || people.origin[i] == initial) {
                repeat++;
            }
        }
        int n = world.customers.size();
        r.set(DailyMetric.PROMOTERS, promoters);
        r.set(DailyMetric.DETRACTORS, detractors);
        r.set(DailyMetric.PASSIVES, n - promoters - detractors);
        r.set(DailyMetric.ADVOCATES, advocates);
        r.set(DailyMetric.REPEAT_CUSTOMERS, repeat);
        r.set(DailyMetric.NPS, n == 0 ? Double.NaN : 100.0 * (promoters - detractors) / n);
        r.set(DailyMetric.MEAN_SATISFACTION, n == 0 ? Double.NaN : sum / n);
        world.totals.promoterDays += promoters;
        world.totals.detractorDays += detractors;
        world.totals.segmentDays[0] += promoters;
        world.totals.segmentDays[1] += n - promoters - detractors;
        world.totals.segmentDays[2] += detractors;
    }

    private void talkerDays(IndexSet talkers, World.Totals totals) {
        for (int k = 0; k < talkers.size(); k++) {
            double s = world.people.satisfaction[talkers.get(k)];
            if (CustomerResponse.isPromoter(s)) {
                totals.promoterDays++;
            } else if (CustomerResponse.isDetractor(s)) {
                totals.detractorDays++;
            }
        }
    }

    /** Mean and 90th percentile of the resolution times of the complaints resolved today, and the day's FCR. */
    private void resolutionOfTheDay(MetricsRecorder r) {
        World.DoubleList all = world.totals.resolutionDays;
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
        long firstToday = world.totals.closedAtFirstContact - closedAtFirstContactBefore;
        long closedToday = world.totals.closedByCompany - closedBefore;
        closedAtFirstContactBefore = world.totals.closedAtFirstContact;
        closedBefore = world.totals.closedByCompany;
        r.set(DailyMetric.FIRST_CONTACT_RESOLUTION, closedToday == 0 ? Double.NaN : (double) firstToday / closedToday);
    }
}

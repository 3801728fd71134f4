package org.cjsim.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.cjsim.customer.Population;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.RunResult;
import org.cjsim.network.SocialNetwork;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.StrategyParams;
import org.cjsim.random.RandomStreams;
import org.cjsim.service.Case;
import org.cjsim.service.Employee;
import org.cjsim.service.ServiceDesk;
import org.cjsim.service.Workforce;
import sim.engine.SimState;
import sim.engine.Stoppable;

/**
 * The customer-journey model on MASON: a market of people linked by friends-and-family ties who become
 * customers, buy, run into problems, complain or stay silent, are served by employees, grow more or less
 * satisfied, stay or leave, and tell their friends and family.
 *
 * <p>Time is in days. Each integer time runs, in this order: {@link DayCycle} (close yesterday, open
 * today), {@link AcquisitionPhase}, {@link PurchasePhase}, {@link WordOfMouthPhase} and {@link
 * ChurnPhase}, each one Steppable over primitive arrays. The service desk is event-driven within the day
 * (ordering {@link ServiceDesk#ORDERING}). The run is built anew from the seed in {@link #start()}, so
 * the same scenario and seed always give the same run.
 *
 * <p>Use {@link #run()} for a whole run, or step the schedule (the GUI does).
 */
public class CustomerJourneyModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final ScenarioParams scenario;
    private long replicationSeed;
    private transient Run run;
    private transient StrategyParams pendingStrategy;
    private transient IntConsumer dayListener;
    private final transient List<Stoppable> phases = new ArrayList<>();
    private boolean done;

    /**
     * @param scenario the parameters of the run
     * @param seed the replication seed every random stream derives from (all 64 bits are used)
     */
    public CustomerJourneyModel(ScenarioParams scenario, long seed) {
        super(seed);
        this.scenario = scenario;
        this.replicationSeed = seed;
    }

    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        this.replicationSeed = seed;
    }

    /** The replication seed, all 64 bits (MASON's {@link #seed()} keeps only 32). */
    public long replicationSeed() {
        return replicationSeed;
    }

    @Override
    public void start() {
        super.start();
        done = false;
        phases.clear();
        StrategyParams changed = pendingStrategy;
        run = new Run(changed == null ? scenario : scenario.withStrategy(changed), replicationSeed, schedule);
        pendingStrategy = null;
        random = run.streams.get(RandomStreams.SCHEDULE);
        phases.addAll(run.schedulePhases(this, schedule));
    }

    /** Runs the whole horizon from a fresh start and returns what it produced. */
    public RunResult run() {
        start();
        while (!done && schedule.step(this)) {
            // each step processes the events of the next timestamp
        }
        finish();
        return result();
    }

    /** What the run has produced so far (complete after the horizon). */
    public RunResult result() {
        return new RunResult(Summaries.of(run), run.recorder.table(), run.ladder.counts(), run.streams.seeds())
                .scaled(scenario.market().scale());
    }

    /** Called by the day cycle at the horizon: stops the phases and drops pending events. */
    void endRun() {
        done = true;
        for (Stoppable s : phases) {
            s.stop();
        }
        schedule.clear();
    }

    /** True once the horizon is reached. */
    public boolean isDone() {
        return done;
    }

    /**
     * Changes the strategy; the change takes effect at the start of the next day (before {@link
     * #start()}, it takes effect from day 0).
     */
    public void setStrategy(StrategyParams strategy) {
        this.pendingStrategy = strategy;
    }

    StrategyParams takePendingStrategy() {
        StrategyParams s = pendingStrategy;
        pendingStrategy = null;
        return s;
    }

    /** The strategy that will be in force tomorrow: a pending change, or the one in force today. */
    public StrategyParams strategy() {
        StrategyParams pending = pendingStrategy;
        if (pending != null) {
            return pending;
        }
        return run == null ? scenario.strategy() : run.today.strategy();
    }

    /** Calls {@code listener} with the index of every day as it closes (for progress reporting). */
    public void setDayListener(IntConsumer listener) {
        this.dayListener = listener;
    }

    void dayClosed(int day) {
        if (dayListener != null) {
            dayListener.accept(day);
        }
    }

    /** The scenario the model was built with (the strategy may have changed since: {@link #strategy()}). */
    public ScenarioParams scenario() {
        return scenario;
    }

    /** The current day. */
    public int day() {
        return run.today.day();
    }

    /** The people's state, for inspection. */
    public Population population() {
        return run.market.people();
    }

    /** The friends-and-family network. */
    public SocialNetwork network() {
        return run.network;
    }

    /** The most recently recorded value of a daily metric (NaN before the first day closes). */
    public double latest(DailyMetric metric) {
        return run.recorder.latest(metric);
    }

    /** The recorded value of a daily metric on a closed day. */
    public double value(DailyMetric metric, int day) {
        return run.recorder.value(metric, day);
    }

    /** Days closed so far. */
    public int daysRecorded() {
        return run.recorder.days();
    }

    /** The open complaint of person {@code i}, or null. */
    public Case openCase(int i) {
        return run.cases.of(i);
    }

    /** Contacts waiting at the service desk now. */
    public int queueLength() {
        return run.desk.queueLength();
    }

    /** The front-line employees at work. */
    public List<Employee> employees() {
        return run.workforce.employees();
    }

    /** The workforce, for inspection. */
    public Workforce workforce() {
        return run.workforce;
    }

    /** The current run, for tests of the phases in this package. */
    Run current() {
        return run;
    }

    /** The learned issue factor (1 = nothing learned yet). */
    public double learnedIssueFactor() {
        return run.learning.factor();
    }
}

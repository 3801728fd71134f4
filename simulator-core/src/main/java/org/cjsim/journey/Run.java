package org.cjsim.journey;

import java.util.List;
import org.cjsim.economy.Ledger;
import org.cjsim.metrics.LadderTracker;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.network.NetworkFactory;
import org.cjsim.network.SocialNetwork;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.RandomStreams;
import org.cjsim.service.ContactInbox;
import org.cjsim.service.ServiceDesk;
import org.cjsim.service.Workforce;
import sim.engine.Schedule;
import sim.engine.Stoppable;

/**
 * One run, assembled: its state (the market, the open cases, the day's conditions, the ledger and the
 * records) and the journey's rules, each given what it needs when it is built, in the order of their
 * dependencies. Contacts go to an inbox built before the desk, so that the rules raising them and the
 * handling reacting to them need no desk. Nothing here decides anything: the rules and the phases do.
 */
final class Run {
    final RandomStreams streams;
    final Today today;
    final Learning learning = new Learning();
    final SocialNetwork network;
    final Market market;
    final CaseBook cases;
    final Ledger ledger;
    final MetricsRecorder recorder;
    final LadderTracker ladder;
    final Totals totals = new Totals();
    final ContactInbox inbox;

    final Voice voice;
    final Experience experience;
    final Conversion conversion;
    final WordOfMouth wordOfMouth;
    final Churn churn;
    final Recovery recovery;
    final ComplaintHandling handling;
    final ServiceDesk desk;
    final Workforce workforce;

    /** Day 0 of {@code scenario} with the replication seed {@code seed}, its events on {@code schedule}. */
    Run(ScenarioParams scenario, long seed, Schedule schedule) {
        streams = new RandomStreams(seed);
        today = new Today(scenario);
        int n = scenario.market().population();
        network = NetworkFactory.build(scenario.network(), n, streams.get(RandomStreams.NETWORK));
        market = Market.populate(scenario, streams.get(RandomStreams.POPULATION));
        cases = new CaseBook(n);
        ledger = new Ledger(scenario.economics().discountRate());
        recorder = new MetricsRecorder(scenario.horizon().days());
        ladder = new LadderTracker(
                scenario.horizon().ladderWindowDays(),
                scenario.horizon().ladderMajorSeverity(),
                scenario.customers().patience().patienceDays());
        inbox = new ContactInbox(schedule);

        voice = new Voice(today, market, cases, inbox, recorder, ladder, totals);
        experience = new Experience(today, market, voice, inbox, ledger, recorder, ladder, totals);
        conversion = new Conversion(today, market, experience, recorder, streams.key(RandomStreams.CONVERSION));
        wordOfMouth = new WordOfMouth(today, market, network, conversion, ledger, recorder);
        churn = new Churn(today, market, cases, recorder, totals);
        recovery = new Recovery(today, market, cases, wordOfMouth, learning, ledger, recorder, totals, schedule);
        handling =
                new ComplaintHandling(today, market, conversion, recovery, inbox, ledger, recorder, totals, schedule);
        desk = new ServiceDesk(schedule, scenario.service(), inbox, handling);
        desk.setTriage(scenario.strategy().triage());
        workforce = new Workforce(scenario.employees(), streams.key(RandomStreams.EMPLOYEES), desk);
        workforce.staffInitially(
                DayCycle.plannedHeadcount(scenario, market.customers().size()));
    }

    /**
     * Schedules the day's phases of {@code model} every day from day 0, in their order: the day cycle,
     * acquisition, purchases, word of mouth, churn. Returns their handles, to stop them at the horizon.
     */
    List<Stoppable> schedulePhases(CustomerJourneyModel model, Schedule schedule) {
        DayCycle cycle =
                new DayCycle(model, today, learning, market, voice, desk, workforce, ledger, recorder, ladder, totals);
        AcquisitionPhase acquisition = new AcquisitionPhase(
                today,
                market,
                conversion,
                inbox,
                new DailyDraws(streams.key(RandomStreams.ACQUISITION)),
                new DailyDraws(streams.key(RandomStreams.AWARENESS)),
                new DailyDraws(streams.key(RandomStreams.QUESTIONS)));
        PurchasePhase purchases =
                new PurchasePhase(today, market, experience, new DailyDraws(streams.key(RandomStreams.PURCHASES)));
        WordOfMouthPhase talk = new WordOfMouthPhase(
                today, market, wordOfMouth, new DailyDraws(streams.key(RandomStreams.WORD_OF_MOUTH)));
        ChurnPhase leaving = new ChurnPhase(
                today,
                market,
                churn,
                new DailyDraws(streams.key(RandomStreams.CHURN)),
                new DailyDraws(streams.key(RandomStreams.CHURN_AT_RISK)));
        return List.of(
                schedule.scheduleRepeating(0.0, 0, cycle, 1.0),
                schedule.scheduleRepeating(0.0, 1, acquisition, 1.0),
                schedule.scheduleRepeating(0.0, 2, purchases, 1.0),
                schedule.scheduleRepeating(0.0, 3, talk, 1.0),
                schedule.scheduleRepeating(0.0, 4, leaving, 1.0));
    }
}

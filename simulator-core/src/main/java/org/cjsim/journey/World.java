package org.cjsim.journey;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
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
import org.cjsim.network.NetworkFactory;
import org.cjsim.network.SocialNetwork;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.EconomicsParams;
import org.cjsim.params.MarketParams;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Draws;
import org.cjsim.random.KeyedRandom;
import org.cjsim.random.KeyedStream;
import org.cjsim.random.RandomStreams;
import org.cjsim.service.Case;
import org.cjsim.service.ContactType;
import org.cjsim.service.IssueCause;
import org.cjsim.service.ServiceDesk;
import org.cjsim.service.Workforce;
import sim.engine.Schedule;

/**
 * The state of one run and the actions of the customer journey that several phases share: conversion,
 * purchase (experience, issue, voice), word of mouth and churn. Phases and the complaint handling call
 * these actions with the key of the event ({@link KeyedRandom}): a purchase's key is (person, day) or the
 * person's conversion, a telling's (person, day) or the case that caused it; every decision of the action
 * draws from its own child of that key ({@link Decision}).
 */
final class World {
    private static final int MAX_SKEPTICISM = 20;

    final ScenarioParams initial;
    ScenarioParams scenario;
    DailyRates rates;
    double learnedFactor = 1.0;

    final RandomStreams streams;
    final SocialNetwork network;
    final Population people;
    /** Customers. */
    final IndexSet customers;
    /** Unaware and aware people, who can still convert. */
    final IndexSet prospects;
    /** Former customers who still talk (left within churnedTalkDays). */
    final IndexSet churnedTalkers;
    /** Customers with a raised churn hazard: a recent silent issue or a complaint past their patience. */
    final IndexSet atRisk;

    private int[] silentOrder = new int[1024];
    private int silentHead;
    private int silentTail;

    private int[] churnOrder;
    private int churnHead;
    private int churnTail;

    final Case[] openCase;
    final List<Case> openCases = new ArrayList<>();

    final Schedule schedule;
    final Ledger ledger;
    final MetricsRecorder recorder;
    final LadderTracker ladder;
    ServiceDesk desk;
    Workforce workforce;

    /** Root key of conversions: a person converts at most once, so their conversion is keyed by person. */
    private final long conversionKey;

    private final KeyedStream severityStream = new KeyedStream(0);
    private final BetaDistribution severity;
    private final double[] skepticismMultiplier = new double[MAX_SKEPTICISM + 1];

    /** Resolved complaints that reached the people who can fix the cause today. */
    int reportsToday;

    final int[] customersByOrigin = new int[Origin.values().length];
    final Totals totals = new Totals();
    int day;

    World(ScenarioParams scenario, long seed, Schedule schedule) {
        this.initial = scenario;
        this.scenario = scenario;
        this.schedule = schedule;
        this.streams = new RandomStreams(seed);
        MarketParams m = scenario.market();
        int n = m.population();
        this.network = NetworkFactory.build(scenario.network(), n, streams.get(RandomStreams.NETWORK));
        this.people = new Population(n);
        this.customers = new IndexSet(n);
        this.prospects = new IndexSet(n);
        this.churnedTalkers = new IndexSet(n);
        this.atRisk = new IndexSet(n);
        this.churnOrder = new int[1024];
        this.openCase = new Case[n];
        this.ledger = new Ledger(scenario.economics().discountRate());
        this.recorder = new MetricsRecorder(scenario.horizon().days());
        this.ladder = new LadderTracker(
                scenario.horizon().ladderWindowDays(),
                scenario.horizon().ladderMajorSeverity(),
                scenario.customers().patience().patienceDays());
        this.conversionKey = streams.key(RandomStreams.CONVERSION);
        this.severity = new BetaDistribution(severityStream, m.severityAlpha(), m.severityBeta());
        for (int k = 0; k <= MAX_SKEPTICISM; k++) {
            skepticismMultiplier[k] =
                    Math.pow(scenario.customers().wordOfMouth().skepticismFactor(), k);
        }
        this.rates = DailyRates.of(scenario, learnedFactor);
        populate(streams.get(RandomStreams.POPULATION));
    }

    /**
     * Day 0: every person's taste, spend and reasonableness; the initial customers with tenure and
     * satisfaction near the steady state; the aware share of the others.
     */
    private void populate(MersenneTwisterFast rng) {
        MarketParams m = scenario.market();
        CustomerParams c = scenario.customers();
        EconomicsParams e = scenario.economics();
        double spendMu = Math.log(e.meanSpend()) - e.spendSigma() * e.spendSigma() / 2;
        double meanTenure = 365.0 / Math.max(1e-9, -Math.log1p(-c.churn().annualChurnAtNeutral()));
        for (int i = 0; i < people.size; i++) {
            people.taste[i] = (float) (c.experience().tasteSd() * rng.nextGaussian());
            people.spend[i] = (float) Math.exp(spendMu + e.spendSigma() * rng.nextGaussian());
            if (rng.nextDouble() < c.experience().unreasonableShare()) {
                people.set(i, Population.UNREASONABLE);
            }
            people.churnDay[i] = Float.NaN;
            people.customerSince[i] = Float.NaN;
            double u = rng.nextDouble();
            if (u < m.initialCustomerShare()) {
                double q = CustomerResponse.clamp(m.productQuality() + people.taste[i]);
                people.expectation[i] = q;
                people.satisfaction[i] = CustomerResponse.clamp(q
                        + c.experience().initialSatisfactionShift()
                        + c.experience().initialSatisfactionSd() * rng.nextGaussian());
                people.customerSince[i] = (float) -Draws.exponential(rng, meanTenure);
                people.origin[i] = (byte) Origin.INITIAL.ordinal();
                people.setStage(i, Stage.CUSTOMER);
                customers.add(i);
                customersByOrigin[Origin.INITIAL.ordinal()]++;
            } else {
                prospects.add(i);
                if (rng.nextDouble() < m.initialAwareShare()) {
                    people.setStage(i, Stage.AWARE);
                }
            }
        }
    }

    /** Conversion multiplier of person {@code i} from the negative word of mouth heard. */
    double skepticism(int i) {
        return skepticismMultiplier[people.skepticism[i]];
    }

    /**
     * Person {@code i} becomes a customer at {@code time}: expectation from the sales promise, satisfaction
     * near it, and a first purchase. Keyed by person: however and whenever they convert, the same draws.
     */
    void convert(int i, Origin origin, double time) {
        long key = KeyedRandom.child(conversionKey, i);
        CustomerParams c = scenario.customers();
        prospects.remove(i);
        people.setStage(i, Stage.CUSTOMER);
        people.origin[i] = (byte) origin.ordinal();
        people.customerSince[i] = (float) time;
        people.expectation[i] = rates.expectationAtConversion();
        people.setSatisfaction(
                i,
                rates.expectationAtConversion()
                        + c.experience().initialSatisfactionSd() * KeyedRandom.gaussian(Decision.SATISFACTION.of(key)),
                c.experience().unreasonableCeiling());
        customers.add(i);
        customersByOrigin[origin.ordinal()]++;
        recorder.increment(origin == Origin.REFERRED ? DailyMetric.NEW_REFERRED : DailyMetric.NEW_PAID);
        purchase(i, time, Decision.FIRST_PURCHASE.of(key));
    }

    /**
     * A purchase by customer {@code i} at {@code time}: revenue, the experienced quality updating
     * satisfaction and expectation (Oliver's expectation-disconfirmation with loss aversion), possibly an
     * issue, and how-to contacts. Every decision draws from its own child of {@code key}.
     */
    void purchase(int i, double time, long key) {
        CustomerParams c = scenario.customers();
        MarketParams m = scenario.market();
        double spend = people.spend[i];
        boolean referred = people.origin[i] == Origin.REFERRED.ordinal();
        ledger.add(LedgerLine.REVENUE, spend);
        double gross = spend * scenario.economics().margin();
        ledger.add(LedgerLine.GROSS_PROFIT, gross);
        if (referred) {
            totals.grossProfitReferred += gross;
        } else {
            totals.grossProfitNonReferred += gross;
        }
        recorder.increment(DailyMetric.PURCHASES);
        boolean firstOfNewCustomer = people.purchases[i] == 0 && people.origin[i] != Origin.INITIAL.ordinal();
        if (firstOfNewCustomer) {
            totals.firstPurchases++;
        }
        boolean firstOfRun = people.purchases[i] == 0;
        people.purchases[i]++;

        double q = CustomerResponse.clamp(m.productQuality()
                + people.taste[i]
                + m.qualityNoise() * KeyedRandom.gaussian(Decision.EXPERIENCE.of(key)));
        double s = people.satisfaction[i];
        double e = people.expectation[i];
        people.setSatisfaction(
                i,
                CustomerResponse.satisfactionAfterPurchase(
                        s,
                        e,
                        q,
                        c.experience().satisfactionAdaptation(),
                        c.experience().disconfirmationWeight(),
                        c.experience().lossAversion()),
                c.experience().unreasonableCeiling());
        people.expectation[i] =
                CustomerResponse.expectationAfterPurchase(e, q, c.experience().expectationAdaptation());

        boolean followedUp = KeyedRandom.bernoulli(
                Decision.FOLLOW_UP.of(key), scenario.strategy().followUp());
        if (followedUp) {
            ledger.add(LedgerLine.FOLLOW_UP, scenario.economics().followUpCost());
        }
        IssueCause cause = null;
        if (KeyedRandom.bernoulli(Decision.FAILURE.of(key), rates.failureIssue())) {
            cause = IssueCause.FAILURE;
        } else if (KeyedRandom.bernoulli(Decision.MISCOMMUNICATION.of(key), rates.miscommunicationGivenNoFailure())) {
            cause = IssueCause.MISCOMMUNICATION;
        }
        if (cause != null) {
            if (KeyedRandom.bernoulli(Decision.IMPOSSIBLE.of(key), m.impossibleRequestShare())) {
                cause = IssueCause.IMPOSSIBLE_REQUEST;
            }
            severityStream.reset(Decision.SEVERITY.of(key));
            issue(i, time, cause, severity.sample(), spend, followedUp, key);
        } else if (firstOfRun && !people.has(i, Population.LADDER_NO_ISSUE)) {
            people.set(i, Population.LADDER_NO_ISSUE);
            ladder.enterNoIssue(i, day);
        }
        int howTo = KeyedRandom.poisson(Decision.HOW_TO.of(key), c.questions().howToPerPurchase());
        for (int k = 0; k < howTo; k++) {
            long contact = KeyedRandom.child(Decision.HOW_TO_CONTACT.of(key), k);
            desk.submit(ContactType.HOW_TO, i, null, time + KeyedRandom.uniform(Decision.TIME.of(contact)), contact);
        }
    }

    /** An issue with a purchase: satisfaction drops with severity; the customer complains or stays silent. */
    private void issue(int i, double time, IssueCause cause, double sev, double spend, boolean followedUp, long key) {
        CustomerParams c = scenario.customers();
        recorder.increment(DailyMetric.ISSUES);
        boolean repeat = people.failures[i] > 0;
        if (people.failures[i] < Short.MAX_VALUE) {
            people.failures[i]++;
        }
        double damage = c.experience().issueImpact() * sev;
        people.setSatisfaction(
                i, people.satisfaction[i] - damage, c.experience().unreasonableCeiling());
        boolean firstIssue = !people.has(i, Population.LADDER_ISSUE);
        people.set(i, Population.LADDER_ISSUE);
        double boost = followedUp ? c.voice().followUpVoiceBoost() : 0;
        if (KeyedRandom.bernoulli(
                Decision.VOICE.of(key),
                CustomerResponse.complaintProbability(
                        c.voice().complaintBase(), c.voice().complaintSeverity(), sev, boost))) {
            recorder.increment(DailyMetric.COMPLAINTS);
            Case open = openCase[i];
            if (open != null) {
                open.severity = Math.max(open.severity, sev);
                open.damage += damage;
                if (firstIssue) {
                    ladder.enterVoiced(i, day, open);
                }
                return;
            }
            Case k = new Case(i, time, cause, sev, damage, repeat, spend, Decision.CASE.of(key));
            openCase[i] = k;
            openCases.add(k);
            totals.cases++;
            if (firstIssue) {
                ladder.enterVoiced(i, day, k);
            }
            desk.submit(
                    ContactType.COMPLAINT,
                    i,
                    k,
                    time
                            + KeyedRandom.exponential(
                                    Decision.COMPLAINT_DELAY.of(key), c.voice().complaintDelayDays()),
                    contactKey(k, 0));
        } else {
            recorder.increment(DailyMetric.SILENT_ISSUES);
            people.silentUntil[i] =
                    (float) Math.max(people.silentUntil[i], day + c.voice().silentDays());
            atRisk.add(i);
            if (silentTail == silentOrder.length) {
                int live = silentTail - silentHead;
                silentOrder = live * 2 > silentOrder.length
                        ? Arrays.copyOfRange(silentOrder, silentHead, silentHead + silentOrder.length * 2)
                        : Arrays.copyOfRange(silentOrder, silentHead, silentHead + silentOrder.length);
                silentHead = 0;
                silentTail = live;
            }
            silentOrder[silentTail++] = i;
            if (firstIssue) {
                ladder.enterSilent(i, day, sev);
            }
        }
    }

    /**
     * Person {@code teller} tells a neighbour about the company. Positive word of mouth makes a
     * non-customer aware and converts them with probability {@code q_ref * tie weight} (times their
     * skepticism), and lifts a customer's satisfaction; negative word of mouth makes a non-customer
     * skeptical and lowers a customer's satisfaction. Who listens and whether they convert are children of
     * {@code key}.
     */
    void tell(int teller, boolean positive, double time, long key) {
        int j = network.pickListener(teller, KeyedRandom.uniform(Decision.LISTENER.of(key)));
        if (j < 0) {
            return;
        }
        CustomerParams c = scenario.customers();
        recorder.increment(positive ? DailyMetric.WOM_POSITIVE : DailyMetric.WOM_NEGATIVE);
        byte stage = people.stage[j];
        if (stage == Stage.CUSTOMER.ordinal()) {
            double delta = positive
                    ? c.wordOfMouth().positiveWomLift()
                    : -c.wordOfMouth().negativeWomDrop();
            people.setSatisfaction(
                    j, people.satisfaction[j] + delta, c.experience().unreasonableCeiling());
            return;
        }
        if (stage == Stage.CHURNED.ordinal()) {
            return;
        }
        if (stage == Stage.UNAWARE.ordinal()) {
            people.setStage(j, Stage.AWARE);
        }
        if (positive) {
            double p = c.wordOfMouth().referralConversion() * network.weight(teller, j) * skepticism(j);
            if (KeyedRandom.bernoulli(Decision.REFERRAL.of(key), p)) {
                convert(j, Origin.REFERRED, time);
                ledger.add(LedgerLine.REFERRAL_REWARDS, scenario.strategy().referralReward());
                if (people.isCustomer(teller)) {
                    people.set(teller, Population.ADVOCATE);
                }
            }
        } else if (people.skepticism[j] < MAX_SKEPTICISM) {
            people.skepticism[j]++;
        }
    }

    /** A burst of negative word of mouth: {@code womBurstSize} people told at once, keyed by {@code key}. */
    void burst(int teller, double time, long key) {
        long parent = Decision.BURST.of(key);
        for (int k = 0; k < scenario.customers().recovery().womBurstSize(); k++) {
            tell(teller, false, time, KeyedRandom.child(parent, k));
        }
    }

    /** The key of the {@code n}-th contact (from 0) about case {@code k}. */
    static long contactKey(Case k, int n) {
        return KeyedRandom.child(Decision.CONTACT.of(k.key), n);
    }

    /** Customer {@code i} leaves: an open complaint is dropped; they keep talking for a while. */
    void churn(int i) {
        totals.segmentChurns[segment(people.satisfaction[i])]++;
        customers.remove(i);
        atRisk.remove(i);
        customersByOrigin[people.origin[i]]--;
        people.setStage(i, Stage.CHURNED);
        people.churnDay[i] = day;
        people.clear(i, Population.GRIEVANCE);
        recorder.increment(DailyMetric.LOST);
        Case open = openCase[i];
        if (open != null) {
            open.closed = true;
            open.closedTime = day;
            openCase[i] = null;
        }
        if (scenario.customers().wordOfMouth().churnedTalkDays() > 0) {
            churnedTalkers.add(i);
            if (churnTail == churnOrder.length) {
                compactChurnOrder();
            }
            churnOrder[churnTail++] = i;
        }
    }

    private void compactChurnOrder() {
        int live = churnTail - churnHead;
        if (churnHead > churnOrder.length / 2) {
            System.arraycopy(churnOrder, churnHead, churnOrder, 0, live);
        } else {
            churnOrder = Arrays.copyOf(Arrays.copyOfRange(churnOrder, churnHead, churnTail), churnOrder.length * 2);
        }
        churnHead = 0;
        churnTail = live;
    }

    /** True while customer {@code i} has a raised churn hazard. */
    boolean raised(int i) {
        return people.silentUntil[i] > day || people.has(i, Population.GRIEVANCE);
    }

    /** Customers whose silent period has ended, and who are not in grievance, leave the at-risk set. */
    void expireSilence() {
        while (silentHead < silentTail && people.silentUntil[silentOrder[silentHead]] <= day) {
            int i = silentOrder[silentHead++];
            if (!raised(i)) {
                atRisk.remove(i);
            }
        }
    }

    /** Former customers who left more than churnedTalkDays ago stop talking. */
    void forgetOldChurners() {
        double window = scenario.customers().wordOfMouth().churnedTalkDays();
        while (churnHead < churnTail && day - people.churnDay[churnOrder[churnHead]] > window) {
            churnedTalkers.remove(churnOrder[churnHead++]);
        }
    }

    /** NPS segment of satisfaction {@code s}: 0 promoter, 1 passive, 2 detractor. */
    static int segment(double s) {
        return CustomerResponse.isPromoter(s) ? 0 : CustomerResponse.isDetractor(s) ? 2 : 1;
    }

    /** Closes {@code k} as resolved (or declined) at {@code now}. */
    void close(Case k, double now) {
        k.closed = true;
        k.resolved = true;
        k.closedTime = now;
        if (openCase[k.person] == k) {
            openCase[k.person] = null;
        }
        people.clear(k.person, Population.GRIEVANCE);
        if (!raised(k.person)) {
            atRisk.remove(k.person);
        }
        totals.resolutionDays.add(k.resolutionDays());
        recorder.increment(DailyMetric.RESOLVED);
    }

    /** Run-level totals the summary needs beyond the daily series. */
    static final class Totals {
        double grossProfitReferred;
        double grossProfitNonReferred;
        double customerDaysNonReferred;
        double customerDays;
        long firstPurchases;
        long cases;
        long closedByCompany;
        long closedAtFirstContact;
        long contactsOnClosed;
        long escalations;
        double busy;
        double staffed;
        /** Promoter- and detractor-days of everyone who talks (customers and recent churners). */
        double promoterDays;

        double detractorDays;
        /** Customer-days by NPS segment (promoter, passive, detractor). */
        final double[] segmentDays = new double[3];
        /** Leavers by their NPS segment when they left. */
        final long[] segmentChurns = new long[3];

        double headcountDays;
        double stressDays;
        final DoubleList resolutionDays = new DoubleList();
    }

    /** A growable list of doubles. */
    static final class DoubleList {
        private double[] data = new double[256];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }

        double[] range(int from, int to) {
            return Arrays.copyOfRange(data, from, to);
        }
    }
}

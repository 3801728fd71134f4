package org.cjsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validation out of sample (docs/model.md section 4.3): the defaults were calibrated on 30,000 people in a
 * small-world network over 3 years; here the market is half that size, its friendships are a preferential
 * attachment network (a few people with many friends) and the horizon is 5 years. Nothing was tuned in this
 * setting. 8 replications, paired under common random numbers.
 *
 * <p>Tolerances: paired comparisons require the 95% interval of the difference to exclude 0; orderings of
 * retained shares a two-proportion z above 1.96; the calibration ranges are those of section 4.1.
 */
class OutOfSampleValidationTest {
    private static final int REPLICATIONS = 8;
    private static ExperimentResult result;
    private static ScenarioResult baseline;

    private static ScenarioParams setting(String name, Object... pathsAndValues) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("market.population", 15_000);
        changes.put("network.type", "barabasi-albert");
        changes.put("horizon.days", 5 * 365);
        for (int k = 0; k < pathsAndValues.length; k += 2) {
            changes.put((String) pathsAndValues[k], pathsAndValues[k + 1]);
        }
        return Params.with(ScenarioParams.defaults(), changes).named(name, "");
    }

    @BeforeAll
    static void run() {
        result = Experiment.run(
                List.of(
                        setting("baseline"),
                        setting("overpromise", "strategy.honesty", 0.3),
                        setting("scripted", "strategy.latitude", 0.0),
                        setting("empowered", "strategy.latitude", 1.0)),
                ExperimentSettings.defaults().withReplications(REPLICATIONS).withKeepDaily(false),
                ExperimentListener.NONE);
        baseline = result.scenario("baseline").orElseThrow();
    }

    private static double mean(SummaryMetric m) {
        return baseline.statistics(m).mean();
    }

    private static void assertIn(SummaryMetric m, double lo, double hi) {
        double v = mean(m);
        System.out.printf("out of sample %-26s %10.4f  (range %s to %s)%n", m.key(), v, lo, hi);
        assertTrue(v >= lo && v <= hi, m.key() + " = " + v + ", range [" + lo + ", " + hi + "]");
    }

    /** The calibration carries over: the plausible ranges of section 4.1 hold in a setting never tuned. */
    @Test
    void theCalibratedRangesHoldInAnotherMarketNetworkAndHorizon() {
        assertIn(SummaryMetric.ANNUAL_CHURN, 0.12, 0.25);
        assertIn(SummaryMetric.NPS, 0, 50);
        assertIn(SummaryMetric.ISSUE_RATE, 0.05, 0.12);
        assertIn(SummaryMetric.VOICE_RATE, 0.25, 0.50);
        assertIn(SummaryMetric.REFERRED_SHARE, 0.15, 0.50);
        assertIn(SummaryMetric.SERVICE_COST_SHARE, 0.03, 0.12);
        assertIn(SummaryMetric.MEDIAN_RESOLUTION_DAYS, 1, 3);
    }

    /** Never tuned: follows from the first-contact resolution and the escalations. */
    @Test
    void contactsPerComplaintAreAboutOneOverTheFirstContactResolutionRate() {
        double contacts = mean(SummaryMetric.CONTACTS_PER_COMPLAINT);
        double fcr = mean(SummaryMetric.FIRST_CONTACT_RESOLUTION);
        System.out.printf("out of sample: contacts per complaint %.3f, 1 / FCR %.3f%n", contacts, 1 / fcr);
        assertEquals(1 / fcr, contacts, 0.2 / fcr);
    }

    /**
     * Never tuned: overpromising customers buy less and leave sooner, and tell others. In the calibration
     * setting (3 years) it also wins first purchases; here, over 5 years in a network with hubs, the negative
     * word of mouth it causes makes prospects skeptical, and it loses paid conversions and referrals alike
     * (docs/model.md section 4.3): the first-purchase gain is a short-run fact.
     */
    @Test
    void overpromisingLosesRepeatPurchasesRetentionAndReferrals() {
        StrategyComparison c =
                StrategyComparison.of(baseline, result.scenario("overpromise").orElseThrow());
        PairedDifference first = c.difference(SummaryMetric.NEW_PAID);
        PairedDifference referred = c.difference(SummaryMetric.NEW_REFERRED);
        PairedDifference all = c.difference(SummaryMetric.FIRST_PURCHASES);
        PairedDifference wallet = c.difference(SummaryMetric.PURCHASES_PER_CUSTOMER_YEAR);
        PairedDifference retention = c.difference(SummaryMetric.ANNUAL_RETENTION);
        System.out.printf(
                "out of sample: overpromise paid %+.0f [%+.0f, %+.0f], referred %+.0f [%+.0f, %+.0f], first purchases"
                        + " %+.0f [%+.0f, %+.0f], purchases per customer-year %+.3f, retention %+.4f%n",
                first.mean(),
                first.ciLow(),
                first.ciHigh(),
                referred.mean(),
                referred.ciLow(),
                referred.ciHigh(),
                all.mean(),
                all.ciLow(),
                all.ciHigh(),
                wallet.mean(),
                retention.mean());
        assertTrue(referred.ciHigh() < 0, "referred conversions " + referred);
        assertTrue(wallet.ciHigh() < 0, "purchases per customer-year " + wallet);
        assertTrue(retention.ciHigh() < 0, "retention " + retention);
    }

    /** Never tuned: less latitude means more escalations, which take longer and strain the staff. */
    @Test
    void lessLatitudeRaisesStressAndResolutionTime() {
        StrategyComparison c = StrategyComparison.of(
                result.scenario("empowered").orElseThrow(),
                result.scenario("scripted").orElseThrow());
        for (SummaryMetric m : List.of(SummaryMetric.MEAN_STRESS, SummaryMetric.MEDIAN_RESOLUTION_DAYS)) {
            PairedDifference d = c.difference(m);
            System.out.printf("out of sample: no latitude minus full latitude %-24s %s%n", m.key(), d);
            assertTrue(d.ciLow() > 0, m + ": " + d);
        }
    }

    /** Tuned on the calibration setting (the silent multiplier), checked here in another. */
    @Test
    void silentCustomersAreRetainedLessThanCustomersWhoseComplaintWasResolvedFast() {
        LadderCounts c = baseline.ladderCounts();
        double silent = c.retained(LadderGroup.SILENT) / (double) c.entered(LadderGroup.SILENT);
        double fast = c.retained(LadderGroup.RESOLVED_FAST) / (double) c.entered(LadderGroup.RESOLVED_FAST);
        double z = (fast - silent)
                / Math.sqrt(fast * (1 - fast) / c.entered(LadderGroup.RESOLVED_FAST)
                        + silent * (1 - silent) / c.entered(LadderGroup.SILENT));
        System.out.printf("out of sample: retained silent %.3f, resolved fast %.3f, z %.1f%n", silent, fast, z);
        assertTrue(z > 1.96, "z = " + z);
    }

    /** Tuned on the calibration setting (the churn ceiling), checked here in another. */
    @Test
    void promotersChurnLeastAndDetractorsMost() {
        double p = mean(SummaryMetric.PROMOTER_CHURN);
        double n = mean(SummaryMetric.PASSIVE_CHURN);
        double d = mean(SummaryMetric.DETRACTOR_CHURN);
        System.out.printf("out of sample: annual churn promoters %.3f, passives %.3f, detractors %.3f%n", p, n, d);
        assertTrue(p < n && n < d, p + " < " + n + " < " + d);
    }
}

package org.cjsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.Severity;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.CustomerParams;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calibration of the defaults (docs/model.md section 4.1) and the stylized facts (section 4.2), checked on 16
 * replications of the baseline (30,000 people, 3 years) and of variants that change one thing, paired
 * under common random numbers.
 *
 * <p>Tolerances: calibration targets are ranges for the mean over replications (their standard error is
 * under a tenth of each range's width), and regression bands around the calibrated values, each several
 * standard errors wide (about six: the printed output shows the standard errors). Orderings of retained shares use a two-proportion z statistic
 * above 1.96 (a false failure rate of 2.5% if the true shares were equal; the measured margins are several
 * times larger). Paired comparisons require the 95% confidence interval of the difference to exclude 0.
 */
class StylizedFactsValidationTest {
    private static final int REPLICATIONS = 16;
    private static ExperimentResult result;
    private static ScenarioResult baseline;

    static ScenarioParams variant(String name, Map<String, Object> changes) {
        return Params.with(ScenarioParams.defaults(), changes).named(name, "");
    }

    @BeforeAll
    static void run() {
        List<ScenarioParams> scenarios = List.of(
                ScenarioParams.defaults(),
                variant("overpromise", Map.of("strategy.honesty", 0.3)),
                variant("scripted", Map.of("strategy.latitude", 0.0)),
                variant("empowered", Map.of("strategy.latitude", 1.0)),
                variant("sticky", Map.of("market.switchingCost", 0.6)),
                variant(
                        "slow",
                        Map.of(
                                "strategy.agentsPer1000Customers", 0.8,
                                "strategy.latitude", 0.1,
                                "strategy.escalationDays", 4.0)),
                variant(
                        "fast",
                        Map.of(
                                "strategy.agentsPer1000Customers", 1.5,
                                "strategy.triage", true,
                                "strategy.escalationDays", 1.0)));
        result = Experiment.run(
                scenarios,
                ExperimentSettings.defaults().withReplications(REPLICATIONS).withKeepDaily(false),
                ExperimentListener.NONE);
        baseline = result.scenario("baseline").orElseThrow();
    }

    private static double mean(ScenarioResult s, SummaryMetric m) {
        return s.statistics(m).mean();
    }

    private static PairedDifference vsBaseline(String name, SummaryMetric m) {
        return StrategyComparison.of(baseline, result.scenario(name).orElseThrow())
                .difference(m);
    }

    /**
     * Calibration target {@code m}: its mean must lie in the plausible range [lo, hi] the defaults were tuned
     * to, and, as a regression check, within {@code band} (relative) of {@code measured}, the value the
     * defaults gave when they were last calibrated (docs/model.md section 4.1). A change of the model that
     * moves a target past its band must re-calibrate and update both.
     */
    private static void assertCalibrated(SummaryMetric m, double lo, double hi, double measured, double band) {
        MetricStatistics s = baseline.statistics(m);
        System.out.printf(
                "calibration %-26s %10.4f +- %.4f (range %s to %s; calibrated %s +- %.0f%%)%n",
                m.key(), s.mean(), s.sd() / Math.sqrt(s.n()), lo, hi, measured, 100 * band);
        assertTrue(s.mean() >= lo && s.mean() <= hi, m.key() + " = " + s.mean() + ", range [" + lo + ", " + hi + "]");
        assertEquals(measured, s.mean(), band * Math.abs(measured), m.key() + " moved from its calibrated value");
    }

    @Test
    void theBaselineReproducesEveryCalibrationTarget() {
        assertCalibrated(SummaryMetric.ANNUAL_CHURN, 0.12, 0.25, 0.2153, 0.02);
        assertCalibrated(SummaryMetric.NPS, 0, 50, 20.0, 0.04);
        assertCalibrated(SummaryMetric.ISSUE_RATE, 0.05, 0.12, 0.0798, 0.01);
        assertCalibrated(SummaryMetric.VOICE_RATE, 0.25, 0.50, 0.2707, 0.02);
        assertCalibrated(SummaryMetric.REFERRED_SHARE, 0.15, 0.50, 0.2028, 0.03);
        assertCalibrated(SummaryMetric.SERVICE_COST_SHARE, 0.03, 0.12, 0.0465, 0.02);
        assertCalibrated(SummaryMetric.EMPLOYEE_TURNOVER, 0.20, 0.60, 0.3406, 0.25);
        assertCalibrated(SummaryMetric.CUSTOMER_SHARE, 0.15, 0.60, 0.4494, 0.02);
        assertCalibrated(SummaryMetric.UTILISATION, 0.70, 0.90, 0.7441, 0.02);
        assertCalibrated(SummaryMetric.MEDIAN_RESOLUTION_DAYS, 1, 3, 2.19, 0.03);
    }

    @Test
    void slowServiceResolvesClearlySlowerAndFastServiceClearlyFaster() {
        double base = mean(baseline, SummaryMetric.MEDIAN_RESOLUTION_DAYS);
        double slow = mean(result.scenario("slow").orElseThrow(), SummaryMetric.MEDIAN_RESOLUTION_DAYS);
        double fast = mean(result.scenario("fast").orElseThrow(), SummaryMetric.MEDIAN_RESOLUTION_DAYS);
        System.out.printf("median resolution: slow %.2f, baseline %.2f, fast %.2f days%n", slow, base, fast);
        assertTrue(slow > 1.25 * base, "slow " + slow + " vs " + base);
        assertTrue(fast < 0.8 * base, "fast " + fast + " vs " + base);
    }

    private static double share(LadderCounts c, LadderGroup g) {
        return c.retained(g) / (double) c.entered(g);
    }

    /** Two-proportion z statistic of {@code (a - b)}. */
    private static double z(long retainedA, long enteredA, long retainedB, long enteredB) {
        double pa = retainedA / (double) enteredA;
        double pb = retainedB / (double) enteredB;
        return (pa - pb) / Math.sqrt(pa * (1 - pa) / enteredA + pb * (1 - pb) / enteredB);
    }

    private static double z(LadderCounts c, LadderGroup a, LadderGroup b) {
        return z(c.retained(a), c.entered(a), c.retained(b), c.entered(b));
    }

    @Test
    void silentCustomersAreRetainedLeastAndFastResolutionAlmostAsWellAsNoIssue() {
        LadderCounts c = baseline.ladderCounts();
        for (LadderGroup g : LadderGroup.values()) {
            System.out.printf("ladder %-16s %7d entered, %.3f retained%n", g.key(), c.entered(g), share(c, g));
        }
        // Silent issues are mostly minor and unresolved ones mostly major (severe issues are voiced more),
        // so groups are compared within a severity class, as TARP does; the no-issue group against all.
        // Within a class the silent share must be the lowest. At the default market size the desk (about ten
        // employees) resolves almost every complaint within patience: the "not resolved within patience" rung
        // holds a few entries per run, mostly customers who left before their resolution (the rung counts
        // them by construction), so it is compared in the slow-service variant (0.8 agents per 1,000
        // customers, latitude 0.1, escalation in 4 days), where unresolved complaints are common. Requiring
        // the order (rather than significance) for that rung fails with a probability of a few percent if the
        // seeds change (z printed below); every other margin is over 10 standard errors.
        assertTrue(z(c, LadderGroup.NO_ISSUE, LadderGroup.SILENT) > 1.96, "silent below no issue");
        LadderCounts slow = result.scenario("slow").orElseThrow().ladderCounts();
        for (Severity sev : List.of(Severity.MINOR, Severity.MAJOR)) {
            for (LadderGroup g :
                    List.of(LadderGroup.RESOLVED_FAST, LadderGroup.RESOLVED_LATER, LadderGroup.UNRESOLVED)) {
                LadderCounts in = g == LadderGroup.UNRESOLVED ? slow : c;
                double z = z(
                        in.retained(g, sev),
                        in.entered(g, sev),
                        in.retained(LadderGroup.SILENT, sev),
                        in.entered(LadderGroup.SILENT, sev));
                System.out.printf(
                        "ladder %-6s %-16s %.3f (%d) vs silent %.3f (z %.1f)%s%n",
                        sev.key(),
                        g.key(),
                        in.retained(g, sev) / (double) in.entered(g, sev),
                        in.entered(g, sev),
                        in.retained(LadderGroup.SILENT, sev) / (double) in.entered(LadderGroup.SILENT, sev),
                        z,
                        in == slow ? " (slow service)" : "");
                assertTrue(z > 0, "silent below " + g + " (" + sev + "): z = " + z);
            }
        }
        double gap = share(c, LadderGroup.RESOLVED_FAST) - share(c, LadderGroup.NO_ISSUE);
        assertTrue(Math.abs(gap) < 0.03, "resolved fast vs no issue: " + gap);
        assertTrue(z(c, LadderGroup.RESOLVED_FAST, LadderGroup.RESOLVED_LATER) > 1.96, "slow below fast");
        assertTrue(z(c, LadderGroup.RESOLVED_LATER, LadderGroup.SILENT) > 1.96, "slow above silent");
    }

    @Test
    void everyGroupIsRetainedLessAfterAMajorIssueThanAfterAMinorOne() {
        LadderCounts c = baseline.ladderCounts();
        for (LadderGroup g : List.of(LadderGroup.RESOLVED_LATER, LadderGroup.SILENT)) {
            double z = z(
                    c.retained(g, Severity.MINOR),
                    c.entered(g, Severity.MINOR),
                    c.retained(g, Severity.MAJOR),
                    c.entered(g, Severity.MAJOR));
            assertTrue(z > 1.96, g + ": z = " + z);
        }
        // Few complaints go unresolved past the customer's patience (a few hundred over 16 runs) and few
        // major issues are resolved within a day (most need the second tier). For these small rungs the
        // major share must be below the minor one: with the measured gaps (8 points, z near 1.9, and 5 points,
        // z near 1.3) this fails with probability of about 3% and 10% if the seeds change, so the resolved-fast
        // rung only has to be not significantly reversed.
        LadderGroup unresolved = LadderGroup.UNRESOLVED;
        double zu = z(
                c.retained(unresolved, Severity.MINOR),
                c.entered(unresolved, Severity.MINOR),
                c.retained(unresolved, Severity.MAJOR),
                c.entered(unresolved, Severity.MAJOR));
        assertTrue(zu > 0, "unresolved: z = " + zu);
        LadderGroup fast = LadderGroup.RESOLVED_FAST;
        double z = z(
                c.retained(fast, Severity.MINOR),
                c.entered(fast, Severity.MINOR),
                c.retained(fast, Severity.MAJOR),
                c.entered(fast, Severity.MAJOR));
        assertTrue(z > -1.96, "resolved fast: z = " + z);
    }

    @Test
    void dissatisfiedCustomersReachMorePeopleYetPositiveWordOfMouthOutnumbersNegative() {
        double ratio = mean(baseline, SummaryMetric.WOM_REACH_RATIO);
        System.out.printf(
                "word of mouth: reach ratio %.2f, positive %.0f, negative %.0f%n",
                ratio, mean(baseline, SummaryMetric.WOM_POSITIVE), mean(baseline, SummaryMetric.WOM_NEGATIVE));
        assertTrue(ratio > 1 && ratio < 2, "reach ratio " + ratio);
        assertTrue(mean(baseline, SummaryMetric.WOM_POSITIVE) > mean(baseline, SummaryMetric.WOM_NEGATIVE));
    }

    @Test
    void aShortfallLowersSatisfactionMoreThanAnEqualSurplusRaisesIt() {
        CustomerParams c = CustomerParams.defaults();
        for (double gap = 0.25; gap <= 3; gap += 0.25) {
            double up = CustomerResponse.satisfactionAfterPurchase(
                            7,
                            7,
                            7 + gap,
                            c.experience().satisfactionAdaptation(),
                            c.experience().disconfirmationWeight(),
                            c.experience().lossAversion())
                    - 7;
            double down = 7
                    - CustomerResponse.satisfactionAfterPurchase(
                            7,
                            7,
                            7 - gap,
                            c.experience().satisfactionAdaptation(),
                            c.experience().disconfirmationWeight(),
                            c.experience().lossAversion());
            assertTrue(down > up && up > 0, "gap " + gap);
        }
    }

    @Test
    void overpromisingRaisesFirstPurchasesAndLowersRepeatPurchasesAndRetention() {
        PairedDifference first = vsBaseline("overpromise", SummaryMetric.FIRST_PURCHASES);
        PairedDifference wallet = vsBaseline("overpromise", SummaryMetric.PURCHASES_PER_CUSTOMER_YEAR);
        PairedDifference retention = vsBaseline("overpromise", SummaryMetric.ANNUAL_RETENTION);
        assertTrue(first.ciLow() > 0, "first purchases " + first);
        assertTrue(wallet.ciHigh() < 0, "repeat purchases per customer-year " + wallet);
        assertTrue(retention.ciHigh() < 0, "retention " + retention);
    }

    @Test
    void promotersAreRetainedBestAndTheSlopeIsSteeperWhenSwitchingIsEasy() {
        ScenarioResult sticky = result.scenario("sticky").orElseThrow();
        double p = mean(baseline, SummaryMetric.PROMOTER_CHURN);
        double n = mean(baseline, SummaryMetric.PASSIVE_CHURN);
        double d = mean(baseline, SummaryMetric.DETRACTOR_CHURN);
        assertTrue(p < n && n < d, p + " < " + n + " < " + d);
        // Paired over the same seeds: the detractor / promoter churn ratio of each replication, easy
        // switching (0.1) minus sticky (0.6). Measured 4.0 against 2.5; the 95% interval of the paired
        // difference must exclude 0 (a false failure rate of 2.5% if the slopes were equal).
        double[] easyD = baseline.values(SummaryMetric.DETRACTOR_CHURN);
        double[] easyP = baseline.values(SummaryMetric.PROMOTER_CHURN);
        double[] stickyD = sticky.values(SummaryMetric.DETRACTOR_CHURN);
        double[] stickyP = sticky.values(SummaryMetric.PROMOTER_CHURN);
        double[] diff = new double[easyD.length];
        for (int k = 0; k < diff.length; k++) {
            diff[k] = easyD[k] / easyP[k] - stickyD[k] / stickyP[k];
        }
        MetricStatistics steeper = MetricStatistics.of(diff);
        System.out.printf(
                "churn detractors / promoters: %.1f at switching cost 0.1, %.1f at 0.6 (difference %.2f [%.2f, %.2f])%n",
                d / p,
                mean(sticky, SummaryMetric.DETRACTOR_CHURN) / mean(sticky, SummaryMetric.PROMOTER_CHURN),
                steeper.mean(),
                steeper.ciLow(),
                steeper.ciHigh());
        assertTrue(steeper.ciLow() > 0, "steeper when switching is easy: " + steeper);
    }

    @Test
    void contactsPerComplaintAreAboutOneOverTheFirstContactResolutionRate() {
        double contacts = mean(baseline, SummaryMetric.CONTACTS_PER_COMPLAINT);
        double fcr = mean(baseline, SummaryMetric.FIRST_CONTACT_RESOLUTION);
        System.out.printf("contacts per complaint %.3f, 1 / FCR %.3f%n", contacts, 1 / fcr);
        // Escalated cases take exactly two contacts whatever the FCR, so "about" means within 20%.
        assertEquals(1 / fcr, contacts, 0.2 / fcr);
    }

    @Test
    void lessLatitudeRaisesStressTurnoverAndResolutionTime() {
        // No latitude against full latitude, paired. A desk of about ten employees quits a few
        // times a year, so turnover is noisy per run; the extremes make the effect large enough to show
        // with 16 pairs (measured at 30,000 people: turnover higher by 0.10 [0.07, 0.12]).
        StrategyComparison c = StrategyComparison.of(
                result.scenario("empowered").orElseThrow(),
                result.scenario("scripted").orElseThrow());
        for (SummaryMetric m : List.of(
                SummaryMetric.MEAN_STRESS, SummaryMetric.EMPLOYEE_TURNOVER, SummaryMetric.MEDIAN_RESOLUTION_DAYS)) {
            PairedDifference d = c.difference(m);
            System.out.printf(
                    "no latitude minus full latitude: %-24s %+.3f [%+.3f, %+.3f]%n",
                    m.key(), d.mean(), d.ciLow(), d.ciHigh());
            assertTrue(d.ciLow() > 0, m + ": " + d);
        }
    }
}

package org.cjsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/**
 * In the mixed network without churn or issues, adoption follows the Bass (1969) curve for the same p and
 * q: F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}), where p is the daily marketing conversion rate and
 * q = (promoter talk rate per day) * (referral conversion) * (tie weight): every customer is a promoter who
 * tells a uniformly chosen person, who converts with probability q_ref if not yet a customer.
 */
class BassDiffusionValidationTest {
    private static final int N = 10_000;
    private static final double P = 0.002;
    private static final double TALK_PER_YEAR = 8;
    private static final double Q_REF = 0.5;

    static ScenarioParams diffusion() {
        return Params.with(
                        ScenarioParams.defaults(),
                        Map.ofEntries(
                                Map.entry("market.population", N),
                                Map.entry("market.initialCustomerShare", 0.0),
                                Map.entry("market.innovationRate", P),
                                Map.entry("market.issueBaseRate", 0.0),
                                Map.entry("market.miscommunicationRate", 0.0),
                                Map.entry("market.productQuality", 10.0),
                                Map.entry("market.qualityNoise", 0.0),
                                Map.entry("network.type", "mixed"),
                                Map.entry("customers.tasteSd", 0.0),
                                Map.entry("customers.baselineExpectation", 10.0),
                                Map.entry("customers.initialSatisfactionSd", 0.0),
                                Map.entry("customers.annualChurnAtNeutral", 0.0),
                                Map.entry("customers.promoterTalkRate", TALK_PER_YEAR),
                                Map.entry("customers.referralConversion", Q_REF),
                                Map.entry("customers.questionRate", 0.0),
                                Map.entry("strategy.honesty", 1.0),
                                Map.entry("horizon.days", 365)))
                .named("bass", "Mean-field diffusion");
    }

    static double bass(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    @Test
    void adoptionInTheMixedNetworkFollowsTheBassCurve() {
        ExperimentResult r =
                Experiment.run(List.of(diffusion()), new ExperimentSettings(6, 11, 2, true), ExperimentListener.NONE);
        SeriesStatistics customers = r.scenarios().get(0).daily(DailyMetric.CUSTOMERS);
        double q = TALK_PER_YEAR / 365 * Q_REF;
        // A day's conversions are counted when it closes: day d covers the time (d, d + 1].
        // Tolerance: 0.015 of the market. The replications' mean has a standard error below 0.003 at
        // every checkpoint (measured SD across replications below 0.007), so the tolerance is five
        // standard errors; the daily step itself costs less than 0.005 (1 - e^{-x} against x for talk).
        double worst = 0;
        for (int day = 14; day < 365; day += 14) {
            double simulated = customers.mean()[day] / N;
            double expected = bass(P, q, day + 1);
            worst = Math.max(worst, Math.abs(simulated - expected));
            assertEquals(expected, simulated, 0.015, "adoption on day " + day);
        }
        System.out.printf("Bass: largest gap %.4f of the market%n", worst);
    }
}

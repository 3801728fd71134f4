package org.cjsim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

/**
 * Reichheld's leverage: a few points of retention change the value of a customer by far more than a few
 * percent (Reichheld &amp; Sasser 1990). A cohort as in {@link CustomerValueValidationTest}, over 20
 * years, with annual retention raised from 80% to 85% gains about a quarter in discounted value per
 * customer: +23% by m r / (1 + i - r) in daily periods (+27% in annual periods, which pay a year's margin
 * only to those retained through the year).
 */
class RetentionLeverageValidationTest {

    @Test
    void fivePointsOfRetentionRaiseCustomerValueByAboutAQuarter() {
        ScenarioParams base = Params.with(
                        CustomerValueValidationTest.cohort(),
                        java.util.Map.of("customers.annualChurnAtNeutral", 0.20, "horizon.days", 7300))
                .named("retention-80", "");
        ScenarioParams better =
                Params.with(base, "customers.annualChurnAtNeutral", 0.15).named("retention-85", "");
        ExperimentResult r =
                Experiment.run(List.of(base, better), new ExperimentSettings(2, 3, 2, false), ExperimentListener.NONE);
        double before = r.scenarios().get(0).statistics(SummaryMetric.NPV).mean();
        double after = r.scenarios().get(1).statistics(SummaryMetric.NPV).mean();
        double gain = after / before - 1;
        System.out.printf("retention 80%% -> 85%%: value per customer %+.1f%%%n", 100 * gain);
        double expected = value(0.85, 7300) / value(0.80, 7300) - 1;
        // Tolerance 2 points: the two cohorts share their random numbers, so their ratio is much less
        // noisy than either value (each within 0.5%, see CustomerValueValidationTest).
        assertTrue(Math.abs(gain - expected) < 0.02, "gain " + gain + ", expected " + expected);
        assertTrue(gain > 0.2, "five points of retention are worth far more than five percent");
    }

    /** m r / (1 + i - r) per unit of daily margin, in daily periods, truncated after {@code days}. */
    private static double value(double annualRetention, int days) {
        double r = Math.pow(annualRetention, 1 / 365.0);
        double v = Math.pow(1.1, -1 / 365.0);
        return r * v / (1 - r * v) * (1 - Math.pow(r * v, days));
    }
}

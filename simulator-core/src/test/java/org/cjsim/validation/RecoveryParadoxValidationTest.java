package org.cjsim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.params.CustomerParams;
import org.junit.jupiter.api.Test;

/**
 * The service recovery paradox, with the default parameters: fast, fair, compensated recovery of a minor
 * first failure leaves the customer more satisfied than before the failure (McCollough &amp; Bharadwaj
 * 1992); a severe failure or a repeated one never does (Maxham &amp; Netemeyer 2002). The check follows a
 * customer's satisfaction through the model's own response functions: the issue's impact, then the
 * recovery at resolution.
 */
class RecoveryParadoxValidationTest {
    private static final CustomerParams C = CustomerParams.defaults();
    private static final double BEFORE = 8.0;

    private static double after(double severity, double days, double compensation, boolean owned, boolean repeat) {
        double damage = C.experience().issueImpact() * severity;
        double gain = CustomerResponse.recovery(
                C.recovery().recoveryMax(),
                C.recovery().recoveryTauDays(),
                days,
                CustomerResponse.fairness(C.recovery().fairnessBase(), compensation),
                owned,
                C.recovery().ownershipBonus(),
                repeat,
                C.recovery().repeatRecoveryFactor(),
                severity,
                C.recovery().severeThreshold(),
                C.recovery().severeRecoveryCap(),
                damage);
        return BEFORE - damage + gain;
    }

    @Test
    void fastFairCompensatedRecoveryOfAMinorFirstFailureRaisesSatisfaction() {
        for (double severity = 0.05; severity <= 0.4; severity += 0.05) {
            double s = after(severity, 0.25, 1.0, true, false);
            assertTrue(s > BEFORE, "severity " + severity + ": " + s);
        }
    }

    @Test
    void slowRecoveryShowsNoParadox() {
        for (double severity = 0.05; severity <= 0.7; severity += 0.05) {
            assertTrue(after(severity, 3, 1.0, true, false) < BEFORE, "severity " + severity);
        }
    }

    @Test
    void repeatFailureNeverShowsTheRecoveryParadox() {
        for (double severity = 0.05; severity <= 1.0; severity += 0.05) {
            for (double days = 0; days <= 5; days += 0.25) {
                assertTrue(after(severity, days, 1.0, true, true) < BEFORE, "severity " + severity + ", " + days);
            }
        }
    }

    @Test
    void severeFailureNeverShowsTheRecoveryParadox() {
        for (double severity = 0.71; severity <= 1.0; severity += 0.01) {
            for (double days = 0; days <= 5; days += 0.25) {
                assertTrue(after(severity, days, 1.0, true, false) < BEFORE, "severity " + severity + ", " + days);
            }
        }
    }
}

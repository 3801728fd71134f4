package org.cjsim.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    @Test
    void oneServerWaitsWithProbabilityRho() {
        assertEquals(0.7, ErlangC.probabilityOfWaiting(1, 0.7), 1e-12);
    }

    @Test
    void mm1MeanWaitIsRhoOverMuMinusLambda() {
        double lambda = 0.8;
        double mu = 1.0;
        assertEquals(0.8 / (1.0 - 0.8), ErlangC.meanWait(1, lambda, mu), 1e-12);
    }

    @Test
    void twoServersAtOfferedLoadOneWaitAThirdOfTheTime() {
        assertEquals(1.0 / 3, ErlangC.probabilityOfWaiting(2, 1.0), 1e-12);
    }

    @Test
    void anOverloadedQueueAlwaysWaits() {
        assertEquals(1.0, ErlangC.probabilityOfWaiting(3, 3.5));
        assertEquals(Double.POSITIVE_INFINITY, ErlangC.meanWait(3, 3.5, 1));
    }
}

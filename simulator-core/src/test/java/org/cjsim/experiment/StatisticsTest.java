package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void theConfidenceIntervalOfAMeanUsesStudentsT() {
        MetricStatistics s = MetricStatistics.of(new double[] {1, 2, 3, 4});
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(5.0 / 3), s.sd(), 1e-12);
        double half = 3.182446305284263 * Math.sqrt(5.0 / 3) / 2;
        assertEquals(2.5 - half, s.ciLow(), 1e-9);
        assertEquals(2.5 + half, s.ciHigh(), 1e-9);
    }

    @Test
    void missingValuesAreSkippedAndASingleValueHasNoInterval() {
        MetricStatistics s = MetricStatistics.of(new double[] {Double.NaN, 5});
        assertEquals(1, s.n());
        assertEquals(5, s.mean());
        assertTrue(Double.isNaN(s.ciLow()));
        assertEquals(0, MetricStatistics.of(new double[0]).n());
    }

    @Test
    void thePairedTestAgreesWithCommonsMath() {
        double[] a = {10.1, 11.3, 9.8, 12.4, 10.9, 11.7};
        double[] b = {9.7, 10.2, 9.9, 11.0, 10.1, 10.8};
        PairedDifference d = PairedDifference.of(a, b);
        assertEquals(new TTest().pairedTTest(a, b), d.pValue(), 1e-12);
        assertEquals((d.ciLow() + d.ciHigh()) / 2, d.mean(), 1e-12);
        assertTrue(d.significant());
    }

    @Test
    void identicalPairsGiveAZeroDifferenceThatIsNotSignificant() {
        PairedDifference d = PairedDifference.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertEquals(0, d.mean());
        assertEquals(1.0, d.pValue());
        assertFalse(d.significant());
        assertEquals(0, PairedDifference.zero(5).mean());
    }

    @Test
    void theWilsonIntervalStaysInsideZeroAndOne() {
        LadderRung all = LadderRung.of(null, null, 20, 20);
        assertEquals(1.0, all.share());
        assertTrue(all.ciLow() > 0.8 && all.ciHigh() <= 1.0 + 1e-12);
        LadderRung none = LadderRung.of(null, null, 20, 0);
        assertTrue(none.ciLow() >= -1e-12 && none.ciHigh() < 0.2);
        assertTrue(Double.isNaN(LadderRung.of(null, null, 0, 0).share()));
    }
}

package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cjsim.metrics.MetricUnit;
import org.junit.jupiter.api.Test;

class UnitFormatTest {
    private static final String MINUS = UnitFormat.MINUS;

    @Test
    void moneyAxisTicksUseTheCurrencySymbolAndThousands() {
        UnitFormat f = UnitFormat.axis(MetricUnit.CURRENCY, "$");
        assertEquals("$0", f.text(0));
        assertEquals("$500", f.text(500));
        assertEquals("$250k", f.text(250_000));
        assertEquals("$1.25M", f.text(1_250_000));
        assertEquals("$2B", f.text(2e9));
        assertEquals(MINUS + "$350k", f.text(-350_000));
    }

    @Test
    void neighbouringAxisTicksNeverLookTheSame() {
        UnitFormat f = UnitFormat.axis(MetricUnit.CURRENCY, "\u20ac");
        assertEquals("\u20ac5.002M", f.text(5_002_000));
        assertEquals("\u20ac5.004M", f.text(5_004_000));
    }

    @Test
    void moneyLabelsRoundToThreeSignificantDigits() {
        UnitFormat f = UnitFormat.label(MetricUnit.CURRENCY, "\u00a3");
        assertEquals("\u00a31.23M", f.text(1_234_567));
        assertEquals("\u00a312.3k", f.text(12_345));
        assertEquals("\u00a3999", f.text(999.4));
        assertEquals("\u00a31.00M", f.text(999_999));
        assertEquals("\u00a32.90M", f.text(2_901_000));
        assertEquals("\u00a3250k", f.text(250_000));
    }

    @Test
    void differencesCarryTheirSignAndZeroHasNone() {
        UnitFormat f = UnitFormat.differenceLabel(MetricUnit.CURRENCY, "$");
        assertEquals("+$54.1k", f.text(54_100));
        assertEquals(MINUS + "$1.17k", f.text(-1_170));
        assertEquals("$0", f.text(0));
        assertEquals("$0", f.text(-0.0001));
    }

    @Test
    void sharesArePercentagesAndTheirDifferencesPercentagePoints() {
        assertEquals("45%", UnitFormat.axis(MetricUnit.SHARE, "").text(0.45));
        assertEquals("72.4%", UnitFormat.label(MetricUnit.SHARE, "").text(0.7243));
        assertEquals("+2.5 pp", UnitFormat.differenceLabel(MetricUnit.SHARE, "").text(0.025));
    }

    @Test
    void countsUseThousandsSeparatorsThenK() {
        assertEquals("2,500", UnitFormat.axis(MetricUnit.COUNT, "").text(2500));
        assertEquals("1,973", UnitFormat.label(MetricUnit.COUNT, "").text(1973.4));
        assertEquals("12,500", UnitFormat.axis(MetricUnit.COUNT, "").text(12_500));
        assertEquals("1.5M", UnitFormat.axis(MetricUnit.COUNT, "").text(1_500_000));
        assertEquals("1.23M", UnitFormat.label(MetricUnit.COUNT, "").text(1_234_567));
    }

    @Test
    void scoresAndPlainNumbersUseTheMinusSign() {
        assertEquals(MINUS + "20", UnitFormat.axis(MetricUnit.SCORE, "").text(-20));
        assertEquals("+42.9", UnitFormat.differenceLabel(MetricUnit.SCORE, "").text(42.9));
        assertEquals("0.25", UnitFormat.axis(MetricUnit.RATIO, "").text(0.25000000000000006));
        assertEquals("n/a", UnitFormat.axis(MetricUnit.RATIO, "").text(Double.NaN));
    }

    @Test
    void itFormatsThroughTheNumberFormatInterfaceToo() {
        assertEquals("$1.5M", UnitFormat.axis(MetricUnit.CURRENCY, "$").format(1_500_000L));
        assertEquals("$1.5M", UnitFormat.axis(MetricUnit.CURRENCY, "$").format(1.5e6));
    }
}

package org.cjsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.ParsePosition;
import org.cjsim.metrics.MetricUnit;
import org.junit.jupiter.api.Test;

class UnitFormatTest {
    private static final String MINUS = UnitFormat.MINUS;

    private static String text(MetricUnit unit, double v) {
        return UnitFormat.ascii(unit).text(v);
    }

    private static String difference(MetricUnit unit, double v) {
        return UnitFormat.asciiDifference(unit).text(v);
    }

    // money

    @Test
    void moneyIsInWholeUnitsBelowAThousandThenThreeSignificantDigitsWithASuffix() {
        assertEquals("850", text(MetricUnit.CURRENCY, 850));
        assertEquals("3", text(MetricUnit.CURRENCY, 2.5));
        assertEquals("8.54k", text(MetricUnit.CURRENCY, 8_543));
        assertEquals("85.4k", text(MetricUnit.CURRENCY, 85_449));
        assertEquals("854k", text(MetricUnit.CURRENCY, 854_000));
        assertEquals("2.74M", text(MetricUnit.CURRENCY, 2_740_353));
        assertEquals("1.20B", text(MetricUnit.CURRENCY, 1.2e9));
        assertEquals("2.90M", text(MetricUnit.CURRENCY, 2_901_000));
    }

    @Test
    void moneyRoundsHalfUpAndMovesToTheNextSuffixAtItsBoundary() {
        assertEquals("999", text(MetricUnit.CURRENCY, 999.4));
        assertEquals("1.00k", text(MetricUnit.CURRENCY, 999.5));
        assertEquals("1.00k", text(MetricUnit.CURRENCY, 999.6));
        assertEquals("999k", text(MetricUnit.CURRENCY, 999_400));
        assertEquals("1.00M", text(MetricUnit.CURRENCY, 999_600));
        // 9,995 is a half: rounded on its decimal form, not on the binary 9.99499... of 9995 / 1000
        assertEquals("10.0k", text(MetricUnit.CURRENCY, 9_995));
        assertEquals("9.99k", text(MetricUnit.CURRENCY, 9_994));
    }

    @Test
    void moneyBeyondABillionGoesToTrillionsAndThenGrows() {
        assertEquals("999B", text(MetricUnit.CURRENCY, 999.4e9));
        assertEquals("1.00T", text(MetricUnit.CURRENCY, 999.6e9));
        assertEquals("1230T", text(MetricUnit.CURRENCY, 1.234e15));
    }

    @Test
    void signedMoneyShowsPlusAndMinusButNotForZero() {
        assertEquals("+85.4k", difference(MetricUnit.CURRENCY, 85_400));
        assertEquals("-1.20M", difference(MetricUnit.CURRENCY, -1_200_000));
        assertEquals("-1.20M", text(MetricUnit.CURRENCY, -1_200_000));
        assertEquals("0", difference(MetricUnit.CURRENCY, 0));
        assertEquals("0", difference(MetricUnit.CURRENCY, -0.3));
        assertEquals("0", text(MetricUnit.CURRENCY, -0.0));
    }

    @Test
    void moneyThatIsNotANumberOrInfiniteSaysSo() {
        assertEquals("n/a", difference(MetricUnit.CURRENCY, Double.NaN));
        assertEquals("infinity", text(MetricUnit.CURRENCY, Double.POSITIVE_INFINITY));
        assertEquals("-infinity", difference(MetricUnit.CURRENCY, Double.NEGATIVE_INFINITY));
        assertEquals("\u221e", UnitFormat.label(MetricUnit.CURRENCY, "$").text(Double.POSITIVE_INFINITY));
        assertEquals(
                MINUS + "\u221e", UnitFormat.label(MetricUnit.CURRENCY, "$").text(Double.NEGATIVE_INFINITY));
    }

    @Test
    void chartMoneyHasTheCurrencySymbolAfterTheMinusSign() {
        UnitFormat f = UnitFormat.differenceLabel(MetricUnit.CURRENCY, "$");
        assertEquals("+$54.1k", f.text(54_100));
        assertEquals(MINUS + "$1.17k", f.text(-1_170));
        assertEquals("$0", f.text(0));
        assertEquals("$0", f.text(-0.0001));
        assertEquals(
                "\u00a31.23M", UnitFormat.label(MetricUnit.CURRENCY, "\u00a3").text(1_234_567));
        assertEquals(
                "\u00a3250k", UnitFormat.label(MetricUnit.CURRENCY, "\u00a3").text(250_000));
    }

    @Test
    void moneyAxisTicksKeepTheDigitsTheyNeedAndNoTrailingZeros() {
        UnitFormat f = UnitFormat.axis(MetricUnit.CURRENCY, "$");
        assertEquals("$0", f.text(0));
        assertEquals("$500", f.text(500));
        assertEquals("$0.5", f.text(0.5));
        assertEquals("$250k", f.text(250_000));
        assertEquals("$1.25M", f.text(1_250_000));
        assertEquals("$2B", f.text(2e9));
        assertEquals(MINUS + "$350k", f.text(-350_000));
        UnitFormat euro = UnitFormat.axis(MetricUnit.CURRENCY, "\u20ac");
        assertEquals("\u20ac5.002M", euro.text(5_002_000));
        assertEquals("\u20ac5.004M", euro.text(5_004_000));
    }

    // shares

    @Test
    void sharesArePercentagesWithOneDecimal() {
        assertEquals("84.3%", text(MetricUnit.SHARE, 0.8431));
        assertEquals("45.0%", text(MetricUnit.SHARE, 0.45));
        assertEquals("0.1%", text(MetricUnit.SHARE, 0.0005));
        assertEquals("0.0%", text(MetricUnit.SHARE, 0.0004));
        assertEquals("100.0%", text(MetricUnit.SHARE, 0.99951));
        assertEquals("-5.0%", text(MetricUnit.SHARE, -0.05));
        assertEquals("0.0%", text(MetricUnit.SHARE, -0.0001));
        assertEquals("12,345.6%", text(MetricUnit.SHARE, 123.456));
        assertEquals("n/a", text(MetricUnit.SHARE, Double.NaN));
        assertEquals("infinity", text(MetricUnit.SHARE, Double.POSITIVE_INFINITY));
    }

    @Test
    void differencesOfSharesArePercentagePoints() {
        assertEquals("+4.1 pp", difference(MetricUnit.SHARE, 0.041));
        assertEquals("-6.6 pp", difference(MetricUnit.SHARE, -0.066));
        assertEquals("0.0 pp", difference(MetricUnit.SHARE, -0.0001));
        assertEquals("0.0 pp", difference(MetricUnit.SHARE, 0));
        assertEquals("+2.5 pp", UnitFormat.differenceLabel(MetricUnit.SHARE, "").text(0.025));
        assertEquals(
                MINUS + "2.5 pp",
                UnitFormat.differenceLabel(MetricUnit.SHARE, "").text(-0.025));
    }

    @Test
    void shareAxisTicksHaveNoTrailingZeros() {
        assertEquals("45%", UnitFormat.axis(MetricUnit.SHARE, "").text(0.45));
        assertEquals("12.5%", UnitFormat.axis(MetricUnit.SHARE, "").text(0.125));
        assertEquals("+2.5 pp", UnitFormat.differenceAxis(MetricUnit.SHARE, "").text(0.025));
    }

    @Test
    void narrowLabelsDropTheOneDecimalOfSharesAndScoresOnly() {
        UnitFormat share =
                new UnitFormat(MetricUnit.SHARE, "", false, UnitFormat.Precision.NARROW, UnitFormat.Glyphs.TYPESET);
        assertEquals("92%", share.text(0.92));
        assertEquals("93%", share.text(0.925));
        assertEquals("100%", share.text(0.9951));
        assertEquals("0%", share.text(0.0049));
        UnitFormat score =
                new UnitFormat(MetricUnit.SCORE, "", true, UnitFormat.Precision.NARROW, UnitFormat.Glyphs.TYPESET);
        assertEquals("+10", score.text(9.5));
        assertEquals(MINUS + "3", score.text(-2.96));
        assertEquals("0", score.text(-0.4));
        UnitFormat money =
                new UnitFormat(MetricUnit.CURRENCY, "$", false, UnitFormat.Precision.NARROW, UnitFormat.Glyphs.TYPESET);
        assertEquals("$2.90M", money.text(2_901_000));
        assertEquals(
                "2.47",
                new UnitFormat(MetricUnit.COUNT, "", false, UnitFormat.Precision.NARROW, UnitFormat.Glyphs.ASCII)
                        .text(2.4712));
    }

    // counts

    @Test
    void countsAreWholeWithThousandsSeparators() {
        assertEquals("0", text(MetricUnit.COUNT, 0));
        assertEquals("850", text(MetricUnit.COUNT, 850));
        assertEquals("1,095", text(MetricUnit.COUNT, 1095));
        assertEquals("1,973", text(MetricUnit.COUNT, 1973.4));
        assertEquals("1,974", text(MetricUnit.COUNT, 1973.5));
        assertEquals("1,234,567", text(MetricUnit.COUNT, 1_234_567));
        assertEquals("1,000,000,000,000", text(MetricUnit.COUNT, 1e12));
        assertEquals("-2,500", text(MetricUnit.COUNT, -2500));
        assertEquals("+2,500", difference(MetricUnit.COUNT, 2500));
        assertEquals("0", difference(MetricUnit.COUNT, -0.001));
        assertEquals("n/a", text(MetricUnit.COUNT, Double.NaN));
        assertEquals("-infinity", text(MetricUnit.COUNT, Double.NEGATIVE_INFINITY));
    }

    @Test
    void aMeanCountBelowAHundredKeepsThreeSignificantDigits() {
        assertEquals("12.5", text(MetricUnit.COUNT, 12.5));
        assertEquals("2.47", text(MetricUnit.COUNT, 2.4712));
        assertEquals("0.33", text(MetricUnit.COUNT, 1 / 3.0));
        assertEquals("100", text(MetricUnit.COUNT, 99.96));
        assertEquals("10", text(MetricUnit.COUNT, 9.996));
        assertEquals("3", text(MetricUnit.COUNT, 3.0));
    }

    @Test
    void countAxisTicksGoToMillionsAboveAMillion() {
        assertEquals("2,500", UnitFormat.axis(MetricUnit.COUNT, "").text(2500));
        assertEquals("12,500", UnitFormat.axis(MetricUnit.COUNT, "").text(12_500));
        assertEquals("1.5M", UnitFormat.axis(MetricUnit.COUNT, "").text(1_500_000));
        assertEquals("1,234,567", UnitFormat.label(MetricUnit.COUNT, "").text(1_234_567));
    }

    // scores, satisfaction points, days and hours

    @Test
    void scoresPointsDaysAndHoursHaveOneDecimal() {
        for (MetricUnit unit :
                new MetricUnit[] {MetricUnit.SCORE, MetricUnit.POINTS, MetricUnit.DAYS, MetricUnit.HOURS}) {
            assertEquals("19.8", text(unit, 19.75), unit.name());
            assertEquals("40.0", text(unit, 40), unit.name());
            assertEquals("-3.0", text(unit, -2.96), unit.name());
            assertEquals("+17.2", difference(unit, 17.2), unit.name());
            assertEquals("0.0", difference(unit, -0.04), unit.name());
            assertEquals("-0.1", difference(unit, -0.05), unit.name());
            assertEquals("9999.9", text(unit, 9999.94), unit.name());
            assertEquals("12,345.7", text(unit, 12_345.65), unit.name());
            assertEquals("n/a", text(unit, Double.NaN), unit.name());
            assertEquals("infinity", text(unit, Double.POSITIVE_INFINITY), unit.name());
        }
    }

    @Test
    void chartScoresUseTheMinusSign() {
        assertEquals(MINUS + "20", UnitFormat.axis(MetricUnit.SCORE, "").text(-20));
        assertEquals(MINUS + "20.0", UnitFormat.label(MetricUnit.SCORE, "").text(-20));
        assertEquals("+42.9", UnitFormat.differenceLabel(MetricUnit.SCORE, "").text(42.9));
    }

    // ratios

    @Test
    void ratiosHaveThreeSignificantDigitsAndAreWholeFromAHundred() {
        assertEquals("1.35", text(MetricUnit.RATIO, 1.349));
        assertEquals("0.25", text(MetricUnit.RATIO, 0.25000000000000006));
        assertEquals("0.123", text(MetricUnit.RATIO, 0.12345));
        assertEquals("12.3", text(MetricUnit.RATIO, 12.345));
        assertEquals("1.5", text(MetricUnit.RATIO, 1.5));
        assertEquals("123", text(MetricUnit.RATIO, 123.4));
        assertEquals("12,300", text(MetricUnit.RATIO, 12_345.6));
        assertEquals("-0.5", text(MetricUnit.RATIO, -0.5));
        assertEquals("+0.5", difference(MetricUnit.RATIO, 0.5));
        assertEquals("0", difference(MetricUnit.RATIO, 0));
        assertEquals("n/a", UnitFormat.axis(MetricUnit.RATIO, "").text(Double.NaN));
        assertEquals("0.25", UnitFormat.axis(MetricUnit.RATIO, "").text(0.25000000000000006));
        assertEquals("0.123457", UnitFormat.axis(MetricUnit.RATIO, "").text(0.1234567));
    }

    // intervals, the NumberFormat interface

    @Test
    void intervalsAreBracketedAndEmptyWithoutBothEnds() {
        assertEquals(
                "[+60.1k, +110k]",
                UnitFormat.asciiDifference(MetricUnit.CURRENCY).interval(60_100, 110_000));
        assertEquals(
                "[-52.8k, -164k]",
                UnitFormat.asciiDifference(MetricUnit.CURRENCY).interval(-52_800, -164_000));
        assertEquals("[77.9%, 78.9%]", UnitFormat.ascii(MetricUnit.SHARE).interval(0.779, 0.789));
        assertEquals("", UnitFormat.ascii(MetricUnit.SHARE).interval(Double.NaN, 0.5));
        assertEquals("", UnitFormat.ascii(MetricUnit.SHARE).interval(0.5, Double.NaN));
    }

    @Test
    void itFormatsThroughTheNumberFormatInterfaceAndDoesNotParse() {
        assertEquals("$1.5M", UnitFormat.axis(MetricUnit.CURRENCY, "$").format(1_500_000L));
        assertEquals("$1.5M", UnitFormat.axis(MetricUnit.CURRENCY, "$").format(1.5e6));
        assertNull(UnitFormat.axis(MetricUnit.CURRENCY, "$").parse("$1.5M", new ParsePosition(0)));
        assertEquals(UnitFormat.axis(MetricUnit.SHARE, ""), UnitFormat.axis(MetricUnit.SHARE, ""));
        assertNotEquals(UnitFormat.axis(MetricUnit.SHARE, ""), UnitFormat.label(MetricUnit.SHARE, ""));
        assertNotEquals(UnitFormat.label(MetricUnit.SHARE, ""), UnitFormat.ascii(MetricUnit.SHARE));
    }

    @Test
    void tablesAndChartsWriteTheSameDigitsForEveryUnit() {
        double[] values = {0, -0.3, 0.0123, 0.5, 2.4712, 19.75, -2.96, 999.5, 9_995, 85_449, -1_200_000, 1.2e9};
        for (MetricUnit unit : MetricUnit.values()) {
            for (double v : values) {
                String chart = UnitFormat.differenceLabel(unit, "").text(v).replace(MINUS, "-");
                assertEquals(difference(unit, v), chart, unit + " " + v);
            }
        }
    }

    // numbers that are not metric values

    @Test
    void parameterValuesAreWrittenAsAPersonTypesThem() {
        assertEquals("1", UnitFormat.parameter(1.0));
        assertEquals("36500", UnitFormat.parameter(36_500));
        assertEquals("0.0008", UnitFormat.parameter(0.0008));
        assertEquals("0.3", UnitFormat.parameter(0.1 + 0.2));
        assertEquals("-1.4", UnitFormat.parameter(-1.4));
        assertEquals("0", UnitFormat.parameter(-0.0));
        assertEquals("0.6666666667", UnitFormat.parameter(2 / 3.0));
        assertEquals("999999999999", UnitFormat.parameter(999_999_999_999.0));
        assertEquals("1.00e+12", UnitFormat.parameter(1e12));
        assertEquals("1.00e+300", UnitFormat.parameter(1e300));
        assertEquals("-2.50e-07", UnitFormat.parameter(-2.5e-7));
        assertEquals("0.000001", UnitFormat.parameter(1e-6));
        assertEquals("infinity", UnitFormat.parameter(Double.POSITIVE_INFINITY));
        assertEquals("-infinity", UnitFormat.parameter(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", UnitFormat.parameter(Double.NaN));
    }

    @Test
    void countsInMessagesHaveThousandsSeparators() {
        assertEquals("98,550", UnitFormat.count(98_550));
        assertEquals("1", UnitFormat.count(1));
        assertEquals("1,235", UnitFormat.count(1234.5));
    }

    @Test
    void horizonsInDaysNameWholeYears() {
        assertEquals("1,095 days (3 years)", UnitFormat.days(1095));
        assertEquals("365 days (1 year)", UnitFormat.days(365));
        assertEquals("60 days", UnitFormat.days(60));
        assertEquals("1 day", UnitFormat.days(1));
        assertEquals("400 days", UnitFormat.days(400));
    }

    @Test
    void durationsAreInSecondsMinutesOrHours() {
        assertEquals("4.2 s", UnitFormat.duration(4.24));
        assertEquals("43 s", UnitFormat.duration(42.6));
        assertEquals("3 min 5 s", UnitFormat.duration(185));
        assertEquals("1 h 2 min", UnitFormat.duration(3725));
    }
}

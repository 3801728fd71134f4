package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void moneyKeepsThreeSignificantDigitsWithASuffix() {
        assertEquals("850", Format.money(850));
        assertEquals("8.54k", Format.money(8_543));
        assertEquals("85.4k", Format.money(85_449));
        assertEquals("854k", Format.money(854_000));
        assertEquals("2.74M", Format.money(2_740_353));
        assertEquals("1.20B", Format.money(1.2e9));
    }

    @Test
    void moneyRoundsUpToTheNextSuffixAtItsBoundary() {
        assertEquals("999", Format.money(999.4));
        assertEquals("1.00k", Format.money(999.6));
        assertEquals("999k", Format.money(999_400));
        assertEquals("1.00M", Format.money(999_600));
    }

    @Test
    void signedMoneyShowsPlusAndMinusButNotForZero() {
        assertEquals("+85.4k", Format.money(85_400, true));
        assertEquals("-1.20M", Format.money(-1_200_000, true));
        assertEquals("0", Format.money(0, true));
        assertEquals("0", Format.money(-0.3, true));
        assertEquals("n/a", Format.money(Double.NaN, true));
    }

    @Test
    void sharesArePercentagesAndTheirDifferencesPercentagePoints() {
        assertEquals("84.3%", Format.percent(0.8431));
        assertEquals("+4.1 pp", Format.points(0.041));
        assertEquals("-6.6 pp", Format.points(-0.066));
        assertEquals("0.0 pp", Format.points(-0.0001));
    }

    @Test
    void horizonsInDaysNameWholeYears() {
        assertEquals("1,095 days (3 years)", Format.days(1095));
        assertEquals("365 days (1 year)", Format.days(365));
        assertEquals("60 days", Format.days(60));
    }

    @Test
    void longNamesAreCutWithATilde() {
        assertEquals("agentsPer1~", Format.fit("agentsPer1000Customers", 11));
        assertEquals("short", Format.fit("short", 11));
    }
}

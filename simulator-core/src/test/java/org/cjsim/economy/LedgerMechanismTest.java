package org.cjsim.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ledger's bookkeeping over several days. */
class LedgerMechanismTest {

    @Test
    void everyCostLineIsSubtractedAndRevenueIsNot() {
        for (LedgerLine line : LedgerLine.values()) {
            Ledger l = new Ledger(0);
            l.add(LedgerLine.GROSS_PROFIT, 100);
            if (line != LedgerLine.GROSS_PROFIT) {
                l.add(line, 10);
            }
            l.closeDay(0);
            double expected = line.isCost() ? 90 : 100;
            assertEquals(expected, l.netOfDay(), 1e-12, line.name());
        }
        assertEquals(
                14,
                java.util.Arrays.stream(LedgerLine.values())
                        .filter(LedgerLine::isCost)
                        .count());
    }

    @Test
    void amountsBookedTheSameDayAddUpAndANewDayStartsAtZero() {
        Ledger l = new Ledger(0.1);
        l.add(LedgerLine.WAGES, 30);
        l.add(LedgerLine.WAGES, 12);
        assertEquals(42, l.today(LedgerLine.WAGES), 1e-12);
        assertEquals(0, l.total(LedgerLine.WAGES), "a day counts only once closed");
        l.closeDay(0);
        assertEquals(42, l.total(LedgerLine.WAGES), 1e-12);
        l.startDay();
        assertEquals(0, l.today(LedgerLine.WAGES));
        l.add(LedgerLine.WAGES, 8);
        l.closeDay(1);
        assertEquals(50, l.total(LedgerLine.WAGES), 1e-12);
        assertEquals(-8, l.netOfDay(), 1e-12, "the net of the day last closed");
        assertEquals(-50, l.cumulativeNet(), 1e-12);
    }

    @Test
    void aLaterDayIsWorthLessAndWithoutDiscountingTheNpvIsTheNet() {
        Ledger discounted = new Ledger(0.2);
        Ledger flat = new Ledger(0);
        for (Ledger l : new Ledger[] {discounted, flat}) {
            for (int day = 0; day < 730; day++) {
                l.startDay();
                l.add(LedgerLine.GROSS_PROFIT, 10);
                l.closeDay(day);
            }
        }
        assertEquals(7300, flat.cumulativeNpv(), 1e-9);
        assertEquals(7300, discounted.cumulativeNet(), 1e-9);
        double expected = 0;
        for (int day = 0; day < 730; day++) {
            expected += 10 * Math.pow(1.2, -day / 365.0);
        }
        assertEquals(expected, discounted.cumulativeNpv(), 1e-6);
    }
}

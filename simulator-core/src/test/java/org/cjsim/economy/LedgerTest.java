package org.cjsim.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void netContributionIsGrossProfitMinusEveryCost() {
        Ledger l = new Ledger(0.1);
        l.add(LedgerLine.REVENUE, 1000);
        l.add(LedgerLine.GROSS_PROFIT, 350);
        l.add(LedgerLine.WAGES, 100);
        l.add(LedgerLine.GOODWILL, 20);
        l.add(LedgerLine.MARKETING, 30);
        l.closeDay(0);
        assertEquals(200, l.netOfDay(), 1e-12);
        assertEquals(1000, l.total(LedgerLine.REVENUE));
    }

    @Test
    void theNetPresentValueDiscountsEachDayAtTheAnnualRate() {
        Ledger l = new Ledger(0.1);
        for (int day = 0; day <= 365; day++) {
            l.startDay();
            l.add(LedgerLine.GROSS_PROFIT, day == 365 ? 110 : 0);
            l.closeDay(day);
        }
        assertEquals(100, l.cumulativeNpv(), 1e-9);
        assertEquals(110, l.cumulativeNet(), 1e-12);
    }
}

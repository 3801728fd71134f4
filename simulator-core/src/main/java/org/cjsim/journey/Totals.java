package org.cjsim.journey;

/** Run-level totals the summary needs beyond the daily series. */
final class Totals {
    double grossProfitReferred;
    double grossProfitNonReferred;
    double customerDaysNonReferred;
    double customerDays;
    long firstPurchases;
    long cases;
    long closedByCompany;
    long closedAtFirstContact;
    long contactsOnClosed;
    long escalations;
    double busy;
    double staffed;
    /** Promoter- and detractor-days of everyone who talks (customers and recent churners). */
    double promoterDays;

    double detractorDays;
    /** Customer-days by NPS segment (promoter, passive, detractor). */
    final double[] segmentDays = new double[3];
    /** Leavers by their NPS segment when they left. */
    final long[] segmentChurns = new long[3];

    double headcountDays;
    double stressDays;
    final DoubleList resolutionDays = new DoubleList();
}

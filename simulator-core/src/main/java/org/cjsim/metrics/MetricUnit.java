package org.cjsim.metrics;

/** How a metric's values are measured, so that tables and charts can format them. */
public enum MetricUnit {
    /** People, purchases, contacts... */
    COUNT,
    /** Money in the scenario's currency. */
    CURRENCY,
    /** A share in [0, 1], shown as a percentage. */
    SHARE,
    /** Net Promoter Score in [-100, 100]. */
    SCORE,
    /** Satisfaction points on the 0-10 likelihood-to-recommend scale. */
    POINTS,
    /** Days. */
    DAYS,
    /** Hours. */
    HOURS,
    /** A dimensionless ratio or index. */
    RATIO;

    /** True for amounts that grow with the size of the market (counts and money), false for intensive ones. */
    public boolean extensive() {
        return this == COUNT || this == CURRENCY;
    }
}

package org.cjsim.customer;

/** Where a person is in the customer journey. */
public enum Stage {
    /** Does not know the company. */
    UNAWARE,
    /** Knows the company but has not bought. */
    AWARE,
    /** Buys from the company. */
    CUSTOMER,
    /** Was a customer and left; still talks for a while, never comes back. */
    CHURNED;

    private static final Stage[] VALUES = values();

    /** The stage with this ordinal. */
    public static Stage of(int ordinal) {
        return VALUES[ordinal];
    }
}

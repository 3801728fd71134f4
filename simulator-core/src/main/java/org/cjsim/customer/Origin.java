package org.cjsim.customer;

/** How a customer was won. */
public enum Origin {
    /** Not (yet) a customer. */
    NONE,
    /** A customer already on day 0. */
    INITIAL,
    /** Won by paid marketing or by the answer to a pre-sale question. */
    PAID,
    /** Won by word of mouth from a friend or family member. */
    REFERRED;

    private static final Origin[] VALUES = values();

    /** The origin with this ordinal. */
    public static Origin of(int ordinal) {
        return VALUES[ordinal];
    }
}

package org.cjsim.customer;

/**
 * The state of every person, as parallel primitive arrays indexed by person (struct of arrays), so that a
 * million people fit in a few hundred megabytes and the daily phases run over arrays rather than objects.
 *
 * <p>Arrays are exposed to the model's phases in this package's sibling {@code journey}; other code reads
 * people through the accessor methods.
 */
public final class Population {
    /** Flag: the customer has referred someone (an advocate). */
    public static final int ADVOCATE = 1;
    /** Flag: the customer entered the retention ladder's no-issue group. */
    public static final int LADDER_NO_ISSUE = 2;
    /** Flag: the customer entered the retention ladder with a first issue. */
    public static final int LADDER_ISSUE = 4;
    /** Flag: a complaint is unresolved past the customer's patience (raised churn hazard). */
    public static final int GRIEVANCE = 8;
    /** Flag: a pre-sale question is waiting at the desk. */
    public static final int ASKING = 16;
    /** Flag: cannot be satisfied once an issue happened. */
    public static final int UNREASONABLE = 32;

    public final int size;
    public final byte[] stage;
    public final byte[] origin;
    public final byte[] flags;
    /** Satisfaction on the 0-10 likelihood-to-recommend scale. */
    public final double[] satisfaction;
    /** What the customer believes the company promised, 0-10. */
    public final double[] expectation;
    /** How well the product fits this person: an offset to experienced quality, in points. */
    public final float[] taste;
    /** Spend per purchase, in currency. */
    public final float[] spend;
    /** Day the person became a customer (negative for customers before day 0). */
    public final float[] customerSince;
    /** Day the person stopped being a customer. */
    public final float[] churnDay;
    /** Day until which a silent issue raises the churn hazard. */
    public final float[] silentUntil;
    /** Purchases since the start of the run. */
    public final int[] purchases;
    /** Issues the person has had. */
    public final short[] failures;
    /** Pieces of negative word of mouth heard before buying. */
    public final byte[] skepticism;

    private final int[] stageCount = new int[Stage.values().length];

    public Population(int size) {
        this.size = size;
        stage = new byte[size];
        origin = new byte[size];
        flags = new byte[size];
        satisfaction = new double[size];
        expectation = new double[size];
        taste = new float[size];
        spend = new float[size];
        customerSince = new float[size];
        churnDay = new float[size];
        silentUntil = new float[size];
        purchases = new int[size];
        failures = new short[size];
        skepticism = new byte[size];
        stageCount[Stage.UNAWARE.ordinal()] = size;
    }

    /** Moves person {@code i} to {@code s}, keeping the stage counts. */
    public void setStage(int i, Stage s) {
        stageCount[stage[i]]--;
        stage[i] = (byte) s.ordinal();
        stageCount[s.ordinal()]++;
    }

    public Stage stage(int i) {
        return Stage.of(stage[i]);
    }

    public boolean isCustomer(int i) {
        return stage[i] == Stage.CUSTOMER.ordinal();
    }

    /** Number of people in stage {@code s}. */
    public int count(Stage s) {
        return stageCount[s.ordinal()];
    }

    public boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public void set(int i, int flag) {
        flags[i] |= (byte) flag;
    }

    public void clear(int i, int flag) {
        flags[i] &= (byte) ~flag;
    }

    public Origin origin(int i) {
        return Origin.of(origin[i]);
    }

    /** Sets the satisfaction of {@code i}, clamped to [0, 10] and to the ceiling of an unreasonable customer. */
    public void setSatisfaction(int i, double s, double unreasonableCeiling) {
        double v = Math.max(0, Math.min(10, s));
        if (failures[i] > 0 && has(i, UNREASONABLE)) {
            v = Math.min(v, unreasonableCeiling);
        }
        satisfaction[i] = v;
    }
}

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

    /*
     * Counts over customers, kept as they change so that the day's close needs no pass over everyone: by NPS
     * segment (promoter, passive, detractor), advocates, repeat customers, and the sum of satisfaction in fixed
     * point (exact, so the sum does not depend on the order of the changes).
     */
    private static final double FIXED_POINT = 0x1p36;
    private final int[] segmentCount = new int[3];
    private int advocateCustomers;
    private int repeatCustomers;
    private long satisfactionSum;

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

    /**
     * Moves person {@code i} to {@code s}, keeping the stage counts and the counts over customers (set the
     * origin and satisfaction of someone who becomes a customer before or after: both are counted).
     */
    public void setStage(int i, Stage s) {
        if (isCustomer(i)) {
            count(i, -1);
        }
        stageCount[stage[i]]--;
        stage[i] = (byte) s.ordinal();
        stageCount[s.ordinal()]++;
        if (isCustomer(i)) {
            count(i, 1);
        }
    }

    private void count(int i, int sign) {
        double v = satisfaction[i];
        segmentCount[segment(v)] += sign;
        satisfactionSum += sign * fixed(v);
        if (has(i, ADVOCATE)) {
            advocateCustomers += sign;
        }
        if (isRepeat(i)) {
            repeatCustomers += sign;
        }
    }

    /** 0 for a promoter, 1 for a passive, 2 for a detractor. */
    private static int segment(double s) {
        return CustomerResponse.isPromoter(s) ? 0 : CustomerResponse.isDetractor(s) ? 2 : 1;
    }

    private static long fixed(double s) {
        return Math.round(s * FIXED_POINT);
    }

    /** A repeat customer: two purchases or more in the run, or a customer already before day 0. */
    private boolean isRepeat(int i) {
        return purchases[i] >= 2 || origin[i] == Origin.INITIAL.ordinal();
    }

    /** Sets the origin of {@code i}, keeping the counts over customers. */
    public void setOrigin(int i, Origin o) {
        boolean customer = isCustomer(i);
        if (customer) {
            count(i, -1);
        }
        origin[i] = (byte) o.ordinal();
        if (customer) {
            count(i, 1);
        }
    }

    /** Counts a purchase of {@code i}, keeping the count of repeat customers. */
    public void addPurchase(int i) {
        boolean before = isRepeat(i);
        purchases[i]++;
        if (isCustomer(i) && !before && isRepeat(i)) {
            repeatCustomers++;
        }
    }

    /** Customers who are promoters (satisfaction of 9 or more). */
    public int promoters() {
        return segmentCount[0];
    }

    /** Customers who are detractors (satisfaction of 6 or less). */
    public int detractors() {
        return segmentCount[2];
    }

    /** Customers who have referred someone. */
    public int advocates() {
        return advocateCustomers;
    }

    /** Customers with two purchases or more in the run, or who were customers before day 0. */
    public int repeatCustomers() {
        return repeatCustomers;
    }

    /** Sum of the customers' satisfaction (exact to about 1e-11 per customer). */
    public double customerSatisfactionSum() {
        return satisfactionSum / FIXED_POINT;
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
        if ((flag & ADVOCATE) != 0 && !has(i, ADVOCATE) && isCustomer(i)) {
            advocateCustomers++;
        }
        flags[i] |= (byte) flag;
    }

    public void clear(int i, int flag) {
        if ((flag & ADVOCATE) != 0 && has(i, ADVOCATE) && isCustomer(i)) {
            advocateCustomers--;
        }
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
        if (isCustomer(i)) {
            double old = satisfaction[i];
            segmentCount[segment(old)]--;
            segmentCount[segment(v)]++;
            satisfactionSum += fixed(v) - fixed(old);
        }
        satisfaction[i] = v;
    }
}

package org.cjsim.network;

import ec.util.MersenneTwisterFast;

/**
 * The friends-and-family network over people {@code 0..n-1}: households, whose members share strong
 * family ties, and a friendship layer of weak ties, in compressed sparse row form. In the mixed network
 * there are no stored ties: everyone reaches everyone with equal probability and the strong weight.
 *
 * <p>Households are contiguous ranges of person indices ({@code householdStart[h] <= i <
 * householdStart[h+1]}); friendship ties were generated over a random permutation, so that they are
 * unrelated to households.
 */
public final class SocialNetwork {
    private final int n;
    private final boolean mixed;
    private final int[] householdOf;
    private final int[] householdStart;
    private final int[] friendOffset;
    private final int[] friends;
    private final double strongWeight;
    private final double weakWeight;

    SocialNetwork(
            int n,
            boolean mixed,
            int[] householdOf,
            int[] householdStart,
            int[] friendOffset,
            int[] friends,
            double strongWeight,
            double weakWeight) {
        this.n = n;
        this.mixed = mixed;
        this.householdOf = householdOf;
        this.householdStart = householdStart;
        this.friendOffset = friendOffset;
        this.friends = friends;
        this.strongWeight = strongWeight;
        this.weakWeight = weakWeight;
    }

    /** Number of people. */
    public int size() {
        return n;
    }

    /** True for the mixed (mean-field) network, which stores no ties. */
    public boolean isMixed() {
        return mixed;
    }

    /** The household index of person {@code i}. */
    public int household(int i) {
        return householdOf[i];
    }

    /** Number of households. */
    public int households() {
        return householdStart.length - 1;
    }

    /** Number of other members of person {@code i}'s household. */
    public int familyTies(int i) {
        int h = householdOf[i];
        return householdStart[h + 1] - householdStart[h] - 1;
    }

    /** Number of friendship ties of person {@code i}. */
    public int friendTies(int i) {
        return friendOffset[i + 1] - friendOffset[i];
    }

    /** The {@code k}-th friend of person {@code i}, {@code 0 <= k < friendTies(i)}. */
    public int friend(int i, int k) {
        return friends[friendOffset[i] + k];
    }

    /** The {@code k}-th other member of person {@code i}'s household, {@code 0 <= k < familyTies(i)}. */
    public int familyMember(int i, int k) {
        int start = householdStart[householdOf[i]];
        int j = start + k;
        return j >= i ? j + 1 : j;
    }

    /** Total number of undirected ties (family and friendship); 0 for the mixed network. */
    public long ties() {
        long family = 0;
        for (int h = 0; h < households(); h++) {
            long s = householdStart[h + 1] - householdStart[h];
            family += s * (s - 1) / 2;
        }
        return family + friends.length / 2;
    }

    /** The influence weight of the tie between {@code i} and {@code j}: strong within a household. */
    public double weight(int i, int j) {
        return mixed || householdOf[i] == householdOf[j] ? strongWeight : weakWeight;
    }

    /**
     * A listener for person {@code i}: a neighbour chosen with probability proportional to tie weight, or a
     * uniformly chosen other person in the mixed network. Returns -1 if {@code i} has no ties.
     */
    public int pickListener(int i, MersenneTwisterFast rng) {
        return pickListener(i, rng.nextDouble());
    }

    /**
     * The listener of {@link #pickListener(int, MersenneTwisterFast)} chosen by the uniform {@code u} in [0,
     * 1), by inversion: the same {@code u} picks the same neighbour.
     */
    public int pickListener(int i, double u) {
        if (mixed) {
            if (n < 2) {
                return -1;
            }
            int j = Math.min(n - 2, (int) (u * (n - 1)));
            return j >= i ? j + 1 : j;
        }
        int family = familyTies(i);
        int friendCount = friendTies(i);
        double familyWeight = family * strongWeight;
        double total = familyWeight + friendCount * weakWeight;
        if (total <= 0) {
            return -1;
        }
        double x = u * total;
        if (x < familyWeight) {
            int k = Math.min(family - 1, (int) (x / strongWeight));
            return familyMember(i, k);
        }
        int k = Math.min(friendCount - 1, (int) ((x - familyWeight) / weakWeight));
        return friends[friendOffset[i] + k];
    }
}

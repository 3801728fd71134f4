package org.cjsim.customer;

/**
 * A set of person indices in {@code [0, capacity)} with constant-time add, remove and membership, and a
 * dense array of members for fast iteration. Removal moves the last member into the freed slot, so the
 * iteration order is deterministic but not sorted.
 */
public final class IndexSet {
    private final int[] members;
    private final int[] position;
    private int size;

    public IndexSet(int capacity) {
        members = new int[capacity];
        position = new int[capacity];
        java.util.Arrays.fill(position, -1);
    }

    public int size() {
        return size;
    }

    /** The member at slot {@code k}, {@code 0 <= k < size()}. */
    public int get(int k) {
        return members[k];
    }

    public boolean contains(int i) {
        return position[i] >= 0;
    }

    /** Adds {@code i}; returns false if it was already a member. */
    public boolean add(int i) {
        if (position[i] >= 0) {
            return false;
        }
        position[i] = size;
        members[size++] = i;
        return true;
    }

    /** Removes {@code i}; returns false if it was not a member. */
    public boolean remove(int i) {
        int p = position[i];
        if (p < 0) {
            return false;
        }
        int last = members[--size];
        members[p] = last;
        position[last] = p;
        position[i] = -1;
        return true;
    }
}

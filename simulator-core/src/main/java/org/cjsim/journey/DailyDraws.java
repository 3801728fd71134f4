package org.cjsim.journey;

import org.cjsim.random.KeyedRandom;
import org.cjsim.random.KeyedStream;

/**
 * The keyed random numbers of one daily process (purchases, churn, word of mouth...): the candidates of a
 * day, and the key of each person's event of that day ({@link KeyedRandom}).
 *
 * <p>Candidates are drawn over the whole population, not over the members of a set (the customers, the
 * prospects), with a bound that no lever moves, from a stream keyed by (process, day). So the candidates of a
 * day are the same people in every run of a replication, whatever the strategy did to the sets; the caller
 * keeps those who are members and accepts each with probability {@code p_i / pMax} from the uniform of
 * {@link Decision#ACCEPT} under {@link #key(int)} ({@link #accept}). A person whose probability a strategy changes from {@code
 * p} to {@code p'} then has the same event in both runs except with probability {@code |p - p'|}.
 */
final class DailyDraws {
    private final long root;
    private final KeyedStream stream = new KeyedStream(0);
    private final IntBuffer candidates = new IntBuffer();
    private long dayKey;

    /** @param root the process's root key ({@link org.cjsim.random.RandomStreams#key}) */
    DailyDraws(long root) {
        this.root = root;
    }

    /**
     * Starts day {@code day}: the people of {@code 0..n-1} selected independently with probability {@code
     * pMax}, in increasing order (valid until the next call).
     */
    IntBuffer candidates(int day, int n, double pMax) {
        startDay(day);
        stream.reset(KeyedRandom.child(dayKey, -1));
        Sampling.candidates(n, pMax, stream, candidates);
        return candidates;
    }

    /** Starts day {@code day} without candidates (for a process that visits every member of a small set). */
    void startDay(int day) {
        dayKey = KeyedRandom.child(root, day);
    }

    /** The key of person {@code i}'s event on the current day. */
    long key(int i) {
        return KeyedRandom.child(dayKey, i);
    }

    /**
     * True if the candidate whose event is keyed {@code key}, drawn at bound {@code pMax}, has the event with
     * probability {@code p}: {@code u * pMax < p} with the uniform of {@link Decision#ACCEPT}.
     */
    static boolean accept(long key, double p, double pMax) {
        return KeyedRandom.uniform(Decision.ACCEPT.of(key)) * pMax < p;
    }
}

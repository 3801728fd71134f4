package org.cjsim.random;

import java.nio.charset.StandardCharsets;

/**
 * Seed derivation: a replication's seed from (master seed, replication index), and a named stream's seed
 * from (replication seed, stream name).
 *
 * <p>Both use the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014) over 64 bits, and stream names are
 * hashed with 64-bit FNV-1a, so that nearby master seeds or indices give unrelated seeds. Streams are
 * seeded with all 64 bits (as an {@code int[]}), because MASON's {@code MersenneTwisterFast(long)}
 * keeps only the low 32 bits.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /** The seed of replication {@code index} of an experiment with master seed {@code master}. */
    public static long replication(long master, int index) {
        return mix(mix(master) + GOLDEN * (index + 1L));
    }

    /** The seed of the stream called {@code name} within a replication seeded with {@code replicationSeed}. */
    public static long stream(long replicationSeed, String name) {
        return mix(replicationSeed ^ mix(fnv1a(name)));
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Four 32-bit words from a 64-bit seed, for {@code MersenneTwisterFast.setSeed(int[])}. */
    static int[] words(long seed) {
        long a = mix(seed + GOLDEN);
        long b = mix(seed + 2 * GOLDEN);
        return new int[] {(int) a, (int) (a >>> 32), (int) b, (int) (b >>> 32)};
    }
}

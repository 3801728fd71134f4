package org.cjsim.network;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.cjsim.params.NetworkParams;
import org.cjsim.params.NetworkType;
import org.cjsim.random.Draws;

/**
 * Builds the friends-and-family network: households (sizes 1 + Poisson(mean - 1)) and a friendship layer
 * from one of the generators of {@link NetworkType}. Everything works on primitive arrays, so that a
 * network of a million people takes a few hundred megabytes at most and a few seconds.
 */
public final class NetworkFactory {
    private NetworkFactory() {}

    /** A network over {@code n} people, drawn from {@code rng}. */
    public static SocialNetwork build(NetworkParams p, int n, MersenneTwisterFast rng) {
        if (p.type() == NetworkType.MIXED) {
            int[] householdOf = new int[n];
            int[] householdStart = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                householdStart[i] = i;
                if (i < n) {
                    householdOf[i] = i;
                }
            }
            return new SocialNetwork(
                    n, true, householdOf, householdStart, new int[n + 1], new int[0], p.strongTieWeight(), 1.0);
        }
        int[][] households = households(n, p.meanHouseholdSize(), rng);
        int[] permutation = permutation(n, rng);
        EdgeList edges =
                switch (p.type()) {
                    case SMALL_WORLD -> wattsStrogatz(n, p.meanDegree(), p.rewiring(), permutation, rng);
                    case BARABASI_ALBERT -> barabasiAlbert(n, p.meanDegree(), permutation, rng);
                    case ERDOS_RENYI -> erdosRenyi(n, p.meanDegree(), rng);
                    case MIXED -> throw new AssertionError();
                };
        int[] offset = new int[n + 1];
        int[] friends = edges.toAdjacency(n, offset);
        return new SocialNetwork(
                n, false, households[0], households[1], offset, friends, p.strongTieWeight(), p.weakTieWeight());
    }

    /** {householdOf, householdStart} with households as contiguous index ranges. */
    static int[][] households(int n, double meanSize, MersenneTwisterFast rng) {
        int[] householdOf = new int[n];
        int[] start = new int[n + 1];
        int h = 0;
        int i = 0;
        while (i < n) {
            int size = 1 + Draws.poisson(rng, meanSize - 1);
            start[h] = i;
            int end = Math.min(n, i + size);
            for (; i < end; i++) {
                householdOf[i] = h;
            }
            h++;
        }
        start[h] = n;
        return new int[][] {householdOf, Arrays.copyOf(start, h + 1)};
    }

    static int[] permutation(int n, MersenneTwisterFast rng) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /**
     * Watts-Strogatz (1998): a ring lattice over a random permutation, each person tied to the k/2
     * nearest on either side, each tie rewired to a uniformly chosen person with probability {@code beta}.
     */
    static EdgeList wattsStrogatz(int n, double meanDegree, double beta, int[] perm, MersenneTwisterFast rng) {
        int half = Math.max(0, Math.min((n - 1) / 2, (int) Math.round(meanDegree / 2)));
        EdgeList edges = new EdgeList((long) n * half);
        for (int p = 0; p < n; p++) {
            int u = perm[p];
            for (int j = 1; j <= half; j++) {
                int v = perm[(p + j) % n];
                if (beta > 0 && rng.nextDouble() < beta) {
                    int w = rng.nextInt(n - 1);
                    v = w >= u ? w + 1 : w;
                }
                edges.add(u, v);
            }
        }
        return edges;
    }

    /**
     * Barabasi-Albert (1999): people join one by one (in a random order) and tie to m = k/2 distinct
     * earlier people chosen with probability proportional to their degree.
     */
    static EdgeList barabasiAlbert(int n, double meanDegree, int[] perm, MersenneTwisterFast rng) {
        int m = Math.max(1, (int) Math.round(meanDegree / 2));
        if (n <= m) {
            return erdosRenyi(n, meanDegree, rng);
        }
        EdgeList edges = new EdgeList((long) n * m);
        int[] endpoints = new int[(int) Math.min(Integer.MAX_VALUE - 8, 2L * n * m + (long) m * m)];
        int count = 0;
        for (int a = 0; a <= m; a++) {
            for (int b = a + 1; b <= m; b++) {
                edges.add(perm[a], perm[b]);
                endpoints[count++] = perm[a];
                endpoints[count++] = perm[b];
            }
        }
        int[] chosen = new int[m];
        for (int t = m + 1; t < n; t++) {
            int u = perm[t];
            int found = 0;
            while (found < m) {
                int v = endpoints[rng.nextInt(count)];
                boolean duplicate = false;
                for (int k = 0; k < found; k++) {
                    duplicate |= chosen[k] == v;
                }
                if (!duplicate) {
                    chosen[found++] = v;
                }
            }
            for (int k = 0; k < m; k++) {
                edges.add(u, chosen[k]);
                endpoints[count++] = u;
                endpoints[count++] = chosen[k];
            }
        }
        return edges;
    }

    /** Erdos-Renyi G(n, M) with M = n k / 2 uniformly chosen pairs (duplicates merged). */
    static EdgeList erdosRenyi(int n, double meanDegree, MersenneTwisterFast rng) {
        long m = Math.round(n * meanDegree / 2);
        EdgeList edges = new EdgeList(m);
        if (n < 2) {
            return edges;
        }
        for (long e = 0; e < m; e++) {
            int u = rng.nextInt(n);
            int w = rng.nextInt(n - 1);
            edges.add(u, w >= u ? w + 1 : w);
        }
        return edges;
    }

    /** An undirected edge list that turns into sorted, duplicate-free adjacency lists. */
    static final class EdgeList {
        private int[] from;
        private int[] to;
        private int size;

        EdgeList(long capacity) {
            int c = (int) Math.max(16, Math.min(Integer.MAX_VALUE - 8, capacity));
            from = new int[c];
            to = new int[c];
        }

        void add(int u, int v) {
            if (u == v) {
                return;
            }
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = u;
            to[size] = v;
            size++;
        }

        int size() {
            return size;
        }

        /** Fills {@code offset} (length n + 1) and returns the adjacency array, each list sorted and unique. */
        int[] toAdjacency(int n, int[] offset) {
            int[] degree = new int[n + 1];
            for (int e = 0; e < size; e++) {
                degree[from[e]]++;
                degree[to[e]]++;
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + degree[i];
            }
            int[] adjacency = new int[start[n]];
            int[] fill = Arrays.copyOf(start, n);
            for (int e = 0; e < size; e++) {
                adjacency[fill[from[e]]++] = to[e];
                adjacency[fill[to[e]]++] = from[e];
            }
            from = null;
            to = null;
            int write = 0;
            for (int i = 0; i < n; i++) {
                int a = start[i];
                int b = start[i + 1];
                Arrays.sort(adjacency, a, b);
                offset[i] = write;
                int last = -1;
                for (int k = a; k < b; k++) {
                    if (adjacency[k] != last) {
                        adjacency[write++] = adjacency[k];
                        last = adjacency[k];
                    }
                }
            }
            offset[n] = write;
            return write == adjacency.length ? adjacency : Arrays.copyOf(adjacency, write);
        }
    }
}

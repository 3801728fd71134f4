package org.cjsim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.cjsim.params.NetworkParams;
import org.cjsim.params.NetworkType;
import org.junit.jupiter.api.Test;

class NetworkFactoryTest {
    private static final int N = 20_000;

    private static NetworkParams params(NetworkType type) {
        NetworkParams d = NetworkParams.defaults();
        return new NetworkParams(
                type, d.meanHouseholdSize(), d.meanDegree(), d.rewiring(), d.strongTieWeight(), d.weakTieWeight());
    }

    private static SocialNetwork build(NetworkType type, long seed) {
        return NetworkFactory.build(params(type), N, new MersenneTwisterFast(seed));
    }

    @Test
    void householdsHaveTheMeanSize() {
        SocialNetwork net = build(NetworkType.SMALL_WORLD, 1);
        assertEquals(2.5, N / (double) net.households(), 0.05);
    }

    @Test
    void smallWorldTiesAreSymmetricWithoutSelfLoopsAtTheMeanDegree() {
        SocialNetwork net = build(NetworkType.SMALL_WORLD, 2);
        long degrees = 0;
        for (int i = 0; i < N; i++) {
            degrees += net.friendTies(i);
            for (int k = 0; k < net.friendTies(i); k++) {
                int j = net.friend(i, k);
                assertNotEquals(i, j);
                assertTrue(hasFriend(net, j, i), "tie " + i + "-" + j + " is one-way");
            }
        }
        // Rewiring merges a few duplicate ties, so the mean degree is just under 8.
        assertEquals(8.0, degrees / (double) N, 0.05);
    }

    private static boolean hasFriend(SocialNetwork net, int i, int j) {
        for (int k = 0; k < net.friendTies(i); k++) {
            if (net.friend(i, k) == j) {
                return true;
            }
        }
        return false;
    }

    @Test
    void barabasiAlbertHasHubsAndErdosRenyiDoesNot() {
        SocialNetwork ba = build(NetworkType.BARABASI_ALBERT, 3);
        SocialNetwork er = build(NetworkType.ERDOS_RENYI, 3);
        assertEquals(8.0, meanDegree(ba), 0.1);
        assertEquals(8.0, meanDegree(er), 0.1);
        assertTrue(maxDegree(ba) > 100, "largest BA degree " + maxDegree(ba));
        assertTrue(maxDegree(er) < 30, "largest ER degree " + maxDegree(er));
    }

    private static double meanDegree(SocialNetwork net) {
        long d = 0;
        for (int i = 0; i < N; i++) {
            d += net.friendTies(i);
        }
        return d / (double) N;
    }

    private static int maxDegree(SocialNetwork net) {
        int max = 0;
        for (int i = 0; i < N; i++) {
            max = Math.max(max, net.friendTies(i));
        }
        return max;
    }

    @Test
    void listenersAreChosenInProportionToTieWeight() {
        SocialNetwork net = build(NetworkType.SMALL_WORLD, 4);
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        long family = 0;
        double expectedShare = 0;
        int draws = 0;
        for (int i = 0; i < N; i++) {
            int f = net.familyTies(i);
            int w = net.friendTies(i);
            if (f + w == 0) {
                continue;
            }
            double familyWeight = f * 1.0;
            expectedShare += familyWeight / (familyWeight + w * 0.4);
            for (int k = 0; k < 10; k++) {
                int j = net.pickListener(i, rng);
                if (net.household(j) == net.household(i)) {
                    family++;
                }
                draws++;
            }
        }
        // 200,000 draws: the standard error of the share is about 0.001.
        assertEquals(expectedShare * 10 / draws, family / (double) draws, 0.005);
    }

    @Test
    void theMixedNetworkPicksAnyOtherPersonUniformly() {
        NetworkParams p = params(NetworkType.MIXED);
        SocialNetwork net = NetworkFactory.build(p, 10, new MersenneTwisterFast(6));
        MersenneTwisterFast rng = new MersenneTwisterFast(7);
        int[] counts = new int[10];
        for (int k = 0; k < 90_000; k++) {
            counts[net.pickListener(3, rng)]++;
        }
        assertEquals(0, counts[3]);
        for (int j = 0; j < 10; j++) {
            if (j != 3) {
                assertEquals(10_000, counts[j], 400);
            }
        }
        assertEquals(1.0, net.weight(1, 2));
    }

    @Test
    void theSameSeedBuildsTheSameNetwork() {
        SocialNetwork a = build(NetworkType.SMALL_WORLD, 9);
        SocialNetwork b = build(NetworkType.SMALL_WORLD, 9);
        for (int i = 0; i < N; i += 97) {
            assertEquals(a.friendTies(i), b.friendTies(i));
            assertEquals(a.household(i), b.household(i));
        }
    }

    @Test
    void tieWeightsAreStrongWithinAHouseholdAndWeakOutside() {
        SocialNetwork net = build(NetworkType.SMALL_WORLD, 10);
        int i = 0;
        while (net.familyTies(i) == 0) {
            i++;
        }
        assertEquals(1.0, net.weight(i, net.familyMember(i, 0)));
        assertEquals(0.4, net.weight(i, (i + N / 2) % N));
    }
}

package org.cjsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.network.SocialNetwork;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {

    private static SocialNetwork network(ScenarioParams scenario) {
        CustomerJourneyModel model = new CustomerJourneyModel(scenario, 3);
        model.start();
        return model.network();
    }

    private static SocialNetwork labNetwork() {
        return network(Lab.withLabPopulation(ScenarioParams.defaults()));
    }

    private static double distance(NetworkLayout layout, int i, int j) {
        return Math.hypot(layout.x(i) - layout.x(j), layout.y(i) - layout.y(j));
    }

    @Test
    void everyPersonIsPlacedInsideTheSquare() {
        NetworkLayout layout = NetworkLayout.of(labNetwork(), 100, 1);
        assertEquals(Lab.LAB_POPULATION, layout.people());
        for (int i = 0; i < layout.people(); i++) {
            assertTrue(layout.x(i) >= 0 && layout.x(i) <= 100, "x of " + i);
            assertTrue(layout.y(i) >= 0 && layout.y(i) <= 100, "y of " + i);
        }
    }

    @Test
    void theSameSeedGivesTheSameLayout() {
        SocialNetwork network = labNetwork();
        NetworkLayout a = NetworkLayout.of(network, 100, 9);
        NetworkLayout b = NetworkLayout.of(network, 100, 9);
        for (int i = 0; i < a.people(); i++) {
            assertEquals(a.x(i), b.x(i));
            assertEquals(a.y(i), b.y(i));
        }
    }

    @Test
    void familyMembersSitCloserTogetherThanFriendsAndFriendsCloserThanStrangers() {
        SocialNetwork network = labNetwork();
        NetworkLayout layout = NetworkLayout.of(network, 100, 2);
        double family = 0;
        int families = 0;
        double friends = 0;
        int friendships = 0;
        for (int[] tie : NetworkLayout.ties(network)) {
            if (tie[2] == 1) {
                family += distance(layout, tie[0], tie[1]);
                families++;
            } else {
                friends += distance(layout, tie[0], tie[1]);
                friendships++;
            }
        }
        double strangers = 0;
        int n = layout.people();
        for (int i = 0; i < n; i++) {
            strangers += distance(layout, i, (i + n / 2) % n);
        }
        family /= families;
        friends /= friendships;
        strangers /= n;
        // this seed gives about 6.4, 22.5 and 31: households are tight clusters; friendships join households
        // at random (the lattice runs over a random permutation of people), so the household graph is close
        // to a random graph and friends can sit only somewhat closer than strangers
        assertTrue(family < 0.5 * friends, "family " + family + ", friends " + friends);
        assertTrue(friends < 0.85 * strangers, "friends " + friends + ", strangers " + strangers);
    }

    @Test
    void eachTieIsListedOnceFromItsLowerIndex() {
        SocialNetwork network = labNetwork();
        int[][] ties = NetworkLayout.ties(network);
        Set<Long> seen = new HashSet<>();
        for (int[] tie : ties) {
            assertTrue(tie[0] < tie[1]);
            assertTrue(seen.add((long) tie[0] * network.size() + tie[1]), "tie listed twice");
            assertEquals(tie[2] == 1, network.household(tie[0]) == network.household(tie[1]));
        }
        assertTrue(ties.length <= network.ties());
        assertTrue(ties.length > 0.9 * network.ties());
    }

    @Test
    void theMixedNetworkHasNoTiesAndItsPeopleAreSpreadOverTheSquare() {
        SocialNetwork network = network(
                Params.with(Params.with(ScenarioParams.defaults(), "network.type", "mixed"), "market.population", 200));
        NetworkLayout layout = NetworkLayout.of(network, 100, 4);
        assertEquals(0, NetworkLayout.ties(network).length);
        double minX = 100;
        double maxX = 0;
        for (int i = 0; i < layout.people(); i++) {
            minX = Math.min(minX, layout.x(i));
            maxX = Math.max(maxX, layout.x(i));
        }
        assertTrue(maxX - minX > 80, "spread " + (maxX - minX));
    }
}

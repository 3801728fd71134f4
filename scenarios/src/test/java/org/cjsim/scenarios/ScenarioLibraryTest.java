package org.cjsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class ScenarioLibraryTest {
    @Test
    void theLibraryHoldsTheNineStrategiesOfTheModel() {
        assertEquals(
                java.util.List.of(
                        "baseline",
                        "cost-cutter",
                        "resolve-fast",
                        "empowered",
                        "honest",
                        "overpromise",
                        "refund-everything",
                        "prevention-first",
                        "delight"),
                ScenarioLibrary.names());
    }

    @Test
    void baselineIsTheDefaultsWithItsOwnDescription() {
        ScenarioParams b = ScenarioLibrary.get("baseline");
        ScenarioParams d = ScenarioParams.defaults();
        assertEquals(d.named("baseline", b.description()), b);
        assertTrue(b.description().length() > 100);
    }

    @Test
    void everyOtherStrategyChangesOnlyLeversAndHasAParagraphOfDescription() {
        for (ScenarioParams s : ScenarioLibrary.all()) {
            assertFalse(s.description().isBlank(), s.name());
            assertTrue(s.description().length() > 150, s.name() + " has a short description");
            Map<String, Object> diff = ScenarioTree.differences(ScenarioParams.defaults(), s);
            if (!s.name().equals("baseline")) {
                assertFalse(diff.isEmpty(), s.name() + " changes nothing");
            }
            for (String path : diff.keySet()) {
                assertTrue(path.startsWith("strategy."), s.name() + " changes " + path);
            }
        }
    }

    @Test
    void costCutterHasTheLeversOfTheCoreAuthorsIntent() {
        var s = ScenarioLibrary.get("cost-cutter").strategy();
        assertEquals(0.6, s.agentsPer1000Customers());
        assertEquals(0.1, s.latitude());
        assertEquals(10, s.goodwillCap());
        assertEquals(4, s.escalationDays());
        assertEquals(0.1, s.listening());
        assertEquals(0.05, s.refundRate());
    }

    @Test
    void delightPullsEveryGoodLeverAtOnce() {
        var s = ScenarioLibrary.get("delight").strategy();
        assertEquals(1.4, s.agentsPer1000Customers());
        assertTrue(s.triage());
        assertEquals(0.5, s.followUp());
        assertEquals(20, s.referralReward());
        assertNotEquals(ScenarioParams.defaults().strategy(), s);
    }
}

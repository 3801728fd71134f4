package org.cjsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;

class ScenarioYamlTest {
    @Test
    void everyBuiltInScenarioRoundTripsThroughItsYaml() throws Exception {
        for (ScenarioParams s : ScenarioLibrary.all()) {
            String yaml = ScenarioYaml.write(s);
            assertEquals(s, ScenarioLoader.parse(yaml, "copy", "other", null), s.name());
        }
    }

    @Test
    void awkwardValuesRoundTripExactly() throws Exception {
        ScenarioParams s = ScenarioLoader.override(
                        ScenarioParams.defaults(),
                        List.of(
                                "strategy.latitude=0.30000000000000004",
                                "economics.currency=\u20ac: \"x\"",
                                "strategy.prevention=1e7"),
                        "--set")
                .named("a name: with # signs", "Line one.\nLine  two, with \"quotes\" and a # sign.");
        assertEquals(s, ScenarioLoader.parse(ScenarioYaml.write(s), "copy", "other", null));
    }

    @Test
    void changedValuesShowTheBaselineValueInAComment() {
        String yaml = ScenarioYaml.write(ScenarioLibrary.get("empowered"));
        assertTrue(yaml.contains("  latitude: 0.8  # baseline: 0.4\n"), yaml);
        assertTrue(yaml.contains("  honesty: 0.7\n"), yaml);
    }

    @Test
    void linesFitInAHundredColumns() {
        String yaml = ScenarioYaml.write(ScenarioLibrary.get("delight"));
        for (String line : yaml.lines().toList()) {
            if (line.startsWith("  #") || line.startsWith("  ") && !line.contains(":")) {
                assertTrue(line.length() <= 100 || !line.contains(" "), line);
            }
        }
    }

    @Test
    void theTreeOfAScenarioReadsBackToTheSameScenario() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (ScenarioParams s : ScenarioLibrary.all()) {
            var tree = mapper.readTree(mapper.writeValueAsString(ScenarioTree.toTree(s)));
            assertEquals(s, ScenarioLoader.fromTree(tree, "manifest"));
        }
    }
}

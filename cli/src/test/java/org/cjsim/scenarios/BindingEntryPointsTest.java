package org.cjsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cjsim.gui.LabSettings;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.ParamBinder;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way of giving a parameter (a scenario file, {@code --set}, a results folder's manifest, {@link
 * Params#with}, the lab) binds through {@link ParamBinder}: the built-in scenarios survive being taken apart
 * and rebuilt, and a bad value is refused with the same message wherever it is given.
 */
class BindingEntryPointsTest {

    static List<String> builtIn() {
        return ScenarioLibrary.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIn")
    void everyBuiltInScenarioIsRebuiltEqualFromItsPathsAndValues(String name) throws Exception {
        ScenarioParams scenario = ScenarioLibrary.get(name);
        Map<String, Object> values = ParamBinder.values(scenario);
        ScenarioParams rebuilt =
                ParamBinder.bind(ScenarioParams.defaults().named(scenario.name(), scenario.description()), values);
        assertEquals(scenario, rebuilt);
        assertEquals(
                scenario,
                ScenarioLoader.fromTree(new ObjectMapper().valueToTree(ScenarioTree.toTree(scenario)), "manifest"));
        assertEquals(
                scenario,
                ScenarioLoader.parse(ScenarioYaml.write(scenario), "file", "x", null),
                "written as a scenario file and read back");
    }

    /** Text a user may give for strategy.latitude ([0, 1]) that is not a valid value, and how it is shown. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,5", "high", "1.2.3", "NaN", "Infinity", "1d"})
    void aValueThatIsNotANumberIsRefusedTheSameWayByEveryEntryPoint(String given) throws Exception {
        String expected = "strategy.latitude must be in [0, 1], got \"" + given + "\"";
        assertEquals(expected, messages(given, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.4", "-0.1"})
    void aNumberOutsideTheRangeIsRefusedTheSameWayByEveryEntryPoint(String given) throws Exception {
        String expected = "strategy.latitude must be in [0, 1], got " + given;
        // The lab's slider moves a number to the nearest end of the range rather than refusing it.
        assertEquals(expected, messages(given, false, true));
    }

    /** Numbers JSON cannot hold as written, so a manifest never has them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e999", "1_000", "2."})
    void aNumberWrittenInTheSyntaxButOutsideTheRangeIsShownAsWritten(String given) throws Exception {
        String expected = "strategy.latitude must be in [0, 1], got " + given;
        assertEquals(expected, messages(given, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.5", ".5", "5e-1", "50E-2", "0_.5", "+0.5", " 0.5 "})
    void everyEntryPointReadsTheSameNumberSyntax(String given) throws Exception {
        ScenarioParams base = ScenarioParams.defaults();
        String yaml =
                given.contains("_") || given.startsWith("+") || given.startsWith(" ") ? "\"" + given + "\"" : given;
        assertEquals(
                0.5,
                ScenarioLoader.parse("strategy:\n  latitude: " + yaml + "\n", "f", "x", null)
                        .strategy()
                        .latitude());
        assertEquals(
                0.5,
                ScenarioLoader.override(base, List.of("strategy.latitude=" + given), "--set")
                        .strategy()
                        .latitude());
        assertEquals(
                0.5, Params.with(base, "strategy.latitude", given).strategy().latitude());
        assertEquals(0.5, lab(base, "strategy.latitude", given).strategy().latitude());
    }

    /**
     * {@code former-paths.json} is the parameters of a manifest written before {@code CustomerParams} was split
     * into records by concept, with every customer parameter moved off its default: each value still lands on
     * its parameter, read as a manifest and as a scenario file.
     */
    @Test
    void scenariosWrittenBeforeCustomerParamsWasSplitLoadEveryValue() throws Exception {
        JsonNode tree;
        try (var in = getClass().getResourceAsStream("former-paths.json")) {
            tree = new ObjectMapper().readTree(in);
        }
        ScenarioParams fromManifest = ScenarioLoader.fromTree(tree, "former-paths.json");
        StringBuilder yaml = new StringBuilder("customers:\n");
        var customers = tree.get("customers").properties();
        assertEquals(53, customers.size(), "every customer parameter of the former record");
        for (var e : customers) {
            yaml.append("  ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue().asText())
                    .append('\n');
        }
        ScenarioParams fromFile = ScenarioLoader.parse(yaml.toString(), "former.yaml", "former-paths", null);
        for (var e : customers) {
            String path = "customers." + e.getKey();
            double given = e.getValue().asDouble();
            assertEquals(given, ((Number) ParamBinder.get(fromManifest, path)).doubleValue(), path);
            assertEquals(given, ((Number) ParamBinder.get(fromFile, path)).doubleValue(), path);
            assertNotEquals(given, ((Number) Params.info(path).orElseThrow().defaultValue()).doubleValue(), path);
        }
        assertEquals(fromManifest.customers(), fromFile.customers());
        assertEquals(
                tree.get("customers").get("churnCeiling").asDouble(),
                fromFile.customers().churn().churnCeiling());
        assertEquals(
                tree.get("customers").get("recoveryMax").asDouble(),
                fromFile.customers().recovery().recoveryMax());
    }

    /** The one message of each entry point for {@code given} as strategy.latitude; all must agree. */
    private static String messages(String given, boolean lab, boolean manifest) throws Exception {
        ScenarioParams base = ScenarioParams.defaults();
        List<String> messages = new ArrayList<>();
        messages.add(only(assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.parse("strategy:\n  latitude: " + given + "\n", "file", "x", null))));
        messages.add(only(assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.override(base, List.of("strategy.latitude=" + given), "--set"))));
        if (manifest) {
            ObjectNode tree = new ObjectMapper().valueToTree(ScenarioTree.toTree(base));
            if (ParamBinder.number(given).isPresent()) {
                ((ObjectNode) tree.get("strategy")).put("latitude", Double.parseDouble(given));
            } else {
                ((ObjectNode) tree.get("strategy")).put("latitude", given);
            }
            messages.add(only(assertThrows(ScenarioException.class, () -> ScenarioLoader.fromTree(tree, "manifest"))));
        }
        messages.add(assertThrows(InvalidParameterException.class, () -> Params.with(base, "strategy.latitude", given))
                .getMessage());
        if (lab) {
            messages.add(assertThrows(InvalidParameterException.class, () -> lab(base, "strategy.latitude", given))
                    .getMessage());
        }
        for (String m : messages) {
            assertEquals(messages.get(0), m, "every entry point: " + messages);
        }
        return messages.get(0);
    }

    /** The scenario the lab starts next after {@code value} is typed for {@code path}. */
    private static ScenarioParams lab(ScenarioParams base, String path, Object value) {
        LabSettings settings = new LabSettings(base);
        settings.set(path, value);
        return settings.scenarioForNextStart();
    }

    private static String only(ScenarioException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0).message();
    }
}

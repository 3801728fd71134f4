package org.cjsim.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParamBinderTest {
    private static final ScenarioParams BASE = ScenarioParams.defaults();

    @Test
    void theDefaultsTakenApartAndRebuiltAreEqual() throws Exception {
        Map<String, Object> values = ParamBinder.values(BASE);
        assertEquals(Params.all().size(), values.size());
        assertEquals(BASE, ParamBinder.bind(BASE, values));
    }

    @Test
    void everyParameterChangedAtOnceIsRebuiltEqual() throws Exception {
        ScenarioParams changed = Params.with(
                BASE,
                Map.of(
                        "strategy.latitude", 0.9,
                        "network.type", "mixed",
                        "service.handlingDistribution", HandlingDistribution.EXPONENTIAL,
                        "strategy.triage", "TRUE",
                        "economics.currency", "EUR"));
        assertNotEquals(BASE, changed);
        assertEquals(changed, ParamBinder.bind(BASE, ParamBinder.values(changed)));
        assertEquals(NetworkType.MIXED, changed.network().type());
        assertEquals(true, changed.strategy().triage());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0.5;0.5",
                ".5;0.5",
                "2.;2",
                "-2;-2",
                "+2;2",
                "1e3;1000",
                "1.5E-4;0.00015",
                "30_000;30000",
                "3_0_000.5;30000.5",
                "017;17",
                " 4 ;4"
            })
    void numbersAreReadInOneSyntax(String text, double value) {
        assertEquals(Optional.of(value), ParamBinder.number(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "abc",
                "1,5",
                "1.2.3",
                ".",
                "e3",
                "0x10",
                "0b11",
                "1d",
                "1f",
                "NaN",
                "Infinity",
                ".inf",
                "1e999",
                "10%"
            })
    void whatIsNotANumberInThatSyntaxIsNotRead(String text) {
        assertEquals(Optional.empty(), ParamBinder.number(text));
    }

    @Test
    void aWholeNumberIsRequiredForAnIntegerParameterWhateverItsSpelling() {
        ParamInfo population = Params.info("market.population").orElseThrow();
        assertEquals(30_000, ParamBinder.convert(population, "3e4"));
        assertEquals(30_000, ParamBinder.convert(population, "30_000"));
        assertEquals(30_000, ParamBinder.convert(population, 30_000.0));
        assertEquals(
                "market.population must be a whole number in [10, 5000000], got 1.0005e3",
                assertThrows(InvalidParameterException.class, () -> ParamBinder.convert(population, "1.0005e3"))
                        .getMessage());
    }

    @Test
    void aValueShowsAsWrittenInTheMessage() {
        ParamInfo latitude = Params.info("strategy.latitude").orElseThrow();
        assertEquals(
                "strategy.latitude must be in [0, 1], got 1e999",
                assertThrows(InvalidParameterException.class, () -> ParamBinder.convert(latitude, "1e999"))
                        .getMessage());
        assertEquals(
                "strategy.latitude must be in [0, 1], got \"0x1\"",
                assertThrows(InvalidParameterException.class, () -> ParamBinder.convert(latitude, "0x1"))
                        .getMessage());
        assertEquals(
                "strategy.latitude must be in [0, 1], got nothing",
                assertThrows(InvalidParameterException.class, () -> ParamBinder.convert(latitude, null))
                        .getMessage());
    }

    @Test
    void aMisspeltLabelIsRefusedWithTheClosestOne() {
        ParamInfo type = Params.info("network.type").orElseThrow();
        assertEquals(NetworkType.SMALL_WORLD, ParamBinder.convert(type, "Small-World"));
        assertEquals(
                "network.type must be one of small-world, barabasi-albert, erdos-renyi, mixed, got \"mixd\": did"
                        + " you mean mixed?",
                assertThrows(InvalidParameterException.class, () -> ParamBinder.convert(type, "mixd"))
                        .getMessage());
    }

    @Test
    void bindingReportsTheBrokenRuleOfEverySection() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("employees.newHireSkill", 0.97);
        values.put("service.repeatContactMinDays", 30.0);
        ParamBinder.BindingException e =
                assertThrows(ParamBinder.BindingException.class, () -> ParamBinder.bind(BASE, values));
        List<String> paths =
                e.problems().stream().map(InvalidParameterException::path).toList();
        assertEquals(List.of("service.repeatContactMinDays", "employees.newHireSkill"), paths);
    }

    @Test
    void valuesBoundTogetherSeeEachOtherInARuleBetweenThem() {
        // Alone, a new hire above the maximum skill is refused; raised together, both are kept.
        assertThrows(InvalidParameterException.class, () -> Params.with(BASE, "employees.newHireSkill", 0.97));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("employees.newHireSkill", 0.97);
        values.put("employees.maxSkill", 0.99);
        ScenarioParams both = Params.with(BASE, values);
        assertEquals(0.97, both.employees().newHireSkill());
        assertEquals(0.99, both.employees().maxSkill());
    }

    @Test
    void anUnknownPathIsRefusedWithTheClosestOne() {
        assertEquals(
                "unknown parameter strategy.lattitude: did you mean strategy.latitude?",
                assertThrows(IllegalArgumentException.class, () -> ParamBinder.get(BASE, "strategy.lattitude"))
                        .getMessage());
        assertTrue(ParamBinder.find("strategy.latitude").isPresent());
    }
}

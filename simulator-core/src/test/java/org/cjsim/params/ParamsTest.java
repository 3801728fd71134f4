package org.cjsim.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ParamsTest {
    private static final ScenarioParams BASE = ScenarioParams.defaults();

    static Stream<ParamInfo> numericParameters() {
        return Params.all().stream().filter(ParamInfo::numeric);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numericParameters")
    void everyNumericParameterKeepsItsBoundsAndRejectsValuesJustOutside(ParamInfo p) {
        if (Double.isFinite(p.min())) {
            ScenarioParams base = roomFor(p.path(), p.min());
            assertEquals(p.min(), ((Number) Params.get(Params.with(base, p.path(), p.min()), p.path())).doubleValue());
            double below = p.type() == int.class ? p.min() - 1 : p.min() - Math.max(1e-6, Math.abs(p.min()) * 1e-6);
            InvalidParameterException e =
                    assertThrows(InvalidParameterException.class, () -> Params.with(base, p.path(), below));
            assertEquals(p.path(), e.path());
            assertTrue(e.getMessage().startsWith(p.path() + " must be "), e.getMessage());
        }
        if (Double.isFinite(p.max())) {
            ScenarioParams base = roomFor(p.path(), p.max());
            assertEquals(p.max(), ((Number) Params.get(Params.with(base, p.path(), p.max()), p.path())).doubleValue());
            double above = p.type() == int.class ? p.max() + 1 : p.max() + Math.max(1e-6, Math.abs(p.max()) * 1e-6);
            InvalidParameterException e =
                    assertThrows(InvalidParameterException.class, () -> Params.with(base, p.path(), above));
            assertEquals(p.path(), e.path());
        }
    }

    /** The defaults, with the partner of a cross-field rule moved so that {@code path} can take {@code value}. */
    private static ScenarioParams roomFor(String path, double value) {
        return switch (path) {
            case "employees.newHireSkill" -> Params.with(BASE, "employees.maxSkill", Math.max(value, 0.95));
            case "employees.maxSkill" -> Params.with(BASE, "employees.newHireSkill", Math.min(value, 0.6));
            case "service.repeatContactMinDays" -> Params.with(
                    BASE, "service.repeatContactMaxDays", Math.max(value, 3));
            case "service.repeatContactMaxDays" -> Params.with(
                    BASE, "service.repeatContactMinDays", Math.min(value, 1));
            case "customers.brokenPromiseMinDays" -> Params.with(
                    BASE, "customers.brokenPromiseMaxDays", Math.max(value, 14));
            case "customers.brokenPromiseMaxDays" -> Params.with(
                    BASE, "customers.brokenPromiseMinDays", Math.min(value, 3));
            case "customers.discoveryMinDays" -> Params.with(BASE, "customers.discoveryMaxDays", Math.max(value, 60));
            case "customers.discoveryMaxDays" -> Params.with(BASE, "customers.discoveryMinDays", Math.min(value, 7));
            default -> BASE;
        };
    }

    @Test
    void theDelayWindowsOfRecoveryMustNotBeUpsideDown() {
        InvalidParameterException promise = assertThrows(
                InvalidParameterException.class, () -> Params.with(BASE, "customers.brokenPromiseMinDays", 20.0));
        assertEquals(
                "customers.brokenPromiseMinDays must be at most customers.brokenPromiseMaxDays (14), got 20",
                promise.getMessage());
        InvalidParameterException discovery = assertThrows(
                InvalidParameterException.class, () -> Params.with(BASE, "customers.discoveryMaxDays", 5.0));
        assertEquals(
                "customers.discoveryMinDays must be at most customers.discoveryMaxDays (5), got 7",
                discovery.getMessage());
    }

    @Test
    void latitudeAboveOneIsRejectedWithItsRange() {
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Params.with(BASE, "strategy.latitude", 1.4));
        assertEquals("strategy.latitude must be in [0, 1], got 1.4", e.getMessage());
        assertEquals("in [0, 1]", e.allowed());
        assertEquals("1.4", e.given());
    }

    @Test
    void recordsValidateThemselvesWhenBuiltInCode() {
        StrategyParams s = StrategyParams.defaults();
        InvalidParameterException e = assertThrows(
                InvalidParameterException.class,
                () -> new StrategyParams(
                        s.agentsPer1000Customers(),
                        s.triage(),
                        s.escalationDays(),
                        s.honesty(),
                        s.clarity(),
                        -0.1,
                        s.goodwillCap(),
                        s.refundRate(),
                        s.prevention(),
                        s.listening(),
                        s.followUp(),
                        s.referralReward(),
                        s.marketingBudget()));
        assertEquals("strategy.latitude must be in [0, 1], got -0.1", e.getMessage());
    }

    @Test
    void aWholeNumberIsRequiredForAnIntegerParameter() {
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Params.with(BASE, "market.population", 1000.5));
        assertEquals("market.population must be a whole number in [10, 5000000], got 1000.5", e.getMessage());
        assertEquals(
                1000, Params.with(BASE, "market.population", 1000.0).market().population());
    }

    @Test
    void textIsConvertedToTheParameterType() {
        ScenarioParams s = Params.with(
                BASE,
                Map.of(
                        "strategy.latitude", "0.8",
                        "strategy.triage", "true",
                        "network.type", "barabasi-albert",
                        "service.handlingDistribution", "EXPONENTIAL"));
        assertEquals(0.8, s.strategy().latitude());
        assertTrue(s.strategy().triage());
        assertEquals(NetworkType.BARABASI_ALBERT, s.network().type());
        assertEquals(HandlingDistribution.EXPONENTIAL, s.service().handlingDistribution());
    }

    @Test
    void nonNumericTextForANumberIsRejectedNamingTheParameter() {
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Params.with(BASE, "strategy.honesty", "high"));
        assertEquals("strategy.honesty must be in [0, 1], got \"high\"", e.getMessage());
    }

    @Test
    void anUnknownEnumLabelIsRejectedWithTheChoices() {
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Params.with(BASE, "network.type", "ring"));
        assertEquals(
                "network.type must be one of small-world, barabasi-albert, erdos-renyi, mixed, got \"ring\"",
                e.getMessage());
    }

    @Test
    void unknownPathsAreRejectedListingWhatExists() {
        IllegalArgumentException noSection =
                assertThrows(IllegalArgumentException.class, () -> Params.with(BASE, "stratgy.latitude", 0.5));
        assertEquals("unknown parameter stratgy.latitude: did you mean strategy.latitude?", noSection.getMessage());
        IllegalArgumentException noSuchSection =
                assertThrows(IllegalArgumentException.class, () -> Params.with(BASE, "zz.qq", 0.5));
        assertTrue(
                noSuchSection.getMessage().contains("SECTION one of market, network, customers, strategy"),
                noSuchSection.getMessage());
        IllegalArgumentException noName =
                assertThrows(IllegalArgumentException.class, () -> Params.with(BASE, "strategy.lattitude", 0.5));
        assertTrue(noName.getMessage().contains("latitude"), noName.getMessage());
    }

    @Test
    void newHireSkillAboveMaxSkillIsRejected() {
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Params.with(BASE, "employees.newHireSkill", 0.97));
        assertEquals("employees.newHireSkill must be at most employees.maxSkill (0.95), got 0.97", e.getMessage());
        assertEquals(
                0.95,
                Params.with(BASE, "employees.newHireSkill", 0.95).employees().newHireSkill());
    }

    @Test
    void repeatContactMinimumAboveMaximumIsRejected() {
        assertThrows(InvalidParameterException.class, () -> Params.with(BASE, "service.repeatContactMinDays", 3.5));
        assertEquals(
                3.0,
                Params.with(BASE, "service.repeatContactMinDays", 3.0).service().repeatContactMinDays());
    }

    @Test
    void everyParameterHasAUnitADescriptionAndADefaultInsideItsRange() {
        List<ParamInfo> all = Params.all();
        assertTrue(all.size() > 100, "parameters: " + all.size());
        for (ParamInfo p : all) {
            assertFalse(p.unit().isBlank(), p.path());
            assertFalse(p.description().isBlank(), p.path());
            if (p.numeric()) {
                double v = ((Number) p.defaultValue()).doubleValue();
                assertTrue(v >= p.min() && v <= p.max(), p.path() + " default outside its range");
            }
        }
    }

    @Test
    void everyLeverIsInTheStrategySectionWithARealisticSpanInsideItsRange() {
        List<ParamInfo> levers = Params.levers();
        assertEquals(Params.names("strategy").size(), levers.size());
        for (ParamInfo lever : levers) {
            assertEquals("strategy", lever.section());
            if (lever.numeric() && !Double.isNaN(lever.low())) {
                assertTrue(lever.low() >= lever.min() && lever.high() <= lever.max() && lever.low() < lever.high());
            }
        }
    }

    @Test
    void theBinderConvertsAValueOrNamesTheProblem() {
        ParamInfo latitude = Params.info("strategy.latitude").orElseThrow();
        assertEquals(0.5, ParamBinder.convert(latitude, 0.5));
        assertEquals(
                "strategy.latitude must be in [0, 1], got 2",
                assertThrows(InvalidParameterException.class, () -> ParamBinder.convert(latitude, 2))
                        .getMessage());
        ParamInfo triage = Params.info("strategy.triage").orElseThrow();
        assertEquals(
                "strategy.triage must be true or false, got \"yes\"",
                assertThrows(InvalidParameterException.class, () -> ParamBinder.convert(triage, "yes"))
                        .getMessage());
    }

    @Test
    void aScenarioNeedsAName() {
        assertThrows(InvalidParameterException.class, () -> BASE.named(" ", ""));
    }

    @Test
    void numbersAreFormattedWithoutNoise() {
        assertEquals("1", Params.format(1.0));
        assertEquals("0.0008", Params.format(0.0008));
        assertEquals("0.3", Params.format(0.1 + 0.2));
        assertEquals("infinity", Params.format(Double.POSITIVE_INFINITY));
    }
}

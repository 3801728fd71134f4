package org.cjsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.params.NetworkType;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.Suggestions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private ScenarioParams parse(String yaml) throws ScenarioException {
        return ScenarioLoader.parse(yaml, "test.yaml", "test", dir);
    }

    private List<ScenarioProblem> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> parse(yaml)).problems();
    }

    @Test
    void aFileWithOnlyAStrategyTakesEveryOtherValueFromTheBaseline() throws Exception {
        ScenarioParams s = parse("strategy:\n  latitude: 0.8\n");
        assertEquals("test", s.name());
        assertEquals(0.8, s.strategy().latitude());
        assertEquals(ScenarioParams.defaults().market(), s.market());
        assertEquals(
                ScenarioParams.defaults().strategy().honesty(), s.strategy().honesty());
    }

    @Test
    void nameAndDescriptionAreTopLevelKeys() throws Exception {
        ScenarioParams s = parse("name: mine\ndescription: A test.\n");
        assertEquals("mine", s.name());
        assertEquals("A test.", s.description());
    }

    @Test
    void extendsABuiltInInheritsItsLeversAndOverridesSome() throws Exception {
        ScenarioParams s = parse("extends: cost-cutter\nstrategy:\n  latitude: 0.3\n");
        assertEquals(0.3, s.strategy().latitude());
        assertEquals(0.6, s.strategy().agentsPer1000Customers());
    }

    @Test
    void extendsAFileResolvesItRelativeToTheExtendingFile() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/parent.yaml"), "extends: empowered\nstrategy:\n  honesty: 0.9\n");
        Files.writeString(dir.resolve("sub/child.yaml"), "extends: parent.yaml\nstrategy:\n  clarity: 0.2\n");
        ScenarioParams s = ScenarioLoader.load(dir.resolve("sub/child.yaml"));
        assertEquals("child", s.name());
        assertEquals(0.8, s.strategy().latitude());
        assertEquals(0.9, s.strategy().honesty());
        assertEquals(0.2, s.strategy().clarity());
    }

    @Test
    void aFileThatExtendsItselfIsRejected() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\n");
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertTrue(e.getMessage().contains("extends itself"), e.getMessage());
    }

    @Test
    void extendingAnUnknownScenarioSuggestsTheClosestBuiltIn() {
        var p = problems("extends: basline\n");
        assertEquals(1, p.size());
        assertTrue(
                p.get(0).message().contains("did you mean baseline?"), p.get(0).message());
        assertEquals(1, p.get(0).line());
    }

    @Test
    void enumValuesAcceptTheirLabels() throws Exception {
        assertEquals(
                NetworkType.BARABASI_ALBERT,
                parse("network:\n  type: barabasi-albert\n").network().type());
        assertEquals(
                NetworkType.SMALL_WORLD,
                parse("network:\n  type: small-world\n").network().type());
    }

    @Test
    void anUnknownEnumLabelListsTheChoicesAndSuggestsOne() {
        var p = problems("network:\n  type: smallworld\n");
        assertEquals(
                "network.type must be one of small-world, barabasi-albert, erdos-renyi, mixed, got \"smallworld\": did"
                        + " you mean small-world?",
                p.get(0).message());
    }

    @Test
    void latitudeAboveOneIsRejectedWithItsRangeAndPosition() {
        var p = problems("strategy:\n  latitude: 1.4\n");
        assertEquals(1, p.size());
        assertEquals(
                "test.yaml:2:13: strategy.latitude must be in [0, 1], got 1.4",
                p.get(0).toString());
        assertEquals("strategy.latitude", p.get(0).path());
    }

    @Test
    void latitudeOfExactlyOneIsKept() throws Exception {
        assertEquals(1.0, parse("strategy:\n  latitude: 1\n").strategy().latitude());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var p = problems(
                """
                strategy:
                  latitude: 1.4
                  honesty: high
                  triage: maybe
                  latitud: 0.3
                market:
                  population: 12.5
                colour: blue
                """);
        assertEquals(6, p.size(), p.toString());
        assertEquals(
                List.of(
                        "strategy.latitude",
                        "strategy.honesty",
                        "strategy.triage",
                        "strategy.latitud",
                        "market.population",
                        "colour"),
                p.stream().map(ScenarioProblem::path).toList());
        assertEquals(
                "strategy.honesty must be in [0, 1], got \"high\"", p.get(1).message());
        assertEquals(
                "strategy.triage must be true or false, got \"maybe\"", p.get(2).message());
        assertEquals(
                "unknown parameter strategy.latitud: did you mean strategy.latitude?",
                p.get(3).message());
        assertTrue(
                p.get(4).message().startsWith("market.population must be a whole number in [10, "),
                p.get(4).message());
    }

    @Test
    void anUnknownSectionSuggestsTheClosestOne() {
        var p = problems("stratgy:\n  latitude: 0.5\n");
        assertEquals("unknown key stratgy: did you mean strategy?", p.get(0).message());
    }

    @Test
    void aParameterAtTheTopLevelIsPointedToItsSection() {
        var p = problems("latitude: 0.5\n");
        assertTrue(
                p.get(0).message().contains("parameter of the section strategy"),
                p.get(0).message());
    }

    @Test
    void aParameterInTheWrongSectionIsPointedToItsSection() {
        var p = problems("market:\n  latitude: 0.5\n");
        assertEquals(
                "unknown parameter market.latitude: did you mean strategy.latitude?",
                p.get(0).message());
    }

    @Test
    void aSectionThatIsNotAMappingIsRejected() {
        var p = problems("strategy: 0.5\n");
        assertTrue(
                p.get(0).message().startsWith("strategy must be a section of parameters"),
                p.get(0).message());
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        var p = problems("strategy:\n  latitude: 0.5\n  latitude: 0.7\n");
        assertEquals(
                "strategy.latitude is given twice (lines 2 and 3): keep one",
                p.get(0).message());
    }

    @Test
    void yamlSyntaxErrorsReportLineAndColumn() {
        var p = problems("strategy:\n  latitude: 0.5\n    honesty: 0.9\n");
        assertEquals(1, p.size());
        assertEquals(3, p.get(0).line());
        assertTrue(
                p.get(0).message().startsWith("YAML syntax error: mapping values are not allowed here"),
                p.get(0).message());
    }

    @Test
    void anEmptyFileIsRejectedWithAHint() {
        var p = problems("");
        assertTrue(p.get(0).message().contains("cjsim scenarios init"), p.get(0).message());
    }

    @Test
    void anEmptyValueIsReportedAsNothing() {
        var p = problems("strategy:\n  latitude:\n");
        assertEquals(
                "strategy.latitude must be in [0, 1], got nothing", p.get(0).message());
    }

    @Test
    void numbersWrittenInScientificNotationOrWithUnderscoresAreRead() throws Exception {
        ScenarioParams s = parse("market:\n  population: 20_000\nstrategy:\n  prevention: 1.5e3\n");
        assertEquals(20_000, s.market().population());
        assertEquals(1500.0, s.strategy().prevention());
    }

    @Test
    void rulesBetweenParametersSeeTheFinalValuesOfTheSection() throws Exception {
        ScenarioParams s = parse("employees:\n  newHireSkill: 0.97\n  maxSkill: 0.99\n");
        assertEquals(0.97, s.employees().newHireSkill());
        var p = problems("employees:\n  newHireSkill: 0.97\n");
        assertEquals("employees.newHireSkill", p.get(0).path());
        assertEquals(2, p.get(0).line());
    }

    @Test
    void setOverridesConvertTextToTheParameterType() throws Exception {
        ScenarioParams s = ScenarioLoader.override(
                ScenarioParams.defaults(),
                List.of("strategy.latitude=0.8", "strategy.triage=true", "network.type=mixed", "horizon.days=30"),
                "--set");
        assertEquals(0.8, s.strategy().latitude());
        assertTrue(s.strategy().triage());
        assertEquals(NetworkType.MIXED, s.network().type());
        assertEquals(30, s.horizon().days());
        assertEquals("baseline", s.name());
    }

    @Test
    void setOverridesReportEveryProblem() {
        var e = assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.override(
                        ScenarioParams.defaults(),
                        List.of("strategy.latitude=2", "latitude", "strategy.lattitude=1"),
                        "--set"));
        assertEquals(
                List.of(
                        "--set: strategy.latitude must be in [0, 1], got 2",
                        "--set: \"latitude\" is not PATH=VALUE: write for example --set strategy.latitude=0.8",
                        "--set: unknown parameter strategy.lattitude: did you mean strategy.latitude?"),
                e.problems().stream().map(ScenarioProblem::toString).toList());
    }

    @Test
    void aBareParameterNameIsPointedToItsPath() {
        assertEquals(
                "unknown parameter foo.latitude: did you mean strategy.latitude?",
                ScenarioLoader.unknownPath("foo.latitude"));
    }

    @Test
    void resolveFindsBuiltInsAndFilesAndSuggestsOtherwise() throws Exception {
        assertEquals("empowered", ScenarioLoader.resolve("empowered", dir).name());
        Files.writeString(dir.resolve("mine.yaml"), "strategy:\n  latitude: 0.5\n");
        assertEquals("mine", ScenarioLoader.resolve("mine.yaml", dir).name());
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("empowerd", dir));
        assertTrue(e.getMessage().contains("did you mean empowered?"), e.getMessage());
        var missing = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("nope.yaml", dir));
        assertTrue(missing.getMessage().startsWith("nope.yaml: no such file"), missing.getMessage());
    }

    @Test
    void aMissingFileIsReportedByName() throws IOException {
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("absent.yaml")));
        assertTrue(e.getMessage().endsWith("absent.yaml: no such file"), e.getMessage());
    }

    /** {@code count} unknown keys {@code k0: 1}, {@code k1: 1}, ... at the top level. */
    private static String unknownKeys(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append('k').append(i).append(": 1\n");
        }
        return yaml.toString();
    }

    @Test
    void twentyProblemsAreListedAndTheTwentyFirstIsCounted() {
        var twenty = assertThrows(ScenarioException.class, () -> parse(unknownKeys(20)));
        assertEquals(20, twenty.problems().size());
        assertEquals(20, twenty.total());
        assertTrue(twenty.problems().stream().noneMatch(ScenarioProblem::isMore));

        var more = assertThrows(ScenarioException.class, () -> parse(unknownKeys(21)));
        assertEquals(21, more.problems().size());
        assertEquals(21, more.total());
        assertEquals(
                "test.yaml: ... and 1 more problem", more.problems().get(20).toString());
    }

    @Test
    void theProblemsListedAreTheFirstInTheFileWhateverOrderTheyWereFoundIn() {
        // The key given twice is found while reading, before the unknown keys, but stands after them.
        var e = assertThrows(
                ScenarioException.class,
                () -> parse(unknownKeys(30) + "strategy:\n  latitude: 0.5\n  latitude: 0.6\n"));
        assertEquals(31, e.total());
        assertEquals("k0", e.problems().get(0).path());
        assertEquals("k19", e.problems().get(19).path());
        assertEquals("test.yaml: ... and 11 more problems", e.problems().get(20).toString());
    }

    @Test
    void problemsOfSeveralExceptionsTogetherKeepTheirCount() {
        var a = assertThrows(ScenarioException.class, () -> parse(unknownKeys(500)));
        var b = assertThrows(ScenarioException.class, () -> parse(unknownKeys(3)));
        List<ScenarioProblem> both = new java.util.ArrayList<>(a.problems());
        both.addAll(b.problems());
        var together = new ScenarioException(both);
        assertEquals(503, together.total());
        assertEquals(21, together.problems().size());
        assertEquals(
                "test.yaml: ... and 483 more problems",
                together.problems().get(20).toString());
    }

    @Test
    void messagesAreBuiltOnlyForTheProblemsListed() {
        Problems problems = new Problems("x.yaml");
        int[] built = {0};
        for (int i = 1; i <= 100_000; i++) {
            problems.add(new YamlTree.Location(i, 1), "k", () -> {
                built[0]++;
                return "unknown";
            });
        }
        assertTrue(built[0] <= 2 * ScenarioException.MAX_LISTED, built[0] + " messages built");
        assertEquals(100_000, problems.exception().total());
    }

    @Test
    void aSecondDocumentIsRefusedAtItsSeparator() {
        var p = problems("strategy:\n  latitude: 0.5\n---\nstrategy:\n  latitude: 0.7\n");
        assertEquals(1, p.size());
        assertEquals(3, p.get(0).line());
        assertTrue(
                p.get(0).message().startsWith("a second YAML document starts here"),
                p.get(0).message());
    }

    @Test
    void aLeadingDocumentMarkerAndAnEndMarkerAreAccepted() throws Exception {
        assertEquals(
                0.5, parse("---\nstrategy:\n  latitude: 0.5\n...\n").strategy().latitude());
    }

    @Test
    void anAliasIsRefusedRatherThanReadAsTheTextOfItsName() {
        var p = problems("v: &v 0.9\nstrategy:\n  honesty: *v\n");
        assertEquals(1, p.size());
        assertEquals("strategy.honesty", p.get(0).path());
        assertTrue(
                p.get(0).message().startsWith("YAML aliases (*v) are not supported"),
                p.get(0).message());
    }

    @Test
    void nanAndInfinitiesAreRejectedAsWritten() {
        assertEquals(
                "strategy.latitude must be in [0, 1], got .NaN",
                problems("strategy:\n  latitude: .NaN\n").get(0).message());
        assertEquals(
                "strategy.latitude must be in [0, 1], got +.inf",
                problems("strategy:\n  latitude: +.inf\n").get(0).message());
        assertEquals(
                "strategy.latitude must be in [0, 1], got 1e999",
                problems("strategy:\n  latitude: 1e999\n").get(0).message());
    }

    @Test
    void longAndControlCharactersAreShortenedAndEscapedInMessages() {
        assertEquals("a\\nb\\u0000c", YamlTree.shorten("a\nb\u0000c"));
        String shown = YamlTree.shorten("x".repeat(1_000_000));
        assertEquals("x".repeat(50) + "... (1,000,000 characters)", shown);
    }

    @Test
    void aNameWithALineBreakIsRejected() {
        var p = problems("name: \"a\\nb\"\n");
        assertEquals(
                "name must be one line of text (it heads tables and charts), got \"a\\nb\"",
                p.get(0).message());
    }

    @Test
    void aLongGivenNameGetsNoSuggestionWithoutComparingIt() {
        long start = System.nanoTime();
        assertTrue(Suggestions.closest("a".repeat(5_000_000), List.of("latitude", "honesty"))
                .isEmpty());
        // Comparing would take seconds (5 million letters by each candidate); the length check takes none.
        assertTrue((System.nanoTime() - start) / 1e9 < 1);
        assertEquals(
                "latitude",
                Suggestions.closest("latitud", List.of("latitude", "honesty")).orElseThrow());
        assertEquals(
                "agentsPer1000Customers",
                Suggestions.closest("agents", List.of("agentsPer1000Customers", "honesty"))
                        .orElseThrow());
    }

    @Test
    void aFileExtendingItselfNamesTheCycle() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\n");
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).source().endsWith("b.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("extends itself through a.yaml -> b.yaml -> a.yaml"), e.getMessage());
    }
}

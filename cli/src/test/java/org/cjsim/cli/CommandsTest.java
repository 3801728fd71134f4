package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.Sweep;
import org.cjsim.output.Manifest;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.ResultsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Each command, run in this process on small scenarios: exit code, table and files. */
class CommandsTest {
    @TempDir
    Path dir;

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private static void assertFitsAHundredColumns(String text) {
        for (String line : text.lines().toList()) {
            assertTrue(line.length() <= 100, "longer than 100 columns: " + line);
        }
    }

    @Test
    void compareWithoutScenariosRanksTheWholeLibraryAgainstTheBaseline() throws Exception {
        CliRun r = CliRun.run(CliRun.small("compare", "--out", out("c")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("8 strategies against baseline*: 2 replications of 20 days, 300 people"), r.out());
        assertTrue(r.out().contains("baseline* (reference)"), r.out());
        assertTrue(
                r.out()
                        .contains("*: every scenario with market.population=300\n\nBusiness case ("
                                + ResultsFolder.BUSINESS_CASE + "):\n  "),
                r.out());
        assertTrue(
                r.out()
                        .endsWith("not the uncertainty of the parameters.\n\nResults in " + out("c")
                                + r.out().substring(r.out().lastIndexOf(" ("))),
                r.out());
        for (String name : List.of("cost-cutter", "delight", "refund-everything", "prevention-first")) {
            assertTrue(r.out().contains(name), name);
        }
        assertTrue(r.out().contains(" 8  "), "eight ranks: " + r.out());
        assertFitsAHundredColumns(r.out());
        for (String f : List.of(
                ResultsFolder.MANIFEST,
                ResultsFolder.SUMMARY,
                ResultsFolder.SUMMARY_STATS,
                ResultsFolder.COMPARISON,
                ResultsFolder.BRIDGE,
                ResultsFolder.BUSINESS_CASE,
                ResultsFolder.TIMESERIES_STATS,
                ResultsFolder.RETENTION_LADDER)) {
            assertTrue(Files.size(dir.resolve("c").resolve(f)) > 0, f);
        }
        assertTrue(r.err().startsWith("compare: 9 scenarios x 2 replications = 18 runs"), r.err());
    }

    @Test
    void compareAddsTheReferenceWhenItIsNotListed() throws Exception {
        CliRun r = CliRun.run(CliRun.small("compare", "honest", "overpromise", "--out", out("c")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\n2 strategies against baseline*"), r.out());
        assertEquals(
                List.of("baseline*", "honest*", "overpromise*"),
                Manifest.read(dir.resolve("c")).plan().scenarios().stream()
                        .map(s -> s.name())
                        .toList());
    }

    @Test
    void compareWritesTheBusinessCaseOfEachStrategyAndPrintsItsSentence() throws Exception {
        CliRun r = CliRun.run(CliRun.small("compare", "honest", "overpromise", "--out", out("c")));
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("c").resolve(ResultsFolder.BUSINESS_CASE));
        assertEquals(
                "scenario,reference,investment,investment_ci_low,investment_ci_high,net_difference,net_ci_low,"
                        + "net_ci_high,roi,payback_month,npv_difference,npv_ci_low,npv_ci_high,prob_better,"
                        + "replications,worlds,net_ui_low,net_ui_high,sentence",
                lines.get(0));
        assertEquals(3, lines.size(), "one row per strategy: " + lines);
        for (String name : List.of("honest*", "overpromise*")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(name + ",baseline*,")), name);
            assertTrue(r.out().contains("\n  " + name + ": "), r.out());
        }
        assertTrue(lines.get(1).endsWith(" replications (intervals cover random noise only).\""), lines.get(1));
        assertFitsAHundredColumns(r.out());
    }

    @Test
    void compareTakesScenarioFilesAndAnotherReference() throws Exception {
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, "extends: empowered\nstrategy:\n  honesty: 0.9\n");
        CliRun r =
                CliRun.run(CliRun.small("compare", mine.toString(), "--reference", "cost-cutter", "--out", out("c")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 strategy against cost-cutter*"), r.out());
        assertTrue(r.out().contains(" 1  mine* "), r.out());
    }

    @Test
    void compareWrapsALongScenarioNameOntoMoreLinesInsteadOfCuttingIt() throws Exception {
        String name = "empowered-plus-with-twenty-percent-more-agents";
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "extends: empowered\nstrategy:\n  honesty: 0.9\n");
        CliRun r = CliRun.run(CliRun.small("compare", file.toString(), "--out", out("c")));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(" 1  empowered-plus-with-")) {
                at = i;
            }
        }
        assertTrue(at >= 0, r.out());
        assertTrue(lines.get(at).contains("["), "the numbers stay on the name's first line: " + lines.get(at));
        assertEquals("    twenty-percent-more-", lines.get(at + 1));
        assertEquals("    agents*", lines.get(at + 2));
        assertFalse(r.out().contains("~"), r.out());
        assertFitsAHundredColumns(r.out());
    }

    @Test
    void theSweepTableWrapsLeverNamesTooLongForTheirColumnsOverHeaderLines() throws Exception {
        CliRun r = CliRun.run(CliRun.small(
                "sweep",
                "baseline",
                "--vary",
                "strategy.latitude=0:1:1",
                "--vary",
                "strategy.honesty=0:1:1",
                "--vary",
                "strategy.goodwillCap=0:10:10",
                "--vary",
                "customers.annualChurnAtNeutral=0.1:0.2:0.1",
                "--no-charts",
                "--out",
                out("s")));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int header = lines.indexOf(
                lines.stream().filter(l -> l.contains("Net contr.")).findFirst().orElseThrow());
        assertTrue(lines.get(header).startsWith("  #"), lines.get(header));
        assertTrue(lines.get(header).contains("Cap"), r.out());
        assertTrue(lines.get(header - 1).contains("goodwill"), r.out());
        assertTrue(lines.get(header - 2).contains("annual"), r.out());
        assertFalse(lines.get(header).contains("~"), r.out());
        assertFitsAHundredColumns(r.out());
    }

    @Test
    void tableCellsWrapAtSpacesAndAfterHyphensAndCutOnlyAWordLongerThanTheColumn() {
        assertEquals(
                List.of("empowered-plus-with-", "twenty-percent-more-", "agents"),
                Tables.wrapCell("empowered-plus-with-twenty-percent-more-agents", 22));
        assertEquals(List.of("baseline (reference)"), Tables.wrapCell("baseline (reference)", 22));
        assertEquals(
                List.of("a-very-long-strategy", "(reference)"),
                Tables.wrapCell("a-very-long-strategy (reference)", 22));
        assertEquals(List.of("abcdef", "ghijkl", "mn"), Tables.wrapCell("abcdefghijklmn", 6));
        assertEquals(List.of(""), Tables.wrapCell("", 6));
        assertEquals(List.of("annual", "ChurnAt", "Neutral"), Tables.wrapCell("annualChurnAtNeutral", 8));
    }

    @Test
    void compareOfAnotherWorldRunsWhenAllowedAndItsHeaderSaysSo() throws Exception {
        Path small = dir.resolve("small.yaml");
        Files.writeString(small, "extends: honest\nmarket:\n  population: 400\n");
        CliRun r = CliRun.run(
                "compare",
                small.toString(),
                "--allow-different-worlds",
                "--days",
                "3",
                "--replications",
                "2",
                "--threads",
                "2",
                "--out",
                out("c"),
                "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .startsWith("\n1 strategy against baseline: 2 replications of 3 days, 30,000 people, seed"
                                + " 20261122\nNot one world: this scenario differs from baseline in more than the strategy"
                                + " (--allow-different-worlds):\n  small: market.population 400 (reference 30000)\n"),
                r.out());
    }

    @Test
    void referenceNamesALoadedScenarioByItsName() throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "name: mine-a\nstrategy:\n  latitude: 0.2\n");
        Path b = dir.resolve("b.yaml");
        Files.writeString(b, "name: mine-b\nstrategy:\n  latitude: 0.6\n");
        CliRun r = CliRun.run(
                CliRun.small("compare", a.toString(), b.toString(), "--reference", "mine-a", "--out", out("c")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\n1 strategy against mine-a*:"), r.out());
        var plan = Manifest.read(dir.resolve("c")).plan();
        assertEquals("mine-a*", ((Comparison) plan.study()).reference());
        assertEquals(
                List.of("mine-a*", "mine-b*"),
                plan.scenarios().stream().map(s -> s.name()).toList());
        CliRun byFile = CliRun.run(
                CliRun.small("compare", a.toString(), b.toString(), "--reference", b.toString(), "--out", out("d")));
        assertEquals(0, byFile.code(), byFile.err());
        assertEquals(
                "mine-b*", ((Comparison) Manifest.read(dir.resolve("d")).plan().study()).reference());
    }

    @Test
    void runPrintsTheMainMetricsWithConfidenceIntervals() {
        CliRun r = CliRun.run(CliRun.small("run", "empowered", "--out", out("r")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("empowered*: 2 replications of 20 days"), r.out());
        assertTrue(r.out().contains("\nempowered*: empowered with market.population=300\n"), r.out());
        assertTrue(r.out().contains("Net contribution"), r.out());
        assertTrue(r.out().contains("Annual retention"), r.out());
        assertTrue(r.out().contains("Results in " + out("r")), r.out());
        assertFitsAHundredColumns(r.out());
    }

    @Test
    void setAndDaysChangeEveryScenarioOfTheStudy() throws Exception {
        CliRun r = CliRun.run(
                "compare",
                "honest",
                "--replications",
                "2",
                "--days",
                "15",
                "--set",
                "market.population=250",
                "--set",
                "strategy.latitude=0.9",
                "--out",
                out("c"),
                "--quiet");
        assertEquals(0, r.code(), r.err());
        var plan = Manifest.read(dir.resolve("c")).plan();
        for (var s : plan.scenarios()) {
            assertEquals(15, s.horizon().days());
            assertEquals(250, s.market().population());
            assertEquals(0.9, s.strategy().latitude());
        }
    }

    @Test
    void aScenarioChangedWithSetIsStarredInTablesFilesAndTheManifestAndResumes() throws Exception {
        CliRun r = CliRun.run(
                "compare",
                "honest",
                "empowered",
                "--replications",
                "2",
                "--days",
                "10",
                "--set",
                "strategy.latitude=0.8",
                "--set",
                "market.population=250",
                "--threads",
                "2",
                "--out",
                out("c"),
                "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().startsWith("\n2 strategies against baseline*: 2 replications of 10 days, 250 people"), r.out());
        assertTrue(r.out().contains(" honest* "), r.out());
        assertTrue(
                r.out()
                        .contains("\nbaseline*, honest*: each with market.population=250, strategy.latitude=0.8\n"
                                + "empowered*: empowered with market.population=250\n"),
                r.out());
        var manifest = Manifest.read(dir.resolve("c"));
        assertEquals("baseline*", ((Comparison) manifest.plan().study()).reference());
        assertEquals(
                Map.of(
                        "baseline*", List.of("market.population=250", "strategy.latitude=0.8"),
                        "honest*", List.of("market.population=250", "strategy.latitude=0.8"),
                        "empowered*", List.of("market.population=250")),
                manifest.plan().changes());
        assertTrue(Files.readString(dir.resolve("c").resolve(ResultsFolder.SUMMARY))
                .contains("\nhonest*,0,"));
        assertTrue(Files.isDirectory(dir.resolve("c").resolve("replications").resolve("honest")));
        Files.delete(dir.resolve("c").resolve("replications").resolve("honest").resolve("rep-0001.csv.gz"));
        CliRun resumed = CliRun.run("compare", "--resume", out("c"), "--quiet");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(r.out().replaceAll("Results in .*", ""), resumed.out().replaceAll("Results in .*", ""));
    }

    @Test
    void aSetThatChangesNothingAndDaysAloneKeepTheName() throws Exception {
        CliRun r = CliRun.run(
                "run",
                "empowered",
                "--replications",
                "1",
                "--days",
                "5",
                "--set",
                "strategy.latitude=0.8",
                "--set",
                "market.population=30000",
                "--out",
                out("r"),
                "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\nempowered: 1 replication of 5 days"), r.out());
        assertEquals(Map.of(), Manifest.read(dir.resolve("r")).plan().changes());
    }

    @Test
    void aSweepAndASensitivityAnalysisOfAChangedBaseNameIt() throws Exception {
        CliRun sweep =
                CliRun.run(CliRun.small("sweep", "baseline", "--vary", "strategy.latitude=0:1:1", "--out", out("s")));
        assertEquals(0, sweep.code(), sweep.err());
        assertTrue(sweep.out().contains("Sweep of baseline* over 2 points"), sweep.out());
        assertTrue(sweep.out().contains("\nbaseline*: baseline with market.population=300\n"), sweep.out());
        var plan = Manifest.read(dir.resolve("s")).plan();
        assertEquals("baseline* strategy.latitude=1", plan.scenarios().get(1).name());
        assertEquals(List.of("baseline*: baseline with market.population=300"), plan.changeLines());
    }

    @Test
    void yearsAreConvertedToDays() throws Exception {
        CliRun r = CliRun.run(
                "run",
                "baseline",
                "--replications",
                "1",
                "--years",
                "0.1",
                "--set",
                "market.population=200",
                "--out",
                out("r"),
                "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                37,
                Manifest.read(dir.resolve("r"))
                        .plan()
                        .scenarios()
                        .get(0)
                        .horizon()
                        .days());
    }

    @Test
    void aGridSweepRunsEveryCombinationAndMarksTheBest() throws Exception {
        CliRun r = CliRun.run(CliRun.small(
                "sweep",
                "baseline",
                "--vary",
                "strategy.latitude=0:1:0.5",
                "--vary",
                "strategy.goodwillCap=0:50:50",
                "--out",
                out("s")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Sweep of baseline* over 6 points"), r.out());
        assertTrue(r.out().contains("* the best net contribution"), r.out());
        assertFitsAHundredColumns(r.out());
        assertEquals(
                1 + 6 * org.cjsim.metrics.SummaryMetric.values().length,
                Files.readAllLines(dir.resolve("s").resolve(ResultsFolder.SWEEP))
                        .size());
    }

    @Test
    void aLatinHypercubeSweepRunsTheSamplesAsked() throws Exception {
        CliRun r = CliRun.run(CliRun.small(
                "sweep",
                "baseline",
                "--vary",
                "strategy.latitude=0:1",
                "--vary",
                "strategy.honesty=0.2:0.9",
                "--design",
                "lhs",
                "--samples",
                "4",
                "--out",
                out("s")));
        assertEquals(0, r.code(), r.err());
        assertEquals(
                4,
                ((Sweep.Result) ResultsReader.read(dir.resolve("s")).result())
                        .points()
                        .size());
    }

    @Test
    void sensitivityRanksEveryLever() throws Exception {
        CliRun r = CliRun.run(CliRun.small("sensitivity", "baseline", "--out", out("t")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Sensitivity of baseline"), r.out());
        for (var lever : org.cjsim.params.Params.levers()) {
            assertTrue(r.out().contains(Tables.wrapCell(lever.name(), 22).get(0)), lever.path());
        }
        assertFitsAHundredColumns(r.out());
        assertTrue(Files.size(dir.resolve("t").resolve(ResultsFolder.SENSITIVITY)) > 0);
    }

    @Test
    void sensitivityOfABaseBelowALeversUsualRangeVariesItBelowTheBaseAndSaysSo() throws Exception {
        CliRun r = CliRun.run(CliRun.small(
                "sensitivity", "baseline", "--set", "strategy.agentsPer1000Customers=0.48", "--out", out("t")));
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().contains("Low and high are the usual values of each lever (docs/parameters.md), except:"),
                r.out());
        assertTrue(
                r.out()
                        .contains("  agentsPer1000Customers: the base 0.48 is below the usual range [0.6, 1.6]: low end"
                                + " 0 (half the"),
                r.out());
        assertFitsAHundredColumns(r.out());
        List<String> csv = Files.readAllLines(dir.resolve("t").resolve(ResultsFolder.SENSITIVITY));
        List<String> header = List.of(csv.get(0).split(","));
        assertEquals("note", header.get(header.size() - 1));
        String staffing = csv.stream()
                .filter(l -> l.contains(",strategy.agentsPer1000Customers,") && l.contains(",low,"))
                .findFirst()
                .orElseThrow();
        assertTrue(staffing.contains(",0.48,low,0,"), staffing);
        assertTrue(
                staffing.endsWith(",\"the base 0.48 is below the usual range [0.6, 1.6]: low end 0 (half the usual"
                        + " range below the base, cut to the valid range [0, 50])\""),
                staffing);
        String doc = Files.readString(Path.of("..", "docs", "outputs.md"));
        String section = doc.substring(doc.indexOf("\n## " + ResultsFolder.SENSITIVITY));
        section = section.substring(0, section.indexOf("\n## ", 4));
        for (String column : header) {
            assertTrue(section.contains("`" + column + "`"), "docs/outputs.md, sensitivity.csv: " + column);
        }
    }

    @Test
    void quietPrintsNothingOnStandardError() {
        CliRun r = CliRun.run(CliRun.small("run", "baseline", "--out", out("r"), "--quiet"));
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(r.out().contains("Net contribution"));
    }

    @Test
    void scenariosListShowsEveryBuiltInWithItsLevers() {
        CliRun r = CliRun.run("scenarios", "list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("refund-everything"), r.out());
        assertTrue(r.out().contains("Levers: latitude 0.8, goodwillCap 75"), r.out());
        assertFitsAHundredColumns(r.out());
    }

    @Test
    void scenariosShowPrintsEveryParameterAsYaml() {
        CliRun r = CliRun.run("scenarios", "show", "cost-cutter");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("name: cost-cutter\n"), r.out());
        assertTrue(r.out().contains("  latitude: 0.1  # baseline: 0.4\n"), r.out());
        assertTrue(r.out().contains("  population: 30000\n"), r.out());
    }

    @Test
    void initWritesACopyThatValidatesAndRuns() throws Exception {
        Path copy = dir.resolve("my-strategy.yaml");
        CliRun init = CliRun.run("scenarios", "init", "empowered", copy.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(Files.readString(copy).contains("name: my-strategy"));
        CliRun valid = CliRun.run("scenarios", "validate", copy.toString());
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("valid scenario my-strategy (2 values differ from the baseline:"), valid.out());
        CliRun run = CliRun.run(CliRun.small("compare", copy.toString(), "--out", out("c"), "--quiet"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("my-strategy"), run.out());
    }

    @Test
    void initWithANewNameWritesThatScenarioFromTheBaselineAndTheReadmeComparesIt() throws Exception {
        // The README's lines: ./cjsim scenarios init my-strategy my-strategy.yaml, then
        // ./cjsim compare my-strategy.yaml baseline --set market.population=50000 (here briefly).
        Path file = dir.resolve("my-strategy.yaml");
        CliRun init = CliRun.run("scenarios", "init", "my-strategy", file.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("a new scenario called my-strategy, with the values of baseline"), init.out());
        String yaml = Files.readString(file);
        assertTrue(yaml.contains("name: my-strategy\n"), yaml);
        assertEquals(
                org.cjsim.scenarios.ScenarioTree.differences(
                        org.cjsim.scenarios.ScenarioLibrary.get("baseline"),
                        org.cjsim.scenarios.ScenarioLoader.load(file)),
                Map.of());
        CliRun compare = CliRun.run(
                "compare",
                file.toString(),
                "baseline",
                "--set",
                "market.population=50000",
                "--days",
                "3",
                "--replications",
                "2",
                "--threads",
                "2",
                "--out",
                out("c"),
                "--quiet");
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().contains("50,000 people"), compare.out());
    }

    @Test
    void initWithFromStartsTheNewScenarioFromThatOne() throws Exception {
        Path file = dir.resolve("mine.yaml");
        CliRun init = CliRun.run("scenarios", "init", "bold", file.toString(), "--from", "empowered");
        assertEquals(0, init.code(), init.err());
        var written = org.cjsim.scenarios.ScenarioLoader.load(file);
        assertEquals("bold", written.name());
        assertEquals(org.cjsim.scenarios.ScenarioLibrary.get("empowered").strategy(), written.strategy());
    }

    @Test
    void completionPrintsABashScriptCoveringTheCommands() {
        CliRun r = CliRun.run("completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F"), r.out());
        assertTrue(r.out().contains("sensitivity"), r.out());
        assertTrue(r.out().contains("--replications"), r.out());
    }

    @Test
    void helpOnEveryCommandShowsDefaultsAndAllowedValues() {
        for (String[] command : List.of(
                new String[] {"run"}, new String[] {"compare"}, new String[] {"sweep"}, new String[] {"sensitivity"})) {
            CliRun r = CliRun.run(command[0], "--help");
            assertEquals(0, r.code(), command[0]);
            String help = r.out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Default: 10."), command[0] + ": " + help);
            assertTrue(help.contains("Default: 20261122."), command[0]);
            assertTrue(help.contains("png, svg, pdf"), command[0]);
            assertTrue(help.contains("--resume"), command[0]);
        }
        assertTrue(CliRun.run("compare", "--help").out().replaceAll("\\s+", " ").contains("Default: baseline."));
        assertTrue(CliRun.run("sweep", "--help").out().replaceAll("\\s+", " ").contains("grid, lhs"));
        for (String sub : List.of("list", "show", "validate", "init")) {
            CliRun r = CliRun.run("scenarios", sub, "--help");
            assertEquals(0, r.code(), sub);
            assertTrue(r.out().contains("\nUsage: cjsim scenarios " + sub + " "), sub + ": " + r.out());
        }
        assertEquals(0, CliRun.run("completion", "--help").code());
        assertEquals(0, CliRun.run("help", "compare").code());
    }

    @Test
    void helpAndHOnEveryCommandAndSubcommandPrintTheHelpAndExitZero() {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[0]);
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        collect(Cli.create(nowhere, nowhere).getSubcommands(), new String[0], commands);
        assertTrue(commands.size() > 14, "the tree was walked: " + commands.size());
        List<String> failed = new ArrayList<>();
        for (String[] command : commands) {
            for (String flag : List.of("--help", "-h")) {
                String[] args = Arrays.copyOf(command, command.length + 1);
                args[command.length] = flag;
                CliRun r = CliRun.run(args);
                String name = String.join(" ", args);
                String usage = "Usage: cjsim" + (command.length == 0 ? "" : " " + String.join(" ", command));
                if (r.code() != ExitCodes.OK
                        || !r.out().contains(usage)
                        || !r.err().isEmpty()) {
                    failed.add(
                            name + " (exit " + r.code() + ", stderr: " + r.err().strip() + ")");
                }
            }
        }
        assertEquals(List.of(), failed);
    }

    /** Every command under {@code prefix}, depth first. */
    private static void collect(Map<String, CommandLine> subcommands, String[] prefix, List<String[]> into) {
        Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var e : subcommands.entrySet()) {
            // Aliases map several names to one command: walk each command once, by its own name.
            if (!seen.add(e.getValue()) || !e.getKey().equals(e.getValue().getCommandName())) {
                continue;
            }
            String[] path = Arrays.copyOf(prefix, prefix.length + 1);
            path[prefix.length] = e.getKey();
            into.add(path);
            collect(e.getValue().getSubcommands(), path, into);
        }
    }

    @Test
    void versionNamesCjsimAndJava() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("cjsim " + org.cjsim.Version.get()), r.out());
    }

    @Test
    void noCommandPrintsTheUsageAsABadInput() {
        CliRun r = CliRun.run();
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Usage: cjsim"), r.err());
    }
}

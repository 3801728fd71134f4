package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.Version;
import org.cjsim.output.StandardCharts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjsim chart} redraws a results folder; {@code gui} and {@code bench} check their input. */
class AddedCommandsTest {
    @TempDir
    static Path dir;

    static Path results;

    @BeforeAll
    static void compare() {
        results = dir.resolve("compare");
        CliRun r = CliRun.run(
                StandardCharts.INSTANCE, CliRun.small("compare", "baseline", "empowered", "--out", results.toString()));
        assertEquals(ExitCodes.OK, r.code(), r.err());
    }

    /** Runs the command and checks the bad-input contract: exit 2, a short message, no stack trace. */
    private static CliRun bad(String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "stderr: " + r.err());
        assertTrue(r.err().startsWith("cjsim: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.errLines().size() <= 2, r.err());
        return r;
    }

    @Test
    void aStudyWritesItsStandardCharts() throws Exception {
        try (var files = Files.list(results.resolve("charts"))) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("bridge-empowered.png"), names.toString());
            assertTrue(names.contains("payback-empowered.png"), names.toString());
        }
    }

    @Test
    void chartDrawsThePaybackOfEachStrategyOfACompareFolder() {
        Path out = dir.resolve("payback");
        CliRun r = CliRun.run(
                "chart",
                results.toString(),
                "--type",
                "payback",
                "--format",
                "png,svg,pdf",
                "--width",
                "960",
                "--height",
                "540",
                "--out",
                out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("Wrote 3 charts"), r.out());
        for (String f : new String[] {"payback-empowered.png", "payback-empowered.svg", "payback-empowered.pdf"}) {
            assertTrue(Files.exists(out.resolve(f)), f + " in " + r.out());
        }
        assertTrue(bad("chart", results.toString(), "--type", "payback", "--metric", "npv")
                .err()
                .contains("fixed metrics"));
    }

    @Test
    void chartRedrawsChosenTypesInEveryFormatWithoutRunning() {
        Path out = dir.resolve("redraw");
        CliRun r = CliRun.run(
                "chart",
                results.toString(),
                "--type",
                "comparison,nps",
                "--metric",
                "npv",
                "--format",
                "png,svg,pdf",
                "--width",
                "960",
                "--height",
                "540",
                "--out",
                out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        for (String f : new String[] {"comparison-npv.png", "comparison-npv.svg", "comparison-npv.pdf", "nps.pdf"}) {
            assertTrue(Files.exists(out.resolve(f)), f + " in " + r.out());
        }
        assertTrue(r.out().contains("Wrote 6 charts"), r.out());
    }

    @Test
    void chartPutsTheGivenTitleSubtitleAndFooterOnTheChartAndKeepsTheChangedScenarios() throws Exception {
        Path out = dir.resolve("titled");
        CliRun r = CliRun.run(
                "chart",
                results.toString(),
                "--type",
                "comparison",
                "--format",
                "svg",
                "--title",
                "Acme: {title}",
                "--subtitle",
                "For the board, March 2026",
                "--footer",
                "Acme Corp \u00b7 {footer}",
                "--out",
                out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String svg = Files.readString(out.resolve("comparison-net-contribution.svg"));
        assertTrue(svg.contains(">Acme: Net contribution: difference to baseline*<"), svg);
        assertTrue(svg.contains(">For the board, March 2026<"), svg);
        assertTrue(svg.contains(">Acme Corp \u00b7 Source: cjsim " + Version.label() + " \u00b7 master seed"), svg);
        // the folder's --set is named under the chart, as when the study drew it
        assertTrue(svg.contains("market.population=300"), svg);
    }

    @Test
    void chartWithoutTextOptionsShowsTheVersionForAReaderAndTheChangedScenarios() throws Exception {
        Path out = dir.resolve("own");
        CliRun r = CliRun.run("chart", results.toString(), "--type", "nps", "--format", "svg", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String svg = Files.readString(out.resolve("nps.svg"));
        assertTrue(svg.contains(">Source: cjsim " + Version.label() + " \u00b7 master seed "), svg);
        assertFalse(svg.contains("-SNAPSHOT"), svg);
        assertTrue(svg.contains("market.population=300"), svg);
    }

    @Test
    void chartAndStudiesRejectTextsThatAreNotOneShortLine() {
        assertEquals(
                List.of("cjsim: --title must be one line of text, but it has a line break at character 5"),
                bad("chart", results.toString(), "--title", "Acme\nprofit").errLines());
        assertEquals(
                List.of("cjsim: --footer may have at most 200 characters, got 201: shorten it"),
                bad("chart", results.toString(), "--footer", "x".repeat(201)).errLines());
        assertTrue(bad("chart", results.toString(), "--subtitle", "{chart}")
                .err()
                .contains("--subtitle has the unknown placeholder {chart}: the one placeholder of the subtitle is"
                        + " {subtitle}"));
        // a study checks them before it runs anything
        Path out = dir.resolve("not-run");
        CliRun r = bad(CliRun.small("compare", "honest", "--title", "{chart}", "--out", out.toString()));
        assertTrue(r.err().contains("--title has the unknown placeholder {chart}"), r.err());
        assertFalse(Files.exists(out), "nothing was run");
    }

    @Test
    void chartWithoutTypesRedrawsTheStandardSetIntoTheResultsFolder() {
        CliRun r = CliRun.run("chart", results.toString(), "--quiet");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.exists(results.resolve("charts").resolve("timeseries-customers.png")));
    }

    @Test
    void chartOfAFolderThatIsNotResultsSaysSo() {
        assertTrue(bad("chart", dir.resolve("nowhere").toString()).err().contains("is not a folder"));
        assertTrue(bad("chart", dir.toString()).err().contains("has no manifest.json"));
    }

    @Test
    void chartRejectsUnknownTypesAndMetricsThatDoNotApply() {
        assertTrue(bad("chart", results.toString(), "--type", "pie").err().contains("unknown chart type \"pie\""));
        assertTrue(bad("chart", results.toString(), "--type", "bridge", "--metric", "npv")
                .err()
                .contains("--type comparison --metric npv"));
        assertTrue(bad("chart", results.toString(), "--type", "tornado").err().contains("sensitivity"));
        assertTrue(bad("chart", results.toString(), "--metric", "npv").err().contains("--metric goes with --type"));
        assertTrue(bad("chart", results.toString(), "--type", "nps", "--metric", "npv")
                .err()
                .contains("fixed metrics"));
    }

    @Test
    void chartRejectsSizesOutsideTheirRange() {
        assertTrue(bad("chart", results.toString(), "--width", "50").err().contains("--width must be"));
        assertTrue(bad("chart", results.toString(), "--scale", "20").err().contains("--scale must be in [0.25, 8]"));
        assertTrue(bad("chart", results.toString(), "--format", "gif")
                .err()
                .contains("\"gif\" is not one of png, svg, pdf"));
    }

    @Test
    void guiDaysGoWithASnapshot() {
        assertTrue(bad("gui", "--days", "10").err().contains("--days goes with --snapshot"));
    }

    @Test
    void guiWithoutADisplaySaysHowToGetOne() {
        // Surefire runs headless: the lab cannot open, which is a failure while running, not bad input.
        CliRun r = CliRun.run("gui", "--snapshot", dir.resolve("lab.png").toString(), "--days", "5");
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertTrue(r.err().contains("xvfb-run"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void guiRejectsAnUnknownScenarioLikeEveryCommand() {
        assertTrue(bad("gui", "basline").err().contains("did you mean baseline?"));
    }

    @Test
    void benchChecksItsOptionsBeforeTimingAnything() {
        assertTrue(
                bad("bench", "--sizes", "5").err().contains("--sizes must be whole numbers in [10, 5000000], got 5"));
        assertTrue(bad("bench", "--heap", "lots").err().contains("--heap must be a size such as 1g"));
        assertTrue(bad("bench", "--replications", "0").err().contains("--replications must be"));
    }

    @Test
    void benchWritesItsReport() throws Exception {
        Path report = dir.resolve("perf.md");
        CliRun r = CliRun.run(
                "bench",
                "--sizes",
                "1000",
                "--days",
                "20",
                "--replications",
                "1",
                "--heap",
                "256m",
                "-q",
                "-o",
                report.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String md = Files.readString(report);
        assertTrue(md.contains("`cjsim bench --sizes 1000"), md);
        assertTrue(md.contains("| 1,000 | 20 |"), md);
    }
}

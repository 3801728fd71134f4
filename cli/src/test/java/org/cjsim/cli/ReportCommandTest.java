package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cjsim report}: the deck opened back with POI and checked slide by slide, and the HTML page, for a
 * folder of each kind of study (tiny markets); the error contract of the command.
 */
class ReportCommandTest {
    @TempDir
    static Path dir;

    static Path compare;
    static Path run;
    static Path sweep;
    static Path sensitivity;

    @BeforeAll
    static void studies() {
        compare = study("compare", "compare", "baseline", "empowered", "cost-cutter");
        run = study("run", "run", "baseline");
        sweep = study("sweep", "sweep", "baseline", "--vary", "strategy.latitude=0:1:0.5");
        sensitivity = study("sensitivity", "sensitivity", "baseline");
    }

    private static Path study(String name, String... args) {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of(CliRun.small(args)));
        all.addAll(List.of("--out", out.toString()));
        CliRun r = CliRun.run(all.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return out;
    }

    /** The slides of a deck: title, every text, tables, charts, pictures and notes. */
    record Slide(
            String title, String text, List<XSLFTable> tables, List<XSLFChart> charts, int pictures, String notes) {}

    private static List<Slide> slides(Path pptx) throws Exception {
        List<Slide> slides = new ArrayList<>();
        try (InputStream in = Files.newInputStream(pptx);
                XMLSlideShow deck = new XMLSlideShow(in)) {
            assertEquals(960, deck.getPageSize().width);
            assertEquals(540, deck.getPageSize().height);
            for (XSLFSlide slide : deck.getSlides()) {
                List<String> texts = new ArrayList<>();
                List<XSLFTable> tables = new ArrayList<>();
                int pictures = 0;
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t && !t.getText().isBlank()) {
                        texts.add(t.getText());
                    } else if (shape instanceof XSLFTable t) {
                        tables.add(t);
                    } else if (shape instanceof XSLFPictureShape) {
                        pictures++;
                    }
                }
                List<XSLFChart> charts = slide.getRelations().stream()
                        .filter(r -> r instanceof XSLFChart)
                        .map(r -> (XSLFChart) r)
                        .toList();
                StringBuilder notes = new StringBuilder();
                if (deck.getNotesSlide(slide) != null) {
                    for (XSLFTextShape t : deck.getNotesSlide(slide).getPlaceholders()) {
                        notes.append(t.getText()).append('\n');
                    }
                }
                slides.add(new Slide(
                        texts.isEmpty() ? "" : texts.get(0),
                        String.join("\n", texts),
                        tables,
                        charts,
                        pictures,
                        notes.toString()));
            }
        }
        return slides;
    }

    private static Path report(Path folder, String... more) {
        List<String> args = new ArrayList<>(List.of("report", folder.toString()));
        args.addAll(List.of(more));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.err());
        return folder.resolve("report");
    }

    /** Every slide after the title has a title, something besides its footer, and numbers in its notes. */
    private static void noEmptySlide(List<Slide> slides) {
        for (Slide s : slides.subList(1, slides.size())) {
            int content = s.tables().size()
                    + s.charts().size()
                    + s.pictures()
                    + (int) s.text().lines().count();
            // a title and the two footer boxes are not content
            assertTrue(content > 3, "an empty slide: " + s);
            assertTrue(s.notes().chars().anyMatch(Character::isDigit), "no numbers in the notes of " + s.title());
        }
    }

    private static Slide slide(List<Slide> slides, String titleStart) {
        return slides.stream()
                .filter(s -> s.title().startsWith(titleStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slide \"" + titleStart + "\" in "
                        + slides.stream().map(Slide::title).toList()));
    }

    private static boolean has(List<Slide> slides, String titleStart) {
        return slides.stream().anyMatch(s -> s.title().startsWith(titleStart));
    }

    @Test
    void aCompareFolderGivesTheDeckOfTheBusinessCaseSlideBySlide() throws Exception {
        Path out = report(compare, "--client", "Acme Retail", "--title", "Service pays");
        List<Slide> slides = slides(out.resolve("report.pptx"));
        noEmptySlide(slides);
        String cover = slides.get(0).text();
        assertTrue(cover.contains("Service pays") && cover.contains("Acme Retail"), cover);

        Slide business = slide(slides, "The business case: ");
        assertTrue(business.text().contains("95% CI"), business.text());
        assertTrue(business.text().contains("in net contribution"), business.text());
        assertTrue(business.text().contains("Pays off in"), business.text());

        // the comparison as a table: the header, the reference, one row per strategy, full names
        Slide table = slide(slides, "How the strategies compare");
        assertEquals(1, table.tables().size());
        XSLFTable t = table.tables().get(0);
        assertEquals(1 + 1 + 2, t.getNumberOfRows());
        List<String> names = List.of(t.getCell(2, 1).getText(), t.getCell(3, 1).getText());
        // --set marks the scenarios it changed with *
        assertTrue(names.contains("empowered*") && names.contains("cost-cutter*"), names.toString());
        assertEquals("baseline* (reference)", t.getCell(1, 1).getText());
        for (int r = 2; r < 4; r++) {
            String net = t.getCell(r, 2).getText();
            assertTrue(table.notes().contains(t.getCell(r, 1).getText() + ": net contribution " + net), table.notes());
        }

        // the comparison as a native chart with its data: one bar per strategy
        Slide comparison = slide(slides, "Net contribution: difference to baseline*");
        assertEquals(1, comparison.charts().size());
        var bars = comparison.charts().get(0).getChartSeries().get(0).getSeries(0);
        assertEquals(2, bars.getValuesData().getPointCount());
        assertEquals(2, bars.getCategoryData().getPointCount());

        assertEquals(1, slide(slides, "Profit bridge: baseline* to ").pictures());
        assertEquals(
                1, slide(slides, "Return on investment and payback").tables().size());
        Slide payback = slide(slides, "Payback: ");
        assertEquals(1, payback.charts().size(), "cash over time is a native line chart");
        assertEquals(3, payback.charts().get(0).getChartSeries().get(0).getSeriesCount());
        assertTrue(payback.notes().contains("Day 20: "), payback.notes());
        assertTrue(slide(slides, "Net Promoter Score").pictures() == 1);
        Slide method = slide(slides, "Method and assumptions");
        assertTrue(method.text().contains("2 replications") && method.text().contains("master seed"), method.text());
        Slide appendix = slide(slides, "Appendix: parameters that differ from the defaults");
        assertTrue(
                appendix.text().contains("market.population") || table(appendix).contains("market.population"));
        // 20 days: no customer passes the retention ladder's window, so there is no ladder slide
        assertFalse(has(slides, "Retention ladder"));
        assertFalse(has(slides, "What matters most"));
    }

    private static String table(Slide s) {
        StringBuilder text = new StringBuilder();
        for (XSLFTable t : s.tables()) {
            for (int r = 0; r < t.getNumberOfRows(); r++) {
                for (int c = 0; c < t.getNumberOfColumns(); c++) {
                    text.append(t.getCell(r, c).getText()).append('|');
                }
            }
        }
        return text.toString();
    }

    @Test
    void theHtmlPageIsSelfContainedWithEveryChartAsSvgAndEveryTable() throws Exception {
        Path out = report(compare);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("src=\"http") || html.contains("src='http"), "an external source");
        assertFalse(html.contains("<script"), "a script");
        assertFalse(html.contains("<link"), "an external style sheet");
        assertFalse(html.contains("url(http"), "an external font or image");
        assertFalse(html.contains("<img"), "an image that is not inline SVG");
        List<String> figures = ids(html, "<figure class=\"chart\" id=\"([^\"]+)\">");
        assertEquals(figures.size(), count(html, "<svg "), "one inline SVG per chart");
        for (String chart : List.of("comparison-net-contribution", "bridge-", "payback-", "roi", "nps")) {
            assertTrue(figures.stream().anyMatch(f -> f.startsWith(chart)), chart + " missing from " + figures);
        }
        // the deck's sections and every table of the folder
        for (String section : List.of(
                "How the strategies compare",
                "Return on investment and payback",
                "Method and assumptions",
                "Data: business-case.csv",
                "Data: comparison.csv",
                "Data: bridge.csv",
                "Data: summary-stats.csv",
                "Data: summary.csv")) {
            assertTrue(html.contains("<h2>" + section), section);
        }
        assertEquals(count(html, "<h2>Data: "), count(html, "class=\"caption\">The file "));
        assertTrue(html.contains("<meta name=\"viewport\""));
        assertTrue(html.contains("@media print"));
    }

    private static List<String> ids(String html, String regex) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aRunFolderGivesItsResultsTimeSeriesAndNpsButNoComparison() throws Exception {
        List<Slide> slides = slides(report(run).resolve("report.pptx"));
        noEmptySlide(slides);
        Slide results = slide(slides, "Results of baseline");
        assertTrue(table(results).contains("Net contribution|"), table(results));
        assertTrue(slides.stream().filter(s -> s.pictures() == 1).count() >= 3, "time series and NPS");
        assertFalse(has(slides, "How the strategies compare"));
        assertFalse(has(slides, "The business case"));
        assertTrue(slides.stream().allMatch(s -> s.charts().isEmpty()));
        assertTrue(has(slides, "Method and assumptions"));
    }

    @Test
    void aSweepFolderGivesItsBestPointEveryPointAndItsCurve() throws Exception {
        List<Slide> slides = slides(report(sweep).resolve("report.pptx"));
        noEmptySlide(slides);
        assertTrue(slide(slides, "The best point of the sweep").text().contains("strategy.latitude"));
        XSLFTable t = slide(slides, "Every point of the sweep").tables().get(0);
        assertEquals(1 + 3, t.getNumberOfRows(), "a row per point");
        assertTrue(slides.stream().anyMatch(s -> s.pictures() == 1), "the sweep curve");
        assertFalse(has(slides, "How the strategies compare"));
    }

    @Test
    void aSensitivityFolderSaysWhatMattersMostWithItsTornado() throws Exception {
        List<Slide> slides = slides(report(sensitivity).resolve("report.pptx"));
        noEmptySlide(slides);
        assertTrue(slide(slides, "What matters most").text().contains("moves net contribution the most"));
        assertTrue(
                slide(slides, "Each lever at its low and high value").tables().size() == 1);
        assertTrue(slides.stream()
                .anyMatch(s -> s.title().toLowerCase().contains("tornado")
                        || s.pictures() == 1 && s.notes().contains("strategy.")));
        String html = Files.readString(sensitivity.resolve("report/report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"tornado-net-contribution\""), "the tornado in the page");
        assertTrue(html.contains("<h2>Data: sensitivity.csv"));
    }

    @Test
    void outNamingAFileWritesThatFormatOnly() throws Exception {
        Path file = dir.resolve("deck/for-acme.pptx");
        CliRun r = CliRun.run("report", compare.toString(), "--out", file.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("Wrote " + file + System.lineSeparator(), r.out());
        assertTrue(Files.size(file) > 0);
        try (var list = Files.list(file.getParent())) {
            assertEquals(1, list.count());
        }
        Path folder = dir.resolve("html-only");
        r = CliRun.run("report", compare.toString(), "--format", "html", "--out", folder.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.exists(folder.resolve("report.html")));
        assertFalse(Files.exists(folder.resolve("report.pptx")));
    }

    @Test
    void overPlausibleWorldsTheDeckGivesTheProbabilityOfPayingOffAndNamesTheCalibration() throws Exception {
        Path calibration = Files.createDirectories(dir.resolve("cal"));
        Files.writeString(
                calibration.resolve("calibrated.yaml"),
                "name: my-company\nextends: baseline\nmarket:\n  population: 300\nhorizon:\n  days: 20\n"
                        + "customers:\n  issueImpact: 3.0\n");
        Files.writeString(calibration.resolve("ensemble.csv"), "set,customers.issueImpact\n0,2.5\n1,5.5\n");
        Path strategy = Files.writeString(
                dir.resolve("empowered.yaml"),
                "name: empowered\nextends: " + calibration.resolve("calibrated.yaml")
                        + "\nstrategy:\n  latitude: 0.8\n");
        Path out = dir.resolve("worlds");
        CliRun r = CliRun.run(
                "compare",
                strategy.toString(),
                "--reference",
                calibration.resolve("calibrated.yaml").toString(),
                "--uncertainty",
                calibration.toString(),
                "--threads",
                "2",
                "--out",
                out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<Slide> slides = slides(report(out).resolve("report.pptx"));
        noEmptySlide(slides);
        Slide business = slide(slides, "The business case: empowered");
        assertTrue(business.text().contains("Probability of paying off: "), business.text());
        assertTrue(business.text().contains("of 2 plausible worlds"), business.text());
        assertTrue(table(slide(slides, "How the strategies compare")).contains("90% over worlds|Pays off in|"));
        Slide method = slide(slides, "Method and assumptions");
        assertTrue(method.text().contains("2 plausible worlds of " + calibration), method.text());
        assertTrue(method.text().contains("customers.issueImpact"), method.text());
    }

    // ---------------------------------------------------------------- the error contract

    private static CliRun bad(String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "stderr: " + r.err());
        assertTrue(r.err().startsWith("cjsim: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.errLines().size() <= 2, r.err());
        return r;
    }

    @Test
    void aMissingFolderIsBadInputNamingIt() {
        Path missing = dir.resolve("nowhere");
        assertTrue(bad("report", missing.toString()).err().contains(missing + " is not a folder"));
    }

    @Test
    void aFolderThatIsNotResultsIsBadInput() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(bad("report", empty.toString()).err().contains("not a cjsim results folder"));
        assertFalse(Files.exists(empty.resolve("report")));
    }

    @Test
    void anUnknownFormatIsBadInputNamingTheAllowedOnes() {
        CliRun r = bad("report", compare.toString(), "--format", "pdf");
        assertTrue(r.err().contains("--format") && r.err().contains("\"pdf\""), r.err());
        assertTrue(r.err().contains("pptx, html"), r.err());
    }

    @Test
    void aFileOutWithTwoFormatsIsBadInput() {
        CliRun r = bad(
                "report",
                compare.toString(),
                "--format",
                "pptx,html",
                "--out",
                dir.resolve("x.pptx").toString());
        assertTrue(r.err().contains("--out") && r.err().contains("give a folder"), r.err());
    }

    @Test
    void anOutThatIsAFileWithoutAnExtensionIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertTrue(bad("report", compare.toString(), "--out", file.toString())
                .err()
                .contains("is a file"));
    }
}

package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Every chart type drawn headless to every format, and the files checked. */
class RenderingTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** One chart of every type: the standard comparison set, a tornado, a one-lever sweep, a grid and a scattered heatmap. */
    private static List<Charts.NamedChart> everyType() {
        List<Charts.NamedChart> charts = new ArrayList<>(
                Charts.createStandard(Fixtures.comparison(Fixtures.smallRun(), "baseline"), Fixtures.smallContext()));
        charts.addAll(
                Charts.createSensitivity(TornadoChartTest.result(), SummaryMetric.NET_CONTRIBUTION, Fixtures.CONTEXT));
        SweepAxis latitude = new SweepAxis("strategy.latitude", 0, 1, 0.5);
        SweepAxis cap = new SweepAxis("strategy.goodwillCap", 0, 50, 25);
        List<Sweep.Point> grid = new ArrayList<>();
        List<Sweep.Point> line = new ArrayList<>();
        for (double l : latitude.values()) {
            line.add(new Sweep.Point(
                    Map.of(latitude.path(), l),
                    Fixtures.scenario("l", Fixtures.values(SummaryMetric.NPS, 10 * l, 10 * l + 2, 10 * l + 1))));
            for (double c : cap.values()) {
                Map<String, Double> v = new LinkedHashMap<>();
                v.put(latitude.path(), l);
                v.put(cap.path(), c);
                grid.add(new Sweep.Point(
                        v, Fixtures.scenario("g", Fixtures.values(SummaryMetric.NET_CONTRIBUTION, l * c, l * c + 3))));
            }
        }
        charts.addAll(Charts.createSweep(Fixtures.sweep(line, List.of(latitude)), SummaryMetric.NPS, Fixtures.CONTEXT));
        charts.addAll(Charts.createSweep(
                Fixtures.sweep(grid, List.of(latitude, cap)), SummaryMetric.NET_CONTRIBUTION, Fixtures.CONTEXT));
        charts.add(new Charts.NamedChart(
                "heatmap-scattered",
                HeatmapChart.create(
                        grid.subList(0, 4),
                        latitude,
                        new SweepAxis(cap.path(), 0, 50, 10),
                        SummaryMetric.NET_CONTRIBUTION,
                        Fixtures.CONTEXT)));
        return charts;
    }

    @Test
    void everyChartTypeIsWrittenToEveryFormat(@TempDir Path dir) throws Exception {
        ChartOptions options = new ChartOptions(960, 540, 1, EnumSet.allOf(ChartFormat.class));
        List<Charts.NamedChart> charts = everyType();
        List<String> kinds =
                charts.stream().map(c -> c.name().split("-")[0]).distinct().toList();
        assertEquals(
                List.of(
                        "timeseries",
                        "comparison",
                        "ranking",
                        "bridge",
                        "payback",
                        "funnel",
                        "nps",
                        "ladder",
                        "tornado",
                        "sweep",
                        "heatmap"),
                kinds);
        List<Path> files = Charts.write(charts, options, dir);
        assertEquals(charts.size() * 3, files.size());
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getFileName().toString();
            if (name.endsWith(".png")) {
                assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), name);
                BufferedImage image = ImageIO.read(f.toFile());
                assertEquals(960, image.getWidth(), name);
                assertEquals(540, image.getHeight(), name);
            } else if (name.endsWith(".svg")) {
                Document doc = parseXml(bytes);
                assertEquals(
                        "svg",
                        doc.getDocumentElement().getLocalName() == null
                                ? doc.getDocumentElement().getNodeName()
                                : doc.getDocumentElement().getLocalName(),
                        name);
                assertEquals(960, Double.parseDouble(doc.getDocumentElement().getAttribute("width")), name);
            } else {
                String head = new String(bytes, 0, 5, StandardCharsets.ISO_8859_1);
                String tail = new String(bytes, StandardCharsets.ISO_8859_1).stripTrailing();
                assertEquals("%PDF-", head, name);
                assertTrue(tail.endsWith("%%EOF"), name);
            }
        }
    }

    private static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void theScaleFactorMultipliesThePngPixelsButNotTheSvgOrPdfSize(@TempDir Path dir) throws Exception {
        ChartOptions options = new ChartOptions(480, 270, 2, EnumSet.allOf(ChartFormat.class));
        List<Path> files = ChartWriter.write(
                ComparisonChart.create(
                        ComparisonChartTest.result(), "baseline", SummaryMetric.NET_CONTRIBUTION, Fixtures.CONTEXT),
                dir,
                "comparison",
                options);
        assertEquals(
                List.of(dir.resolve("comparison.png"), dir.resolve("comparison.svg"), dir.resolve("comparison.pdf")),
                files);
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(960, image.getWidth());
        assertEquals(540, image.getHeight());
        assertEquals(
                480,
                Double.parseDouble(parseXml(Files.readAllBytes(files.get(1)))
                        .getDocumentElement()
                        .getAttribute("width")));
        try (PDDocument pdf = Loader.loadPDF(files.get(2).toFile())) {
            assertEquals(480, pdf.getPage(0).getMediaBox().getWidth(), 1e-9);
            assertEquals(270, pdf.getPage(0).getMediaBox().getHeight(), 1e-9);
        }
    }

    @Test
    void theDefaultIsAFullHdPng(@TempDir Path dir) throws Exception {
        List<Path> files = ChartWriter.write(
                NpsChart.create(Fixtures.smallRun().scenarios(), Fixtures.smallContext()),
                dir,
                "nps",
                ChartOptions.defaults());
        assertEquals(1, files.size());
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void pdfTextIsSearchableTextInTheEmbeddedDejaVuSansWithMinusSignsAndCurrencySymbols(@TempDir Path dir)
            throws Exception {
        ChartContext euros = new ChartContext("test", 1, 4, 3, "\u20ac");
        Path file = dir.resolve("c.pdf");
        ChartWriter.writePdf(
                ComparisonChart.create(ComparisonChartTest.result(), "baseline", SummaryMetric.NET_CONTRIBUTION, euros),
                file,
                ChartOptions.defaults().withFormats(EnumSet.of(ChartFormat.PDF)));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Net contribution: difference to baseline"), text);
            assertTrue(text.contains(UnitFormat.MINUS + "\u20ac20"), "a negative amount in euros: " + text);
            assertTrue(text.contains("Source: cjsim test \u00b7 master seed 1"), text);
            assertTrue(glyphs(pdf).contains("difference"), "no ligatures: ff is two letters, as in the PNG");
            List<String> fonts = new ArrayList<>();
            PDResources resources = pdf.getPage(0).getResources();
            collectFonts(resources, fonts);
            assertFalse(fonts.isEmpty(), "the page uses fonts");
            assertTrue(
                    fonts.stream().allMatch(f -> f.endsWith("+DejaVuSans") || f.endsWith("+DejaVuSans-Bold")),
                    fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+DejaVuSans-Bold")), "the bold title: " + fonts);
            assertEquals(
                    "Net contribution: difference to baseline",
                    pdf.getDocumentInformation().getTitle());
        }
    }

    /** The text of {@code pdf} glyph by glyph, without the text stripper's unfolding of ligatures. */
    private static String glyphs(PDDocument pdf) throws Exception {
        StringBuilder raw = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> raw.append(p.getUnicode()));
                raw.append(' ');
            }
        };
        stripper.getText(pdf);
        return raw.toString();
    }

    /** The fonts of {@code resources} and the forms in it, by name, after checking that each is embedded. */
    private static void collectFonts(PDResources resources, List<String> names) throws Exception {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            names.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), names);
            }
        }
    }

    @Test
    void pdfDocumentTitlesKeepEveryCharacter(@TempDir Path dir) throws Exception {
        String title = "Profit bridge: caf\u00e9 to d\u00e9light, " + UnitFormat.MINUS + "\u00a354.1k";
        Path file = dir.resolve("c.pdf");
        ChartWriter.writePdf(
                NpsChart.create(
                        Fixtures.smallRun().scenarios(),
                        Fixtures.smallContext().withText(new ChartText(title, null, null))),
                file,
                ChartOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(title, pdf.getDocumentInformation().getTitle());
            assertTrue(new PDFTextStripper().getText(pdf).contains(title));
            assertTrue(pdf.getDocumentInformation().getCreator().startsWith("cjsim "));
        }
    }

    @Test
    void verticalAxisLabelsStayTextInPdfAndSvg(@TempDir Path dir) throws Exception {
        JFreeChart bridge =
                Charts.createStandard(Fixtures.comparison(Fixtures.smallRun(), "baseline"), Fixtures.smallContext())
                        .stream()
                        .filter(c -> c.name().startsWith("bridge-"))
                        .findFirst()
                        .orElseThrow()
                        .chart();
        ChartWriter.writePdf(bridge, dir.resolve("b.pdf"), ChartOptions.defaults());
        ChartWriter.writeSvg(bridge, dir.resolve("b.svg"), ChartOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("b.pdf").toFile())) {
            // the stripper's spacing of rotated text is unreliable: compare without spaces
            String text = glyphs(pdf).replace(" ", "");
            assertTrue(text.contains("Differenceinnetcontribution"), text);
        }
        assertTrue(Files.readString(dir.resolve("b.svg")).contains(">Difference in net contribution<"));
    }

    @Test
    void theSamePdfChartIsTheSameFile(@TempDir Path dir) throws Exception {
        JFreeChart chart = NpsChart.create(Fixtures.smallRun().scenarios(), Fixtures.smallContext());
        ChartWriter.writePdf(chart, dir.resolve("a.pdf"), ChartOptions.defaults());
        ChartWriter.writePdf(chart, dir.resolve("b.pdf"), ChartOptions.defaults());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.pdf")), Files.readAllBytes(dir.resolve("b.pdf")));
    }

    @Test
    void textTheFontCannotShowIsDrawnAsOutlinesAndTheRestStaysText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.pdf");
        ChartWriter.writePdf(
                NpsChart.create(
                        Fixtures.smallRun().scenarios(),
                        Fixtures.smallContext().withText(new ChartText("\u5229\u76ca NPS", null, null))),
                file,
                ChartOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains("\u5229\u76ca"), "DejaVu Sans has no CJK glyphs: outlines, not text");
            assertTrue(text.contains("Source: cjsim"), text);
        }
    }

    @Test
    void svgKeepsTextAsTextWithTheThemeFont(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("c.svg");
        ChartWriter.writeSvg(
                ComparisonChart.create(
                        ComparisonChartTest.result(), "baseline", SummaryMetric.NET_CONTRIBUTION, Fixtures.CONTEXT),
                svg,
                ChartOptions.defaults());
        String text = Files.readString(svg);
        assertTrue(text.contains("Net contribution: difference to baseline"));
        assertTrue(text.contains(UnitFormat.MINUS + "$20"));
        assertTrue(text.contains("font-family: " + ChartWriter.SVG_FONTS), "fallback fonts for other machines");
        assertTrue(text.contains("font-weight: bold"), "the bold title");
    }

    @Test
    void aSmallerCanvasIsTheSameLayoutScaledDown() {
        assertEquals(0.5, ChartWriter.layoutScale(960, 540), 1e-12);
        assertEquals(1920, ChartWriter.canvas(960, 540).getWidth(), 1e-9);
        assertEquals(1920, ChartWriter.canvas(1080, 1080).getWidth(), 1e-9);
        assertEquals(1920, ChartWriter.canvas(1080, 1080).getHeight(), 1e-9);
        assertEquals(1080, ChartWriter.canvas(3840, 1080).getHeight(), 1e-9);
    }
}

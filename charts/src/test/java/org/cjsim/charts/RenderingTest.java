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
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
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
        String pdf = new String(Files.readAllBytes(files.get(2)), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/MediaBox [0.0 0.0 480.0 270.0]"), pdf.substring(0, 400));
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
    void pdfTextIsDrawnAsOutlinesSoThatMinusSignsAndCurrencySymbolsSurvive(@TempDir Path dir) throws Exception {
        ChartContext euros = new ChartContext("test", 1, 4, 3, "\u20ac");
        Path pdf = dir.resolve("c.pdf");
        ChartWriter.writePdf(
                ComparisonChart.create(ComparisonChartTest.result(), "baseline", SummaryMetric.NET_CONTRIBUTION, euros),
                pdf,
                ChartOptions.defaults().withFormats(EnumSet.of(ChartFormat.PDF)));
        String content = pageContent(Files.readAllBytes(pdf));
        assertFalse(content.contains("Tj"), "text drawn with a PDF font would lose \u2212 and \u20ac");
        assertTrue(content.contains("f\n"), "text is filled outlines");
        String info = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(info.contains("/Title (Net contribution: difference to baseline)"), info.substring(0, 600));
    }

    @Test
    void theContentCheckSeesTextWhereThePdfUsesFonts() throws Exception {
        com.orsonpdf.PDFDocument doc = new com.orsonpdf.PDFDocument();
        com.orsonpdf.PDFGraphics2D g2 = doc.createPage(new java.awt.geom.Rectangle2D.Double(0, 0, 100, 100))
                .getGraphics2D();
        g2.drawString("plain text", 10, 10);
        assertTrue(pageContent(doc.getPDFBytes()).contains("Tj"));
    }

    @Test
    void pdfDocumentTitlesAreWrittenInAscii() {
        assertEquals(
                "Profit bridge: baseline to delight, +EUR54.1k",
                ChartWriter.ascii("Profit bridge: baseline to delight, +\u20ac54.1k"));
        assertEquals("-5 cafe", ChartWriter.ascii(UnitFormat.MINUS + "5 caf\u00e9"));
    }

    /** The inflated content stream of the first page (OrsonPDF compresses it with Flate). */
    private static String pageContent(byte[] pdf) throws Exception {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int filter = s.indexOf("/FlateDecode");
        int start = s.indexOf("stream\n", filter) + "stream\n".length();
        int end = s.indexOf("endstream", start);
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(Arrays.copyOfRange(pdf, start, end));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
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
        if (Theme.FONT_FAMILY.equals("DejaVu Sans")) {
            assertTrue(text.contains("font-family: " + ChartWriter.SVG_FONTS), "fallback fonts for other machines");
        }
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

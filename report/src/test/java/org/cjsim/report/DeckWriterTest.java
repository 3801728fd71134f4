package org.cjsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.cjsim.charts.ChartContext;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class DeckWriterTest {
    private static final ChartContext CONTEXT = new ChartContext("test", 1, 2, 1, "€");

    private static ChartData bars() {
        return new ChartData(
                ChartData.Kind.BAR,
                "",
                "",
                "Difference (€)",
                "#,##0",
                List.of("a", "b"),
                List.of(new ChartData.Series(
                        "Difference", new double[] {1200, -300}, Color.BLUE, false, List.of(Color.RED, Color.GREEN))));
    }

    private static JFreeChart picture() {
        return BarCharts.draw(bars(), "Bars", "", BarCharts.percent(), CONTEXT);
    }

    private static Report report(Section... sections) {
        return new Report("Title", "Client", "1 January 2027", "about", "footer", List.of(sections));
    }

    private static String text(XSLFSlide slide) {
        StringBuilder s = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                s.append(t.getText()).append('\n');
            }
        }
        return s.toString();
    }

    @Test
    void aLongTableIsContinuedOnMoreSlidesWithEveryRowOnceAndTheNotesOnEach() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of("row " + i, String.valueOf(i)));
        }
        Section long1 = new Section("Long", List.of(new Block.Table(List.of("Name", "Value"), rows, "")), "n 42");
        try (XMLSlideShow deck = DeckWriter.create(report(long1))) {
            List<XSLFSlide> slides = deck.getSlides();
            assertTrue(slides.size() >= 3, "60 rows need more than one slide, got " + slides.size());
            int seen = 0;
            for (int i = 1; i < slides.size(); i++) {
                XSLFSlide slide = slides.get(i);
                assertTrue(text(slide).contains(i == 1 ? "Long" : "Long (continued)"), text(slide));
                XSLFTable table = (XSLFTable) slide.getShapes().stream()
                        .filter(s -> s instanceof XSLFTable)
                        .findFirst()
                        .orElseThrow();
                assertEquals("Name", table.getCell(0, 0).getText());
                seen += table.getNumberOfRows() - 1;
                assertTrue(table.getAnchor().getMaxY() <= DeckWriter.HEIGHT - 30, "table runs into the footer");
                assertTrue(
                        deck.getNotesSlide(slide).getPlaceholders()[1].getText().contains("n 42")
                                || notes(deck, slide).contains("n 42"));
            }
            assertEquals(60, seen);
        }
    }

    private static String notes(XMLSlideShow deck, XSLFSlide slide) {
        StringBuilder s = new StringBuilder();
        for (XSLFTextShape t : deck.getNotesSlide(slide).getPlaceholders()) {
            s.append(t.getText());
        }
        return s.toString();
    }

    @Test
    void aChartWithDataIsANativeChartWithItsValuesAndOneWithoutIsAPicture() throws Exception {
        Section nat = new Section("Native", List.of(new Block.Chart("n", picture(), bars())), "numbers");
        Section pic = new Section("Picture", List.of(new Block.Chart("p", picture(), null)), "numbers");
        try (XMLSlideShow deck = DeckWriter.create(report(nat, pic))) {
            XSLFSlide first = deck.getSlides().get(1);
            List<XSLFChart> charts = first.getRelations().stream()
                    .filter(r -> r instanceof XSLFChart)
                    .map(r -> (XSLFChart) r)
                    .toList();
            assertEquals(1, charts.size());
            var series = charts.get(0).getChartSeries().get(0).getSeries(0);
            assertEquals(2, series.getValuesData().getPointCount());
            assertEquals(-300.0, series.getValuesData().getPointAt(1).doubleValue());
            // the data is embedded, as a workbook PowerPoint opens to edit the chart
            assertEquals(
                    -300.0,
                    charts.get(0)
                            .getWorkbook()
                            .getSheetAt(0)
                            .getRow(2)
                            .getCell(1)
                            .getNumericCellValue());
            XSLFSlide second = deck.getSlides().get(2);
            assertTrue(second.getShapes().stream().anyMatch(s -> s instanceof XSLFPictureShape));
            assertFalse(second.getRelations().stream().anyMatch(r -> r instanceof XSLFChart));
        }
    }

    @Test
    void barsWithIntervalsGetWhiskersOfTheirOwnLength() throws Exception {
        ChartData data = new ChartData(
                ChartData.Kind.BAR,
                "",
                "",
                "",
                "0",
                List.of("a", "b"),
                List.of(new ChartData.Series(
                        "d", new double[] {10, -5}, Color.BLUE, false, List.of(), new double[] {4, -9}, new double[] {
                            13, 1
                        })));
        Section s = new Section("S", List.of(new Block.Chart("n", picture(), data)), "numbers");
        try (XMLSlideShow deck = DeckWriter.create(report(s))) {
            XSLFChart chart = (XSLFChart) deck.getSlides().get(1).getRelations().stream()
                    .filter(r -> r instanceof XSLFChart)
                    .findFirst()
                    .orElseThrow();
            var series = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.Series)
                    chart.getChartSeries().get(0).getSeries(0);
            assertTrue(series.hasErrorBars(), "whiskers");
            var bars = series.getErrorBars();
            assertEquals(3.0, bars.getPlus().getPointAt(0).doubleValue(), 1e-9);
            assertEquals(6.0, bars.getMinus().getPointAt(0).doubleValue(), 1e-9);
            assertEquals(6.0, bars.getPlus().getPointAt(1).doubleValue(), 1e-9);
            assertEquals(4.0, bars.getMinus().getPointAt(1).doubleValue(), 1e-9);
            // the axis holds the whiskers: from -9 to 13 in steps of 5
            var axis = chart.getAxes().stream()
                    .filter(a -> a instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis)
                    .findFirst()
                    .orElseThrow();
            assertEquals(-10, axis.getMinimum());
            assertEquals(15, axis.getMaximum());
        }
    }

    @Test
    void theTitleSlideNamesTitleClientAndDate() throws Exception {
        Section s = new Section("S", List.of(new Block.Headline("h")), "");
        try (XMLSlideShow deck = DeckWriter.create(report(s))) {
            String t = text(deck.getSlides().get(0));
            assertTrue(t.contains("Title") && t.contains("Client") && t.contains("1 January 2027"), t);
            assertEquals(960, deck.getPageSize().width);
            assertEquals(540, deck.getPageSize().height);
        }
    }

    @Test
    void stepsAreRound() {
        assertEquals(5, DeckWriter.niceStep(3.7));
        assertEquals(20_000, DeckWriter.niceStep(12_000));
        assertEquals(1, DeckWriter.niceStep(1));
    }

    @Test
    void linesAreEstimatedByWordsAndWidth() {
        assertEquals(1, DeckWriter.lines("short", 10, 500));
        assertEquals(2, DeckWriter.lines("one\ntwo", 10, 500));
        // 100 characters at 10 pt take about 550 pt: two lines in 400 pt
        assertEquals(2, DeckWriter.lines("x".repeat(49) + " " + "y".repeat(50), 10, 400));
    }
}

package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** A reader's title, subtitle and footer in place of the charts' own, and the source line's version. */
class ChartTextTest {
    private static final String CHANGE = "baseline* = baseline with market.population=50000";

    /** Every standard chart of a comparison, and a tornado, drawn with {@code context}. */
    private static List<Charts.NamedChart> charts(ChartContext context) {
        List<Charts.NamedChart> charts =
                new ArrayList<>(Charts.createStandard(Fixtures.comparison(Fixtures.smallRun(), "baseline"), context));
        charts.addAll(Charts.createSensitivity(TornadoChartTest.result(), SummaryMetric.NET_CONTRIBUTION, context));
        return charts;
    }

    /** The texts of the chart's text titles at {@code edge}, in the order added. */
    private static List<String> texts(JFreeChart chart, RectangleEdge edge) {
        return chart.getSubtitles().stream()
                .filter(t -> t instanceof TextTitle tt && tt.getPosition() == edge)
                .map(t -> ((TextTitle) t).getText())
                .toList();
    }

    @Test
    void theGivenTitleSubtitleAndFooterReplaceEveryChartsOwnAndTheChangesStay() {
        ChartContext context = Fixtures.smallContext()
                .withChanges(List.of(CHANGE))
                .withText(new ChartText("Acme: the case for service", "Prepared for the board", "Acme Corp, 2026"));
        for (Charts.NamedChart c : charts(context)) {
            assertEquals("Acme: the case for service", c.chart().getTitle().getText(), c.name());
            assertEquals(List.of("Prepared for the board"), texts(c.chart(), RectangleEdge.TOP), c.name());
            assertEquals(
                    List.of("Acme Corp, 2026", "Changed scenario: " + CHANGE),
                    texts(c.chart(), RectangleEdge.BOTTOM),
                    c.name());
        }
    }

    @Test
    void placeholdersStandForTheChartsOwnWords() {
        ChartContext own = Fixtures.smallContext();
        ChartContext context =
                own.withText(new ChartText("Acme: {title}", "{subtitle} (draft)", "Acme \u00b7 {footer}"));
        List<Charts.NamedChart> before = charts(own);
        List<Charts.NamedChart> after = charts(context);
        for (int i = 0; i < before.size(); i++) {
            JFreeChart b = before.get(i).chart();
            JFreeChart a = after.get(i).chart();
            assertEquals("Acme: " + b.getTitle().getText(), a.getTitle().getText());
            assertEquals(
                    texts(b, RectangleEdge.TOP).get(0) + " (draft)",
                    texts(a, RectangleEdge.TOP).get(0));
            assertEquals(List.of("Acme \u00b7 " + own.source()), texts(a, RectangleEdge.BOTTOM));
        }
    }

    @Test
    void anEmptyTextRemovesItsLine() {
        ChartContext context = Fixtures.smallContext().withText(new ChartText("", " ", ""));
        for (Charts.NamedChart c : charts(context)) {
            assertNull(c.chart().getTitle(), c.name());
            assertEquals(List.of(), texts(c.chart(), RectangleEdge.TOP), c.name());
            assertEquals(List.of(), texts(c.chart(), RectangleEdge.BOTTOM), c.name());
        }
        // a chart without title, subtitle or footer still draws
        assertEquals(
                1920,
                ChartWriter.image(charts(context).get(0).chart(), ChartOptions.defaults())
                        .getWidth());
    }

    @Test
    void theContextKeepsItsTextThroughCopies() {
        ChartText text = new ChartText("T", null, null);
        ChartContext c =
                Fixtures.CONTEXT.withText(text).withChanges(List.of(CHANGE)).withReplications(9);
        assertEquals(text, c.text());
        assertEquals(ChartText.OWN, Fixtures.CONTEXT.text());
        assertEquals(ChartText.OWN, Fixtures.CONTEXT.withText(null).text());
    }

    @Test
    void aLineBreakOrControlCharacterIsRejectedWithItsPosition() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ChartText("Profit\nbridge", null, null));
        assertEquals("title must be one line of text, but it has a line break at character 7", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ChartText(null, "a\tb", null));
        assertEquals("subtitle must be one line of text, but it has a tab at character 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ChartText(null, null, "x\u0007"));
        assertEquals(
                "footer must be one line of text, but it has the control character U+0007 at character 2",
                e.getMessage());
        // surrounding spaces and line breaks are trimmed, not rejected
        assertEquals("Profit", new ChartText(" Profit\n", null, null).title());
    }

    @Test
    void textsAreLimitedInLengthOnBothSidesOfTheLimit() {
        String title = "t".repeat(ChartText.MAX_TITLE);
        assertEquals(title, new ChartText(title, null, null).title());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ChartText(title + "t", null, null));
        assertEquals("title may have at most 100 characters, got 101: shorten it", e.getMessage());
        String line = "\u20ac".repeat(ChartText.MAX_LINE);
        assertEquals(line, new ChartText(null, line, line).footer());
        e = assertThrows(IllegalArgumentException.class, () -> new ChartText(null, null, line + "x"));
        assertEquals("footer may have at most 200 characters, got 201: shorten it", e.getMessage());
    }

    @Test
    void anUnknownPlaceholderIsRejectedNamingTheOneThatWorks() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ChartText("{chart} for Acme", null, null));
        assertEquals(
                "title has the unknown placeholder {chart}: the one placeholder of the title is {title}, the chart's"
                        + " own title",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChartText(null, "{title}", null));
        // braces that are no placeholder are text
        assertEquals("Q3 {draft 2}", new ChartText("Q3 {draft 2}", null, null).title("own"));
    }

    @Test
    void theSourceLineNamesADevelopmentBuildWithoutTheMavenSuffix() {
        ChartContext snapshot = new ChartContext("0.4.0-SNAPSHOT", 7, 4, 3, "$");
        assertEquals("Source: cjsim 0.4.0 (development build) \u00b7 master seed 7", snapshot.source());
        ChartContext release = new ChartContext("0.4.0", 7, 4, 3, "$");
        assertEquals("Source: cjsim 0.4.0 \u00b7 master seed 7", release.source());
    }

    @Test
    void theThemeFontIsTheDejaVuSansThatComesWithCjsim() {
        Font plain = Theme.font(Font.PLAIN, 10);
        Font bold = Theme.font(Font.BOLD, 44);
        assertEquals("DejaVu Sans", plain.getFontName());
        assertEquals("DejaVu Sans Bold", bold.getFontName());
        assertTrue(bold.isBold());
        assertEquals(44, bold.getSize2D());
        assertTrue(plain.canDisplay('\u2212') && plain.canDisplay('\u20ac') && plain.canDisplay('\u00a5'));
        assertEquals(DejaVuSans.FAMILY, Theme.FONT_FAMILY);
    }
}

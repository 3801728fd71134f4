package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Scenarios changed from the one their name points to are listed under every chart. */
class ChangedScenariosFootnoteTest {
    private static final String CHANGE = "baseline* = baseline with market.population=50000";

    /** The texts of the chart's titles at the bottom, from the bottom edge up (the order JFreeChart stacks them). */
    private static List<String> bottomTexts(JFreeChart chart) {
        return chart.getSubtitles().stream()
                .filter(t -> t instanceof TextTitle tt && tt.getPosition() == RectangleEdge.BOTTOM)
                .map(t -> ((TextTitle) t).getText())
                .toList();
    }

    @Test
    void everyChartTypeShowsTheChangesAboveTheSourceLine() {
        ChartContext context = Fixtures.smallContext().withChanges(List.of(CHANGE));
        List<Charts.NamedChart> charts = new java.util.ArrayList<>(
                Charts.createStandard(Fixtures.comparison(Fixtures.smallRun(), "baseline"), context));
        charts.addAll(Charts.createSensitivity(
                TornadoChartTest.result(), org.cjsim.metrics.SummaryMetric.NET_CONTRIBUTION, context));
        for (Charts.NamedChart c : charts) {
            assertEquals(List.of(context.source(), "Changed scenario: " + CHANGE), bottomTexts(c.chart()), c.name());
            Title footnote = c.chart().getSubtitles().stream()
                    .filter(t -> t instanceof TextTitle tt && tt.getText().startsWith("Changed"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(HorizontalAlignment.LEFT, footnote.getHorizontalAlignment());
        }
    }

    @Test
    void withoutChangesThereIsOnlyTheSourceLine() {
        JFreeChart chart = Charts.createStandard(
                        Fixtures.comparison(Fixtures.smallRun(), "baseline"), Fixtures.smallContext())
                .get(0)
                .chart();
        assertEquals(List.of(Fixtures.smallContext().source()), bottomTexts(chart));
        assertEquals("", Fixtures.CONTEXT.withChanges(List.of(" ", "")).footnote());
        assertEquals("", Fixtures.CONTEXT.withChanges(null).footnote());
    }

    @Test
    void manyChangesAreCutToThreeLinesSayingHowManyMore() {
        ChartContext two = Fixtures.CONTEXT.withChanges(List.of("a* = a with x=1", "b* = b with y=2"));
        assertEquals("Changed scenarios: a* = a with x=1\nb* = b with y=2", two.footnote());
        ChartContext three = Fixtures.CONTEXT.withChanges(List.of("a", "b", "c"));
        assertEquals("Changed scenarios: a\nb\nc", three.footnote());
        ChartContext five = Fixtures.CONTEXT.withChanges(List.of("a", "b", "c", "d", "e"));
        assertEquals("Changed scenarios: a\nb\nand 3 more", five.footnote());
        assertEquals(ChartContext.MAX_CHANGE_LINES, five.footnote().lines().count());
    }

    @Test
    void theChangesSurviveACopyWithOtherReplications() {
        ChartContext c = Fixtures.CONTEXT.withChanges(List.of(CHANGE)).withReplications(7);
        assertEquals(List.of(CHANGE), c.changes());
        assertEquals(7, c.replications());
        assertTrue(Fixtures.CONTEXT.changes().isEmpty());
    }
}

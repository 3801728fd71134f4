package org.cjsim.charts;

import static org.cjsim.charts.Fixtures.plus;
import static org.cjsim.charts.Fixtures.scenario;
import static org.cjsim.charts.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class RankingChartTest {
    private static final SummaryMetric NC = SummaryMetric.NET_CONTRIBUTION;
    private static final double[] BASE = {100, 110, 120, 130};
    private static final String LONG = "empowered-plus-with-twenty-percent-more-agents-and-a-longer-name-still";

    private static TablePlot table(JFreeChart chart) {
        return (TablePlot) chart.getPlot();
    }

    @Test
    void theReferenceComesFirstWithItsLevelsThenTheStrategiesBestFirstWithTheirDifferences() {
        Comparison.Result r = Fixtures.comparison(ComparisonChartTest.result(), "baseline");
        TablePlot t = table(RankingChart.create(r, Fixtures.CONTEXT));
        assertEquals(
                RankingChart.HEADERS,
                t.columns().stream().map(TablePlot.Column::header).toList());
        assertEquals(4, t.rows().size());
        TablePlot.Row ref = t.rows().get(0);
        assertTrue(ref.reference());
        assertEquals("baseline (reference)", ref.cells().get(1));
        assertEquals("$115", ref.cells().get(2));
        List<String> names =
                t.rows().subList(1, 4).stream().map(row -> row.cells().get(1)).toList();
        assertEquals(List.of("delight", "empowered", "cost-cutter"), names);
        TablePlot.Row delight = t.rows().get(1);
        assertEquals("1", delight.cells().get(0));
        assertEquals("+$50", delight.cells().get(2));
        assertEquals("yes", delight.cells().get(4));
        assertEquals("4 of 4", delight.cells().get(9));
        assertEquals(Palette.STRATEGIES.get("delight"), delight.swatch());
        TablePlot.Row empowered = t.rows().get(2);
        assertEquals("no", empowered.cells().get(4));
        assertEquals(UnitFormat.MINUS + "$20", t.rows().get(3).cells().get(2));
        assertEquals("unknown", delight.cells().get(8), "payback unknown without daily series");
    }

    @Test
    void longNamesWrapWholeAndEveryRowIsDrawnOnTheSlide() {
        List<ScenarioResult> scenarios = new ArrayList<>();
        scenarios.add(scenario("baseline", values(NC, BASE)));
        for (int i = 0; i < 10; i++) {
            scenarios.add(scenario((i == 4 ? LONG : "strategy-" + i), values(NC, plus(BASE, i, i + 1, i, i + 2))));
        }
        ExperimentResult e = new ExperimentResult(ExperimentSettings.defaults().withReplications(4), scenarios, 0);
        JFreeChart chart = RankingChart.create(Fixtures.comparison(e, "baseline"), Fixtures.CONTEXT);
        List<TextRecorder.Text> texts = TextRecorder.draw(chart);
        for (TextRecorder.Text t : texts) {
            assertTrue(t.bounds().getMinX() >= 0 && t.bounds().getMaxX() <= 1920, t + " on the canvas");
            assertTrue(t.bounds().getMinY() >= 0 && t.bounds().getMaxY() <= 1080, t + " on the canvas");
        }
        assertTrue(TextRecorder.find(texts, LONG).isEmpty(), "the long name is wrapped");
        int first = -1;
        for (int i = 0; i < texts.size(); i++) {
            if (LONG.startsWith(texts.get(i).text()) && texts.get(i).text().length() > 4) {
                first = i;
                break;
            }
        }
        assertTrue(first >= 0, "the long name's first line is drawn");
        StringBuilder joined = new StringBuilder();
        for (int i = first; joined.length() < LONG.length(); i++) {
            joined.append(texts.get(i).text());
        }
        assertEquals(LONG, joined.toString(), "every letter of the name is drawn, in order, on lines of its own");
        for (int k = 0; k < 10; k++) {
            if (k != 4) {
                assertEquals(1, TextRecorder.find(texts, "strategy-" + k).size(), "strategy-" + k);
            }
        }
        // the font stays readable on a 1920x1080 slide
        assertTrue(texts.stream()
                .filter(t -> t.text().startsWith("strategy-"))
                .allMatch(t -> t.font().getSize2D() >= 18));
    }

    @Test
    void wrappingBreaksAtSpacesAndHyphensAndCutsOnlyAWordWiderThanTheLine() {
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
                .createGraphics()
                .getFontMetrics(Theme.font(Font.PLAIN, 24));
        double width = fm.stringWidth("empowered-plus-");
        List<String> lines = TablePlot.wrap("empowered-plus-with-twenty percent", width, fm);
        assertEquals(List.of("empowered-plus-", "with-twenty", "percent"), lines);
        List<String> cut = TablePlot.wrap("abcdefghijklmnopqrstuvwxyz", fm.stringWidth("abcdefgh"), fm);
        assertEquals("abcdefghijklmnopqrstuvwxyz", String.join("", cut));
        assertTrue(cut.size() > 1);
        assertTrue(cut.stream().allMatch(l -> fm.stringWidth(l) <= fm.stringWidth("abcdefgh")));
        assertFalse(TablePlot.wrap("", 100, fm).isEmpty());
    }
}

package org.cjsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.cjsim.charts.ChartContext;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    private static final ChartContext CONTEXT = new ChartContext("test", 1, 2, 1, "€");

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void chartsAreInlineSvgWithTheirOwnDefinitionsAndTextIsEscaped() {
        ChartData data = new ChartData(
                ChartData.Kind.BAR,
                "",
                "",
                "",
                "0",
                List.of("a"),
                List.of(new ChartData.Series("s", new double[] {1}, Color.BLUE, false, List.of())));
        var chart1 = new Block.Chart("one", BarCharts.draw(data, "One", "", BarCharts.percent(), CONTEXT), data);
        var chart2 = new Block.Chart("two", BarCharts.draw(data, "Two", "", BarCharts.percent(), CONTEXT), null);
        Report report = new Report(
                "A <b>&",
                "",
                "",
                "",
                "f",
                List.of(
                        new Section("Charts", List.of(chart1, chart2), "1 < 2"),
                        new Section(
                                "Table",
                                List.of(new Block.Table(List.of("x"), List.of(List.of("+€1.2k")), "")),
                                "",
                                true)));
        String html = HtmlWriter.write(report);
        assertEquals(2, count(html, "<svg"));
        assertTrue(html.contains("id='chart1'") && html.contains("id='chart2'"));
        assertTrue(html.contains("A &lt;b&gt;&amp;"));
        assertTrue(html.contains("1 &lt; 2"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"));
        assertTrue(html.contains("<td class=\"num\">+€1.2k</td>"), "a number is aligned right");
        assertTrue(html.contains("@media print") && html.contains("max-width"));
    }

    @Test
    void numericColumnsAcceptIntervalsSuffixesAndSignsButNotWords() {
        Block.Table t = new Block.Table(
                List.of("a", "b", "c"),
                List.of(List.of("[+$20.3k, +$71.6k]", "4.2 pp", "month 3"), List.of("−$1.2M", "n/a", "never")),
                "");
        assertTrue(t.numeric(0));
        assertTrue(t.numeric(1));
        assertFalse(t.numeric(2));
    }
}

package org.cjsim.report;

import java.util.List;
import org.cjsim.charts.Palette;

/**
 * Writes a {@link Report} as one self-contained HTML page: styles inline, charts as inline SVG (text kept as
 * text), no scripts, fonts, images or style sheets fetched from anywhere. The page reads on a laptop and on a
 * phone (a column of at most 1100 pixels; tables and charts scroll sideways when the screen is narrower than
 * they can be) and prints (each section on a new page, table headings repeated).
 */
public final class HtmlWriter {
    /** Width and height of a chart's layout box: 16:9, text sized as on a slide. */
    private static final double CHART_WIDTH = 960;

    private static final double CHART_HEIGHT = 540;

    private HtmlWriter() {}

    /** The page of {@code report}. */
    public static String write(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"")
                .append(escape(report.footer()))
                .append("\">\n<title>")
                .append(escape(report.title()))
                .append(report.client().isEmpty() ? "" : " – " + escape(report.client()))
                .append("</title>\n<style>\n")
                .append(css())
                .append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header class=\"cover\">\n<h1>")
                .append(escape(report.title()))
                .append("</h1>\n");
        if (!report.client().isEmpty()) {
            h.append("<p class=\"client\">").append(escape(report.client())).append("</p>\n");
        }
        if (!report.about().isEmpty()) {
            h.append("<p class=\"about\">").append(escape(report.about())).append("</p>\n");
        }
        if (!report.date().isEmpty()) {
            h.append("<p class=\"date\">").append(escape(report.date())).append("</p>\n");
        }
        h.append("</header>\n");
        List<Section> sections = report.sections();
        h.append("<nav class=\"contents\">\n<h2>Contents</h2>\n<ol>\n");
        for (int i = 0; i < sections.size(); i++) {
            h.append("<li><a href=\"#s")
                    .append(i + 1)
                    .append("\">")
                    .append(escape(sections.get(i).title()))
                    .append("</a></li>\n");
        }
        h.append("</ol>\n</nav>\n");
        int chart = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            h.append("<section id=\"s").append(i + 1).append("\">\n<h2>");
            h.append(escape(s.title())).append("</h2>\n");
            for (Block b : s.blocks()) {
                if (b instanceof Block.Headline headline) {
                    h.append("<p class=\"headline\">")
                            .append(escape(headline.text()))
                            .append("</p>\n");
                } else if (b instanceof Block.Bullets bullets) {
                    h.append("<ul>\n");
                    for (String item : bullets.items()) {
                        h.append("<li>").append(escape(item)).append("</li>\n");
                    }
                    h.append("</ul>\n");
                } else if (b instanceof Block.Table t) {
                    table(h, t);
                } else if (b instanceof Block.Chart c) {
                    chart++;
                    h.append("<figure class=\"chart\" id=\"")
                            .append(escape(c.name()))
                            .append("\">\n<div class=\"chart-box\">\n")
                            .append(ChartDrawing.svg(c.chart(), CHART_WIDTH, CHART_HEIGHT, "chart" + chart))
                            .append("\n</div>\n");
                    String title = ChartDrawing.title(c.chart());
                    if (!title.isEmpty() && !title.equals(s.title())) {
                        h.append("<figcaption>").append(escape(title)).append("</figcaption>\n");
                    }
                    h.append("</figure>\n");
                }
            }
            if (!s.notes().isEmpty()) {
                h.append("<details class=\"notes\">\n<summary>The numbers</summary>\n");
                for (String line : s.notes().split("\n")) {
                    h.append("<p>").append(escape(line)).append("</p>\n");
                }
                h.append("</details>\n");
            }
            h.append("</section>\n");
        }
        h.append("</main>\n<footer>").append(escape(report.footer())).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, Block.Table t) {
        boolean[] numeric = new boolean[t.header().size()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = t.numeric(c);
        }
        h.append("<div class=\"table-box\">\n<table>\n<thead>\n<tr>");
        for (int c = 0; c < t.header().size(); c++) {
            h.append(numeric[c] ? "<th class=\"num\">" : "<th>")
                    .append(escape(t.header().get(c)))
                    .append("</th>");
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                h.append(numeric[c] ? "<td class=\"num\">" : "<td>")
                        .append(escape(row.get(c)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        if (!t.caption().isEmpty()) {
            h.append("<p class=\"caption\">").append(escape(t.caption())).append("</p>\n");
        }
    }

    private static String css() {
        String accent = hex(Palette.BLUE);
        String text = hex(Palette.DARK_GREY);
        String grid = hex(Palette.GRID);
        String grey = hex(Palette.GREY);
        return """
                :root { --accent: %s; --text: %s; --grid: %s; --grey: %s; }
                * { box-sizing: border-box; }
                html { -webkit-text-size-adjust: 100%%; }
                body { margin: 0; color: var(--text); background: #fff; line-height: 1.5;
                  font-family: "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 16px; }
                main { max-width: 1100px; margin: 0 auto; padding: 0 24px 48px; }
                .cover { border-left: 10px solid var(--accent); padding: 40px 0 28px 24px; margin: 32px 0; }
                h1 { color: #000; font-size: 2.4rem; line-height: 1.15; margin: 0 0 16px; }
                .client { color: var(--accent); font-size: 1.4rem; font-weight: bold; margin: 0 0 8px; }
                .about, .date { margin: 4px 0; }
                h2 { color: #000; font-size: 1.6rem; line-height: 1.25; margin: 48px 0 16px; padding-bottom: 6px;
                  border-bottom: 3px solid var(--accent); }
                nav.contents h2 { font-size: 1.2rem; border: none; margin-top: 0; }
                nav.contents a { color: var(--accent); }
                .headline { font-size: 1.3rem; line-height: 1.4; color: #000; border-left: 5px solid var(--accent);
                  padding: 4px 0 4px 16px; margin: 16px 0; }
                ul { padding-left: 1.3em; }
                li { margin: 6px 0; }
                .table-box { overflow-x: auto; margin: 16px 0 4px; }
                table { border-collapse: collapse; width: 100%%; font-size: 0.92rem; }
                th { background: #EEF3F8; color: #000; text-align: left; border-bottom: 2px solid var(--grey); }
                th, td { padding: 6px 10px; vertical-align: top; }
                td { border-bottom: 1px solid var(--grid); }
                .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
                .caption, figcaption { color: var(--grey); font-size: 0.85rem; margin: 4px 0 16px; }
                figure.chart { margin: 16px 0; }
                .chart-box { overflow-x: auto; }
                .chart-box svg { display: block; width: 100%%; height: auto; min-width: 560px; }
                details.notes { margin: 12px 0; color: var(--grey); font-size: 0.88rem; }
                details.notes p { margin: 2px 0; }
                footer { color: var(--grey); font-size: 0.85rem; text-align: center; padding: 16px; }
                @media (max-width: 640px) {
                  body { font-size: 15px; }
                  main { padding: 0 12px 32px; }
                  .cover { padding: 24px 0 16px 14px; border-left-width: 6px; }
                  h1 { font-size: 1.7rem; }
                  h2 { font-size: 1.3rem; }
                  .headline { font-size: 1.1rem; }
                  th, td { padding: 5px 6px; }
                }
                @media print {
                  @page { size: A4 landscape; margin: 14mm; }
                  body { font-size: 10.5pt; }
                  main { max-width: none; padding: 0; }
                  section { break-before: page; }
                  h2 { margin-top: 0; }
                  .table-box, .chart-box { overflow: visible; }
                  .chart-box svg { min-width: 0; max-height: 150mm; }
                  thead { display: table-header-group; }
                  tr, figure { break-inside: avoid; }
                  nav.contents a { color: var(--text); text-decoration: none; }
                  details.notes { display: none; }
                }
                """
                .formatted(accent, text, grid, grey);
    }

    private static String hex(java.awt.Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** {@code text} with the characters HTML gives a meaning escaped. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(ch);
            }
        }
        return s.toString();
    }
}

package org.cjsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.ui.RectangleInsets;

/**
 * A table drawn as a chart, in the charts' theme: a bold header over a rule, then one row per entry on
 * alternating light bands. Every column but one is as wide as its widest text; the {@linkplain #flexColumn()
 * flexible} column (names) takes the rest, and its texts wrap onto as many lines as they need, at spaces and
 * after hyphens, never cut. The font starts large ({@value #MAX_SIZE}) and shrinks until the table fits its
 * area with the flexible column at least as wide as its widest text or twelve letters.
 */
public final class TablePlot extends Plot {
    private static final long serialVersionUID = 1L;

    /** The largest font size of the cells. */
    static final float MAX_SIZE = 30;
    /** The smallest font size it shrinks to; below it the table overflows its area rather than become unreadable. */
    static final float MIN_SIZE = 12;

    private static final Color BAND = new Color(0xF3F3F3);

    /** A column: its header (a line break allowed), and whether its cells are right-aligned (numbers). */
    public record Column(String header, boolean numeric) {
        public Column {
            Objects.requireNonNull(header);
        }
    }

    /**
     * A row: its cells, one per column (empty strings for none); a colour square before the flexible
     * column's text (null for none); and whether it is set apart as a reference (italic, a rule below).
     */
    public record Row(List<String> cells, Color swatch, boolean reference) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Where each text of the table went at the last layout: for tests and for readers of the layout. */
    record Layout(float size, double[] widths, double[] heights, List<List<List<String>>> lines) {}

    private final List<Column> columns;
    private final List<Row> rows;
    private final int flexColumn;

    /**
     * @param columns the columns, left to right
     * @param rows the rows, top to bottom, each with one cell per column
     * @param flexColumn the column that takes the remaining width and wraps its texts
     */
    public TablePlot(List<Column> columns, List<Row> rows, int flexColumn) {
        if (flexColumn < 0 || flexColumn >= columns.size()) {
            throw new IllegalArgumentException(
                    "the flexible column must be one of the " + columns.size() + ", got " + flexColumn);
        }
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row has " + r.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.flexColumn = flexColumn;
        setOutlineVisible(false);
        setBackgroundPaint(Color.WHITE);
        setInsets(new RectangleInsets(4, 0, 4, 0));
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public int flexColumn() {
        return flexColumn;
    }

    @Override
    public String getPlotType() {
        return "Table";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return new LegendItemCollection();
    }

    private static double padding(FontMetrics fm) {
        return fm.getHeight() * 0.45;
    }

    private static double swatchSide(FontMetrics fm) {
        return fm.getAscent() * 0.8;
    }

    /**
     * The layout in {@code width} x {@code height}: the largest font size from {@link #MAX_SIZE} down to
     * {@link #MIN_SIZE} at which the table fits, with its column widths, row heights (the header's first)
     * and the lines of every cell (the header's first).
     */
    Layout layout(Graphics2D g2, double width, double height) {
        Layout last = null;
        for (float size = MAX_SIZE; size >= MIN_SIZE; size -= 1) {
            last = layout(g2, width, size);
            double total = 0;
            for (double h : last.heights()) {
                total += h;
            }
            if (last.widths()[flexColumn] >= minFlexWidth(g2, size) && total <= height) {
                return last;
            }
        }
        return last;
    }

    /** The narrowest the flexible column may be: its widest text, up to twelve letters' worth. */
    private double minFlexWidth(Graphics2D g2, float size) {
        FontMetrics fm = g2.getFontMetrics(Theme.font(Font.PLAIN, size));
        double widest = 0;
        for (Row r : rows) {
            widest = Math.max(widest, fm.stringWidth(r.cells().get(flexColumn)));
        }
        return Math.min(widest, fm.stringWidth("m") * 12.0) + 2 * padding(fm) + swatchSide(fm) + padding(fm);
    }

    private Layout layout(Graphics2D g2, double width, float size) {
        FontMetrics plain = g2.getFontMetrics(Theme.font(Font.PLAIN, size));
        FontMetrics bold = g2.getFontMetrics(Theme.font(Font.BOLD, size));
        double pad = padding(plain);
        int n = columns.size();
        double[] widths = new double[n];
        double fixed = 0;
        for (int c = 0; c < n; c++) {
            if (c == flexColumn) {
                continue;
            }
            double w = 0;
            for (String line : columns.get(c).header().split("\n")) {
                w = Math.max(w, bold.stringWidth(line));
            }
            for (Row r : rows) {
                w = Math.max(w, plain.stringWidth(r.cells().get(c)));
            }
            widths[c] = w + 2 * pad;
            fixed += widths[c];
        }
        widths[flexColumn] = Math.max(0, width - fixed);
        double swatch = swatchSide(plain) + pad * 0.8;
        double textWidth = widths[flexColumn] - 2 * pad - swatch;
        List<List<List<String>>> lines = new ArrayList<>();
        List<List<String>> header = new ArrayList<>();
        for (Column col : columns) {
            header.add(List.of(col.header().split("\n")));
        }
        lines.add(header);
        for (Row r : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                String text = r.cells().get(c);
                cells.add(c == flexColumn ? wrap(text, textWidth, plain) : List.of(text));
            }
            lines.add(cells);
        }
        double[] heights = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int most = lines.get(i).stream().mapToInt(List::size).max().orElse(1);
            heights[i] = most * plain.getHeight() + 2 * pad * 0.7;
        }
        return new Layout(size, widths, heights, lines);
    }

    /**
     * {@code text} in lines no wider than {@code width}: broken at spaces and after hyphens, and a word
     * wider than a line on its own broken between characters. Nothing is left out.
     */
    static List<String> wrap(String text, double width, FontMetrics fm) {
        List<String> tokens = new ArrayList<>();
        for (String t : text.split("(?<=[-\\s])")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            String candidate = line + token;
            if (fm.stringWidth(candidate.stripTrailing()) <= width || line.length() == 0) {
                line.append(token);
            } else {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(token.stripLeading());
            }
            // a single token wider than the line: cut it between characters
            while (fm.stringWidth(line.toString().stripTrailing()) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && fm.stringWidth(line.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = new StringBuilder(line.substring(cut));
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = Theme.drawPlotArea(this, g2, area, info);
        Layout layout = layout(g2, inner.getWidth(), inner.getHeight());
        Font plainFont = Theme.font(Font.PLAIN, layout.size());
        Font boldFont = Theme.font(Font.BOLD, layout.size());
        Font italicFont = Theme.font(Font.ITALIC, layout.size());
        FontMetrics fm = g2.getFontMetrics(plainFont);
        double pad = padding(fm);
        double lineHeight = fm.getHeight();
        double y = inner.getY();
        for (int i = 0; i < layout.lines().size(); i++) {
            boolean header = i == 0;
            Row row = header ? null : rows.get(i - 1);
            double h = layout.heights()[i];
            if (!header && i % 2 == 0) {
                g2.setPaint(BAND);
                g2.fill(new Rectangle2D.Double(inner.getX(), y, inner.getWidth(), h));
            }
            double x = inner.getX();
            for (int c = 0; c < columns.size(); c++) {
                List<String> cellLines = layout.lines().get(i).get(c);
                double w = layout.widths()[c];
                double top = y + (h - cellLines.size() * lineHeight) / 2;
                if (header) {
                    // headers sit on the rule below them
                    top = y + h - pad * 0.7 - cellLines.size() * lineHeight;
                }
                g2.setFont(header ? boldFont : row.reference() ? italicFont : plainFont);
                g2.setPaint(header || row.reference() ? Palette.DARK_GREY : Color.BLACK);
                double textX = x + pad;
                if (!header && c == flexColumn && row.swatch() != null) {
                    double side = swatchSide(fm);
                    Color fill = g2.getColor();
                    g2.setPaint(row.swatch());
                    g2.fill(new Rectangle2D.Double(textX, top + (lineHeight - side) / 2, side, side));
                    g2.setPaint(fill);
                    textX += side + pad * 0.8;
                }
                for (int k = 0; k < cellLines.size(); k++) {
                    String s = cellLines.get(k);
                    double baseline = top + k * lineHeight + g2.getFontMetrics().getAscent();
                    double sx = columns.get(c).numeric()
                            ? x + w - pad - g2.getFontMetrics().stringWidth(s)
                            : textX;
                    g2.drawString(s, (float) sx, (float) baseline);
                }
                x += w;
            }
            y += h;
            if (header || row.reference()) {
                g2.setPaint(Palette.DARK_GREY);
                g2.setStroke(new BasicStroke(header ? 2f : 1.2f));
                g2.draw(new Line2D.Double(inner.getX(), y, inner.getMaxX(), y));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TablePlot t
                && super.equals(o)
                && t.columns.equals(columns)
                && t.rows.equals(rows)
                && t.flexColumn == flexColumn;
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, rows, flexColumn);
    }
}

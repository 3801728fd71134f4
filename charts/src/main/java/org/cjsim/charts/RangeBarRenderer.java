package org.cjsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws a {@link BarDataset}: each bar from its start to its end in its own colour, solid or hollow, with
 * its confidence-interval whisker and labels. Series sit side by side in a category, or, with {@code
 * overlap}, on top of each other across the category's full width (tornado ends, stacked segments); then
 * the longest bar of a category is drawn first so that a shorter one on the same side stays visible.
 *
 * <p>Three passes: long bars, other bars, then whiskers and labels, so that no bar hides a label.
 *
 * <p>An inside label that does not fit its bar is dropped (small stacked segments), unless {@link
 * #setKeepInnerLabels} is on (tornado ends): then, with overlapping series, it moves outside, beyond the
 * longest bar on its side, and the labels there are stacked (horizontal bars) one per line, each after a small square in its
 * bar's colour (hollow for a hollow bar), so that every bar keeps its value without two labels colliding.
 */
public final class RangeBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    private static final float HOLLOW_STROKE = 3.5f;
    private static final double LABEL_GAP = 10;
    private static final double MIN_LENGTH = 4;
    private static final BasicStroke HALO =
            new BasicStroke(Theme.WHISKER.getLineWidth() + 3f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);

    private final boolean overlap;
    private boolean segmentOutline;
    private boolean keepInnerLabels;
    private Font labelFont = Theme.font(Font.PLAIN, Theme.ITEM_LABEL_SIZE);

    /** @param overlap draw every series across the category's full width, on top of each other */
    public RangeBarRenderer(boolean overlap) {
        this.overlap = overlap;
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.04);
        setMaximumBarWidth(0.12);
        setIncludeBaseInRange(true);
    }

    /** True when series are drawn on top of each other. */
    public boolean isOverlap() {
        return overlap;
    }

    /** Draws a thin white line around each solid bar, to separate stacked segments. */
    public void setSegmentOutline(boolean on) {
        this.segmentOutline = on;
    }

    /**
     * With overlapping series, moves an inside label that does not fit its bar outside, stacked with the
     * other labels beyond the longest bar on that side, instead of dropping it.
     */
    public void setKeepInnerLabels(boolean on) {
        this.keepInnerLabels = on;
    }

    /** The font of bar labels. */
    public void setLabelFont(Font font) {
        this.labelFont = font;
    }

    @Override
    public int getPassCount() {
        return 3;
    }

    @Override
    protected void calculateBarWidth(
            CategoryPlot plot, Rectangle2D dataArea, int rendererIndex, CategoryItemRendererState state) {
        if (!overlap) {
            super.calculateBarWidth(plot, dataArea, rendererIndex, state);
            return;
        }
        CategoryAxis domainAxis = getDomainAxis(plot, rendererIndex);
        CategoryDataset dataset = plot.getDataset(rendererIndex);
        int columns = dataset == null ? 0 : dataset.getColumnCount();
        double space = plot.getOrientation() == PlotOrientation.HORIZONTAL ? dataArea.getHeight() : dataArea.getWidth();
        double categoryMargin = columns > 1 ? domainAxis.getCategoryMargin() : 0;
        double used = space * (1 - domainAxis.getLowerMargin() - domainAxis.getUpperMargin() - categoryMargin);
        state.setBarWidth(Math.min(used / Math.max(1, columns), space * getMaximumBarWidth()));
    }

    @Override
    protected double calculateBarW0(
            CategoryPlot plot,
            PlotOrientation orientation,
            Rectangle2D dataArea,
            CategoryAxis domainAxis,
            CategoryItemRendererState state,
            int row,
            int column) {
        if (!overlap) {
            return super.calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
        }
        return domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge())
                - state.getBarWidth() / 2.0;
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
        if (!(dataset instanceof BarDataset bars)) {
            return super.findRangeBounds(dataset, includeInterval);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < bars.getRowCount(); r++) {
            for (int c = 0; c < bars.getColumnCount(); c++) {
                BarItem item = bars.item(r, c);
                if (item == null) {
                    continue;
                }
                for (double v : new double[] {item.start(), item.end(), item.ciLow(), item.ciHigh()}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        return getIncludeBaseInRange() ? Range.expandToInclude(new Range(lo, hi), getBase()) : new Range(lo, hi);
    }

    /** True when the bar at (row, column) is the longest of its column (drawn in the first pass). */
    private boolean longest(BarDataset bars, int row, int column) {
        BarItem me = bars.item(row, column);
        double length = Math.abs(me.end() - me.start());
        for (int r = 0; r < bars.getRowCount(); r++) {
            BarItem other = bars.item(r, column);
            if (r != row && other != null) {
                double l = Math.abs(other.end() - other.start());
                if (l > length || (l == length && r < row)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        if (!(dataset instanceof BarDataset bars) || state.getVisibleSeriesIndex(row) < 0) {
            return;
        }
        BarItem item = bars.item(row, column);
        if (item == null || !Double.isFinite(item.end()) || !Double.isFinite(item.start())) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double w0 = calculateBarW0(
                plot, orientation, dataArea, domainAxis, state, state.getVisibleSeriesIndex(row), column);
        double width = state.getBarWidth();
        Rectangle2D bar = barShape(item, rangeAxis, dataArea, edge, horizontal, w0, width);

        boolean firstPass = !overlap || longest(bars, row, column);
        if (pass == 0 && firstPass || pass == 1 && !firstPass) {
            drawBar(g2, bar, item);
        } else if (pass == 2) {
            drawWhisker(g2, item, rangeAxis, dataArea, edge, horizontal, w0 + width / 2, width);
            if (overlap && keepInnerLabels && horizontal) {
                drawStackedLabels(g2, bars, row, column, state, dataArea, rangeAxis, edge, w0, width);
            } else {
                drawLabels(g2, item, bar, rangeAxis, dataArea, edge, horizontal, w0 + width / 2);
            }
        }
    }

    /** The bar of {@code item} on a canvas: its start and end on the value axis, across {@code w0} + width. */
    private static Rectangle2D barShape(
            BarItem item,
            ValueAxis rangeAxis,
            Rectangle2D dataArea,
            RectangleEdge edge,
            boolean horizontal,
            double w0,
            double width) {
        double a = rangeAxis.valueToJava2D(item.start(), dataArea, edge);
        double b = rangeAxis.valueToJava2D(item.end(), dataArea, edge);
        double l0 = Math.min(a, b);
        double length = Math.abs(b - a);
        if (length < MIN_LENGTH) {
            l0 -= (MIN_LENGTH - length) / 2;
            length = MIN_LENGTH;
        }
        return horizontal
                ? new Rectangle2D.Double(l0, w0, length, width)
                : new Rectangle2D.Double(w0, l0, width, length);
    }

    /** The largest font, from the label font down by up to two steps, in which {@code text} fits {@code bar}, or null. */
    private Font insideFont(Graphics2D g2, String text, Rectangle2D bar) {
        for (float shrink = 0; shrink <= 6; shrink += 3) {
            Font f = labelFont.deriveFont(labelFont.getSize2D() - shrink);
            FontMetrics fm = g2.getFontMetrics(f);
            if (fm.stringWidth(text) + 8 <= bar.getWidth() && fm.getAscent() + 4 <= bar.getHeight()) {
                return f;
            }
        }
        return null;
    }

    /**
     * The labels of bar {@code row} in {@code column} with {@link #setKeepInnerLabels}: an inside label that
     * fits is drawn inside; the outside labels of the bars on the same side of the column, with the inside
     * labels that do not fit, go beyond the longest of those bars, one per line, longest bar first; when
     * there are several, each gets a small square in its bar's colour to say whose it is.
     */
    private void drawStackedLabels(
            Graphics2D g2,
            BarDataset bars,
            int row,
            int column,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            ValueAxis rangeAxis,
            RectangleEdge edge,
            double w0,
            double width) {
        BarItem me = bars.item(row, column);
        boolean up = me.end() >= me.start();
        boolean right = up != rangeAxis.isInverted();
        List<Integer> outside = new ArrayList<>();
        double outer = Double.NaN;
        for (int r = 0; r < bars.getRowCount(); r++) {
            BarItem other = bars.item(r, column);
            if (other == null
                    || state.getVisibleSeriesIndex(r) < 0
                    || !Double.isFinite(other.end())
                    || !Double.isFinite(other.start())
                    || (other.end() >= other.start()) != up) {
                continue;
            }
            Rectangle2D shape = barShape(other, rangeAxis, dataArea, edge, true, w0, width);
            boolean inside = other.innerLabel() != null && insideFont(g2, other.innerLabel(), shape) != null;
            if (other.innerLabel() != null && inside && r == row) {
                Font f = insideFont(g2, other.innerLabel(), shape);
                g2.setFont(f);
                g2.setPaint(other.hollow() ? Color.BLACK : Palette.textOn(other.colour()));
                TextUtils.drawAlignedString(
                        other.innerLabel(),
                        g2,
                        (float) shape.getCenterX(),
                        (float) shape.getCenterY(),
                        TextAnchor.CENTER);
            }
            if (other.label() != null || (other.innerLabel() != null && !inside)) {
                outside.add(r);
                double end = rangeAxis.valueToJava2D(other.outerEnd(), dataArea, edge);
                double far = right ? Math.max(end, shape.getMaxX()) : Math.min(end, shape.getMinX());
                outer = Double.isNaN(outer) ? far : right ? Math.max(outer, far) : Math.min(outer, far);
            }
        }
        if (!outside.contains(row)) {
            return;
        }
        outside.sort(Comparator.comparingDouble((Integer r) -> -length(bars.item(r.intValue(), column)))
                .thenComparingInt(r -> r));
        int line = outside.indexOf(row);
        String text = me.label() != null ? me.label() : me.innerLabel();
        int n = outside.size();
        // the lines share the category's pitch: shrink the font until they fit it
        double room = Math.max(width, dataArea.getHeight() / Math.max(1, bars.getColumnCount()) * 0.9);
        Font font = labelFont;
        while (n > 1 && g2.getFontMetrics(font).getHeight() * n > room && font.getSize2D() > 10) {
            font = font.deriveFont(font.getSize2D() - 1);
        }
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        double lineHeight = fm.getHeight();
        double middle = w0 + width / 2 + (line - (n - 1) / 2.0) * lineHeight;
        double x = outer + (right ? LABEL_GAP : -LABEL_GAP);
        if (n > 1) {
            double side = fm.getAscent() * 0.7;
            double sx = right ? x : x - fm.stringWidth(text) - side - 6;
            Rectangle2D swatch = new Rectangle2D.Double(sx, middle - side / 2, side, side);
            drawBar(g2, swatch, me);
            x = right ? x + side + 6 : x;
        }
        g2.setPaint(Color.BLACK);
        TextUtils.drawAlignedString(
                text, g2, (float) x, (float) middle, right ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
        g2.setFont(labelFont);
    }

    private static double length(BarItem item) {
        return Math.abs(item.end() - item.start());
    }

    private void drawBar(Graphics2D g2, Rectangle2D bar, BarItem item) {
        Color colour = item.colour() == null ? Palette.GREY : item.colour();
        if (item.hollow()) {
            g2.setPaint(Color.WHITE);
            g2.fill(bar);
            double inset = HOLLOW_STROKE / 2;
            Rectangle2D inner = new Rectangle2D.Double(
                    bar.getX() + inset,
                    bar.getY() + inset,
                    Math.max(0, bar.getWidth() - 2 * inset),
                    Math.max(0, bar.getHeight() - 2 * inset));
            g2.setPaint(colour);
            g2.setStroke(new BasicStroke(HOLLOW_STROKE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g2.draw(inner);
        } else {
            g2.setPaint(colour);
            g2.fill(bar);
            if (segmentOutline) {
                g2.setPaint(Color.WHITE);
                g2.setStroke(new BasicStroke(2f));
                g2.draw(bar);
            }
        }
    }

    private void drawWhisker(
            Graphics2D g2,
            BarItem item,
            ValueAxis rangeAxis,
            Rectangle2D dataArea,
            RectangleEdge edge,
            boolean horizontal,
            double middle,
            double barWidth) {
        if (!item.hasInterval()) {
            return;
        }
        double lo = rangeAxis.valueToJava2D(item.ciLow(), dataArea, edge);
        double hi = rangeAxis.valueToJava2D(item.ciHigh(), dataArea, edge);
        double cap = Math.min(barWidth * 0.5, 24) / 2;
        Line2D[] lines = horizontal
                ? new Line2D[] {
                    new Line2D.Double(lo, middle, hi, middle),
                    new Line2D.Double(lo, middle - cap, lo, middle + cap),
                    new Line2D.Double(hi, middle - cap, hi, middle + cap)
                }
                : new Line2D[] {
                    new Line2D.Double(middle, lo, middle, hi),
                    new Line2D.Double(middle - cap, lo, middle + cap, lo),
                    new Line2D.Double(middle - cap, hi, middle + cap, hi)
                };
        // a thin white halo keeps the whisker visible where it crosses a dark bar
        g2.setPaint(Color.WHITE);
        g2.setStroke(HALO);
        for (Line2D l : lines) {
            g2.draw(l);
        }
        g2.setPaint(Palette.DARK_GREY);
        g2.setStroke(Theme.WHISKER);
        for (Line2D l : lines) {
            g2.draw(l);
        }
    }

    private void drawLabels(
            Graphics2D g2,
            BarItem item,
            Rectangle2D bar,
            ValueAxis rangeAxis,
            Rectangle2D dataArea,
            RectangleEdge edge,
            boolean horizontal,
            double middle) {
        if (item.innerLabel() != null) {
            // the label's own size if it fits, else up to two steps smaller, else none
            Font f = insideFont(g2, item.innerLabel(), bar);
            if (f != null) {
                g2.setFont(f);
                g2.setPaint(item.hollow() ? Color.BLACK : Palette.textOn(item.colour()));
                TextUtils.drawAlignedString(
                        item.innerLabel(), g2, (float) bar.getCenterX(), (float) bar.getCenterY(), TextAnchor.CENTER);
            }
        }
        g2.setFont(labelFont);
        if (item.label() == null) {
            return;
        }
        boolean up = item.end() >= item.start();
        double outer = rangeAxis.valueToJava2D(item.outerEnd(), dataArea, edge);
        boolean inverted = rangeAxis.isInverted();
        g2.setPaint(Color.BLACK);
        if (horizontal) {
            boolean right = up != inverted;
            double x = right ? Math.max(outer, bar.getMaxX()) + LABEL_GAP : Math.min(outer, bar.getMinX()) - LABEL_GAP;
            TextUtils.drawAlignedString(
                    item.label(),
                    g2,
                    (float) x,
                    (float) middle,
                    right ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
        } else {
            boolean above = up != inverted;
            double y = above ? Math.min(outer, bar.getMinY()) - LABEL_GAP : Math.max(outer, bar.getMaxY()) + LABEL_GAP;
            TextUtils.drawAlignedString(
                    item.label(),
                    g2,
                    (float) middle,
                    (float) y,
                    above ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeBarRenderer r
                && super.equals(o)
                && r.overlap == overlap
                && r.segmentOutline == segmentOutline
                && r.keepInnerLabels == keepInnerLabels
                && r.labelFont.equals(labelFont);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Boolean.hashCode(overlap);
    }
}

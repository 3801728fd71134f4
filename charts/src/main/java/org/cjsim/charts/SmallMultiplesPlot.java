package org.cjsim.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Small multiples: panels laid out in a grid, each a plot under a short title (with a square in its colour),
 * all drawn to the same scale. Only the panels of the first column show the tick labels of their left axis,
 * and only the lowest panel of each column those of its bottom axis; every panel's data area has the same
 * size, so that equal values have equal lengths across panels.
 *
 * <p>Panels are horizontal {@link CategoryPlot}s (categories on the left, values along the bottom) or
 * vertical {@link XYPlot}s (values on the left, x along the bottom). The caller sets the same value range on
 * every panel.
 */
public final class SmallMultiplesPlot extends Plot {
    private static final long serialVersionUID = 1L;

    private static final double H_GAP = 64;
    private static final double V_GAP = 22;

    /** One panel: its title, the colour of the square before the title (null for none) and its plot. */
    public record Panel(String title, Color colour, Plot plot) {
        public Panel {
            Objects.requireNonNull(title);
            if (!(plot instanceof CategoryPlot cp && cp.getOrientation() == PlotOrientation.HORIZONTAL)
                    && !(plot instanceof XYPlot xp && xp.getOrientation() == PlotOrientation.VERTICAL)) {
                throw new IllegalArgumentException("a panel is a horizontal category plot or a vertical XY plot");
            }
        }
    }

    private final List<Panel> panels;
    private final int columns;
    private final double leftSpace;
    private final double bottomSpace;
    private final Font titleFont = Theme.font(Font.BOLD, Theme.LEGEND_SIZE);

    /**
     * @param panels the panels, filled row by row
     * @param columns panels per row
     * @param leftSpace width, in canvas units, of the left axis of the first column (its tick labels)
     * @param bottomSpace height of the bottom axis of the lowest panel of each column
     */
    public SmallMultiplesPlot(List<Panel> panels, int columns, double leftSpace, double bottomSpace) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("small multiples need at least one panel");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        this.panels = List.copyOf(panels);
        this.columns = Math.min(columns, panels.size());
        this.leftSpace = leftSpace;
        this.bottomSpace = bottomSpace;
        setOutlineVisible(false);
        setBackgroundPaint(Color.WHITE);
        setInsets(new RectangleInsets(8, 4, 4, 12));
        for (int i = 0; i < this.panels.size(); i++) {
            Plot plot = this.panels.get(i).plot();
            boolean firstColumn = i % this.columns == 0;
            boolean lowest = i + this.columns >= this.panels.size();
            AxisSpace left = new AxisSpace();
            left.setLeft(firstColumn ? leftSpace : 0);
            AxisSpace bottom = new AxisSpace();
            bottom.setBottom(lowest ? bottomSpace : 0);
            if (plot instanceof CategoryPlot cp) {
                cp.setFixedDomainAxisSpace(left, false);
                cp.setFixedRangeAxisSpace(bottom, false);
                show(cp.getDomainAxis(), firstColumn);
                show(cp.getRangeAxis(), lowest);
            } else if (plot instanceof XYPlot xp) {
                xp.setFixedRangeAxisSpace(left, false);
                xp.setFixedDomainAxisSpace(bottom, false);
                show(xp.getRangeAxis(), firstColumn);
                show(xp.getDomainAxis(), lowest);
            }
            plot.setParent(this);
        }
    }

    private static void show(Axis axis, boolean visible) {
        axis.setTickLabelsVisible(visible);
        axis.setLabel(null);
    }

    /** The panels, row by row. */
    public List<Panel> panels() {
        return panels;
    }

    /** Panels per row. */
    public int columns() {
        return columns;
    }

    /** Rows of panels. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Panels per row for {@code n} panels on a 16:9 canvas: all in a row up to 3, then a near-square grid. */
    public static int columnsFor(int n) {
        return n <= 3 ? Math.max(1, n) : (int) Math.ceil(Math.sqrt(n));
    }

    @Override
    public String getPlotType() {
        return "Small multiples";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return new LegendItemCollection();
    }

    /** The area of each panel (title included) within {@code area}, panel by panel. */
    public List<Rectangle2D> cells(Rectangle2D area) {
        int rows = rows();
        double w = (area.getWidth() - leftSpace - (columns - 1) * H_GAP) / columns;
        double h = (area.getHeight() - bottomSpace - (rows - 1) * V_GAP) / rows;
        List<Rectangle2D> cells = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            int r = i / columns;
            int c = i % columns;
            double x = area.getX() + (c == 0 ? 0 : leftSpace + c * (w + H_GAP));
            double y = area.getY() + r * (h + V_GAP);
            boolean lowest = i + columns >= panels.size();
            cells.add(new Rectangle2D.Double(x, y, (c == 0 ? leftSpace : 0) + w, h + (lowest ? bottomSpace : 0)));
        }
        return cells;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = Theme.drawPlotArea(this, g2, area, info);
        List<Rectangle2D> cells = cells(inner);
        g2.setFont(titleFont);
        FontMetrics fm = g2.getFontMetrics();
        double titleHeight = fm.getHeight() + 6;
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            Rectangle2D cell = cells.get(i);
            double x = cell.getX() + (i % columns == 0 ? leftSpace : 0);
            double y = cell.getY() + fm.getAscent();
            g2.setFont(titleFont);
            if (p.colour() != null) {
                double side = fm.getAscent() * 0.8;
                g2.setPaint(p.colour());
                g2.fill(new Rectangle2D.Double(x, cell.getY() + (fm.getAscent() - side) / 2 + 2, side, side));
                x += side + 10;
            }
            g2.setPaint(Color.BLACK);
            TextUtils.drawAlignedString(p.title(), g2, (float) x, (float) y, TextAnchor.BASELINE_LEFT);
            Rectangle2D plotArea = new Rectangle2D.Double(
                    cell.getX(), cell.getY() + titleHeight, cell.getWidth(), cell.getHeight() - titleHeight);
            PlotRenderingInfo sub = null;
            if (info != null) {
                sub = new PlotRenderingInfo(info.getOwner());
                info.addSubplotInfo(sub);
            }
            p.plot().draw(g2, plotArea, null, parentState, sub);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmallMultiplesPlot other
                && super.equals(o)
                && other.panels.equals(panels)
                && other.columns == columns
                && other.leftSpace == leftSpace
                && other.bottomSpace == bottomSpace;
    }

    @Override
    public int hashCode() {
        return Objects.hash(panels, columns, leftSpace, bottomSpace);
    }
}

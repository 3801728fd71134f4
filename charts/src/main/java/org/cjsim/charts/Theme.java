package org.cjsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The one look of every chart, laid out for a 1920x1080 canvas: DejaVu Sans (the copy that comes with cjsim,
 * {@link DejaVuSans}, so that charts look the same on every machine) in sizes that read from the back of a room, a left-aligned title with a
 * subtitle saying what was compared, the legend under them, a small source line at the bottom right
 * (above it, on the left, a footnote naming the scenarios changed from their original, if any),
 * white background without a plot frame, light gridlines.
 */
public final class Theme {
    /** The font family of every text: DejaVu Sans, as it comes with cjsim ({@link DejaVuSans}). */
    public static final String FONT_FAMILY = DejaVuSans.FAMILY;

    /** Title size in canvas units. */
    public static final float TITLE_SIZE = 44;
    /** Subtitle size. */
    public static final float SUBTITLE_SIZE = 26;
    /** Axis label size. */
    public static final float AXIS_LABEL_SIZE = 26;
    /** Tick label size. */
    public static final float TICK_SIZE = 23;
    /** Legend size. */
    public static final float LEGEND_SIZE = 24;
    /** Size of labels on bars and in the plot. */
    public static final float ITEM_LABEL_SIZE = 21;
    /** Size of the source line. */
    public static final float SOURCE_SIZE = 17;

    /** Stroke of data lines. */
    public static final BasicStroke LINE = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Stroke of confidence-interval whiskers. */
    public static final BasicStroke WHISKER = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    /** Stroke of gridlines. */
    public static final BasicStroke GRID = new BasicStroke(1.2f);
    /** Stroke of the zero line and reference markers. */
    public static final BasicStroke ZERO = new BasicStroke(2f);

    static {
        // JFreeChart draws rotated text (vertical axis labels) through a TextLayout by default, a workaround for a
        // Java 1.4 bug, which turns it into outlines in SVG and PDF: drawString keeps it text, searchable there
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Theme() {}

    /** The theme's font in {@code style} ({@link Font#PLAIN}, {@link Font#BOLD}) and {@code size}. */
    public static Font font(int style, float size) {
        return DejaVuSans.font(style, size);
    }

    /**
     * A finished chart: {@code plot} under a left-aligned title and subtitle, with a legend (the plot's own
     * items, or {@code legend} if given; none if {@code showLegend} is false) and the source line. The
     * context's {@link ChartContext#text()} may replace or remove the title, the subtitle and the source line.
     */
    public static JFreeChart chart(
            String title,
            String subtitle,
            ChartContext context,
            Plot plot,
            boolean showLegend,
            LegendItemCollection legend) {
        ChartText text = context.text();
        JFreeChart chart = new JFreeChart(text.title(title), font(Font.BOLD, TITLE_SIZE), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(28, 36, 14, 44));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setPaint(Color.BLACK);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setTextAlignment(HorizontalAlignment.LEFT);
            t.setPadding(new RectangleInsets(0, 0, 6, 0));
        }

        String shownSubtitle = text.subtitle(subtitle);
        if (shownSubtitle != null) {
            TextTitle sub = new TextTitle(shownSubtitle, font(Font.PLAIN, SUBTITLE_SIZE));
            sub.setPaint(Palette.DARK_GREY);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setTextAlignment(HorizontalAlignment.LEFT);
            sub.setPosition(RectangleEdge.TOP);
            sub.setPadding(new RectangleInsets(0, 0, 14, 0));
            chart.addSubtitle(sub);
        }
        if (showLegend) {
            if (legend != null) {
                if (plot instanceof CategoryPlot cp) {
                    cp.setFixedLegendItems(legend);
                } else if (plot instanceof XYPlot xp) {
                    xp.setFixedLegendItems(legend);
                }
            }
            LegendTitle lt = new LegendTitle(plot);
            lt.setItemFont(font(Font.PLAIN, LEGEND_SIZE));
            lt.setItemPaint(Color.BLACK);
            lt.setFrame(BlockBorder.NONE);
            lt.setBackgroundPaint(null);
            lt.setPosition(RectangleEdge.TOP);
            lt.setHorizontalAlignment(HorizontalAlignment.LEFT);
            lt.setItemLabelPadding(new RectangleInsets(2, 8, 2, 28));
            lt.setPadding(new RectangleInsets(0, 0, 12, 0));
            chart.addSubtitle(lt);
        }
        String footer = text.footer(context.source());
        if (footer != null) {
            TextTitle source = new TextTitle(footer, font(Font.PLAIN, SOURCE_SIZE));
            source.setPaint(Palette.GREY);
            source.setPosition(RectangleEdge.BOTTOM);
            source.setHorizontalAlignment(HorizontalAlignment.RIGHT);
            source.setPadding(new RectangleInsets(10, 0, 0, 0));
            chart.addSubtitle(source);
        }
        // bottom titles stack upwards in the order added: the footnote goes above the source line
        if (!context.footnote().isEmpty()) {
            TextTitle changes = new TextTitle(context.footnote(), font(Font.PLAIN, SOURCE_SIZE));
            changes.setPaint(Palette.DARK_GREY);
            changes.setPosition(RectangleEdge.BOTTOM);
            changes.setHorizontalAlignment(HorizontalAlignment.LEFT);
            changes.setTextAlignment(HorizontalAlignment.LEFT);
            changes.setMaximumLinesToDisplay(ChartContext.MAX_CHANGE_LINES);
            changes.setPadding(new RectangleInsets(10, 0, 0, 0));
            chart.addSubtitle(changes);
        }
        return chart;
    }

    /** White plot without frame, light horizontal or vertical gridlines on the value axis. */
    public static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickMarksVisible(false);
        domain.setAxisLineVisible(false);
        domain.setMaximumCategoryLabelLines(3);
        domain.setCategoryLabelPositionOffset(14);
    }

    /** White plot without frame, light gridlines both ways. */
    public static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(GRID);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
    }

    /** Fonts and colours of an axis. */
    public static void style(Axis axis) {
        axis.setLabelFont(font(Font.PLAIN, AXIS_LABEL_SIZE));
        axis.setLabelPaint(Palette.DARK_GREY);
        axis.setTickLabelFont(font(Font.PLAIN, TICK_SIZE));
        axis.setTickLabelPaint(Palette.DARK_GREY);
        axis.setAxisLinePaint(Palette.GREY);
        axis.setAxisLineStroke(new BasicStroke(1.5f));
        axis.setTickMarkPaint(Palette.GREY);
        axis.setTickMarkOutsideLength(6);
        axis.setTickMarkInsideLength(0);
        axis.setLabelInsets(new RectangleInsets(10, 10, 10, 10));
        axis.setTickLabelInsets(new RectangleInsets(6, 6, 6, 6));
        if (axis instanceof ValueAxis va) {
            va.setAxisLineVisible(false);
            va.setTickMarksVisible(false);
            // wider insets make the automatic tick selection keep labels further apart: fewer, calmer ticks
            va.setTickLabelInsets(new RectangleInsets(14, 10, 14, 10));
        }
    }

    /** A dark line across the plot at {@code value}, optionally labelled at its top or right end. */
    public static ValueMarker zeroLine(double value, String label, boolean horizontalPlot) {
        ValueMarker m = new ValueMarker(value, Palette.DARK_GREY, ZERO);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(font(Font.PLAIN, ITEM_LABEL_SIZE));
            m.setLabelPaint(Palette.DARK_GREY);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            if (horizontalPlot) {
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(4, 8, 4, 8));
            } else {
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                m.setLabelOffset(new RectangleInsets(-2, 8, 4, 8));
            }
        }
        return m;
    }

    /** A legend entry drawn as a filled square. */
    public static LegendItem box(String label, Color fill) {
        Shape square = new Rectangle2D.Double(-11, -11, 22, 22);
        LegendItem item = new LegendItem(label, null, null, null, square, fill);
        item.setLabelFont(font(Font.PLAIN, LEGEND_SIZE));
        return item;
    }

    /** A legend entry drawn as a hollow square outlined in {@code colour}. */
    public static LegendItem hollowBox(String label, Color colour) {
        Shape square = new Rectangle2D.Double(-10, -10, 20, 20);
        LegendItem item = new LegendItem(label, null, null, null, square, Color.WHITE, new BasicStroke(3f), colour);
        item.setLabelFont(font(Font.PLAIN, LEGEND_SIZE));
        return item;
    }

    /** A legend entry drawn as a short thick line. */
    public static LegendItem line(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-18, 0, 18, 0), LINE, colour);
        item.setLabelFont(font(Font.PLAIN, LEGEND_SIZE));
        return item;
    }

    /** A legend of the given items, in order. */
    public static LegendItemCollection legend(List<LegendItem> items) {
        LegendItemCollection c = new LegendItemCollection();
        items.forEach(c::add);
        return c;
    }

    /**
     * What a plot drawn by cjsim itself (a table, small multiples) does before drawing its content: records its
     * area for {@code info}, trims its insets and fills its background.
     *
     * @return the area inside the insets, where the content goes
     */
    static Rectangle2D drawPlotArea(Plot plot, Graphics2D g2, Rectangle2D area, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
        }
        Rectangle2D inner = (Rectangle2D) area.clone();
        plot.getInsets().trim(inner);
        if (info != null) {
            info.setDataArea(inner);
        }
        plot.drawBackground(g2, inner);
        return inner;
    }
}

package org.cjsim.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.cjsim.charts.ChartWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.StandardFontFunction;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart for a report: without its own title (the slide's or the section's title says it), on a layout
 * canvas {@link #CANVAS_HEIGHT} units high, smaller than the charts' 1080-unit design so that their text reads
 * at the size of a slide or a page column.
 */
final class ChartDrawing {
    /** The height of the layout canvas: the chart's fonts are sized for 1080, so text comes out 1.4 times larger. */
    static final double CANVAS_HEIGHT = 760;

    private ChartDrawing() {}

    /** The chart as PNG bytes, {@code scale} pixels per unit of a {@code width} x {@code height} box. */
    static byte[] png(JFreeChart chart, double width, double height, double scale) {
        int pw = (int) Math.round(width * scale);
        int ph = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Rectangle2D canvas = canvas(width, height);
            g2.scale(pw / canvas.getWidth(), ph / canvas.getHeight());
            drawUntitled(chart, g2, canvas);
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The chart as an {@code <svg>} element that scales to the width of its container (a view box, no fixed
     * size), text as text; {@code id} keeps the definitions of several charts in one page apart.
     */
    static String svg(JFreeChart chart, double width, double height, String id) {
        Rectangle2D canvas = canvas(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(canvas.getWidth(), canvas.getHeight());
        g2.setDefsKeyPrefix(id + "-");
        StandardFontFunction fonts = new StandardFontFunction();
        fonts.put("DejaVu Sans", ChartWriter.SVG_FONTS);
        g2.setFontFunction(fonts);
        drawUntitled(chart, g2, canvas);
        return g2.getSVGElement(
                id, false, new ViewBox(0, 0, (int) canvas.getWidth(), (int) canvas.getHeight()), null, null);
    }

    /** A canvas {@link #CANVAS_HEIGHT} high with the box's aspect ratio. */
    private static Rectangle2D canvas(double width, double height) {
        return new Rectangle2D.Double(0, 0, Math.round(CANVAS_HEIGHT * width / height), CANVAS_HEIGHT);
    }

    /** Draws the chart with its title hidden, then shows the title again: the chart is shared with others. */
    private static synchronized void drawUntitled(JFreeChart chart, Graphics2D g2, Rectangle2D canvas) {
        TextTitle title = chart.getTitle();
        boolean visible = title != null && title.isVisible();
        if (title != null) {
            title.setVisible(false);
        }
        try {
            chart.draw(g2, canvas);
        } finally {
            if (title != null) {
                title.setVisible(visible);
            }
        }
    }

    /** The title of a chart, or empty. */
    static String title(JFreeChart chart) {
        return chart.getTitle() == null || chart.getTitle().getText() == null
                ? ""
                : chart.getTitle().getText();
    }
}

package org.cjsim.charts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How charts are written: the size of the canvas, the PNG scale factor and the formats; and the words a
 * reader puts in place of the charts' own title, subtitle and source line ({@link ChartText}), which the
 * code that draws charts for these options passes on with {@link ChartContext#withText}.
 *
 * <p>Charts are laid out for 1920x1080 and scaled uniformly to {@code width} x {@code height}, so a smaller
 * size keeps the same look with smaller text; a different aspect ratio gives the plot more or less room.
 * A PNG has {@code width * scale} x {@code height * scale} pixels (scale 2 for a sharp picture on a
 * high-DPI screen); an SVG is {@code width} x {@code height} pixels and a PDF page {@code width} x {@code
 * height} points, whatever the scale.
 *
 * @param width width of the canvas, 100 to 10,000
 * @param height height of the canvas, 100 to 10,000
 * @param scale PNG pixels per canvas unit, more than 0 and at most 8 (and at most 400 million pixels)
 * @param formats the formats to write, at least one
 * @param text the title, subtitle and source line in place of the charts' own; {@link ChartText#OWN} (or
 *     null) for their own
 */
public record ChartOptions(int width, int height, double scale, Set<ChartFormat> formats, ChartText text) {
    /** The default width: a 16:9 slide in full HD. */
    public static final int DEFAULT_WIDTH = 1920;
    /** The default height. */
    public static final int DEFAULT_HEIGHT = 1080;
    /** The smallest width and height. */
    public static final int MIN_SIZE = 100;
    /** The largest width and height. */
    public static final int MAX_SIZE = 10_000;
    /** The most pixels of a PNG ({@code width * height * scale^2}): 400 million, 1.6 GB in memory. */
    public static final double MAX_PIXELS = 4e8;

    public ChartOptions {
        if (width < MIN_SIZE || width > MAX_SIZE) {
            throw new IllegalArgumentException("chart width must be in [100, 10000], got " + width);
        }
        if (height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("chart height must be in [100, 10000], got " + height);
        }
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("chart scale must be more than 0 and at most 8, got " + scale);
        }
        if ((double) width * height * scale * scale > MAX_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + width + "x" + height + " at scale " + scale
                    + " would have more than 400 million pixels: lower the size or the scale");
        }
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("no chart format given: use one or more of png, svg, pdf");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        if (text == null) {
            text = ChartText.OWN;
        }
    }

    /** Options for charts with their own title, subtitle and source line. */
    public ChartOptions(int width, int height, double scale, Set<ChartFormat> formats) {
        this(width, height, scale, formats, ChartText.OWN);
    }

    /** 1920x1080, scale 1, PNG only. */
    public static ChartOptions defaults() {
        return new ChartOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, 1, EnumSet.of(ChartFormat.PNG));
    }

    public ChartOptions withSize(int newWidth, int newHeight) {
        return new ChartOptions(newWidth, newHeight, scale, formats, text);
    }

    public ChartOptions withScale(double newScale) {
        return new ChartOptions(width, height, newScale, formats, text);
    }

    public ChartOptions withFormats(Set<ChartFormat> newFormats) {
        return new ChartOptions(width, height, scale, newFormats, text);
    }

    /** A copy whose charts show {@code newText} in place of their own title, subtitle and source line. */
    public ChartOptions withText(ChartText newText) {
        return new ChartOptions(width, height, scale, formats, newText);
    }

    /** Width of a PNG in pixels. */
    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    /** Height of a PNG in pixels. */
    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }
}

package org.cjsim.charts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** An output format of a chart: the label is the file extension and the word on the command line. */
public enum ChartFormat {
    /** Raster image, scaled by {@link ChartOptions#scale()} for high-DPI screens. */
    PNG,
    /** Vector image (JFreeSVG); text stays text, in DejaVu Sans or a similar font of the viewer's. */
    SVG,
    /**
     * Vector document (Apache PDFBox); text stays text, searchable and editable, in DejaVu Sans embedded in
     * the file.
     */
    PDF;

    /** The lower-case label and file extension, e.g. {@code png}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format called {@code text} (ignoring case and surrounding spaces).
     *
     * @throws IllegalArgumentException naming the allowed values, if there is none
     */
    public static ChartFormat parse(String text) {
        String t = text == null ? "" : text.trim();
        for (ChartFormat f : values()) {
            if (f.label().equalsIgnoreCase(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown chart format \"" + t + "\": use png, svg or pdf");
    }

    /**
     * The formats of a comma-separated list such as {@code png,svg,pdf}.
     *
     * @throws IllegalArgumentException if the list is empty or names an unknown format
     */
    public static Set<ChartFormat> parseList(String list) {
        Set<ChartFormat> set = EnumSet.noneOf(ChartFormat.class);
        for (String part : (list == null ? "" : list).split(",")) {
            if (!part.isBlank()) {
                set.add(parse(part));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no chart format given: use one or more of png, svg, pdf");
        }
        return set;
    }
}

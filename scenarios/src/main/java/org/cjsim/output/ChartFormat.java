package org.cjsim.output;

import java.util.Locale;

/** File formats of charts: raster for slides, vector for print and editing. */
public enum ChartFormat {
    PNG,
    SVG,
    PDF;

    /** The file extension, e.g. {@code png}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return extension();
    }
}

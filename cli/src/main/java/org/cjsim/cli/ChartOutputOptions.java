package org.cjsim.cli;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cjsim.charts.ChartFormat;
import org.cjsim.charts.ChartOptions;
import org.cjsim.format.UnitFormat;
import picocli.CommandLine.Option;

/** Which chart files a command writes, and how large: {@code --format}, {@code --width}, {@code --height}, {@code --scale}. */
public final class ChartOutputOptions {
    /** Completion candidates and help text for {@code --format}. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("png", "svg", "pdf").iterator();
        }
    }

    @Option(
            names = "--format",
            order = 31,
            paramLabel = "FORMAT",
            split = ",",
            completionCandidates = Formats.class,
            description = "Chart file formats, comma-separated: ${COMPLETION-CANDIDATES}. Default: png.")
    Set<ChartFormat> formats = EnumSet.of(ChartFormat.PNG);

    @Option(
            names = "--width",
            order = 32,
            paramLabel = "PIXELS",
            defaultValue = "" + ChartOptions.DEFAULT_WIDTH,
            description = "Chart width, 100 to 10000 (a 16:9 slide: 1920). Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(
            names = "--height",
            order = 33,
            paramLabel = "PIXELS",
            defaultValue = "" + ChartOptions.DEFAULT_HEIGHT,
            description = "Chart height, 100 to 10000. Default: ${DEFAULT-VALUE}.")
    int height;

    @Option(
            names = "--scale",
            order = 34,
            paramLabel = "FACTOR",
            defaultValue = "1",
            description =
                    "Pixel scale of PNG files for high-DPI screens, 0.25 to 8, e.g. 2 (the layout stays the same)."
                            + " Default: ${DEFAULT-VALUE}.")
    double scale;

    /** The charts module's options, or a bad-input error naming the option. */
    ChartOptions toChartOptions() {
        return toChartOptions(Runtime.getRuntime().maxMemory());
    }

    /**
     * As {@link #toChartOptions()} in a Java that may use {@code maxMemory} bytes: a PNG is drawn into an
     * image of 4 bytes a pixel, which must fit in half of it.
     */
    ChartOptions toChartOptions(long maxMemory) {
        String range = "[" + ChartOptions.MIN_SIZE + ", " + ChartOptions.MAX_SIZE + "]";
        if (width < ChartOptions.MIN_SIZE || width > ChartOptions.MAX_SIZE) {
            throw new BadInputException("--width must be a whole number of pixels in " + range + ", got " + width);
        }
        if (height < ChartOptions.MIN_SIZE || height > ChartOptions.MAX_SIZE) {
            throw new BadInputException("--height must be a whole number of pixels in " + range + ", got " + height);
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new BadInputException("--scale must be in [0.25, 8], got " + UnitFormat.parameter(scale));
        }
        double pixels = (double) width * height * scale * scale;
        String png = "a PNG of " + width + "x" + height + " at --scale "
                + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
        if (pixels > ChartOptions.MAX_PIXELS) {
            throw new BadInputException(png + " would have " + Math.round(pixels / 1e6)
                    + " million pixels, more than the limit of 400 million: lower --width, --height or --scale");
        }
        Set<ChartFormat> chosen = formats.isEmpty() ? EnumSet.of(ChartFormat.PNG) : formats;
        double bytes = pixels * 4;
        if (chosen.contains(ChartFormat.PNG) && bytes > maxMemory / 2.0) {
            throw new BadInputException(
                    List.of(
                            png + " needs " + Math.round(bytes / 1e6) + " MB of memory, and this Java may use "
                                    + Math.round(maxMemory / 1e6) + " MB (at most half of it goes to one image)",
                            "lower --width, --height or --scale, or give Java more memory (e.g. CJSIM_JAVA_OPTS=-Xmx8g)"),
                    null);
        }
        return new ChartOptions(width, height, scale, chosen);
    }
}

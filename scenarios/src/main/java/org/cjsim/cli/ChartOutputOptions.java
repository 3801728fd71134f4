package org.cjsim.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cjsim.charts.ChartFormat;
import org.cjsim.charts.ChartOptions;
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
            description = "Chart width (a 16:9 slide: 1920). Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(
            names = "--height",
            order = 33,
            paramLabel = "PIXELS",
            defaultValue = "" + ChartOptions.DEFAULT_HEIGHT,
            description = "Chart height. Default: ${DEFAULT-VALUE}.")
    int height;

    @Option(
            names = "--scale",
            order = 34,
            paramLabel = "FACTOR",
            defaultValue = "1",
            description = "Pixel scale of PNG files for high-DPI screens, e.g. 2 (the layout stays the same)."
                    + " Default: ${DEFAULT-VALUE}.")
    double scale;

    /** The charts module's options, or a bad-input error naming the option. */
    ChartOptions toChartOptions() {
        if (width < 100 || width > 20_000) {
            throw new BadInputException("--width must be a whole number of pixels in [100, 20000], got " + width);
        }
        if (height < 100 || height > 20_000) {
            throw new BadInputException("--height must be a whole number of pixels in [100, 20000], got " + height);
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new BadInputException("--scale must be in [0.25, 8], got " + scale);
        }
        return new ChartOptions(width, height, scale, formats.isEmpty() ? EnumSet.of(ChartFormat.PNG) : formats);
    }
}

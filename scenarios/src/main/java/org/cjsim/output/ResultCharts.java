package org.cjsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.charts.ChartOptions;

/**
 * Writes the standard charts of a finished command into {@code OUT/charts/}. {@link StandardCharts} is the
 * charts module's implementation; {@link #NONE} draws nothing (tests that do not look at charts use it).
 */
@FunctionalInterface
public interface ResultCharts {
    /** Draws nothing. */
    ResultCharts NONE = (results, folder, options) -> List.of();

    /**
     * Writes the charts that suit {@code results}.
     *
     * @param results everything the command produced (see {@link Results#study()})
     * @param folder the folder to write into ({@code OUT/charts}); it exists
     * @param options size, scale and file formats
     * @return the files written
     */
    List<Path> write(Results results, Path folder, ChartOptions options) throws IOException;
}

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

    /**
     * Writes the charts that suit {@code results}, each with a footnote listing {@code changes}: the
     * scenarios that differ from the one their name points to, one short line each (e.g. {@code baseline* =
     * baseline with market.population=50000}). A writer that cannot show them draws the charts without.
     *
     * @param changes the lines of the footnote; empty for none
     */
    default List<Path> write(Results results, Path folder, ChartOptions options, List<String> changes)
            throws IOException {
        return write(results, folder, options);
    }
}

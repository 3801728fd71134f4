package org.cjsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes the standard charts of a finished command into {@code OUT/charts/}. This is where the charts
 * module plugs into the command line: {@code Cli.create} takes the implementation to use. {@link #NONE}
 * draws nothing (used when no chart writer is installed).
 */
@FunctionalInterface
public interface ResultCharts {
    /** Draws nothing. */
    ResultCharts NONE = (results, folder, formats) -> List.of();

    /**
     * Writes the charts that suit {@code results}: time series and the retention ladder for every command,
     * plus the comparison and profit bridges for {@code compare}, response curves or a heat map for {@code
     * sweep}, and the tornado for {@code sensitivity}.
     *
     * @param results everything the command produced (see {@link Results#command()})
     * @param folder the folder to write into ({@code OUT/charts}); it exists
     * @param formats the file formats to write, at least one
     * @return the files written
     */
    List<Path> write(Results results, Path folder, Set<ChartFormat> formats) throws IOException;
}

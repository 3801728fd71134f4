package org.cjsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.charts.ChartContext;
import org.cjsim.charts.ChartOptions;
import org.cjsim.charts.Charts;

/**
 * The charts of a results folder, drawn by the charts module: a comparison's time series, comparison,
 * bridges, payback charts, funnel, NPS split and retention ladder; a sweep's response curves (and heat map); a sensitivity
 * analysis's tornado; a single scenario's time series, funnel, NPS split and ladder.
 */
public final class StandardCharts implements ResultCharts {
    /** The one instance. */
    public static final StandardCharts INSTANCE = new StandardCharts();

    private StandardCharts() {}

    @Override
    public List<Path> write(Results results, Path folder, ChartOptions options) throws IOException {
        return write(results, folder, options, List.of());
    }

    @Override
    public List<Path> write(Results results, Path folder, ChartOptions options, List<String> changes)
            throws IOException {
        ChartContext context =
                (changes.isEmpty() ? context(results) : context(results).withChanges(changes)).withText(options.text());
        return Charts.writeStandard(results.result(), context, options, folder);
    }

    /**
     * The chart context of a study's results: version, seed, replications, horizon and currency, and the
     * scenarios changed with {@code --set} ({@link Plan#changeLines()}) for the footnote.
     */
    public static ChartContext context(Results results) {
        return ChartContext.of(results.experiment()).withChanges(results.plan().changeLines());
    }

    /**
     * The charts folder of {@code resultsFolder}, {@code RESULTS/charts}, created if missing, after checking
     * that writing into it stays inside the results folder.
     *
     * @throws UnsafeFolderException if {@code charts} is not a folder, or is a symbolic link that leads outside
     *     the results folder: charts written there would overwrite files elsewhere
     * @throws IOException if the folder cannot be created
     */
    public static Path chartsFolder(Path resultsFolder) throws IOException {
        Path dir = resultsFolder.resolve(ResultsFolder.CHARTS);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir)) {
                throw new UnsafeFolderException(dir + " is not a folder"
                        + (Files.isSymbolicLink(dir) ? " (a symbolic link to " + Files.readSymbolicLink(dir) + ")" : "")
                        + ": move it away to write charts into " + resultsFolder);
            }
            Path root = resultsFolder.toRealPath();
            Path real = dir.toRealPath();
            if (!real.startsWith(root)) {
                throw new UnsafeFolderException(dir + " leads to " + real + ", outside the results folder " + root
                        + ": cjsim does not write charts through it (remove the link, or give --out)");
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /** A folder that cjsim will not write charts into, with the reason. */
    public static final class UnsafeFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeFolderException(String message) {
            super(message);
        }
    }
}

package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cjsim.charts.ChartContext;
import org.cjsim.charts.ChartOptions;
import org.cjsim.charts.ChartType;
import org.cjsim.charts.Charts;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.ResultsReader;
import org.cjsim.output.StandardCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim chart RESULTS_DIR}: redraws charts from a results folder, without running anything. */
@Command(
        name = "chart",
        header = "Redraws charts from a results folder, in other formats, sizes or metrics.",
        sortOptions = false,
        description = {
            "Reads a results folder written by run, compare, sweep or sensitivity and draws its standard charts,"
                    + " or the chart types you choose, into RESULTS_DIR/charts (or --out). Nothing is simulated.",
            "",
            "Chart types: time-series (any daily metric), comparison, bridge, funnel, nps, ladder (compare and"
                    + " run); sweep, heatmap (sweep); tornado (sensitivity).",
            ""
        })
final class ChartCommand implements Callable<Integer>, Verbose {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "RESULTS_DIR",
            description = "A folder written by cjsim run, compare, sweep or sensitivity.")
    Path folder;

    @Option(
            names = {"-t", "--type"},
            paramLabel = "TYPE",
            split = ",",
            description = "Chart types to draw, comma-separated: time-series, comparison, bridge, tornado, sweep,"
                    + " heatmap, funnel, nps, ladder. Default: the standard charts of the results.")
    List<String> types = new ArrayList<>();

    @Option(
            names = {"-m", "--metric"},
            paramLabel = "METRIC",
            description = "The metric of time-series (a daily metric, e.g. customers, cumulative_npv) and of"
                    + " comparison, sweep, heatmap and tornado charts (a summary metric, e.g. npv, nps);"
                    + " docs/outputs.md lists them all. Charts with fixed metrics ignore it. Default: each type's own.")
    String metric;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Folder to write the charts into. Default: RESULTS_DIR/charts.")
    Path out;

    @Mixin
    ChartOutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws IOException {
        ChartOptions options = output.toChartOptions();
        List<ChartType> chosen = new ArrayList<>();
        for (String t : types) {
            try {
                chosen.add(ChartType.parse(t));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--type: " + e.getMessage());
            }
        }
        if (metric != null && chosen.isEmpty()) {
            throw new BadInputException("--metric goes with --type, e.g. --type comparison --metric npv");
        }
        if (metric != null && chosen.stream().allMatch(t -> t.metricKind() == ChartType.MetricKind.NONE)) {
            throw new BadInputException(
                    "--metric does not apply to " + String.join(", ", types) + ": those charts show fixed metrics");
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + " is not a folder (give a folder written by cjsim compare, run,"
                    + " sweep or sensitivity)");
        }
        if (!Files.exists(folder.resolve(ResultsFolder.MANIFEST))) {
            throw new BadInputException(
                    folder + " has no " + ResultsFolder.MANIFEST + ": it is not a cjsim results folder");
        }
        Results results = ResultsReader.read(folder);
        Path dir = out != null ? out : folder.resolve(ResultsFolder.CHARTS);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        if (chosen.isEmpty()) {
            written.addAll(StandardCharts.INSTANCE.write(results, dir, options));
        } else {
            ChartContext context = ChartContext.of(results.experiment());
            // Check every type before writing any file, so that a mistake leaves no partial output.
            List<Charts.NamedChart> charts = new ArrayList<>();
            for (ChartType type : chosen) {
                String m = type.metricKind() == ChartType.MetricKind.NONE ? null : metric;
                try {
                    charts.addAll(Charts.create(type, m, StandardCharts.data(results), context));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
            }
            written.addAll(Charts.write(charts, options, dir));
        }
        PrintWriter o = spec.commandLine().getOut();
        if (!verbosity.quiet) {
            o.println("Wrote " + written.size() + (written.size() == 1 ? " chart" : " charts") + " into " + dir + ":");
            for (Path p : written) {
                o.println("  " + p.getFileName());
            }
        }
        return ExitCodes.OK;
    }
}

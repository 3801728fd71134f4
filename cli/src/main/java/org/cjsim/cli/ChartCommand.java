package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cjsim.charts.ChartContext;
import org.cjsim.charts.ChartOptions;
import org.cjsim.charts.ChartType;
import org.cjsim.charts.Charts;
import org.cjsim.experiment.StudyResult;
import org.cjsim.output.FolderException;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.StandardCharts;
import org.cjsim.output.StudyFolder;
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
            "Chart types: time-series (any daily metric), funnel, nps, ladder (run and compare); comparison,"
                    + " ranking, bridge, payback, difference, panels (compare; the last three need the daily"
                    + " series); sweep, heatmap (sweep; the heatmap of two levers; --paired for differences to the base"
                    + " point); tornado (sensitivity).",
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
            description = "Chart types to draw, comma-separated: time-series, comparison, ranking, bridge, payback,"
                    + " difference, panels, tornado, sweep, heatmap, funnel, nps, ladder. Default: the"
                    + " standard charts of the results.")
    List<String> types = new ArrayList<>();

    @Option(
            names = {"-m", "--metric"},
            paramLabel = "METRIC",
            description = "The metric of time-series, difference and panels charts (a daily metric, e.g. customers,"
                    + " cumulative_npv) and of"
                    + " comparison, sweep, heatmap and tornado charts (a summary metric, e.g. npv, nps);"
                    + " docs/outputs.md lists them all. Charts with fixed metrics ignore it. Default: each type's own.")
    String metric;

    @Option(
            names = "--paired",
            description = "Sweep and heatmap charts: draw each design point's paired difference to the sweep's base"
                    + " point (the point nearest the base scenario's values), replication k minus the base point's"
                    + " replication k (the same seed), instead of its mean. Files end in -paired.")
    boolean paired;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Folder to write the charts into. Default: RESULTS_DIR/charts.")
    Path out;

    @Mixin
    ChartOutputOptions output;

    @Mixin
    ChartTextOptions text;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    HelpOption help;

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws IOException {
        ChartOptions options = output.toChartOptions().withText(text.toChartText());
        Set<ChartType> chosen = new LinkedHashSet<>();
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
        boolean sweepType = chosen.contains(ChartType.SWEEP) || chosen.contains(ChartType.HEATMAP);
        if (paired && !sweepType) {
            throw new BadInputException("--paired goes with --type sweep or heatmap, e.g. --type sweep --paired"
                    + (chosen.isEmpty() ? "" : " (got --type " + String.join(",", types) + ")"));
        }
        ResultsInput.check(folder);
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file: give a folder to write the charts into");
        }
        Results results = read();
        // Build every chart before writing any file, so that a mistake leaves no partial output.
        ChartContext context = StandardCharts.context(results).withText(options.text());
        List<Charts.NamedChart> charts = new ArrayList<>();
        StudyResult data = results.result();
        if (chosen.isEmpty()) {
            charts.addAll(Charts.createStandard(data, context));
        }
        List<ChartType> drawable = Charts.drawable(data);
        for (ChartType type : chosen) {
            if (!drawable.contains(type)) {
                throw new BadInputException(
                        List.of(
                                "--type " + type.label() + ": " + folder + " holds " + Charts.describe(data)
                                        + ", and a " + type.label() + " chart needs " + Charts.requirement(type),
                                "the types it can draw: "
                                        + drawable.stream()
                                                .map(ChartType::label)
                                                .collect(Collectors.joining(", "))),
                        null);
            }
        }
        for (ChartType type : chosen) {
            String m = type.metricKind() == ChartType.MetricKind.NONE ? null : metric;
            try {
                boolean p = paired && (type == ChartType.SWEEP || type == ChartType.HEATMAP);
                charts.addAll(Charts.create(type, m, data, context, p));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        // The folder's own charts/ is written by one process at a time, like the rest of the folder: not
        // while a study runs in it.
        StudyFolder claimed = null;
        if (out == null) {
            try {
                claimed = StudyFolder.resume(folder, "cjsim chart " + folder);
            } catch (FolderException e) {
                throw new BadInputException(e.lines(), e);
            }
        }
        List<Path> written;
        Path dir;
        try {
            dir = outputFolder();
            written = Charts.write(charts, options, dir);
        } finally {
            if (claimed != null) {
                claimed.close();
            }
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

    /** The folder to write into: {@code --out}, or the results folder's own {@code charts/} if it is safe. */
    private Path outputFolder() {
        try {
            if (out != null) {
                Files.createDirectories(out);
                return out;
            }
            return StandardCharts.chartsFolder(folder);
        } catch (StandardCharts.UnsafeFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            Path dir = out != null ? out : folder.resolve(ResultsFolder.CHARTS);
            throw new BadInputException("cannot create the chart folder " + dir + ": " + StudyCommand.reason(e), e);
        }
    }

    /**
     * The results of {@link #folder}, or a bad-input error saying what is wrong with it ({@link
     * ResultsInput#read}).
     */
    private Results read() throws IOException {
        return ResultsInput.read(
                folder, "chart", verbosity.quiet, spec.commandLine().getErr());
    }
}

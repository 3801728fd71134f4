package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cjsim.charts.ChartOptions;
import org.cjsim.output.FolderException;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.Shards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cjsim merge DIR}: merges the shards of a planned study ({@link Shards#merge}). */
@Command(
        name = "merge",
        header = "Merges the shards of a planned study into its results, tables and charts.",
        sortOptions = false,
        description = {
            "Checks that every run of the study planned in DIR is there (naming the missing runs and the shards to"
                    + " rerun), then writes what the study writes when run here at once: summary.csv, the aggregate"
                    + " files, the finished manifest and the charts; and prints the study's table. Nothing is"
                    + " simulated.",
            ""
        })
final class MergeCommand implements Callable<Integer>, Verbose {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CjsimCommand root;

    @Parameters(paramLabel = "DIR", description = "A folder planned with cjsim plan, whose shards have run.")
    Path folder;

    @Mixin
    StudyChartOptions charts;

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ChartOptions chartOptions = charts.toChartOptions();
        Plan plan;
        try {
            plan = Manifest.read(folder).plan();
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        StudySize.check(plan, Runtime.getRuntime().maxMemory());
        long start = System.nanoTime();
        Results results;
        try {
            results = Shards.merge(folder);
        } catch (Shards.MissingRunsException e) {
            err.println("cjsim: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        } catch (FolderException e) {
            throw new BadInputException(e.lines(), e);
        }
        List<Path> chartFiles = StudyCommand.writeCharts(root.charts(), chartOptions, results, folder);
        Tables.print(out, results);
        out.println();
        out.println("Merged " + folder + " (" + org.cjsim.format.UnitFormat.duration((System.nanoTime() - start) / 1e9)
                + (chartFiles.isEmpty()
                        ? ""
                        : ", " + chartFiles.size() + (chartFiles.size() == 1 ? " chart" : " charts") + " in "
                                + ResultsFolder.CHARTS + "/")
                + ").");
        out.flush();
        return ExitCodes.OK;
    }
}

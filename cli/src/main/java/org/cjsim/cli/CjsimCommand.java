package org.cjsim.cli;

import java.util.concurrent.Callable;
import org.cjsim.Version;
import org.cjsim.output.ResultCharts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command, {@code cjsim}. */
@Command(
        name = "cjsim",
        mixinStandardHelpOptions = true,
        versionProvider = CjsimCommand.VersionProvider.class,
        description = {"The customer-journey simulator: what is good customer service worth in revenue and profit?", ""
        },
        footer = {
            "",
            "Start with: cjsim compare   (every built-in strategy against the baseline)",
            "Help on a command: cjsim help COMMAND, or cjsim COMMAND --help"
        },
        subcommands = {
            RunCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            SensitivityCommand.class,
            PlanCommand.class,
            RunShardCommand.class,
            MergeCommand.class,
            SlurmScriptCommand.class,
            K8sJobCommand.class,
            CalibrateCommand.class,
            ChartCommand.class,
            ReportCommand.class,
            ScenariosCommand.class,
            GuiCommand.class,
            BenchCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        })
final class CjsimCommand implements Callable<Integer> {
    private final ResultCharts charts;

    @Spec
    CommandSpec spec;

    CjsimCommand(ResultCharts charts) {
        this.charts = charts;
    }

    /** The chart writer commands use. */
    ResultCharts charts() {
        return charts;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** The version shown by {@code cjsim --version}. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "cjsim " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}

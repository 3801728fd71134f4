package org.cjsim.cli;

import java.util.EnumSet;
import java.util.Set;
import org.cjsim.output.ChartFormat;
import picocli.CommandLine.Option;

/** Which charts a study writes into {@code OUT/charts/}. */
public final class ChartOptions {
    @Option(names = "--no-charts", order = 30, description = "Write no charts.")
    boolean noCharts;

    @Option(
            names = "--format",
            order = 31,
            paramLabel = "FORMAT",
            split = ",",
            defaultValue = "png",
            description = "Chart file formats, comma-separated: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Set<ChartFormat> formats = EnumSet.of(ChartFormat.PNG);
}

package org.cjsim.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The charts a study writes into {@code OUT/charts/}: {@code --no-charts} and the chart file options. */
public final class StudyChartOptions {
    @Option(names = "--no-charts", order = 30, description = "Write no charts.")
    boolean noCharts;

    @Mixin
    ChartOutputOptions output;
}

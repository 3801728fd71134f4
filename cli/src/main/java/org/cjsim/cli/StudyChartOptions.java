package org.cjsim.cli;

import org.cjsim.charts.ChartOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The charts a study writes into {@code OUT/charts/}: {@code --no-charts}, the chart file options and the
 * words on them ({@code --title}, {@code --subtitle}, {@code --footer}).
 */
public final class StudyChartOptions {
    @Option(names = "--no-charts", order = 30, description = "Write no charts.")
    boolean noCharts;

    @Mixin
    ChartOutputOptions output;

    @Mixin
    ChartTextOptions text;

    /** The charts module's options, or a bad-input error naming the option; null with {@code --no-charts}. */
    ChartOptions toChartOptions() {
        return noCharts ? null : output.toChartOptions().withText(text.toChartText());
    }
}

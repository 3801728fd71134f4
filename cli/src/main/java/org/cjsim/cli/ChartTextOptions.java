package org.cjsim.cli;

import org.cjsim.charts.ChartText;
import picocli.CommandLine.Option;

/**
 * A reader's words on the charts a command writes, in place of the charts' own: {@code --title}, {@code
 * --subtitle} and {@code --footer} ({@link ChartText}).
 */
public final class ChartTextOptions {
    @Option(
            names = "--title",
            order = 35,
            paramLabel = "TEXT",
            description = "Title of every chart written, in place of its own: most useful with one chart"
                    + " (cjsim chart DIR --type comparison). {title} stands for the chart's own title, e.g."
                    + " \"Acme: {title}\"; an empty TEXT leaves the title out. One line, at most "
                    + ChartText.MAX_TITLE + " characters.")
    String title;

    @Option(
            names = "--subtitle",
            order = 36,
            paramLabel = "TEXT",
            description = "The line under the title of every chart, in place of its own (what was compared, over"
                    + " how many replications); {subtitle} stands for it; empty leaves it out. One line, at most "
                    + ChartText.MAX_LINE + " characters.")
    String subtitle;

    @Option(
            names = "--footer",
            order = 37,
            paramLabel = "TEXT",
            description = "The source line at the bottom right of every chart, in place of its own (\"Source:"
                    + " cjsim VERSION · master seed N\"); {footer} stands for it, e.g. \"Acme Corp · {footer}\";"
                    + " empty leaves it out. The note naming the scenarios changed with --set stays. One line, at"
                    + " most " + ChartText.MAX_LINE + " characters.")
    String footer;

    /** The words given, or a bad-input error naming the option and what is wrong. */
    ChartText toChartText() {
        try {
            return new ChartText(title, subtitle, footer);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }
}

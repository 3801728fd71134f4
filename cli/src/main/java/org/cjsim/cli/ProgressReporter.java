package org.cjsim.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ReplicationResult;

/**
 * A progress bar with the time left, on standard error, counting simulated days over every replication
 * still to run; it also shows how many replications are finished.
 */
final class ProgressReporter implements ExperimentListener, AutoCloseable {
    private final String task;
    private final PrintStream stream;
    private final int width;
    private final boolean unicode;
    private ProgressBar bar;

    /**
     * @param width the width of the bar's line, or 0 to fit the terminal
     */
    ProgressReporter(String task, PrintStream stream, int width, boolean unicode) {
        this.task = task;
        this.stream = stream;
        this.width = width;
        this.unicode = unicode;
    }

    /** A progress bar on this process's standard error, or none when it is not a terminal or quiet. */
    static ExperimentListener forTerminal(String task, boolean quiet) {
        if (quiet || System.console() == null) {
            return ExperimentListener.NONE;
        }
        boolean unicode = System.console().charset().equals(StandardCharsets.UTF_8);
        return new ProgressReporter(task, System.err, 0, unicode);
    }

    @Override
    public synchronized void started(int runs, int alreadyDone, long totalDays) {
        if (runs == 0) {
            return;
        }
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalDays)
                .setUnit(" days", 1)
                .setUpdateIntervalMillis(250)
                .setStyle(unicode ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setConsumer(
                        width > 0
                                ? new ConsoleProgressBarConsumer(stream, width)
                                : new ConsoleProgressBarConsumer(stream));
        bar = builder.build();
        bar.setExtraMessage(alreadyDone + "/" + (alreadyDone + runs) + " runs");
    }

    @Override
    public synchronized void progress(long daysDone, long totalDays) {
        if (bar != null) {
            bar.stepTo(daysDone);
        }
    }

    @Override
    public synchronized void replicationFinished(ReplicationResult result, int done, int total) {
        if (bar != null) {
            bar.setExtraMessage(done + "/" + total + " runs");
            if (done == total) {
                close();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

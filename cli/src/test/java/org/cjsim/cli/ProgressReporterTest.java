package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cjsim.experiment.ExperimentListener;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    @Test
    void theBarCountsDaysAndRunsAndShowsTheTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressReporter reporter = new ProgressReporter("compare", stream, 100, false);
        reporter.started(4, 2, 400);
        for (long d = 1; d <= 200; d++) {
            reporter.progress(d, 400);
        }
        reporter.close();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("compare"), text);
        assertTrue(text.contains("200/400 days"), text);
        assertTrue(text.contains("2/6 runs"), text);
        assertTrue(text.matches("(?s).*\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\).*"), "elapsed / left: " + text);
    }

    @Test
    void thereIsNoBarWhenQuietOrWhenStandardErrorIsNotATerminal() {
        assertSame(ExperimentListener.NONE, ProgressReporter.forTerminal("run", true));
        // Under the test runner, System.console() is null: no terminal.
        assertSame(ExperimentListener.NONE, ProgressReporter.forTerminal("run", false));
    }
}

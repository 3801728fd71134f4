package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cjsim.charts.ChartFormat;
import org.cjsim.charts.ChartOptions;
import org.cjsim.charts.ChartText;
import org.cjsim.output.ResultCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The place where the charts module plugs in, and a failure while running. */
class ChartHookTest {
    @TempDir
    Path dir;

    @Test
    void studiesHandTheirResultsAndFormatsToTheChartWriter() {
        List<Object[]> calls = new ArrayList<>();
        ResultCharts charts = (results, folder, options) -> {
            calls.add(new Object[] {results.plan().study().key(), folder, options});
            Path chart = folder.resolve("x.svg");
            Files.writeString(chart, "<svg/>");
            return List.of(chart);
        };
        CliRun r = CliRun.run(
                charts,
                CliRun.small(
                        "compare",
                        "honest",
                        "--format",
                        "svg,PDF",
                        "--width",
                        "960",
                        "--height",
                        "540",
                        "--scale",
                        "2",
                        "--title",
                        "Acme: {title}",
                        "--footer",
                        "",
                        "--out",
                        dir.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals(1, calls.size());
        assertEquals("compare", calls.get(0)[0]);
        assertEquals(dir.resolve("charts"), calls.get(0)[1]);
        ChartOptions options = (ChartOptions) calls.get(0)[2];
        assertEquals(EnumSet.of(ChartFormat.SVG, ChartFormat.PDF), (Set<?>) options.formats());
        assertEquals(960, options.width());
        assertEquals(540, options.height());
        assertEquals(2.0, options.scale());
        assertEquals(new ChartText("Acme: {title}", null, ""), options.text());
        assertTrue(r.out().contains("1 chart in charts/"), r.out());
    }

    @Test
    void noChartsMeansTheChartWriterIsNotCalled() {
        List<Object> calls = new ArrayList<>();
        ResultCharts charts = (results, folder, options) -> {
            calls.add(results);
            return List.of();
        };
        CliRun r = CliRun.run(charts, CliRun.small("run", "honest", "--no-charts", "--out", dir.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals(0, calls.size());
    }

    @Test
    void aFileThatCannotBeWrittenWhileRunningExitsWithOne() {
        ResultCharts broken = (results, folder, options) -> {
            throw new IOException("No space left on device");
        };
        CliRun r = CliRun.run(broken, CliRun.small("run", "honest", "--out", dir.toString(), "--quiet"));
        assertEquals(ExitCodes.FAILURE, r.code());
        assertEquals(
                List.of(
                        "cjsim: could not read or write a file: No space left on device",
                        "Run again with --verbose to see where it failed."),
                r.errLines());
    }
}

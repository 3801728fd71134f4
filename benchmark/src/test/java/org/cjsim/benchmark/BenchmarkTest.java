package org.cjsim.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's machinery works on a tiny market; the timings themselves are not tested. */
class BenchmarkTest {

    @Test
    void aChildJvmTimesOneMarketSizeWithinItsHeapLimit() throws Exception {
        Benchmark.SizeResult r = Benchmark.child(2000, 30, "256m");
        assertEquals(2000, r.people());
        assertTrue(r.runSeconds() > 0 && r.bareLoopSeconds() > 0 && r.setupSeconds() > 0);
        assertTrue(r.peakHeapMb() > 0 && r.peakHeapMb() < 256);
        assertTrue(r.personDaysPerSecond() > 0);
    }

    @Test
    void theReportNamesTheCommandAndEverySize() {
        Benchmark.Report report = new Benchmark.Report(
                List.of(new Benchmark.SizeResult(10_000, 365, 0.05, 0.4, 0.05, 120, 30)),
                new Benchmark.Speedup(8, 10, 5.2, true),
                "1g",
                "2 cores");
        String md = report.toMarkdown("cjsim bench");
        assertTrue(md.contains("`cjsim bench`"));
        assertTrue(md.contains("| 10,000 | 365 |"));
        assertTrue(md.contains("8.0x"));
        assertTrue(md.contains("1.92x"));
        assertTrue(md.contains("bit-identical"));
    }
}

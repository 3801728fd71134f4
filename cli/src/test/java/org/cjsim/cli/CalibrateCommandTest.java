package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjsim calibrate}: a profile in, a scenario, the fit and the ensemble out. */
class CalibrateCommandTest {
    @TempDir
    Path dir;

    private Path profile(String kpis) throws Exception {
        Path p = dir.resolve("company.yaml");
        Files.writeString(p, "name: Small shop\nkpis:\n" + kpis);
        return p;
    }

    @Test
    void aProfileGivesAScenarioEveryCommandReadsAFitAndAnEnsemble() throws Exception {
        Path p = profile("  customers: 300\n  marketSize: 1200\n  annualChurn: 0.2\n  grossMargin: 0.5\n");
        Path out = dir.resolve("cal");
        CliRun r = CliRun.run(
                "calibrate",
                p.toString(),
                "-o",
                out.toString(),
                "-q",
                "--days",
                "90",
                "--replications",
                "1",
                "--ensemble",
                "2",
                "--threads",
                "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Calibrated Small shop: 300 customers in a market of 1,200"), r.out());
        assertTrue(r.out().contains("annualChurn"), r.out());
        ScenarioParams s = ScenarioLoader.load(out.resolve("calibrated.yaml"));
        assertEquals(1200, s.market().population());
        assertEquals(0.5, s.economics().margin());
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals("kpi,target,simulated,ci_low,ci_high,within_tolerance,tolerance,how", fit.get(0));
        assertTrue(fit.get(1).startsWith("annualChurn,0.2,"), fit.get(1));
        assertTrue(
                fit.stream().anyMatch(l -> l.startsWith("grossMargin,0.5,0.5,") && l.endsWith(",set")), fit.toString());
        List<String> ensemble = Files.readAllLines(out.resolve("ensemble.csv"));
        assertTrue(ensemble.get(0).startsWith("set,customers.annualChurnAtNeutral,"), ensemble.get(0));
        assertTrue(ensemble.get(0).contains("customers.walletWeight"), ensemble.get(0));
        CliRun run = CliRun.run(
                "run",
                out.resolve("calibrated.yaml").toString(),
                "--days",
                "20",
                "--replications",
                "1",
                "-q",
                "--no-charts",
                "-o",
                dir.resolve("run").toString());
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void anImpossibleProfileIsRefusedWithEveryProblemAndExitCode2() throws Exception {
        Path p = profile("  customers: 100\n  annualChurn: 1.5\n  nps: 120\n  agents: 500\n");
        CliRun r = CliRun.run("calibrate", p.toString(), "-o", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("kpis.annualChurn must be a number in [0, 0.99]"), r.err());
        assertTrue(r.err().contains("kpis.nps must be a number in [-100, 100]"), r.err());
        assertTrue(r.err().contains("kpis.agents must be at most kpis.customers (100), got 500"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written for a refused profile");
    }

    @Test
    void optionsOutOfRangeAreRefused() throws Exception {
        Path p = profile("  customers: 100\n");
        CliRun r = CliRun.run("calibrate", p.toString(), "--ensemble", "500");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--ensemble must be a whole number in [0, 200], got 500"), r.err());
        CliRun missing = CliRun.run("calibrate", dir.resolve("none.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}

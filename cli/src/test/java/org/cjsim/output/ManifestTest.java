package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.params.Params;
import org.cjsim.random.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    private Manifest roundTrip(Plan plan) throws Exception {
        Manifest m = Manifest.starting(plan, List.of("compare", "--seed", "42"));
        m.write(dir);
        Manifest read = Manifest.read(dir);
        assertEquals(plan, read.plan());
        assertEquals(m.commandLine(), read.commandLine());
        assertEquals(m.started(), read.started());
        return read;
    }

    @Test
    void aComparisonPlanRoundTripsThroughTheManifest() throws Exception {
        roundTrip(Plan.compare(
                List.of(Tiny.scenario("baseline"), Tiny.scenario("delight"), Tiny.scenario("overpromise")),
                "baseline",
                Tiny.settings(3)));
    }

    @Test
    void aRunPlanRoundTripsThroughTheManifest() throws Exception {
        roundTrip(Plan.run(Tiny.scenario("honest"), Tiny.settings(2)));
    }

    @Test
    void aSweepPlanRoundTripsWithItsDesignPoints() throws Exception {
        Plan plan = Plan.sweep(
                Tiny.scenario("baseline"),
                List.of(
                        new SweepAxis("strategy.latitude", 0, 1, 0.25),
                        new SweepAxis("market.population", 200, 400, 100)),
                Sweep.LATIN_HYPERCUBE,
                5,
                Tiny.settings(2));
        assertEquals(5, plan.scenarios().size());
        roundTrip(plan);
    }

    @Test
    void aSensitivityPlanRoundTripsWithItsLevers() throws Exception {
        roundTrip(Plan.sensitivity(Tiny.scenario("baseline"), Params.levers(), Tiny.settings(2)));
    }

    @Test
    void theManifestListsEveryReplicationSeedAndTheFinishedTime() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("honest"), Tiny.settings(3));
        Manifest m = Manifest.starting(plan, List.of("run", "honest")).asFinished(1.5);
        m.write(dir);
        String json = Files.readString(dir.resolve(ResultsFolder.MANIFEST));
        assertTrue(json.contains("\"replication_seeds\" : [ " + Seeds.replication(42, 0) + ", "), json);
        assertTrue(json.contains("\"status\" : \"finished\""), json);
        assertEquals(1.5, Manifest.read(dir).wallSeconds());
        assertEquals(m.finished(), Manifest.read(dir).finished());
    }

    @Test
    void aFolderWithoutAManifestIsNotAResultsFolder() {
        var e = assertThrows(java.io.IOException.class, () -> Manifest.read(dir));
        assertTrue(e.getMessage().contains("is not a cjsim results folder"), e.getMessage());
    }
}

package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {
    @TempDir
    Path dir;

    @Test
    void aRunThatFinishesWhileTheDiskIsBehindWaitsSoThatMemoryStaysBounded() throws Exception {
        Plan plan = Plan.run(Tiny.scenario("baseline"), Tiny.settings(ResultsWriter.QUEUED + 1));
        List<ReplicationResult> runs = new java.util.ArrayList<>();
        for (int k = 0; k <= ResultsWriter.QUEUED; k++) {
            runs.add(Experiment.replicate(plan.scenarios().get(0), plan.settings(), k));
        }
        CountDownLatch diskFree = new CountDownLatch(1);
        ExecutorService disk = Executors.newSingleThreadExecutor();
        disk.execute(() -> {
            try {
                diskFree.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ResultsWriter writer = ResultsWriter.start(dir, Manifest.starting(plan, List.of("test")), List.of(), disk);
        for (int k = 0; k < ResultsWriter.QUEUED; k++) {
            writer.replicationFinished(runs.get(k), k + 1, runs.size());
        }
        Thread last =
                new Thread(() -> writer.replicationFinished(runs.get(ResultsWriter.QUEUED), runs.size(), runs.size()));
        last.start();
        last.join(500);
        assertTrue(last.isAlive(), "the run beyond the queue waits while the disk is busy");
        diskFree.countDown();
        last.join();
        assertFalse(last.isAlive());
        writer.close();
        for (ReplicationResult r : runs) {
            assertTrue(
                    Files.isRegularFile(ReplicationFiles.path(dir, plan.slugs().get(r.scenario()), r.replication())));
        }
        assertEquals(
                runs.size() + 1,
                Files.readAllLines(dir.resolve(ResultsFolder.SUMMARY)).size());
    }
}

package org.cjsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVPrinter;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.params.ScenarioParams;

/**
 * Fills a results folder while a study runs: the manifest first, then, as each replication finishes, its
 * complete file under {@code replications/} and its row of {@code summary.csv} (appended and flushed), and
 * at the end the aggregate files and the final manifest. Files are written on a background thread so that
 * the simulation does not wait for the disk, with at most {@link #QUEUED} replications waiting to be written
 * (a run that finishes beyond waits), so that memory stays bounded when runs finish faster than their files
 * are written; a write that fails stops the study at the next replication.
 */
public final class ResultsWriter implements ExperimentListener, AutoCloseable {
    private final Path folder;
    private final Map<String, String> slugs;
    private final ReplicationFiles.Fingerprints fingerprints;
    private final ExecutorService disk;
    private final CSVPrinter summary;
    private final Semaphore queued = new Semaphore(QUEUED);
    private volatile IOException failure;

    /** Most finished replications waiting for their files to be written. */
    public static final int QUEUED = 16;

    private ResultsWriter(Path folder, Plan plan, CSVPrinter summary, ExecutorService disk) {
        this.folder = folder;
        this.slugs = plan.slugs();
        this.fingerprints = new ReplicationFiles.Fingerprints(plan);
        this.summary = summary;
        this.disk = disk;
    }

    /** The one background thread that writes the files. */
    private static ExecutorService diskThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cjsim-results-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts writing into {@code folder}: writes the manifest, and {@code summary.csv} with the rows of the
     * replications already {@code done} (when resuming; rows of other replications, or a line cut short by an
     * interruption, are dropped).
     */
    public static ResultsWriter start(Path folder, Manifest manifest, Collection<ReplicationResult> done)
            throws IOException {
        return start(folder, manifest, done, diskThread());
    }

    /** Starts writing as {@link #start(Path, Manifest, Collection)}, on {@code disk} (one thread). */
    static ResultsWriter start(Path folder, Manifest manifest, Collection<ReplicationResult> done, ExecutorService disk)
            throws IOException {
        Files.createDirectories(folder);
        manifest.write(folder);
        Map<String, Integer> order = new HashMap<>();
        List<ScenarioParams> scenarios = manifest.plan().scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            order.put(scenarios.get(i).name(), i);
        }
        List<ReplicationResult> sorted = new ArrayList<>(done);
        sorted.sort(Comparator.<ReplicationResult>comparingInt(r -> order.getOrDefault(r.scenario(), -1))
                .thenComparingInt(ReplicationResult::replication));
        Path file = folder.resolve(ResultsFolder.SUMMARY);
        ResultFiles.write(file, ResultFiles.summaryHeader(), csv -> {
            for (ReplicationResult r : sorted) {
                csv.printRecord(ResultFiles.summaryRow(r));
            }
        });
        BufferedWriter w =
                new BufferedWriter(new OutputStreamWriter(AtomicFiles.append(file), StandardCharsets.UTF_8), 1 << 16);
        return new ResultsWriter(folder, manifest.plan(), new CSVPrinter(w, ResultFiles.CSV), disk);
    }

    /** The results folder. */
    public Path folder() {
        return folder;
    }

    @Override
    public void replicationFinished(ReplicationResult result, int done, int total) {
        IOException f = failure;
        if (f != null) {
            throw new UncheckedIOException(f.getMessage(), f);
        }
        queued.acquireUninterruptibly();
        try {
            disk.execute(() -> {
                try {
                    if (failure != null) {
                        return;
                    }
                    ReplicationFiles.write(
                            ReplicationFiles.path(folder, slugs.get(result.scenario()), result.replication()),
                            result,
                            fingerprints.of(result.scenario(), result.replication()));
                    summary.printRecord(ResultFiles.summaryRow(result));
                    summary.flush();
                } catch (IOException e) {
                    failure = e;
                } catch (Throwable e) {
                    // not only disks fail: lack of memory, a bug; the study must not end "finished" without
                    // this replication's file
                    failure = new IOException(
                            "could not write replication " + result.replication() + " of " + result.scenario() + ": "
                                    + e,
                            e);
                } finally {
                    queued.release();
                }
            });
        } catch (Throwable e) {
            queued.release();
            throw e;
        }
    }

    /**
     * Waits for every replication file, then writes the aggregate files and the final manifest.
     *
     * @throws IOException if any file could not be written
     */
    public void finish(Results results, Manifest finished) throws IOException {
        close();
        ResultFiles.writeAll(folder, results);
        finished.write(folder);
    }

    /** Waits for the files of finished replications and closes {@code summary.csv}. */
    @Override
    public void close() throws IOException {
        disk.shutdown();
        try {
            if (!disk.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IOException("writing the replication files into " + folder + " takes too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing into " + folder, e);
        } finally {
            summary.close();
        }
        if (failure != null) {
            throw failure;
        }
    }
}

package org.cjsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ReplicationResult;

/**
 * Runs a study into a results folder: writes the manifest, runs the replications not already in the
 * folder, writes each as it finishes, and the aggregate files at the end.
 */
public final class StudyRunner {
    private StudyRunner() {}

    /**
     * What a study did.
     *
     * @param results every result of the study
     * @param manifest the final manifest
     * @param ran replications run now
     * @param reused replications taken from the folder (when resuming)
     * @param skipped replication files in the folder that could not be used, with the reason
     */
    public record Outcome(Results results, Manifest manifest, int ran, int reused, List<String> skipped) {}

    /**
     * Runs {@code manifest}'s plan into {@code folder}.
     *
     * @param resume take the replications already in {@code folder} instead of running them again
     * @param listener hears about progress (a progress bar); may be {@link ExperimentListener#NONE}
     * @throws IOException if a file cannot be written or read
     */
    public static Outcome run(Manifest manifest, Path folder, boolean resume, ExperimentListener listener)
            throws IOException {
        Plan plan = manifest.plan();
        if (resume) {
            deleteTemporaryFiles(folder);
        }
        ResultsReader.Found found =
                resume ? ResultsReader.replications(folder, plan) : new ResultsReader.Found(List.of(), List.of());
        List<ReplicationResult> done = found.replications();
        long start = System.nanoTime();
        ResultsWriter writer = ResultsWriter.start(folder, manifest, done);
        ExperimentResult experiment;
        try {
            experiment = Experiment.run(plan.scenarios(), plan.settings(), both(listener, writer), done);
        } catch (RuntimeException e) {
            try {
                writer.close();
                manifest.ended(Manifest.FAILED, seconds(start)).write(folder);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        Results results = Results.of(plan, experiment);
        Manifest finished = manifest.ended(Manifest.FINISHED, seconds(start));
        writer.finish(results, finished);
        int total = plan.scenarios().size() * plan.settings().replications();
        return new Outcome(results, finished, total - done.size(), done.size(), found.skipped());
    }

    /** Deletes the temporary files an interrupted study left behind ({@link AtomicFiles#TEMP_SUFFIX}). */
    private static void deleteTemporaryFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX))
                    .toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static ExperimentListener both(ExperimentListener a, ExperimentListener b) {
        return new ExperimentListener() {
            @Override
            public void started(int runs, int alreadyDone, long totalDays) {
                a.started(runs, alreadyDone, totalDays);
                b.started(runs, alreadyDone, totalDays);
            }

            @Override
            public void progress(long daysDone, long totalDays) {
                a.progress(daysDone, totalDays);
                b.progress(daysDone, totalDays);
            }

            @Override
            public void replicationFinished(ReplicationResult result, int done, int total) {
                b.replicationFinished(result, done, total);
                a.replicationFinished(result, done, total);
            }
        };
    }
}

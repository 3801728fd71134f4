package org.cjsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentException;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ReplicationResult;

/**
 * Runs a study into a results folder: writes the manifest, runs the replications not already in the
 * folder, writes each as it finishes, and the aggregate files at the end. If anything fails, the manifest
 * says {@code failed} and why (when it can still be written).
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
     * @param alreadyFinished the folder held the finished study already: nothing was run or written
     */
    public record Outcome(
            Results results, Manifest manifest, int ran, int reused, List<String> skipped, boolean alreadyFinished) {}

    /**
     * Runs {@code manifest}'s plan into {@code folder}, claiming it for the time of the study.
     *
     * @param resume take the replications already in {@code folder} instead of running them again
     * @param listener hears about progress (a progress bar); may be {@link ExperimentListener#NONE}
     * @throws FolderException if the folder is in use by another process, or cannot be used
     * @throws IOException if a file cannot be written or read
     */
    public static Outcome run(Manifest manifest, Path folder, boolean resume, ExperimentListener listener)
            throws IOException {
        String command = "cjsim " + String.join(" ", manifest.commandLine());
        try (StudyFolder claimed = resume ? StudyFolder.resume(folder, command) : StudyFolder.create(folder, command)) {
            return run(manifest, claimed, listener);
        }
    }

    /**
     * Runs {@code manifest}'s plan into the claimed {@code folder}. When resuming ({@link
     * StudyFolder#resumed()}), the replications already in the folder that match the plan are taken; if the
     * folder's study is finished already and complete, nothing is run or written.
     *
     * @param manifest the manifest of the study (for a resumed one, {@link Manifest#resuming})
     * @param listener hears about progress (a progress bar); may be {@link ExperimentListener#NONE}
     * @throws IOException if a file cannot be written or read
     */
    public static Outcome run(Manifest manifest, StudyFolder folder, ExperimentListener listener) throws IOException {
        return run(manifest, folder, listener, null);
    }

    /**
     * Runs as {@link #run(Manifest, StudyFolder, ExperimentListener)}, with the replications of a resumed
     * folder already read ({@code found}; null to read them), e.g. by a merge that checked them.
     */
    static Outcome run(Manifest manifest, StudyFolder folder, ExperimentListener listener, ResultsReader.Found read)
            throws IOException {
        Plan plan = manifest.plan();
        Path path = folder.path();
        long start = System.nanoTime();
        ResultsWriter writer = null;
        boolean writing = false;
        try {
            ResultsReader.Found found = read != null
                    ? read
                    : folder.resumed() ? ResultsReader.replications(path, plan) : ResultsReader.Found.none(plan);
            int done = found.count();
            int total = found.gathered().total();
            if (isFinished(folder, found, total)) {
                Manifest stored = folder.manifest();
                double wall = Double.isNaN(stored.wallSeconds()) ? 0 : stored.wallSeconds();
                Results results = Results.of(stored.plan(), found.gathered().result(wall));
                return new Outcome(results, stored, 0, done, List.of(), true);
            }
            writing = true;
            writer = ResultsWriter.start(path, manifest, found.replications());
            ExperimentResult experiment = Experiment.run(found.gathered(), both(listener, writer));
            Results results = Results.of(plan, experiment);
            Manifest finished = manifest.asFinished(seconds(start));
            writer.finish(results, finished);
            return new Outcome(results, finished, total - done, done, found.skipped(), false);
        } catch (Throwable e) {
            // Whatever went wrong (a full disk, lack of memory, a bug), the replications written so far stay
            // and the manifest says that the study failed and why.
            if (writer != null) {
                try {
                    writer.close();
                } catch (Throwable also) {
                    suppress(e, also);
                }
            }
            if (writing && Files.exists(path.resolve(ResultsFolder.MANIFEST))) {
                try {
                    manifest.asFailed(seconds(start), reason(e)).write(path);
                } catch (Throwable also) {
                    suppress(e, also);
                }
            }
            throw e;
        }
    }

    private static void suppress(Throwable e, Throwable also) {
        // The writer's close throws its first failure again, which may be e itself.
        if (also != e) {
            e.addSuppressed(also);
        }
    }

    /**
     * Whether a resumed folder holds its study finished already: marked finished, every replication there
     * and usable, and every aggregate file present.
     */
    private static boolean isFinished(StudyFolder folder, ResultsReader.Found found, int total) {
        if (!folder.resumed()
                || !Manifest.FINISHED.equals(folder.manifest().status())
                || !found.skipped().isEmpty()
                || found.count() != total) {
            return false;
        }
        for (String file : ResultFiles.aggregateFiles(folder.manifest().plan().study())) {
            if (!Files.isRegularFile(folder.path().resolve(file))) {
                return false;
            }
        }
        return true;
    }

    /** Why a study failed, in one line for the manifest. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return "out of memory: Java was given at most "
                        + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MB (give it more with CJSIM_JAVA_OPTS, e.g. CJSIM_JAVA_OPTS=-Xmx8g)";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return oneLine("could not read or write a file: " + StudyFolder.reason(io));
            }
        }
        if (e instanceof ExperimentException && e.getMessage() != null) {
            return oneLine(e.getMessage());
        }
        return oneLine(e.toString());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
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

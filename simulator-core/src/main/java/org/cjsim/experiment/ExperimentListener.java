package org.cjsim.experiment;

/**
 * Hears about an experiment while it runs, for progress bars and for writing results as they arrive. Calls
 * come from worker threads but never at the same time (they are serialised by the experiment).
 */
public interface ExperimentListener {
    /** A listener that ignores everything. */
    ExperimentListener NONE = new ExperimentListener() {};

    /**
     * The experiment starts.
     *
     * @param runs replications to run now
     * @param alreadyDone replications carried over from an earlier, interrupted experiment
     * @param totalDays simulated days to run now, for a progress bar
     */
    default void started(int runs, int alreadyDone, long totalDays) {}

    /** One more simulated day has been completed by some replication; {@code daysDone} counts them all. */
    default void progress(long daysDone, long totalDays) {}

    /** A replication has finished; {@code done} of {@code total} are finished now. */
    default void replicationFinished(ReplicationResult result, int done, int total) {}
}

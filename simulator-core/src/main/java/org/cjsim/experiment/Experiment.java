package org.cjsim.experiment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.metrics.RunResult;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Seeds;

/**
 * Runs replications of scenarios in parallel and gathers their statistics.
 *
 * <p>Replication {@code k} of every scenario uses the seed {@link Seeds#replication(long, int)
 * Seeds.replication(masterSeed, k)}, so scenarios compared on the same index share common random numbers,
 * and each replication's result depends only on its scenario, seed and world (replication {@code k} runs in
 * the same plausible world for every scenario, {@link Worlds}): the results are bit-identical whatever the
 * number of threads. Results reach the listener as replications finish, so that callers can
 * write them as they arrive; an interrupted experiment can be resumed by passing the replications already
 * done.
 */
public final class Experiment {
    private Experiment() {}

    /** Runs every replication of every scenario. */
    public static ExperimentResult run(
            List<ScenarioParams> scenarios, ExperimentSettings settings, ExperimentListener listener) {
        return run(scenarios, settings, listener, List.of());
    }

    /**
     * Runs the replications of {@code scenarios} that are not in {@code done} and returns the result of
     * all of them together.
     *
     * @param done replications finished earlier (e.g. read back from an interrupted run's files); those
     *     that do not belong to this experiment are ignored
     * @throws IllegalArgumentException if two scenarios share a name
     * @throws ExperimentException if a replication fails
     */
    public static ExperimentResult run(
            List<ScenarioParams> scenarios,
            ExperimentSettings settings,
            ExperimentListener listener,
            Collection<ReplicationResult> done) {
        return run(new Gatherer(scenarios, settings, null).addAll(done), listener);
    }

    /**
     * Runs the replications of {@code gatherer}'s scenarios that it does not hold yet, replication by
     * replication (every scenario's replication {@code k} before any scenario's {@code k + 1}, so that the
     * gatherer can fold them as they come), and returns the result of all of them together. At most a few
     * replications per thread are finished and waiting to be gathered at any time.
     *
     * @throws ExperimentException if a replication fails
     */
    public static ExperimentResult run(Gatherer gatherer, ExperimentListener listener) {
        long start = System.nanoTime();
        ExperimentSettings settings = gatherer.settings();
        List<ScenarioParams> scenarios = gatherer.scenarios();
        List<Task> tasks = new ArrayList<>();
        long totalDays = 0;
        for (int k = 0; k < settings.replications(); k++) {
            for (ScenarioParams s : scenarios) {
                if (!gatherer.has(s.name(), k)) {
                    tasks.add(new Task(s, k));
                    totalDays += s.horizon().days();
                }
            }
        }
        int already = gatherer.size();
        Progress progress = new Progress(listener, already, gatherer.total(), totalDays);
        listener.started(tasks.size(), already, totalDays);

        int threads = Math.min(settings.threads(), Math.max(1, tasks.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Submitted in order and gathered in the same order: a finished replication waits at most for
            // those submitted before it, and no more than `window` are submitted ahead of the gatherer.
            int window = 4 * threads + scenarios.size();
            ArrayDeque<Future<ReplicationResult>> running = new ArrayDeque<>();
            ArrayDeque<Task> submitted = new ArrayDeque<>();
            for (Task t : tasks) {
                if (running.size() >= window) {
                    gatherer.add(await(running.poll(), submitted.poll()));
                }
                running.add(pool.submit(() -> progress.finished(runOne(t, settings, progress))));
                submitted.add(t);
            }
            while (!running.isEmpty()) {
                gatherer.add(await(running.poll(), submitted.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return gatherer.result((System.nanoTime() - start) / 1e9);
    }

    /** Runs replication {@code index} of {@code scenario} alone. */
    public static ReplicationResult replicate(ScenarioParams scenario, long masterSeed, int index, boolean keepDaily) {
        return replicate(scenario, new ExperimentSettings(index + 1, masterSeed, 1, keepDaily), index);
    }

    /** Runs replication {@code index} of {@code scenario} alone, with the seed and worlds of {@code settings}. */
    public static ReplicationResult replicate(ScenarioParams scenario, ExperimentSettings settings, int index) {
        return runOne(new Task(scenario, index), settings, null);
    }

    private static ReplicationResult runOne(Task t, ExperimentSettings settings, Progress progress) {
        long seed = Seeds.replication(settings.masterSeed(), t.index);
        long start = System.nanoTime();
        CustomerJourneyModel model = new CustomerJourneyModel(settings.worlds().apply(t.scenario, t.index), seed);
        if (progress != null) {
            model.setDayListener(day -> progress.day());
        }
        RunResult run = model.run();
        if (!settings.keepDaily()) {
            run = run.withoutDaily();
        }
        return new ReplicationResult(t.scenario.name(), t.index, seed, run, (System.nanoTime() - start) / 1e9);
    }

    private static ReplicationResult await(Future<ReplicationResult> future, Task task) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExperimentException("interrupted while running " + task, e);
        } catch (ExecutionException e) {
            throw new ExperimentException(
                    "replication " + task.index + " of " + task.scenario.name() + " failed: " + e.getCause(),
                    e.getCause());
        }
    }

    private record Task(ScenarioParams scenario, int index) {
        @Override
        public String toString() {
            return "replication " + index + " of " + scenario.name();
        }
    }

    /** Serialises listener calls from the worker threads. */
    private static final class Progress {
        private final ExperimentListener listener;
        private final int total;
        private final long totalDays;
        private final AtomicLong days = new AtomicLong();
        private int done;

        Progress(ExperimentListener listener, int done, int total, long totalDays) {
            this.listener = listener;
            this.done = done;
            this.total = total;
            this.totalDays = totalDays;
        }

        void day() {
            long d = days.incrementAndGet();
            synchronized (this) {
                listener.progress(d, totalDays);
            }
        }

        synchronized ReplicationResult finished(ReplicationResult r) {
            done++;
            listener.replicationFinished(r, done, total);
            return r;
        }
    }
}

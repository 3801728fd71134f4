package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        long start = System.nanoTime();
        Set<String> names = new HashSet<>();
        for (ScenarioParams s : scenarios) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two scenarios are called " + s.name());
            }
        }
        Map<String, ReplicationResult> finished = new HashMap<>();
        for (ReplicationResult r : done) {
            if (names.contains(r.scenario()) && r.replication() < settings.replications()) {
                finished.put(key(r.scenario(), r.replication()), r);
            }
        }
        List<Task> tasks = new ArrayList<>();
        long totalDays = 0;
        for (ScenarioParams s : scenarios) {
            for (int k = 0; k < settings.replications(); k++) {
                if (!finished.containsKey(key(s.name(), k))) {
                    tasks.add(new Task(s, k));
                    totalDays += s.horizon().days();
                }
            }
        }
        int total = scenarios.size() * settings.replications();
        Progress progress = new Progress(listener, finished.size(), total, totalDays);
        listener.started(tasks.size(), finished.size(), totalDays);

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), Math.max(1, tasks.size())));
        try {
            List<Future<ReplicationResult>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(pool.submit(() -> progress.finished(runOne(t, settings, progress))));
            }
            for (int i = 0; i < futures.size(); i++) {
                ReplicationResult r = await(futures.get(i), tasks.get(i));
                finished.put(key(r.scenario(), r.replication()), r);
            }
        } finally {
            pool.shutdownNow();
        }
        return ExperimentResult.of(scenarios, settings, finished.values(), (System.nanoTime() - start) / 1e9);
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

    private static String key(String scenario, int replication) {
        return scenario + "\u0000" + replication;
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

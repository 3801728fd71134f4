package org.cjsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.params.ScenarioParams;

/**
 * Gathers an experiment's replications, given in any order, into its result ({@link #result}), in memory that
 * does not grow with the number of replications' daily series.
 *
 * <p>Each scenario keeps the daily series of its first {@link DailyStatistics#KEPT_REPLICATIONS}
 * replications whole. Once every scenario has replication {@code k}, for {@code k} beyond those, the
 * replication is folded into its scenario's running statistics ({@link DailyMoments}; with its paired
 * difference to the reference scenario, if one is given) and its daily series are dropped; its summary
 * metrics stay. Replications are folded in index order, whatever the order they arrive in, so that the
 * result is the same whatever the threads, the order of files or the way a study was split. Only
 * replications that arrive ahead of a missing one wait whole.
 */
public final class Gatherer {
    private final List<ScenarioParams> scenarios;
    private final ExperimentSettings settings;
    private final Map<String, Integer> index = new HashMap<>();
    private final ReplicationResult[][] slots;
    private final int reference;
    private final int kept;
    private DailyMoments[] moments;
    private int frontier;
    private int count;

    /**
     * @param scenarios the scenarios, in order; their names are distinct
     * @param settings the experiment's settings (the number of replications of each scenario)
     * @param reference the scenario whose paired daily differences to every other scenario are followed
     *     beyond the replications kept whole (a comparison's reference), or null for none
     * @throws IllegalArgumentException if two scenarios share a name, or {@code reference} is not among them
     */
    public Gatherer(List<ScenarioParams> scenarios, ExperimentSettings settings, String reference) {
        this(scenarios, settings, reference, DailyStatistics.KEPT_REPLICATIONS);
    }

    /** A gatherer that keeps the daily series of the first {@code kept} replications whole (for tests). */
    Gatherer(List<ScenarioParams> scenarios, ExperimentSettings settings, String reference, int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("at least one replication must be kept whole, got " + kept);
        }
        this.kept = kept;
        this.scenarios = List.copyOf(scenarios);
        this.settings = settings;
        for (int i = 0; i < this.scenarios.size(); i++) {
            if (index.put(this.scenarios.get(i).name(), i) != null) {
                throw new IllegalArgumentException(
                        "two scenarios are called " + this.scenarios.get(i).name());
            }
        }
        Integer r = reference == null ? Integer.valueOf(-1) : index.get(reference);
        if (r == null) {
            throw new IllegalArgumentException("the reference " + reference + " is not among the scenarios");
        }
        this.reference = r;
        this.slots = new ReplicationResult[this.scenarios.size()][settings.replications()];
    }

    public List<ScenarioParams> scenarios() {
        return scenarios;
    }

    public ExperimentSettings settings() {
        return settings;
    }

    /**
     * Takes a replication. One of another scenario, beyond the number of replications, or already taken is
     * ignored.
     *
     * @return true if it was taken
     */
    public synchronized boolean add(ReplicationResult r) {
        Integer s = index.get(r.scenario());
        int k = r.replication();
        if (s == null || k < 0 || k >= settings.replications() || slots[s][k] != null) {
            return false;
        }
        slots[s][k] = r;
        count++;
        while (frontier < settings.replications() && complete(frontier)) {
            fold(frontier++);
        }
        return true;
    }

    /** Takes every replication of {@code replications} ({@link #add}), in their order; returns this gatherer. */
    public Gatherer addAll(Collection<ReplicationResult> replications) {
        for (ReplicationResult r : replications) {
            add(r);
        }
        return this;
    }

    /** True when replication {@code k} of {@code scenario} was taken. */
    public synchronized boolean has(String scenario, int k) {
        Integer s = index.get(scenario);
        return s != null && k >= 0 && k < settings.replications() && slots[s][k] != null;
    }

    /** The number of replications taken. */
    public synchronized int size() {
        return count;
    }

    /** The number of replications of a complete experiment: scenarios times replications. */
    public int total() {
        return scenarios.size() * settings.replications();
    }

    /**
     * Every replication taken, scenario by scenario in order, then by index; those beyond the ones kept whole
     * without their daily series once folded.
     */
    public synchronized List<ReplicationResult> replications() {
        List<ReplicationResult> list = new ArrayList<>(count);
        for (ReplicationResult[] row : slots) {
            for (ReplicationResult r : row) {
                if (r != null) {
                    list.add(r);
                }
            }
        }
        return list;
    }

    /**
     * The experiment's result: every scenario with all its replications and the statistics of its daily
     * series.
     *
     * @throws IllegalArgumentException if a replication is missing
     */
    public synchronized ExperimentResult result(double wallSeconds) {
        if (count < total()) {
            throw new IllegalArgumentException((total() - count) + " of " + total() + " replications are missing");
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            results.add(
                    new ScenarioResult(scenarios.get(s), Arrays.asList(slots[s]), moments == null ? null : moments[s]));
        }
        return new ExperimentResult(settings, List.copyOf(results), wallSeconds);
    }

    private boolean complete(int k) {
        for (ReplicationResult[] row : slots) {
            if (row[k] == null) {
                return false;
            }
        }
        return true;
    }

    /** Folds replication {@code k} of every scenario, once every scenario has it. */
    private void fold(int k) {
        if (k < kept || !settings.keepDaily()) {
            return;
        }
        if (moments == null) {
            String name = reference < 0 ? null : scenarios.get(reference).name();
            moments = new DailyMoments[scenarios.size()];
            for (int s = 0; s < scenarios.size(); s++) {
                moments[s] = new DailyMoments(s == reference ? null : name, kept);
            }
            for (int j = 0; j < kept; j++) {
                foldDaily(j);
            }
        }
        foldDaily(k);
        for (ReplicationResult[] row : slots) {
            ReplicationResult r = row[k];
            row[k] = new ReplicationResult(
                    r.scenario(), r.replication(), r.seed(), r.run().withoutDaily(), r.seconds());
        }
    }

    private void foldDaily(int k) {
        float[][] referenceDaily =
                reference < 0 ? null : slots[reference][k].run().daily();
        for (int s = 0; s < scenarios.size(); s++) {
            moments[s].add(slots[s][k].run().daily(), s == reference ? null : referenceDaily);
        }
    }
}

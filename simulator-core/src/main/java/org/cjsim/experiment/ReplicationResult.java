package org.cjsim.experiment;

import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;

/**
 * One finished replication of one scenario.
 *
 * @param scenario the scenario's name
 * @param replication the replication index, from 0
 * @param seed the replication seed, derived from the master seed and the index ({@link
 *     org.cjsim.random.Seeds#replication})
 * @param run what the run produced
 * @param seconds wall-clock time of the run
 */
public record ReplicationResult(String scenario, int replication, long seed, RunResult run, double seconds) {

    /** The value of a summary metric. */
    public double get(SummaryMetric metric) {
        return run.get(metric);
    }
}

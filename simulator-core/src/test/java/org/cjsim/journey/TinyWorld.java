package org.cjsim.journey;

import java.util.HashMap;
import java.util.Map;
import org.cjsim.customer.CustomerResponse;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.service.Case;
import sim.engine.SimState;

/**
 * A world of a few people on a fresh schedule with none of the daily phases: tests call the phases and the
 * rules themselves, so every event is forced. The desk is staffed for the scenario but closed (nobody
 * serves: no shift is scheduled) unless the scenario keeps it always open.
 */
final class TinyWorld {
    final SimState state = new SimState(1);
    final Run run;

    /** {@code people} people, all customers unless {@code market.initialCustomerShare} is changed. */
    TinyWorld(int people, Object... pathsAndValues) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("market.population", people);
        changes.put("market.initialCustomerShare", 1.0);
        changes.put("network.type", "mixed");
        changes.put("customers.unreasonableShare", 0.0);
        changes.put("employees.hiringLagDays", 0);
        changes.put("employees.annualTurnover", 0.0);
        for (int k = 0; k < pathsAndValues.length; k += 2) {
            changes.put((String) pathsAndValues[k], pathsAndValues[k + 1]);
        }
        ScenarioParams s = Params.with(ScenarioParams.defaults(), changes);
        state.start();
        run = new Run(s, 7, state.schedule);
    }

    /** Runs the scheduled events up to and including {@code time}, and none after it. */
    void runUntil(double time) {
        state.schedule.scheduleOnce(time, Integer.MIN_VALUE, s -> {});
        while (state.schedule.getTime() < time && state.schedule.step(state)) {
            // only the forced events
        }
    }

    /**
     * The satisfaction the recovery curve gives back for case {@code k} resolved at {@code now} with the
     * share {@code compensation} of its damage compensated, {@code owned} if an honest employee owned the
     * company's mistake: what the tests expect of {@link Recovery}, from the curve itself.
     */
    static double expectedRecovery(
            org.cjsim.params.RecoveryParams r, Case k, double now, double compensation, boolean owned) {
        return CustomerResponse.recovery(
                r.recoveryMax(),
                r.recoveryTauDays(),
                now - k.issueTime,
                CustomerResponse.fairness(r.fairnessBase(), compensation),
                owned,
                r.ownershipBonus(),
                k.repeatFailure,
                r.repeatRecoveryFactor(),
                k.severity,
                r.severeThreshold(),
                r.severeRecoveryCap(),
                k.damage);
    }
}

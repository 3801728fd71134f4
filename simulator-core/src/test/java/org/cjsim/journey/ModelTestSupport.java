package org.cjsim.journey;

import java.util.HashMap;
import java.util.Map;
import org.cjsim.metrics.RunResult;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/** Small, fast scenarios for tests of the model's mechanisms. */
final class ModelTestSupport {
    private ModelTestSupport() {}

    /** The defaults with 3,000 people over one year, plus {@code changes}. */
    static ScenarioParams small(Object... pathsAndValues) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("market.population", 3000);
        changes.put("horizon.days", 365);
        for (int k = 0; k < pathsAndValues.length; k += 2) {
            changes.put((String) pathsAndValues[k], pathsAndValues[k + 1]);
        }
        return Params.with(ScenarioParams.defaults(), changes);
    }

    static RunResult run(ScenarioParams s, long seed) {
        return new CustomerJourneyModel(s, seed).run();
    }
}

package org.cjsim.output;

import java.util.List;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLibrary;
import org.cjsim.scenarios.ScenarioLoader;

/** Small, fast scenarios for tests: 300 people for 30 days. */
final class Tiny {
    private Tiny() {}

    static ScenarioParams scenario(String builtIn) {
        try {
            return ScenarioLoader.override(
                    ScenarioLibrary.get(builtIn), List.of("market.population=300", "horizon.days=30"), "--set");
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExperimentSettings settings(int replications) {
        return new ExperimentSettings(replications, 42, 2, true);
    }
}

package org.cjsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.SingleRun;
import org.cjsim.output.Plan;
import org.cjsim.scenarios.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cjsim run SCENARIO}: replications of one scenario. */
@Command(
        name = "run",
        header = "Replications of one scenario, with 95%% confidence intervals.",
        sortOptions = false,
        showDefaultValues = false,
        customSynopsis = {"cjsim run SCENARIO [OPTIONS]", "  or:  cjsim run --resume DIR [--threads N]"},
        description = {
            "Runs replications of one scenario and prints its main metrics with their 95%% confidence intervals.",
            ""
        })
final class RunCommand extends StudyCommand {
    @Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "A built-in scenario (cjsim scenarios list) or a scenario file (.yaml).")
    String scenario;

    @Override
    String study() {
        return SingleRun.KEY;
    }

    @Override
    Plan plan(ExperimentSettings settings) throws ScenarioException {
        if (scenario == null) {
            throw new BadInputException(
                    List.of(
                            "give the scenario to run, e.g. cjsim run baseline",
                            "(cjsim scenarios list shows the built-in ones; --resume DIR continues a run)"),
                    null);
        }
        return Plan.run(resolve(List.of(scenario)).get(0), settings);
    }

    @Override
    List<String> planArguments() {
        List<String> given = new ArrayList<>();
        if (scenario != null) {
            given.add("SCENARIO");
        }
        return given;
    }
}

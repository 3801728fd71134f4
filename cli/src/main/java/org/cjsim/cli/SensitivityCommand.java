package org.cjsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.output.Plan;
import org.cjsim.params.Params;
import org.cjsim.scenarios.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cjsim sensitivity SCENARIO}: each lever at its low and high value. */
@Command(
        name = "sensitivity",
        header = "Each lever at its low and high value: the data of a tornado chart.",
        sortOptions = false,
        customSynopsis = {"cjsim sensitivity SCENARIO [OPTIONS]", "  or:  cjsim sensitivity --resume DIR [--threads N]"
        },
        description = {
            "One lever at a time: runs the scenario with each strategy lever at a low and at a high value"
                    + " (cjsim scenarios show lists the levers) and ranks the levers by their effect on net"
                    + " contribution: the data of a tornado chart. The ends are each lever's usual low and high"
                    + " values (docs/parameters.md); where the base lies at or beyond one of them, that end moves"
                    + " to half the usual range beyond the base, and a note says so.",
            ""
        })
final class SensitivityCommand extends StudyCommand {
    @Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "The base: a built-in scenario (cjsim scenarios list) or a scenario file (.yaml).")
    String scenario;

    @Override
    String study() {
        return Sensitivity.KEY;
    }

    @Override
    Plan plan(ExperimentSettings settings) throws ScenarioException {
        if (scenario == null) {
            throw new BadInputException(
                    List.of(
                            "give the base scenario, e.g. cjsim sensitivity baseline",
                            "(--resume DIR continues an interrupted sensitivity analysis)"),
                    null);
        }
        return Plan.sensitivity(resolve(List.of(scenario)).get(0), Params.levers(), settings);
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

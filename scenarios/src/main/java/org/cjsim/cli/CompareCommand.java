package org.cjsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.output.Plan;
import org.cjsim.output.Results;
import org.cjsim.output.Study;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLibrary;
import org.cjsim.scenarios.ScenarioLoader;
import org.cjsim.scenarios.ScenarioProblem;
import org.cjsim.scenarios.ScenarioTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cjsim compare [SCENARIO...]}: strategies side by side against a reference. */
@Command(
        name = "compare",
        header = "Strategies ranked by net contribution against a reference (the main job).",
        sortOptions = false,
        customSynopsis = {"cjsim compare [SCENARIO...] [OPTIONS]", "  or:  cjsim compare --resume DIR [--threads N]"},
        description = {
            "Runs strategies side by side under common random numbers and ranks them by their difference in"
                    + " net contribution to a reference, with its 95%% confidence interval. With no SCENARIO,"
                    + " compares the whole built-in library.",
            ""
        })
final class CompareCommand extends StudyCommand {
    @Parameters(
            arity = "0..*",
            paramLabel = "SCENARIO",
            description = "Built-in scenarios (cjsim scenarios list) or scenario files (.yaml). Default: every"
                    + " built-in scenario.")
    List<String> scenarios = new ArrayList<>();

    @Option(
            names = "--reference",
            order = 1,
            paramLabel = "SCENARIO",
            defaultValue = "baseline",
            description = "The scenario the others are compared with; added if not among SCENARIO."
                    + " Default: ${DEFAULT-VALUE}.")
    String reference;

    @Override
    Study study() {
        return Study.COMPARE;
    }

    @Override
    Plan plan(ExperimentSettings settings) throws ScenarioException {
        List<ScenarioParams> list = scenarios.isEmpty() ? resolve(ScenarioLibrary.names()) : resolve(scenarios);
        ScenarioParams ref;
        try {
            ref = adjust(ScenarioLoader.resolve(reference, Path.of("")));
        } catch (ScenarioException e) {
            throw new ScenarioException(e.problems().stream()
                    .map(p -> new ScenarioProblem(
                            "--reference " + p.source(), p.line(), p.column(), p.path(), p.message()))
                    .toList());
        }
        Map<String, String> seen = new java.util.HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i).name();
            String source = scenarios.isEmpty() ? name : scenarios.get(i);
            String previous = seen.put(name, source);
            if (previous != null) {
                throw new BadInputException(
                        List.of(
                                "two scenarios are called " + name + " (" + previous + " and " + source + ");",
                                "give one another name: with its name key, or by naming its file differently"),
                        null);
            }
        }
        ScenarioParams sameName = list.stream()
                .filter(s -> s.name().equals(ref.name()))
                .findFirst()
                .orElse(null);
        if (sameName == null) {
            list.add(0, ref);
        } else if (!sameName.equals(ref)) {
            throw new BadInputException(
                    List.of(
                            "the reference " + reference + " and the scenario " + seen.get(ref.name())
                                    + " are both called " + ref.name() + " but differ in "
                                    + String.join(
                                            ", ",
                                            ScenarioTree.differences(ref, sameName)
                                                    .keySet()),
                            "give one of them another name"),
                    null);
        }
        if (list.size() < 2) {
            throw new BadInputException(
                    List.of(
                            "nothing to compare: give at least one scenario besides the reference " + ref.name() + ",",
                            "e.g. cjsim compare empowered honest (or no scenario at all for the whole library)"),
                    null);
        }
        return Plan.compare(list, ref.name(), settings);
    }

    @Override
    List<String> planArguments() {
        List<String> given = new ArrayList<>();
        if (!scenarios.isEmpty()) {
            given.add("SCENARIO");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--reference")) {
            given.add("--reference");
        }
        return given;
    }

    @Override
    void table(PrintWriter out, Results results) {
        Tables.compare(out, results);
    }
}

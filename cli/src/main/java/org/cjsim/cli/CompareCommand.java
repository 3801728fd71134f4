package org.cjsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.output.Plan;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLibrary;
import org.cjsim.scenarios.ScenarioLoader;
import org.cjsim.scenarios.ScenarioProblem;
import org.cjsim.scenarios.ScenarioTree;
import org.cjsim.scenarios.ScenarioYaml;
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
            description = "The scenario the others are compared with: one of SCENARIO (by the name or file given,"
                    + " or by its name: key), or a built-in scenario or file, added if not among SCENARIO."
                    + " Default: ${DEFAULT-VALUE}.")
    String reference;

    @Option(
            names = "--allow-different-worlds",
            order = 2,
            description = "Compare scenarios that differ from the reference in more than their strategy (market,"
                    + " customers, service, economics, horizon...). Without it such a comparison is refused: its"
                    + " differences would not be the strategies' alone.")
    boolean allowDifferentWorlds;

    @Override
    String study() {
        return Comparison.KEY;
    }

    @Override
    Plan plan(ExperimentSettings settings) throws ScenarioException {
        Set<String> given = new HashSet<>();
        for (String a : scenarios) {
            if (!given.add(a.trim())) {
                throw new BadInputException("SCENARIO " + a.trim() + " is given twice: give each scenario once");
            }
        }
        List<String> sources = scenarios.isEmpty() ? ScenarioLibrary.names() : scenarios;
        List<ScenarioParams> list = resolve(sources);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i).name();
            String previous = seen.put(name, sources.get(i));
            if (previous != null) {
                throw new BadInputException(
                        List.of(
                                "two scenarios are called " + name + " (" + previous + " and " + sources.get(i) + ");",
                                "give one another name: with its name key, or by naming its file differently"),
                        null);
            }
        }
        ScenarioParams ref = loaded(list, sources);
        if (ref == null) {
            try {
                ref = adjust(ScenarioLoader.resolve(reference, Path.of("")));
            } catch (ScenarioException e) {
                throw new ScenarioException(e.problems().stream()
                        .map(p -> new ScenarioProblem(
                                "--reference " + p.source(), p.line(), p.column(), p.path(), p.message()))
                        .toList());
            }
            String refName = ref.name();
            ScenarioParams sameName = list.stream()
                    .filter(s -> s.name().equals(refName))
                    .findFirst()
                    .orElse(null);
            if (sameName == null) {
                list.add(0, ref);
            } else if (!sameName.equals(ref)) {
                throw new BadInputException(
                        List.of(
                                "the reference " + reference + " and the scenario " + seen.get(refName)
                                        + " are both called " + refName + " but differ in "
                                        + String.join(
                                                ", ",
                                                ScenarioTree.differences(ref, sameName)
                                                        .keySet()),
                                "give one of them another name"),
                        null);
            }
        }
        if (list.size() < 2) {
            throw new BadInputException(
                    List.of(
                            "nothing to compare: give at least one scenario besides the reference " + ref.name() + ",",
                            "e.g. cjsim compare empowered honest (or no scenario at all for the whole library)"),
                    null);
        }
        if (!allowDifferentWorlds) {
            checkOneWorld(list, ref);
        }
        return Plan.compare(list, ref.name(), settings);
    }

    /**
     * The scenario among {@code list} that {@code --reference} names: by the argument that loaded it, or by
     * its name (as written, or with the {@code *} of {@code --set}); null if none.
     */
    private ScenarioParams loaded(List<ScenarioParams> list, List<String> sources) {
        String r = reference.trim();
        for (int i = 0; i < list.size(); i++) {
            if (sources.get(i).trim().equals(r)) {
                return list.get(i);
            }
        }
        for (ScenarioParams s : list) {
            String name = s.name();
            if (name.equals(r) || (name.endsWith(Plan.CHANGED) && name.equals(r + Plan.CHANGED))) {
                return s;
            }
        }
        return null;
    }

    /** Refuses a comparison whose scenarios differ from the reference in more than their strategy. */
    private static void checkOneWorld(List<ScenarioParams> list, ScenarioParams ref) {
        Map<String, List<String>> worlds = Tables.otherWorlds(list, ref);
        if (worlds.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add((worlds.size() == 1 ? worlds.keySet().iterator().next() + " differs" : "scenarios differ")
                + " from the reference " + ref.name() + " in more than the strategy:");
        lines.addAll(Tables.otherWorldLines(worlds));
        ScenarioParams first = list.stream()
                .filter(s -> worlds.containsKey(s.name()))
                .findFirst()
                .orElseThrow();
        String path = ScenarioTree.differences(ref, first).keySet().stream()
                .filter(Tables::isWorld)
                .findFirst()
                .orElseThrow();
        lines.add("so the differences would not be the strategy's alone. Give every scenario the same world");
        lines.add("(--set " + path + "="
                + ScenarioYaml.scalar(ScenarioTree.differences(ref, first).get(path))
                + " sets it in all), or compare anyway with --allow-different-worlds.");
        throw new BadInputException(lines, null);
    }

    @Override
    List<String> planArguments() {
        List<String> given = new ArrayList<>();
        if (!scenarios.isEmpty()) {
            given.add("SCENARIO");
        }
        for (String option : List.of("--reference", "--allow-different-worlds")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                given.add(option);
            }
        }
        return given;
    }
}

package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.Suggestions;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLibrary;
import org.cjsim.scenarios.ScenarioLoader;
import org.cjsim.scenarios.ScenarioProblem;
import org.cjsim.scenarios.ScenarioTree;
import org.cjsim.scenarios.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim scenarios list | show | validate | init}: the scenario library and scenario files. */
@Command(
        name = "scenarios",
        header = "The built-in scenarios and scenario files: list, show, validate, init.",
        description = {"Lists, shows, checks and copies scenarios.", ""},
        subcommands = {
            ScenariosCommand.List.class,
            ScenariosCommand.Show.class,
            ScenariosCommand.Validate.class,
            ScenariosCommand.Init.class
        })
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** Base of the subcommands: the verbosity options. */
    abstract static class Sub implements Callable<Integer>, Verbose {
        @Spec
        CommandSpec spec;

        @Mixin
        VerbosityOptions verbosity;

        @Mixin
        HelpOption help;

        @Override
        public boolean verbose() {
            return verbosity.verbose;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(
            name = "list",
            header = "Lists the built-in scenarios.",
            description = {"Lists the built-in scenarios with their descriptions.", ""})
    static final class List extends Sub {
        @Override
        public Integer call() {
            PrintWriter out = out();
            out.println("Built-in scenarios (cjsim scenarios show NAME prints one in full):");
            out.println();
            for (String name : ScenarioLibrary.names()) {
                ScenarioParams s = ScenarioLibrary.get(name);
                java.util.List<String> lines = wrap(s.description(), 100 - 22);
                for (int i = 0; i < lines.size(); i++) {
                    out.printf("  %-18s  %s%n", i == 0 ? name : "", lines.get(i));
                }
                Map<String, Object> changes = ScenarioTree.differences(ScenarioParams.defaults(), s);
                if (!changes.isEmpty()) {
                    java.util.List<String> items = new ArrayList<>();
                    changes.forEach((path, v) ->
                            items.add(path.substring(path.indexOf('.') + 1) + " " + ScenarioYaml.scalar(v)));
                    for (String line : wrap("Levers: " + String.join(", ", items), 100 - 22)) {
                        out.printf("  %-18s  %s%n", "", line);
                    }
                }
                out.println();
            }
            out.println("Compare them all with: cjsim compare");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "show",
            header = "Prints a scenario in full as commented YAML.",
            description = {
                "Prints a scenario in full as YAML: every parameter with its meaning, unit, valid range and,"
                        + " where it differs, the baseline's value.",
                ""
            })
    static final class Show extends Sub {
        @Parameters(paramLabel = "SCENARIO", description = "A built-in scenario or a scenario file (.yaml).")
        String scenario;

        @Override
        public Integer call() throws ScenarioException {
            out().print(ScenarioYaml.write(ScenarioLoader.resolve(scenario, Path.of(""))));
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "validate",
            header = "Checks scenario files and reports every problem.",
            description = {
                "Checks scenario files and reports every problem at once: the line, the parameter, what is"
                        + " allowed and what was given.",
                ""
            })
    static final class Validate extends Sub {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.yaml).")
        java.util.List<Path> files;

        @Override
        public Integer call() throws ScenarioException {
            java.util.List<ScenarioProblem> problems = new ArrayList<>();
            for (Path file : files) {
                try {
                    ScenarioParams s = ScenarioLoader.load(file);
                    Map<String, Object> changes = ScenarioTree.differences(ScenarioParams.defaults(), s);
                    out().println(file + ": valid scenario " + s.name() + " ("
                            + (changes.isEmpty()
                                    ? "the baseline's values"
                                    : changes.size() + (changes.size() == 1 ? " value differs" : " values differ")
                                            + " from the baseline: " + String.join(", ", changes.keySet()))
                            + ")");
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
            out().flush();
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "init",
            header = "Writes a new scenario file to edit, or an editable copy of a scenario.",
            customSynopsis = {
                "cjsim scenarios init NAME FILE [--from SCENARIO] [--set PATH=VALUE]... [--force]",
                "  or:  cjsim scenarios init SCENARIO FILE [--force]"
            },
            description = {
                "Writes a scenario into FILE with every parameter explained. With a new NAME, the scenario is"
                        + " called NAME and starts from the values of baseline (or of --from SCENARIO). With the"
                        + " name of a built-in scenario or a scenario file, FILE is a copy of it, named after FILE.",
                "",
                "Example: cjsim scenarios init my-strategy my-strategy.yaml --from empowered",
                ""
            })
    static final class Init extends Sub {
        /** The scenario a new one starts from when --from is not given. */
        static final String DEFAULT_FROM = "baseline";

        @Parameters(
                index = "0",
                paramLabel = "NAME",
                description = "The new scenario's name; or a built-in scenario or a scenario file to copy.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "The new scenario file, e.g. my-strategy.yaml.")
        Path file;

        @Option(
                names = "--from",
                paramLabel = "SCENARIO",
                description = "The built-in scenario or scenario file whose values a new NAME starts from."
                        + " Default: " + DEFAULT_FROM + ".")
        String from;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Option(
                names = "--set",
                paramLabel = "PATH=VALUE",
                description = "Change a parameter of the new scenario, e.g. strategy.latitude=0.8; repeatable.")
        java.util.List<String> sets = new java.util.ArrayList<>();

        @Override
        public Integer call() throws ScenarioException {
            String given = name.trim();
            if (given.isEmpty()) {
                throw new BadInputException("NAME must not be empty: give the new scenario a name, e.g. my-strategy");
            }
            if (given.chars().anyMatch(Character::isISOControl)) {
                throw new BadInputException(
                        "NAME must be one line of text without control characters, e.g. my-strategy");
            }
            if (given.endsWith(org.cjsim.output.Plan.CHANGED)) {
                throw new BadInputException("NAME must not end in " + org.cjsim.output.Plan.CHANGED + ", which marks a"
                        + " scenario changed with --set in tables, got " + given);
            }
            boolean copy = ScenarioLibrary.contains(given) || looksLikeFile(given);
            if (copy && from != null) {
                throw new BadInputException(
                        java.util.List.of(
                                "NAME " + given + " is "
                                        + (ScenarioLibrary.contains(given) ? "a built-in scenario" : "a file")
                                        + ": give the new scenario a name of its own with --from,",
                                "e.g. cjsim scenarios init my-strategy " + file + " --from " + from
                                        + " (or leave out --from to copy " + given + ")"),
                        null);
            }
            ScenarioParams source;
            try {
                source = ScenarioLoader.resolve(copy ? given : from != null ? from : DEFAULT_FROM, Path.of(""));
            } catch (ScenarioException e) {
                if (from == null) {
                    throw e;
                }
                throw new ScenarioException(e.problems().stream()
                        .map(p -> new ScenarioProblem(
                                "--from " + p.source(), p.line(), p.column(), p.path(), p.message()))
                        .toList());
            }
            if (Files.exists(file) && !force) {
                throw new BadInputException(file + " exists: choose another file, or replace it with --force");
            }
            if (!sets.isEmpty()) {
                source = ScenarioLoader.override(source, sets, "--set");
            }
            ScenarioParams written = copy
                    ? source.named(stem(file), source.description())
                    : source.named(
                            given,
                            "Starts from the values of " + source.name()
                                    + ": change the levers below and say here what the strategy is.");
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(file, ScenarioYaml.write(written));
            } catch (IOException e) {
                throw new BadInputException("cannot write " + file + ": " + StudyCommand.reason(e), e);
            }
            PrintWriter out = out();
            if (copy) {
                out.println("Wrote " + file + ": a copy of " + source.name() + " called " + written.name() + ".");
            } else {
                out.println("Wrote " + file + ": a new scenario called " + written.name() + ", with the values of "
                        + source.name() + ".");
                String closest = Suggestions.didYouMean(given, ScenarioLibrary.names());
                if (from == null && !closest.isEmpty()) {
                    out.println("(" + given + " is not a built-in scenario" + closest.replace(": did", "; did")
                            + " To copy a built-in scenario: cjsim scenarios init SCENARIO " + file + ")");
                }
            }
            String reference = from != null && !copy ? from : DEFAULT_FROM;
            out.println(
                    "Edit it, check it with cjsim scenarios validate " + file + ", and compare it with cjsim compare "
                            + file
                            + (written.name().equals(reference)
                                    ? ""
                                    : reference.equals(DEFAULT_FROM) ? " " + DEFAULT_FROM : " --reference " + reference)
                            + ".");
            out.flush();
            return ExitCodes.OK;
        }

        /** True for a NAME that names a file: a path, a .yaml name, or an existing file. */
        private static boolean looksLikeFile(String name) {
            return name.contains("/")
                    || name.contains("\\")
                    || name.endsWith(".yaml")
                    || name.endsWith(".yml")
                    || isFile(name);
        }

        private static boolean isFile(String name) {
            try {
                return Files.isRegularFile(Path.of(name));
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }

        private static String stem(Path file) {
            return file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
        }
    }

    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

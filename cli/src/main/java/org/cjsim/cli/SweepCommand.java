package org.cjsim.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.experiment.SweepDesign;
import org.cjsim.format.UnitFormat;
import org.cjsim.output.Plan;
import org.cjsim.params.ParamBinder;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cjsim sweep SCENARIO --vary PATH=FROM:TO:STEP}: a scenario over a grid or sample of parameter values. */
@Command(
        name = "sweep",
        header = "A scenario over a grid or sample of parameter values.",
        sortOptions = false,
        customSynopsis = {
            "cjsim sweep SCENARIO --vary PATH=FROM:TO:STEP [--vary ...] [OPTIONS]",
            "  or:  cjsim sweep SCENARIO --vary PATH=FROM:TO [--vary ...] --design lhs --samples N [OPTIONS]",
            "  or:  cjsim sweep --resume DIR [--threads N]"
        },
        description = {
            "Runs a scenario at every point of a grid over one or more numeric parameters (or at a Latin"
                    + " hypercube sample of their ranges) and shows how net contribution responds.",
            ""
        })
final class SweepCommand extends StudyCommand {
    /** Designs of a sweep. */
    enum Design {
        GRID,
        LHS;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Most design points of one sweep: a grid's combinations or a Latin hypercube's samples. */
    static final int MAX_POINTS = 10_000;

    @Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "The base: a built-in scenario (cjsim scenarios list) or a scenario file (.yaml).")
    String scenario;

    @Option(
            names = "--vary",
            order = 1,
            paramLabel = "PATH=FROM:TO:STEP",
            description = "A numeric parameter and its values, e.g. strategy.latitude=0:1:0.1 (from 0 to 1 in"
                    + " steps of 0.1); repeat for more parameters (a grid runs every combination). With --design"
                    + " lhs the step may be left out.")
    List<String> vary = new ArrayList<>();

    @Option(
            names = "--design",
            order = 2,
            paramLabel = "DESIGN",
            defaultValue = "grid",
            description = "grid: every combination of the values; lhs: a Latin hypercube sample of the ranges."
                    + " One of: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Design design;

    @Option(
            names = "--samples",
            order = 3,
            paramLabel = "N",
            description = "Points of a Latin hypercube (--design lhs), at most " + MAX_POINTS + ". Default: 20.")
    Integer samples;

    @Option(
            names = "--daily",
            order = 4,
            description = "Keep every run's daily series (in its replication file) and write their statistics for"
                    + " every point to timeseries-stats.csv. Without it a sweep keeps the summaries only: the daily"
                    + " series of many points take gigabytes of memory and disk.")
    boolean daily;

    @Override
    String study() {
        return Sweep.KEY;
    }

    /** Only with {@code --daily}: a sweep's many points would otherwise hold gigabytes of daily series. */
    @Override
    boolean keepDaily() {
        return daily;
    }

    @Override
    Plan plan(ExperimentSettings settings) throws ScenarioException {
        if (scenario == null) {
            throw new BadInputException(
                    List.of(
                            "give the base scenario, e.g. cjsim sweep baseline --vary strategy.latitude=0:1:0.1",
                            "(--resume DIR continues an interrupted sweep)"),
                    null);
        }
        if (vary.isEmpty()) {
            throw new BadInputException(
                    List.of(
                            "give at least one parameter to vary, e.g. --vary strategy.latitude=0:1:0.1",
                            "(PATH=FROM:TO:STEP; cjsim scenarios show baseline lists the parameters)"),
                    null);
        }
        if (design == Design.GRID && samples != null) {
            throw new BadInputException("--samples applies to --design lhs only; a grid runs every combination");
        }
        int n = samples == null ? 20 : samples;
        if (n < 1 || n > MAX_POINTS) {
            throw new BadInputException(
                    "--samples must be a whole number in [1, " + MAX_POINTS + "], got " + n + " (points of one sweep)");
        }
        List<SweepAxis> axes = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (String v : vary) {
            SweepAxis axis = axis(v);
            if (!paths.add(axis.path())) {
                throw new BadInputException("--vary " + axis.path() + " is given twice: give each parameter once");
            }
            axes.add(axis);
        }
        if (design == Design.GRID) {
            double points = 1;
            for (SweepAxis a : axes) {
                points *= a.values().size();
            }
            if (points > MAX_POINTS) {
                throw new BadInputException("the grid has " + UnitFormat.count(points) + " points, too many (at most "
                        + UnitFormat.count(MAX_POINTS) + "): use larger steps, or --design lhs --samples N");
            }
        }
        var base = resolve(List.of(scenario)).get(0);
        checkDistinct(
                base,
                axes,
                design == Design.LHS
                        ? SweepDesign.latinHypercube(axes, n, settings.masterSeed())
                        : SweepDesign.grid(axes),
                n);
        return design == Design.LHS
                ? Plan.sweep(base, axes, Sweep.LATIN_HYPERCUBE, n, settings)
                : Plan.sweep(base, axes, Sweep.GRID, 0, settings);
    }

    /**
     * Refuses a design with two points of the same name: values that differ only beyond the 10 significant
     * digits of a name (a grid step too fine), or a Latin hypercube whose whole-number parameters round
     * samples onto each other. Each point is a scenario, and scenarios are told apart by name.
     */
    private void checkDistinct(
            ScenarioParams base, List<SweepAxis> axes, List<Map<String, Double>> points, int samples) {
        long distinct = points.stream().map(p -> Sweep.name(base, p)).distinct().count();
        if (distinct == points.size()) {
            return;
        }
        if (design == Design.LHS) {
            throw new BadInputException(
                    List.of(
                            "--samples " + samples + " gives only " + distinct
                                    + (distinct == 1 ? " different point" : " different points") + " over these ranges"
                                    + (axes.stream().anyMatch(SweepAxis::integer)
                                            ? " (whole-number parameters are rounded);"
                                            : ";"),
                            "ask for fewer samples, or widen the ranges"),
                    null);
        }
        throw new BadInputException("--vary: the step is too fine to tell the values apart (a value keeps 10"
                + " significant digits): use a larger step");
    }

    /** Reads one {@code --vary PATH=FROM:TO[:STEP]}. */
    SweepAxis axis(String text) {
        String usage = "write --vary PATH=FROM:TO:STEP, e.g. --vary strategy.latitude=0:1:0.1";
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new BadInputException("--vary " + text + ": " + usage);
        }
        String path = text.substring(0, eq).trim();
        ParamInfo info = Params.info(path)
                .orElseThrow(() -> new BadInputException("--vary: " + ScenarioLoader.unknownPath(path)));
        if (!info.numeric()) {
            throw new BadInputException("--vary " + path + ": only numeric parameters can be swept; " + path
                    + " must be " + info.allowed() + " (compare scenario files with each value instead)");
        }
        String[] parts = text.substring(eq + 1).split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new BadInputException("--vary " + text + ": " + usage);
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            // A parameter's value: the same number syntax as --set and scenario files.
            String part = parts[i];
            values[i] = ParamBinder.number(part)
                    .orElseThrow(() -> new BadInputException(
                            "--vary " + text + ": \"" + part.trim() + "\" is not a number; " + usage));
        }
        double from = values[0];
        double to = values[1];
        double step;
        if (parts.length == 3) {
            step = values[2];
        } else if (design == Design.LHS) {
            step = to > from ? to - from : 1;
        } else {
            throw new BadInputException(
                    List.of(
                            "--vary " + text + ": a grid needs a step: PATH=FROM:TO:STEP",
                            "(or sample the range with --design lhs --samples N)"),
                    null);
        }
        if (!(step > 0)) {
            throw new BadInputException(
                    "--vary " + text + ": the step must be positive, got " + UnitFormat.parameter(step));
        }
        if (from > to) {
            throw new BadInputException("--vary " + text + ": FROM must not exceed TO, got "
                    + UnitFormat.parameter(from) + " > " + UnitFormat.parameter(to));
        }
        for (double v : new double[] {from, to}) {
            if (ParamBinder.check(info, info.type() == int.class ? Math.rint(v) : v)
                    .isPresent()) {
                throw new BadInputException("--vary " + text + ": " + path + " must be " + info.allowed() + ", got "
                        + UnitFormat.parameter(v));
            }
        }
        if (info.type() == int.class && design == Design.GRID) {
            for (double v : values) {
                if (v != Math.rint(v)) {
                    throw new BadInputException("--vary " + text + ": " + path
                            + " is a whole number, so FROM, TO and STEP must be whole numbers, got "
                            + UnitFormat.parameter(v));
                }
            }
        }
        // In double: (TO - FROM) / STEP can exceed any long (a step of 1e-19), and a cast would wrap.
        double points = Math.floor((to - from) / step + 1e-9) + 1;
        if (design == Design.GRID && !(points <= MAX_POINTS)) {
            throw new BadInputException("--vary " + text + ": " + UnitFormat.count(points)
                    + " values are too many for one"
                    + " parameter (at most " + UnitFormat.count(MAX_POINTS) + "): use a larger step, or --design lhs"
                    + " --samples N");
        }
        return new SweepAxis(path, from, to, step);
    }

    @Override
    List<String> planArguments() {
        List<String> given = new ArrayList<>();
        if (scenario != null) {
            given.add("SCENARIO");
        }
        var parsed = spec.commandLine().getParseResult();
        for (String option : List.of("--vary", "--design", "--samples", "--daily")) {
            if (parsed.hasMatchedOption(option)) {
                given.add(option);
            }
        }
        return given;
    }
}

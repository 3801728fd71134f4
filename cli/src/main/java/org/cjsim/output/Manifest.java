package org.cjsim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.Version;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.Study;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.experiment.Worlds;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Seeds;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLoader;
import org.cjsim.scenarios.ScenarioTree;

/**
 * The manifest of a results folder ({@code manifest.json}): the {@link Plan} (every scenario in full,
 * settings, seeds), and how and when it ran (command line, versions, timings, status). Written when a
 * study starts and again when it ends.
 *
 * @param plan what is run
 * @param commandLine the arguments of the command, as given
 * @param cjsimVersion cjsim's version
 * @param javaVersion the Java runtime's version and vendor
 * @param os the operating system
 * @param started when the study started (for a resumed study: when it first started)
 * @param finished when it finished, or null while it runs
 * @param wallSeconds wall-clock seconds of the last session that ran it, or NaN while it runs
 * @param status {@link #PLANNED}, {@link #RUNNING}, {@link #FINISHED} or {@link #FAILED}
 * @param failure why it failed, one line, or null
 */
public record Manifest(
        Plan plan,
        List<String> commandLine,
        String cjsimVersion,
        String javaVersion,
        String os,
        Instant started,
        Instant finished,
        double wallSeconds,
        String status,
        String failure) {

    /** The format written into every manifest, checked when reading. */
    public static final String FORMAT = "cjsim-results-1";

    /** Written by {@code cjsim plan}: nothing has run; shards ({@link Shards}) or {@code --resume} run it. */
    public static final String PLANNED = "planned";

    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A manifest for a study starting now in this Java runtime. */
    public static Manifest starting(Plan plan, List<String> commandLine) {
        return new Manifest(
                plan,
                List.copyOf(commandLine),
                Version.get(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                Instant.now(),
                null,
                Double.NaN,
                RUNNING,
                null);
    }

    /** The same manifest marked planned: to be run by shards, then merged ({@link Shards}). */
    public Manifest asPlanned() {
        return new Manifest(plan, commandLine, cjsimVersion, javaVersion, os, started, null, Double.NaN, PLANNED, null);
    }

    /** The same manifest marked finished now. */
    public Manifest asFinished(double seconds) {
        return new Manifest(
                plan, commandLine, cjsimVersion, javaVersion, os, started, Instant.now(), seconds, FINISHED, null);
    }

    /** The same manifest marked failed now, for {@code reason} (one line). */
    public Manifest asFailed(double seconds, String reason) {
        return new Manifest(
                plan, commandLine, cjsimVersion, javaVersion, os, started, Instant.now(), seconds, FAILED, reason);
    }

    /**
     * The manifest of a study continued now ({@code --resume}): the same plan, command line and start, running
     * again with {@code threads} worker threads.
     */
    public Manifest resuming(int threads) {
        Plan again = plan.withSettings(plan.settings().withThreads(threads));
        return new Manifest(
                again, commandLine, cjsimVersion, javaVersion, os, started, null, Double.NaN, RUNNING, null);
    }

    /** The seed of each replication index; every scenario uses the same ones (common random numbers). */
    public List<Long> replicationSeeds() {
        List<Long> seeds = new ArrayList<>();
        for (int k = 0; k < plan.settings().replications(); k++) {
            seeds.add(Seeds.replication(plan.settings().masterSeed(), k));
        }
        return seeds;
    }

    /** The manifest as JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("command", plan.study().key());
        root.put("status", status);
        if (failure != null) {
            root.put("failure", failure);
        } else {
            root.putNull("failure");
        }
        root.put("cjsim_version", cjsimVersion);
        root.put("java_version", javaVersion);
        root.put("os", os);
        ArrayNode args = root.putArray("command_line");
        commandLine.forEach(args::add);
        root.put("started", started.toString());
        if (finished != null) {
            root.put("finished", finished.toString());
        } else {
            root.putNull("finished");
        }
        if (Double.isNaN(wallSeconds)) {
            root.putNull("wall_seconds");
        } else {
            root.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
        }
        ExperimentSettings s = plan.settings();
        root.put("replications", s.replications());
        root.put("master_seed", s.masterSeed());
        root.put("threads", s.threads());
        root.put("keep_daily", s.keepDaily());
        ArrayNode seeds = root.putArray("replication_seeds");
        replicationSeeds().forEach(seeds::add);
        Worlds worlds = s.worlds();
        if (worlds.isEmpty()) {
            root.putNull("uncertainty");
        } else {
            ObjectNode u = root.putObject("uncertainty");
            u.put("source", worlds.source());
            ObjectNode central = u.putObject("calibrated");
            worlds.central().forEach(central::put);
            ArrayNode sets = u.putArray("worlds");
            for (Map<String, Double> set : worlds.sets()) {
                ObjectNode w = sets.addObject();
                set.forEach(w::put);
            }
        }
        plan.study().accept(new Study.Cases<Void>() {
            @Override
            public Void singleRun(SingleRun run) {
                return null;
            }

            @Override
            public Void comparison(Comparison comparison) {
                root.put("reference", comparison.reference());
                return null;
            }

            @Override
            public Void sweep(Sweep sw) {
                ObjectNode node = root.putObject("sweep");
                node.put("base", sw.base().name());
                node.put("design", sw.design());
                node.put("samples", sw.samples());
                ArrayNode axes = node.putArray("axes");
                for (SweepAxis a : sw.axes()) {
                    ObjectNode axis = axes.addObject();
                    axis.put("path", a.path());
                    axis.put("from", a.from());
                    axis.put("to", a.to());
                    axis.put("step", a.step());
                }
                ArrayNode points = node.putArray("points");
                for (Map<String, Double> p : sw.points()) {
                    ObjectNode point = points.addObject();
                    p.forEach(point::put);
                }
                node.set("base_parameters", JSON.valueToTree(ScenarioTree.toTree(sw.base())));
                return null;
            }

            @Override
            public Void sensitivity(Sensitivity sensitivity) {
                ObjectNode node = root.putObject("sensitivity");
                node.put("base", sensitivity.base().name());
                ArrayNode levers = node.putArray("levers");
                sensitivity.levers().forEach(l -> levers.add(l.path()));
                node.set("base_parameters", JSON.valueToTree(ScenarioTree.toTree(sensitivity.base())));
                return null;
            }
        });
        ObjectNode changes = root.putObject("changes");
        plan.changes().forEach((name, list) -> {
            ArrayNode lines = changes.putArray(name);
            list.forEach(lines::add);
        });
        Map<String, String> slugs = plan.slugs();
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioParams sc : plan.scenarios()) {
            ObjectNode node = scenarios.addObject();
            node.put("name", sc.name());
            node.put("slug", slugs.get(sc.name()));
            node.set("parameters", JSON.valueToTree(ScenarioTree.toTree(sc)));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the manifest into {@code folder}, replacing the old one atomically. */
    public void write(Path folder) throws IOException {
        byte[] bytes = toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(ResultsFolder.MANIFEST), out -> out.write(bytes));
    }

    /**
     * Reads the manifest of a results folder.
     *
     * @throws IOException if there is none, or it cannot be read, or it is not a cjsim manifest
     */
    public static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(ResultsFolder.MANIFEST);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IOException(folder + " is not a cjsim results folder: it has no " + ResultsFolder.MANIFEST);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return parse(root, file.toString());
        } catch (RuntimeException e) {
            throw new IOException(file + " is broken: " + e.getMessage(), e);
        }
    }

    private static Manifest parse(JsonNode root, String source) throws IOException {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException(source + " is not a manifest of this cjsim version (format "
                    + root.path("format").asText("none") + ", expected " + FORMAT + ")");
        }
        String study = root.path("command").asText();
        if (!List.of(SingleRun.KEY, Comparison.KEY, Sweep.KEY, Sensitivity.KEY).contains(study)) {
            throw new IOException(source + ": unknown command " + root.path("command"));
        }
        ExperimentSettings settings = new ExperimentSettings(
                required(root, "replications", source).asInt(),
                required(root, "master_seed", source).asLong(),
                required(root, "threads", source).asInt(),
                required(root, "keep_daily", source).asBoolean(),
                worlds(root.path("uncertainty")));
        List<ScenarioParams> scenarios = new ArrayList<>();
        for (JsonNode node : required(root, "scenarios", source)) {
            scenarios.add(scenario(required(node, "parameters", source), source));
        }
        Plan plan =
                switch (study) {
                    case SingleRun.KEY -> Plan.run(scenarios.get(0), settings);
                    case Comparison.KEY -> Plan.compare(
                            scenarios, required(root, "reference", source).asText(), settings);
                    case Sweep.KEY -> new Plan(sweep(required(root, "sweep", source), source), settings);
                    case Sensitivity.KEY -> {
                        JsonNode se = required(root, "sensitivity", source);
                        List<ParamInfo> levers = new ArrayList<>();
                        for (JsonNode l : required(se, "levers", source)) {
                            levers.add(Params.info(l.asText())
                                    .orElseThrow(() -> new IllegalArgumentException("unknown lever " + l.asText())));
                        }
                        yield Plan.sensitivity(
                                scenario(required(se, "base_parameters", source), source), levers, settings);
                    }
                    default -> throw new IllegalStateException(study);
                };
        if (!plan.scenarios().equals(scenarios)) {
            throw new IOException(source + ": its scenarios do not match its " + study + " plan");
        }
        Map<String, List<String>> changes = new LinkedHashMap<>();
        root.path("changes").properties().forEach(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(v -> list.add(v.asText()));
            changes.put(e.getKey(), list);
        });
        plan = plan.withChanges(changes);
        List<String> commandLine = new ArrayList<>();
        root.path("command_line").forEach(a -> commandLine.add(a.asText()));
        return new Manifest(
                plan,
                commandLine,
                root.path("cjsim_version").asText(),
                root.path("java_version").asText(),
                root.path("os").asText(),
                instant(root.path("started")),
                instant(root.path("finished")),
                root.path("wall_seconds").isNumber() ? root.path("wall_seconds").asDouble() : Double.NaN,
                root.path("status").asText(RUNNING),
                root.path("failure").isTextual() ? root.path("failure").asText() : null);
    }

    /** The plausible worlds stored under {@code uncertainty}, or none. */
    private static Worlds worlds(JsonNode u) {
        if (!u.isObject()) {
            return Worlds.NONE;
        }
        Map<String, Double> central = new LinkedHashMap<>();
        u.path("calibrated")
                .properties()
                .forEach(e -> central.put(e.getKey(), e.getValue().asDouble()));
        List<Map<String, Double>> sets = new ArrayList<>();
        for (JsonNode w : u.path("worlds")) {
            Map<String, Double> set = new LinkedHashMap<>();
            w.properties().forEach(e -> set.put(e.getKey(), e.getValue().asDouble()));
            sets.add(set);
        }
        return new Worlds(u.path("source").asText(), central, sets);
    }

    /** The sweep stored under {@code sweep}: its base, design, axes and design points. */
    private static Sweep sweep(JsonNode sw, String source) throws IOException {
        List<SweepAxis> axes = new ArrayList<>();
        for (JsonNode a : required(sw, "axes", source)) {
            axes.add(new SweepAxis(
                    a.path("path").asText(),
                    a.path("from").asDouble(),
                    a.path("to").asDouble(),
                    a.path("step").asDouble()));
        }
        List<Map<String, Double>> points = new ArrayList<>();
        for (JsonNode p : required(sw, "points", source)) {
            Map<String, Double> point = new LinkedHashMap<>();
            p.properties().forEach(e -> point.put(e.getKey(), e.getValue().asDouble()));
            points.add(point);
        }
        return new Sweep(
                scenario(required(sw, "base_parameters", source), source),
                sw.path("design").asText(Sweep.GRID),
                sw.path("samples").asInt(),
                axes,
                points);
    }

    private static JsonNode required(JsonNode node, String field, String source) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IOException(source + ": " + field + " is missing");
        }
        return value;
    }

    private static ScenarioParams scenario(JsonNode tree, String source) throws IOException {
        try {
            return ScenarioLoader.fromTree(tree, source);
        } catch (ScenarioException e) {
            throw new IOException(e.getMessage(), e);
        } catch (InvalidParameterException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

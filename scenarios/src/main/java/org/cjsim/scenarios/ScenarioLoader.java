package org.cjsim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.ParamBinder;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.Suggestions;
import org.cjsim.scenarios.YamlTree.Entry;
import org.cjsim.scenarios.YamlTree.Location;
import org.cjsim.scenarios.YamlTree.MapNode;
import org.cjsim.scenarios.YamlTree.Node;
import org.cjsim.scenarios.YamlTree.ScalarNode;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads scenario files into {@link ScenarioParams}.
 *
 * <p>A scenario file is YAML with the top-level keys {@code name}, {@code description}, {@code extends}
 * and one mapping per section of {@link ScenarioParams} ({@code market}, {@code network}, {@code
 * customers}, {@code strategy}, {@code service}, {@code employees}, {@code economics}, {@code costs},
 * {@code horizon}), each holding {@code parameter: value} pairs named as in {@link Params#all()}. A file
 * inherits every value it does not give from the scenario it {@code extends} (a built-in name, or a path
 * relative to the file), or from {@code baseline} when it extends nothing. Enum values are written as their
 * labels ({@code small-world}).
 *
 * <p>Loading checks everything and reports every problem at once ({@link ScenarioException}): YAML syntax
 * errors with their line and column, unknown keys with a "did you mean" suggestion, and values of the
 * wrong type or out of range with the parameter's path, its allowed values and the value given. Past
 * {@link ScenarioException#MAX_LISTED} problems, the others are counted.
 *
 * <p>Hostile or mistaken input is refused early and in time linear in its size: a file over {@link
 * #MAX_FILE_BYTES} (before it is read), a line over {@link #MAX_LINE_LENGTH}, a second YAML document
 * (after {@code ---}), a YAML alias, values nested more than ten levels deep, a chain of more
 * than {@link #MAX_EXTENDS_DEPTH} files extending one another, and a cycle of them.
 */
public final class ScenarioLoader {
    /** Top-level keys that are not sections. */
    public static final List<String> HEADER_KEYS = List.of("name", "description", "extends");

    /**
     * The largest scenario file read, in bytes: 3 MiB, SnakeYAML's limit on a document. A full scenario
     * with every parameter and its comments is about 20 kB; a larger file is refused before it is read.
     */
    public static final long MAX_FILE_BYTES = 3L * 1024 * 1024;

    /**
     * The longest line of a scenario file, in characters. The YAML reader takes time in proportion to the
     * square of a line's length (a line of 3 million characters takes seconds), so long lines are refused
     * before it reads them; a scenario's lines are under 200 characters.
     */
    public static final int MAX_LINE_LENGTH = 10_000;

    /** How long a chain of files extending files may be. */
    public static final int MAX_EXTENDS_DEPTH = 32;

    // The builder leaves off a parser feature that new YAMLFactory() turns on: an empty value is null.
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioLoader() {}

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        return options;
    }

    /**
     * A built-in scenario by name, or a scenario file by path (relative to {@code dir}).
     *
     * @throws ScenarioException if there is no such scenario or the file has problems
     */
    public static ScenarioParams resolve(String nameOrPath, Path dir) throws ScenarioException {
        boolean looksLikeFile = nameOrPath.contains("/")
                || nameOrPath.contains("\\")
                || nameOrPath.endsWith(".yaml")
                || nameOrPath.endsWith(".yml");
        if (!looksLikeFile && ScenarioLibrary.contains(nameOrPath)) {
            return ScenarioLibrary.get(nameOrPath);
        }
        Path file = dir.resolve(nameOrPath);
        if (Files.exists(file)) {
            return load(file);
        }
        if (looksLikeFile) {
            throw new ScenarioException(new ScenarioProblem(
                    nameOrPath, 0, 0, "", "no such file (looked in " + file.toAbsolutePath() + ")"));
        }
        throw new ScenarioException(new ScenarioProblem(
                nameOrPath, 0, 0, "", "no built-in scenario or file called " + nameOrPath + hint(nameOrPath)));
    }

    /** "Did you mean" the closest built-in scenario, or where to find the built-in ones. */
    private static String hint(String name) {
        String suggestion = Suggestions.didYouMean(name, ScenarioLibrary.names());
        return suggestion.isEmpty() ? " (cjsim scenarios list shows the built-in ones)" : suggestion;
    }

    /** Loads a scenario file; its name defaults to the file name without extension. */
    public static ScenarioParams load(Path file) throws ScenarioException {
        return load(file, new ArrayDeque<>());
    }

    private static ScenarioParams load(Path file, Deque<Path> chain) throws ScenarioException {
        String source = file.toString();
        String text = read(file);
        Path absolute = file.toAbsolutePath().normalize();
        chain.push(absolute);
        try {
            return parse(text, source, stem(file), absolute.getParent(), chain);
        } finally {
            chain.pop();
        }
    }

    /**
     * The text of a scenario file: a regular file of at most {@link #MAX_FILE_BYTES}, in UTF-8. The size is
     * checked before reading, and reading stops at the limit (a file may grow, or not say its size).
     */
    static String read(Path file) throws ScenarioException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw fileProblem(source, "a folder, not a scenario file");
            }
            if (!Files.exists(file)) {
                throw fileProblem(source, "no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw fileProblem(source, "not a regular file: a scenario is a .yaml file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(source, String.format(Locale.ROOT, "%,d bytes", size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(source, String.format(Locale.ROOT, "more than %,d bytes", MAX_FILE_BYTES));
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw fileProblem(source, "no such file");
        } catch (CharacterCodingException e) {
            throw fileProblem(source, "not a text file in UTF-8");
        } catch (AccessDeniedException e) {
            throw fileProblem(source, "cannot read it: permission denied");
        } catch (IOException e) {
            throw fileProblem(source, "cannot read it: " + e.getMessage());
        }
    }

    private static ScenarioException fileProblem(String source, String message) {
        return new ScenarioException(new ScenarioProblem(source, 0, 0, "", message));
    }

    /** The file is over {@link #MAX_FILE_BYTES}; {@code size} says by how much, e.g. "16,000,002 bytes". */
    private static ScenarioException tooLarge(String source, String size) {
        return fileProblem(
                source,
                String.format(
                        Locale.ROOT,
                        "the file is %s, over the limit of %,d bytes (3 MB) for a scenario file (a full"
                                + " scenario is about 20 kB): is it the right file?",
                        size,
                        MAX_FILE_BYTES));
    }

    /**
     * Reads a scenario from YAML text.
     *
     * @param source where the text comes from, for messages (a file name, or "built-in scenario x")
     * @param defaultName the scenario's name when the text gives none
     * @param dir the folder against which {@code extends} paths are resolved; null to allow only
     *     built-in scenarios
     */
    public static ScenarioParams parse(String text, String source, String defaultName, Path dir)
            throws ScenarioException {
        return parse(text, source, defaultName, dir, new ArrayDeque<>());
    }

    private static ScenarioParams parse(String text, String source, String defaultName, Path dir, Deque<Path> chain)
            throws ScenarioException {
        if (text.length() > MAX_FILE_BYTES) {
            throw tooLarge(source, String.format(Locale.ROOT, "%,d characters", text.length()));
        }
        Problems problems = new Problems(source);
        Node root = tree(text, source, problems);
        if (root instanceof ScalarNode s && s.value() == null) {
            throw new ScenarioException(new ScenarioProblem(
                    source,
                    0,
                    0,
                    "",
                    "the file is empty: start from a copy of a built-in scenario with"
                            + " cjsim scenarios init baseline FILE"));
        }
        return build(root, source, defaultName, dir, chain, problems);
    }

    /**
     * The YAML tree of {@code text}: one document, lines of a sane length, no aliases, at most {@link
     * YamlTree#MAX_DEPTH} levels; a key given twice goes to {@code problems}. Shared with {@link ProfileLoader}.
     */
    static Node tree(String text, String source, Problems problems) throws ScenarioException {
        checkLineLengths(text, source);
        Node root;
        try (JsonParser parser = YAML.createParser(text)) {
            root = YamlTree.read(parser, source, "", problems);
            if (parser.nextToken() != null) {
                throw secondDocument(text, source, Location.of(parser.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            Location at = Location.of(e.getLocation());
            throw new ScenarioException(new ScenarioProblem(
                    source, at.line(), at.column(), "", "YAML syntax error: " + yamlMessage(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private static void checkLineLengths(String text, String source) throws ScenarioException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            if (c != '\n' && c != '\r') {
                continue;
            }
            if (i - start > MAX_LINE_LENGTH) {
                throw new ScenarioException(new ScenarioProblem(
                        source,
                        line,
                        1,
                        "",
                        String.format(
                                Locale.ROOT,
                                "the line is %,d characters long, over the limit of %,d for a line of a scenario"
                                        + " file: break it into lines",
                                i - start,
                                MAX_LINE_LENGTH)));
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            line++;
            start = i + 1;
        }
    }

    /**
     * The problem of a YAML stream of several documents (separated by {@code ---}): reading only the first
     * would silently ignore the others. {@code next} is where the second document's content begins; the
     * problem points at the {@code ---} line before it when there is one.
     */
    private static ScenarioException secondDocument(String text, String source, Location next) {
        int line = 0;
        int start = 0;
        int separator = 0;
        while (start <= text.length() && (next.line() == 0 || line < next.line())) {
            line++;
            int end = text.indexOf('\n', start);
            String content = text.substring(start, end < 0 ? text.length() : end);
            if (content.equals("---")
                    || content.startsWith("--- ")
                    || content.startsWith("---\t")
                    || content.equals("---\r")) {
                separator = line;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        Location at = separator > 0 ? new Location(separator, 1) : next;
        return new ScenarioException(new ScenarioProblem(
                source,
                at.line(),
                at.column(),
                "",
                "a second YAML document starts here: a scenario file holds one document (one scenario);"
                        + " put each scenario in a file of its own, or delete this ---"));
    }

    /**
     * Reads a scenario from a JSON tree in the form {@link ScenarioTree#toTree} writes (the manifest of a
     * results folder). Every parameter not in the tree takes its baseline value.
     */
    public static ScenarioParams fromTree(JsonNode tree, String source) throws ScenarioException {
        Problems problems = new Problems(source);
        Node root;
        try (JsonParser parser = JSON.treeAsTokens(tree)) {
            root = YamlTree.read(parser, source, "", problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build(root, source, null, null, new ArrayDeque<>(), problems);
    }

    /**
     * A copy of {@code scenario} with {@code PATH=VALUE} assignments applied (the {@code --set} option).
     * Every assignment is checked; all problems are reported together.
     */
    public static ScenarioParams override(ScenarioParams scenario, List<String> assignments, String option)
            throws ScenarioException {
        Problems problems = new Problems(option);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Location> locations = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                problems.add(
                        Location.NONE,
                        "",
                        () -> "\"" + YamlTree.shorten(assignment) + "\" is not PATH=VALUE: write for example " + option
                                + " strategy.latitude=0.8");
                continue;
            }
            String path = assignment.substring(0, eq).trim();
            String value = assignment.substring(eq + 1).trim();
            var info = ParamBinder.find(path);
            if (info.isEmpty()) {
                problems.add(Location.NONE, path, () -> ParamBinder.unknownPath(path));
                continue;
            }
            try {
                values.put(info.get().path(), ParamBinder.convert(info.get(), value));
                locations.put(info.get().path(), Location.NONE);
            } catch (InvalidParameterException e) {
                problems.add(Location.NONE, path, e::getMessage);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return assemble(scenario, scenario.name(), scenario.description(), values, locations, option, Location.NONE);
    }

    /** The message for an unknown parameter path, with a suggestion: see {@link ParamBinder#unknownPath}. */
    public static String unknownPath(String path) {
        return ParamBinder.unknownPath(path);
    }

    private static ScenarioParams build(
            Node root, String source, String defaultName, Path dir, Deque<Path> chain, Problems problems)
            throws ScenarioException {
        if (!(root instanceof MapNode map)) {
            throw new ScenarioException(new ScenarioProblem(
                    source,
                    root.location().line(),
                    root.location().column(),
                    "",
                    "a scenario is a mapping of keys (name, description, extends) and sections ("
                            + String.join(", ", Params.sections()) + "), got " + root.describe()));
        }
        String name = null;
        String description = null;
        Entry extendsEntry = null;
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Location> locations = new LinkedHashMap<>();
        List<String> topKeys =
                Stream.concat(HEADER_KEYS.stream(), Params.sections().stream()).toList();
        for (Entry e : map.entries().values()) {
            String key = e.key();
            Location at = e.keyLocation();
            switch (key) {
                case "name" -> {
                    name = text(e, problems, true);
                    if (name != null && name.codePoints().anyMatch(Character::isISOControl)) {
                        problems.add(
                                e.value().location(),
                                "name",
                                () -> "name must be one line of text (it heads tables and charts), got "
                                        + e.value().describe());
                        name = null;
                    }
                }
                case "description" -> description = text(e, problems, false);
                case "extends" -> {
                    if (text(e, problems, true) != null) {
                        extendsEntry = e;
                    }
                }
                default -> {
                    if (Params.sections().contains(key)) {
                        section(e, values, locations, problems);
                    } else {
                        problems.add(at, key, () -> unknownTopKey(key, topKeys));
                    }
                }
            }
        }
        ScenarioParams base = ScenarioParams.defaults();
        if (extendsEntry != null) {
            try {
                base = parent(extendsEntry, source, dir, chain);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        String finalName = name != null ? name : defaultName;
        if (finalName == null) {
            throw new ScenarioException(new ScenarioProblem(
                    source, map.location().line(), map.location().column(), "name", "the scenario has no name"));
        }
        return assemble(
                base, finalName, description == null ? "" : description, values, locations, source, map.location());
    }

    private static String unknownTopKey(String key, List<String> topKeys) {
        String suggestion = Suggestions.didYouMean(key, topKeys);
        if (suggestion.isEmpty()) {
            List<String> owners = Params.all().stream()
                    .filter(i -> i.name().equalsIgnoreCase(key))
                    .map(ParamInfo::path)
                    .toList();
            if (owners.size() == 1) {
                String path = owners.get(0);
                suggestion = ": " + key + " is a parameter of the section " + path.substring(0, path.indexOf('.'))
                        + " (write it indented under " + path.substring(0, path.indexOf('.')) + ":)";
            } else {
                suggestion = " (the top-level keys are " + String.join(", ", topKeys) + ")";
            }
        }
        return "unknown key " + YamlTree.shorten(key) + suggestion;
    }

    private static String text(Entry e, Problems problems, boolean required) {
        if (e.value() instanceof ScalarNode s
                && s.value() != null
                && !(required && s.text().isBlank())) {
            return s.value() instanceof String str ? str : s.text();
        }
        if (!required && e.value() instanceof ScalarNode s && s.value() == null) {
            return "";
        }
        problems.add(
                e.value().location(),
                e.key(),
                () -> e.key() + " must be a non-empty text, got " + e.value().describe());
        return null;
    }

    private static void section(
            Entry e, Map<String, Object> values, Map<String, Location> locations, Problems problems) {
        String section = e.key();
        if (e.value() instanceof ScalarNode s && s.value() == null) {
            return;
        }
        if (!(e.value() instanceof MapNode params)) {
            problems.add(
                    e.value().location(),
                    section,
                    () -> section + " must be a section of parameters (indented lines NAME: VALUE), got "
                            + e.value().describe());
            return;
        }
        for (Entry p : params.entries().values()) {
            String path = section + "." + p.key();
            Location at = p.keyLocation();
            if (ParamBinder.find(path).isEmpty()) {
                problems.add(at, path, () -> unknownPath(path));
                continue;
            }
            ParamInfo info = ParamBinder.find(path).orElseThrow();
            Location valueAt = p.value().location().line() > 0 ? p.value().location() : at;
            convert(info, p.value(), problems).ifPresent(v -> {
                values.put(info.path(), v);
                locations.put(info.path(), valueAt);
            });
        }
    }

    /**
     * The value of {@code node} for the parameter {@code info}, bound by {@link ParamBinder#convert}, or a
     * problem. A number is read from its text as written, in the binder's one syntax; a quoted value is
     * text.
     */
    private static Optional<Object> convert(ParamInfo info, Node node, Problems problems) {
        Object value = null;
        if (node instanceof ScalarNode s) {
            boolean asText =
                    s.value() instanceof Number || (info.type() == String.class && s.value() instanceof Boolean);
            value = asText ? s.text() : s.value();
        }
        try {
            return Optional.of(ParamBinder.convert(info, value, node.describe()));
        } catch (InvalidParameterException e) {
            problems.add(node.location(), info.path(), e::getMessage);
            return Optional.empty();
        }
    }

    private static ScenarioParams parent(Entry extendsEntry, String source, Path dir, Deque<Path> chain)
            throws ScenarioException {
        String target = ((ScalarNode) extendsEntry.value()).value().toString().trim();
        Location at = extendsEntry.value().location();
        boolean looksLikeFile = target.contains("/") || target.endsWith(".yaml") || target.endsWith(".yml");
        if (!looksLikeFile && ScenarioLibrary.contains(target)) {
            return ScenarioLibrary.get(target);
        }
        Path file = null;
        if (dir != null) {
            try {
                file = dir.resolve(target);
            } catch (InvalidPathException e) {
                throw new ScenarioException(new ScenarioProblem(
                        source,
                        at.line(),
                        at.column(),
                        "extends",
                        "extends " + YamlTree.shorten(target) + ": not a file name (" + e.getReason() + ")"));
            }
        }
        if (file != null && Files.exists(file)) {
            Path absolute = file.toAbsolutePath().normalize();
            List<String> names = new ArrayList<>();
            chain.descendingIterator()
                    .forEachRemaining(p -> names.add(p.getFileName().toString()));
            names.add(absolute.getFileName().toString());
            if (chain.contains(absolute)) {
                List<Path> order = new ArrayList<>();
                chain.descendingIterator().forEachRemaining(order::add);
                throw new ScenarioException(new ScenarioProblem(
                        source,
                        at.line(),
                        at.column(),
                        "extends",
                        "extends itself through " + chainText(names.subList(order.indexOf(absolute), names.size()))
                                + ": one of these files must extend another scenario"));
            }
            if (chain.size() >= MAX_EXTENDS_DEPTH) {
                throw new ScenarioException(new ScenarioProblem(
                        source,
                        at.line(),
                        at.column(),
                        "extends",
                        "extends " + YamlTree.shorten(target) + ": more than " + MAX_EXTENDS_DEPTH
                                + " files extend one another (" + chainText(names) + "): let one of them extend"
                                + " a built-in scenario"));
            }
            return load(file, chain);
        }
        String shown = YamlTree.shorten(target);
        throw new ScenarioException(new ScenarioProblem(
                source,
                at.line(),
                at.column(),
                "extends",
                looksLikeFile && dir != null
                        ? "extends " + shown + ": no such file (looked in " + YamlTree.shorten(file.toString()) + ")"
                        : "extends " + shown + ": no built-in scenario" + (dir != null ? " or file" : "")
                                + " of that name" + hint(target)));
    }

    /** A chain of file names, {@code a.yaml -> b.yaml -> c.yaml}, with its middle left out when long. */
    private static String chainText(List<String> names) {
        if (names.size() <= 6) {
            return String.join(" -> ", names);
        }
        return String.join(" -> ", names.subList(0, 3)) + " -> ... (" + (names.size() - 6) + " more) -> "
                + String.join(" -> ", names.subList(names.size() - 3, names.size()));
    }

    /**
     * Builds the scenario from {@code base} with {@code values} replaced ({@link ParamBinder#bind}), each
     * changed record built once with all its values so that rules between parameters see the final values.
     * A broken rule stands where its parameter's value is, or at {@code whole}.
     */
    private static ScenarioParams assemble(
            ScenarioParams base,
            String name,
            String description,
            Map<String, Object> values,
            Map<String, Location> locations,
            String source,
            Location whole)
            throws ScenarioException {
        ScenarioParams named;
        try {
            named = name.equals(base.name()) && description.equals(base.description())
                    ? base
                    : base.named(name, description);
        } catch (InvalidParameterException e) {
            throw new ScenarioException(
                    new ScenarioProblem(source, whole.line(), whole.column(), e.path(), e.getMessage()));
        }
        try {
            return ParamBinder.bind(named, values);
        } catch (ParamBinder.BindingException e) {
            List<ScenarioProblem> problems = new ArrayList<>();
            for (InvalidParameterException ipe : e.problems()) {
                Location at = locations.getOrDefault(ipe.path(), whole);
                problems.add(new ScenarioProblem(source, at.line(), at.column(), ipe.path(), ipe.getMessage()));
            }
            throw new ScenarioException(problems);
        }
    }

    /** The short YAML error without SnakeYAML's echo of the source line. */
    static String yamlMessage(String original) {
        if (original == null) {
            return "unreadable";
        }
        if (original.startsWith("Expected a field name")) {
            // SnakeYAML's "complex key": a list or a mapping written as a key (? [a, b]: 1).
            return "a key must be a name, not a list or a section";
        }
        return original.lines()
                .filter(l -> !l.isBlank() && !l.startsWith(" in '") && !l.startsWith("    "))
                .map(String::trim)
                .collect(Collectors.joining("; "));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

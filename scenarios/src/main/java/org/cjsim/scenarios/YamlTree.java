package org.cjsim.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cjsim.params.ParamBinder;

/**
 * A YAML or JSON document read into a small tree that remembers where each key and value stands, so that
 * every problem can name its line and column. Jackson's own tree forgets positions.
 *
 * <p>Reading is linear in the size of the text. YAML aliases ({@code *name}) are refused rather than read:
 * Jackson's streaming parser hands them over as the text of their name, and a scenario file has no use for
 * them. Values nested deeper than {@link #MAX_DEPTH} are refused as well (a scenario file has two levels).
 */
final class YamlTree {
    /** How deep mappings and lists may nest; a scenario file needs two levels (section, parameter). */
    static final int MAX_DEPTH = 10;

    /** Keys of a section named in a message ("a section (a, b, ...)"). */
    private static final int SHOWN_KEYS = 5;

    private YamlTree() {}

    /** Line and column, from 1; {@link #NONE} when the source has no positions. */
    record Location(int line, int column) {
        static final Location NONE = new Location(0, 0);

        static Location of(JsonLocation l) {
            return l == null || l.getLineNr() < 1 ? NONE : new Location(l.getLineNr(), l.getColumnNr());
        }
    }

    sealed interface Node permits MapNode, ListNode, ScalarNode {
        Location location();

        /** The node in words, for "got ..." in messages. */
        String describe();
    }

    /** A key of a mapping with its position and value. */
    record Entry(String key, Location keyLocation, Node value) {}

    record MapNode(Map<String, Entry> entries, Location location) implements Node {
        @Override
        public String describe() {
            if (entries.isEmpty()) {
                return "an empty section";
            }
            String keys = entries.keySet().stream()
                    .limit(SHOWN_KEYS)
                    .map(YamlTree::shorten)
                    .collect(Collectors.joining(", "));
            return "a section (" + keys + (entries.size() > SHOWN_KEYS ? ", ..." : "") + ")";
        }
    }

    record ListNode(List<Node> items, Location location) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: {@code value} is a String, Number, Boolean or null; {@code text} is how it was written.
     */
    record ScalarNode(Object value, String text, Location location) implements Node {
        @Override
        public String describe() {
            if (value == null) {
                return "nothing";
            }
            return value instanceof String ? "\"" + shorten(text) + "\"" : shorten(text);
        }
    }

    /**
     * {@code text} as it may stand in a message: a long key or value (a file may hold a key of a million
     * letters) is cut, saying how long it was.
     */
    static String shorten(String text) {
        return ParamBinder.shorten(text);
    }

    /**
     * Reads the next value of {@code parser} (which must stand before it). A key given twice is reported
     * in {@code problems}, and the later value kept.
     *
     * @param path where the value stands, e.g. {@code strategy}, for messages; empty at the top
     * @throws ScenarioException if the value uses a YAML alias or nests deeper than {@link #MAX_DEPTH}:
     *     these end the reading
     */
    static Node read(JsonParser parser, String source, String path, Problems problems)
            throws IOException, ScenarioException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return new ScalarNode(null, "", Location.NONE);
        }
        return readCurrent(parser, source, path, problems, 0);
    }

    private static Node readCurrent(JsonParser parser, String source, String path, Problems problems, int depth)
            throws IOException, ScenarioException {
        JsonToken token = parser.currentToken();
        Location at = Location.of(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new ScenarioException(new ScenarioProblem(
                    source,
                    at.line(),
                    at.column(),
                    path,
                    "YAML aliases (*" + shorten(parser.getText()) + ") are not supported in scenario files:"
                            + " write the value itself"));
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            throw new ScenarioException(new ScenarioProblem(
                    source,
                    at.line(),
                    at.column(),
                    path,
                    "sections nested more than " + MAX_DEPTH + " levels deep: a scenario file holds sections"
                            + " of NAME: VALUE lines"));
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = Location.of(parser.currentTokenLocation());
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    parser.nextToken();
                    Node value = readCurrent(parser, source, childPath, problems, depth + 1);
                    Entry previous = entries.put(key, new Entry(key, keyAt, value));
                    if (previous != null) {
                        problems.add(
                                keyAt,
                                childPath,
                                () -> shorten(childPath) + " is given twice"
                                        + (previous.keyLocation().line() > 0
                                                ? " (lines "
                                                        + previous.keyLocation().line() + " and " + keyAt.line() + ")"
                                                : "")
                                        + ": keep one");
                    }
                }
                return new MapNode(Collections.unmodifiableMap(entries), at);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readCurrent(parser, source, path, problems, depth + 1));
                }
                return new ListNode(List.copyOf(items), at);
            }
            case VALUE_NUMBER_INT -> {
                try {
                    return new ScalarNode(parser.getNumberValue(), parser.getText(), at);
                } catch (JsonProcessingException e) {
                    return new ScalarNode(parser.getText(), parser.getText(), at);
                }
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(floatValue(parser), parser.getText(), at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(token == JsonToken.VALUE_TRUE, parser.getText(), at);
            }
            case VALUE_NULL -> {
                return new ScalarNode(null, "", at);
            }
            case VALUE_STRING -> {
                return new ScalarNode(parser.getText(), parser.getText(), at);
            }
            default -> {
                return new ScalarNode(parser.getText(), String.valueOf(parser.getText()), at);
            }
        }
    }

    /**
     * A floating-point scalar: YAML's {@code .nan} and {@code .inf} (which Jackson cannot convert) as NaN
     * and infinity, for the parameter checks to reject with the text given; text Jackson cannot convert
     * otherwise stays text.
     */
    private static Object floatValue(JsonParser parser) throws IOException {
        String text = parser.getText();
        switch (text) {
            case ".nan", ".NaN", ".NAN" -> {
                return Double.NaN;
            }
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-.inf", "-.Inf", "-.INF" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                try {
                    return parser.getDoubleValue();
                } catch (JsonProcessingException e) {
                    return text;
                }
            }
        }
    }
}

package org.cjsim.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document read into a small tree that remembers where each key and value stands, so that
 * every problem can name its line and column. Jackson's own tree forgets positions.
 */
final class YamlTree {
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
            return entries.isEmpty() ? "an empty section" : "a section (" + String.join(", ", entries.keySet()) + ")";
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
            return value instanceof String ? "\"" + text + "\"" : text;
        }
    }

    /**
     * Reads the next value of {@code parser} (which must stand before it). A key given twice is reported
     * in {@code problems}, and the later value kept.
     *
     * @param path where the value stands, e.g. {@code strategy}, for messages; empty at the top
     */
    static Node read(JsonParser parser, String source, String path, List<ScenarioProblem> problems) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return new ScalarNode(null, "", Location.NONE);
        }
        return readCurrent(parser, source, path, problems);
    }

    private static Node readCurrent(JsonParser parser, String source, String path, List<ScenarioProblem> problems)
            throws IOException {
        JsonToken token = parser.currentToken();
        Location at = Location.of(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = Location.of(parser.currentTokenLocation());
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    parser.nextToken();
                    Node value = readCurrent(parser, source, childPath, problems);
                    Entry previous = entries.put(key, new Entry(key, keyAt, value));
                    if (previous != null) {
                        problems.add(new ScenarioProblem(
                                source,
                                keyAt.line(),
                                keyAt.column(),
                                childPath,
                                childPath + " is given twice"
                                        + (previous.keyLocation().line() > 0
                                                ? " (lines "
                                                        + previous.keyLocation().line() + " and " + keyAt.line() + ")"
                                                : "")
                                        + ": keep one"));
                    }
                }
                return new MapNode(Collections.unmodifiableMap(entries), at);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readCurrent(parser, source, path, problems));
                }
                return new ListNode(List.copyOf(items), at);
            }
            case VALUE_NUMBER_INT -> {
                return new ScalarNode(parser.getNumberValue(), parser.getText(), at);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(parser.getDoubleValue(), parser.getText(), at);
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
}

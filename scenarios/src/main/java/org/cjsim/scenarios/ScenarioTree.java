package org.cjsim.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cjsim.params.Labelled;
import org.cjsim.params.ParamBinder;
import org.cjsim.params.ScenarioParams;

/**
 * A scenario as an ordered tree of plain values ({@code name}, {@code description}, then every section
 * with every parameter), the form written into manifests and read back by {@link
 * ScenarioLoader#fromTree}. Enum values are their labels; numbers keep every bit.
 */
public final class ScenarioTree {
    private ScenarioTree() {}

    /** Every value of {@code scenario}, section by section, in declaration order ({@link ParamBinder#values}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toTree(ScenarioParams scenario) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", scenario.name());
        tree.put("description", scenario.description());
        ParamBinder.values(scenario).forEach((path, value) -> {
            int dot = path.indexOf('.');
            Map<String, Object> section = (Map<String, Object>)
                    tree.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<String, Object>());
            section.put(path.substring(dot + 1), plain(value));
        });
        return tree;
    }

    /** A parameter value as a plain value: enum constants become their labels. */
    public static Object plain(Object value) {
        return value instanceof Labelled l ? l.label() : value;
    }

    /** The parameters whose values differ between {@code base} and {@code scenario}, as path to value. */
    public static Map<String, Object> differences(ScenarioParams base, ScenarioParams scenario) {
        Map<String, Object> before = ParamBinder.values(base);
        Map<String, Object> diff = new LinkedHashMap<>();
        ParamBinder.values(scenario).forEach((path, value) -> {
            if (!before.get(path).equals(value)) {
                diff.put(path, plain(value));
            }
        });
        return diff;
    }
}

package org.cjsim.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cjsim.params.Labelled;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * A scenario as an ordered tree of plain values ({@code name}, {@code description}, then every section
 * with every parameter), the form written into manifests and read back by {@link
 * ScenarioLoader#fromTree}. Enum values are their labels; numbers keep every bit.
 */
public final class ScenarioTree {
    private ScenarioTree() {}

    /** Every value of {@code scenario}, section by section, in declaration order. */
    public static Map<String, Object> toTree(ScenarioParams scenario) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", scenario.name());
        tree.put("description", scenario.description());
        for (String section : Params.sections()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String name : Params.names(section)) {
                values.put(name, plain(Params.get(scenario, section + "." + name)));
            }
            tree.put(section, values);
        }
        return tree;
    }

    /** A parameter value as a plain value: enum constants become their labels. */
    public static Object plain(Object value) {
        return value instanceof Labelled l ? l.label() : value;
    }

    /** The parameters whose values differ between {@code base} and {@code scenario}, as path to value. */
    public static Map<String, Object> differences(ScenarioParams base, ScenarioParams scenario) {
        Map<String, Object> diff = new LinkedHashMap<>();
        for (ParamInfo info : Params.all()) {
            Object a = Params.get(base, info.path());
            Object b = Params.get(scenario, info.path());
            if (!a.equals(b)) {
                diff.put(info.path(), plain(b));
            }
        }
        return diff;
    }
}

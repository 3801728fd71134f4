package org.cjsim.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.format.FileNumbers;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * Writes a scenario as a commented YAML file that {@link ScenarioLoader} reads back to an equal scenario:
 * every parameter with its meaning, unit and range, and the baseline's value where it differs.
 */
public final class ScenarioYaml {
    private static final int WIDTH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioYaml() {}

    /**
     * The full scenario as YAML: {@code name}, {@code description}, {@code extends: baseline}, and every
     * section with every parameter, each preceded by a comment saying what it is.
     */
    public static String write(ScenarioParams scenario) {
        ScenarioParams baseline = ScenarioParams.defaults();
        StringBuilder out = new StringBuilder();
        out.append("# cjsim scenario. Every parameter is listed with its meaning, unit and valid range;\n")
                .append("# delete a line to use the baseline's value. Check the file with:\n")
                .append("#   cjsim scenarios validate FILE\n");
        out.append("name: ").append(scalar(scenario.name())).append('\n');
        writeDescription(out, scenario.description());
        out.append("extends: baseline\n");
        for (String section : Params.sections()) {
            out.append('\n').append(section).append(":\n");
            for (String name : Params.names(section)) {
                ParamInfo info = Params.info(section + "." + name).orElseThrow();
                Object value = Params.get(scenario, info.path());
                Object base = Params.get(baseline, info.path());
                for (String line : wrap(sentence(info.description()), WIDTH - 4)) {
                    out.append("  # ").append(line).append('\n');
                }
                out.append("  # ")
                        .append(info.unit().isEmpty() ? "" : info.unit() + "; ")
                        .append(info.allowed())
                        .append(info.lever() ? "; a strategy lever" : "")
                        .append('\n');
                out.append("  ").append(name).append(": ").append(scalar(value));
                if (!value.equals(base)) {
                    out.append("  # baseline: ").append(scalar(base));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String sentence(String description) {
        return description.endsWith(".") ? description : description + ".";
    }

    /** A value as a YAML scalar that reads back to the same value. */
    public static String scalar(Object value) {
        Object v = ScenarioTree.plain(value);
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        String s = String.valueOf(v);
        return s.matches("[a-z][a-z0-9-]*")
                        && !List.of("true", "false", "null", "yes", "no", "on", "off")
                                .contains(s)
                ? s
                : quote(s);
    }

    /** A double as short as possible and exactly: {@code 0.4} rather than {@code 0.40000000000000002}. */
    public static String number(double v) {
        return FileNumbers.exact(v);
    }

    private static void writeDescription(StringBuilder out, String description) {
        boolean foldable = !description.isEmpty()
                && !description.contains("\n")
                && !description.contains("  ")
                && description.equals(description.strip());
        if (!foldable || description.length() <= WIDTH - 14) {
            out.append("description: ").append(quote(description)).append('\n');
            return;
        }
        out.append("description: >-\n");
        for (String line : wrap(description, WIDTH - 2)) {
            out.append("  ").append(line).append('\n');
        }
    }

    /** Splits {@code text} at single spaces into lines of at most {@code width} characters where possible. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

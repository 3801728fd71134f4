package org.cjsim.params;

import java.util.List;

/**
 * Everything known about one parameter: where it lives, its type, unit, range, default and meaning.
 *
 * @param path section and name, e.g. {@code strategy.latitude}
 * @param type the Java type of the value ({@code double.class}, {@code int.class}, {@code boolean.class},
 *     an enum class or {@code String.class})
 * @param unit unit in words
 * @param min smallest valid value (numeric parameters), or negative infinity
 * @param max largest valid value (numeric parameters), or positive infinity
 * @param defaultValue the value in {@link ScenarioParams#defaults()}
 * @param description one-sentence meaning
 * @param lever true for a strategy lever
 * @param low realistic low value for sensitivity analysis (levers), or NaN
 * @param high realistic high value for sensitivity analysis (levers), or NaN
 * @param choices allowed labels of an enum parameter, empty otherwise
 */
public record ParamInfo(
        String path,
        Class<?> type,
        String unit,
        double min,
        double max,
        Object defaultValue,
        String description,
        boolean lever,
        double low,
        double high,
        List<String> choices) {

    /** The section part of the path, e.g. {@code strategy}. */
    public String section() {
        return path.substring(0, path.indexOf('.'));
    }

    /** The name part of the path, e.g. {@code latitude}. */
    public String name() {
        return path.substring(path.indexOf('.') + 1);
    }

    /** True for int and double parameters. */
    public boolean numeric() {
        return type == double.class || type == int.class;
    }

    /** The allowed values in words, e.g. {@code in [0, 1]}, {@code a whole number in [1, 100]}. */
    public String allowed() {
        if (type == int.class) {
            return "a whole number in [" + Params.format(min) + ", " + Params.format(max) + "]";
        }
        if (type == double.class) {
            return "in [" + Params.format(min) + ", " + Params.format(max) + "]";
        }
        if (type == boolean.class) {
            return "true or false";
        }
        if (!choices.isEmpty()) {
            return "one of " + String.join(", ", choices);
        }
        return "a non-empty text";
    }
}

package org.cjsim.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cjsim.format.UnitFormat;

/**
 * Reflection over the parameter records: validation against {@link Param}, lookup and replacement of a
 * value by its path ({@code strategy.latitude}), and the list of every parameter with its metadata.
 *
 * <p>Paths are {@code section.component}, where the section is the {@link Section} of a record composed
 * into {@link ScenarioParams}.
 */
public final class Params {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static volatile List<ParamInfo> all;

    private Params() {}

    /**
     * Checks the values of a parameter record, given in component order, against their {@link Param}
     * annotations. Called from each record's compact constructor.
     *
     * @throws InvalidParameterException naming the first invalid parameter
     */
    public static void validate(Class<? extends Record> type, Object... values) {
        RecordComponent[] components = COMPONENTS.get(type);
        if (components.length != values.length) {
            throw new IllegalStateException(
                    type.getSimpleName() + " validates " + values.length + " of " + components.length + " components");
        }
        String section = type.getAnnotation(Section.class).value();
        for (int i = 0; i < components.length; i++) {
            Param p = components[i].getAnnotation(Param.class);
            if (p != null) {
                problem(section + "." + components[i].getName(), components[i].getType(), p, values[i])
                        .ifPresent(e -> {
                            throw e;
                        });
            }
        }
    }

    /**
     * The problem with giving {@code value} to the parameter at {@code path}, if any: used by loaders
     * that report every problem at once.
     */
    public static Optional<InvalidParameterException> check(String path, Object value) {
        ParamInfo info = info(path).orElseThrow(() -> new IllegalArgumentException("unknown parameter " + path));
        Param p = component(path).getAnnotation(Param.class);
        return problem(path, info.type(), p, value);
    }

    private static Optional<InvalidParameterException> problem(String path, Class<?> type, Param p, Object value) {
        if (value == null) {
            return Optional.of(new InvalidParameterException(path, allowed(type, p), "nothing"));
        }
        if (type == double.class || type == int.class) {
            if (!(value instanceof Number n)) {
                return Optional.of(new InvalidParameterException(path, allowed(type, p), quote(value)));
            }
            double v = n.doubleValue();
            if (Double.isNaN(v) || v < p.min() || v > p.max()) {
                return Optional.of(new InvalidParameterException(path, allowed(type, p), format(v)));
            }
            if (type == int.class && v != Math.rint(v)) {
                return Optional.of(new InvalidParameterException(path, allowed(type, p), format(v)));
            }
        } else if (type == boolean.class) {
            if (!(value instanceof Boolean)) {
                return Optional.of(new InvalidParameterException(path, allowed(type, p), quote(value)));
            }
        } else if (type == String.class) {
            if (!(value instanceof String s) || s.isBlank()) {
                return Optional.of(new InvalidParameterException(path, allowed(type, p), quote(value)));
            }
        } else if (type.isEnum() && !type.isInstance(value)) {
            return Optional.of(new InvalidParameterException(path, allowed(type, p), quote(value)));
        }
        return Optional.empty();
    }

    private static String allowed(Class<?> type, Param p) {
        return new ParamInfo("x.x", type, p.unit(), p.min(), p.max(), null, "", false, 0, 0, choices(type)).allowed();
    }

    private static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    /** A parameter value as a person would type it: see {@link UnitFormat#parameter}. */
    public static String format(double v) {
        return UnitFormat.parameter(v);
    }

    /** Every parameter of a scenario, in section and declaration order. */
    public static List<ParamInfo> all() {
        List<ParamInfo> result = all;
        if (result == null) {
            ScenarioParams defaults = ScenarioParams.defaults();
            List<ParamInfo> list = new ArrayList<>();
            for (RecordComponent section : COMPONENTS.get(ScenarioParams.class)) {
                if (!section.getType().isRecord()) {
                    continue;
                }
                String sectionName =
                        section.getType().getAnnotation(Section.class).value();
                Object sectionValue = read(section, defaults);
                for (RecordComponent c : COMPONENTS.get(section.getType())) {
                    Param p = c.getAnnotation(Param.class);
                    list.add(new ParamInfo(
                            sectionName + "." + c.getName(),
                            c.getType(),
                            p.unit(),
                            p.min(),
                            p.max(),
                            read(c, sectionValue),
                            p.description(),
                            p.lever(),
                            p.low(),
                            p.high(),
                            choices(c.getType())));
                }
            }
            result = Collections.unmodifiableList(list);
            all = result;
        }
        return result;
    }

    /** The strategy levers, in declaration order. */
    public static List<ParamInfo> levers() {
        return all().stream().filter(ParamInfo::lever).toList();
    }

    /** The metadata of the parameter at {@code path}, if there is one. */
    public static Optional<ParamInfo> info(String path) {
        return all().stream().filter(i -> i.path().equals(path)).findFirst();
    }

    /** The section names of a scenario, e.g. {@code market}, {@code strategy}. */
    public static List<String> sections() {
        return Arrays.stream(COMPONENTS.get(ScenarioParams.class))
                .filter(c -> c.getType().isRecord())
                .map(c -> c.getType().getAnnotation(Section.class).value())
                .toList();
    }

    /** The parameter names of a section, in declaration order. */
    public static List<String> names(String section) {
        return all().stream()
                .filter(i -> i.section().equals(section))
                .map(ParamInfo::name)
                .toList();
    }

    /** The value of the parameter at {@code path} in {@code scenario}. */
    public static Object get(ScenarioParams scenario, String path) {
        RecordComponent section = section(path);
        return read(component(path), read(section, scenario));
    }

    /**
     * A copy of {@code scenario} with the parameter at {@code path} set to {@code value}. Numbers are
     * converted to the parameter's type (a whole number is required for an integer parameter), and text is
     * accepted for enums (by label) and booleans.
     *
     * @throws InvalidParameterException if the value is not valid for that parameter
     * @throws IllegalArgumentException if there is no such parameter
     */
    public static ScenarioParams with(ScenarioParams scenario, String path, Object value) {
        return with(scenario, Map.of(path, value));
    }

    /** A copy of {@code scenario} with several parameters replaced; see {@link #with(ScenarioParams, String, Object)}. */
    public static ScenarioParams with(ScenarioParams scenario, Map<String, ?> values) {
        ScenarioParams result = scenario;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            String path = e.getKey();
            RecordComponent sectionComponent = section(path);
            RecordComponent component = component(path);
            Object converted = convert(path, component.getType(), e.getValue());
            Object sectionValue = read(sectionComponent, result);
            Object newSection = replace(sectionValue, component.getName(), converted);
            result = (ScenarioParams) replace(result, sectionComponent.getName(), newSection);
        }
        return result;
    }

    /** A copy of the record {@code target} with component {@code name} replaced by {@code value}. */
    private static Object replace(Object target, String name, Object value) {
        RecordComponent[] components = COMPONENTS.get(target.getClass());
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(name) ? value : read(components[i], target);
        }
        try {
            Constructor<?> canonical = target.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(String path, Class<?> type, Object value) {
        Param p = component(path).getAnnotation(Param.class);
        Object v = value;
        if (value instanceof String s) {
            String text = s.trim();
            if (type == double.class || type == int.class) {
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException(path, allowed(type, p), quote(s));
                }
            } else if (type == boolean.class) {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    v = Boolean.parseBoolean(text);
                } else {
                    throw new InvalidParameterException(path, allowed(type, p), quote(s));
                }
            } else if (type.isEnum()) {
                v = parseEnum(type, text);
                if (v == null) {
                    throw new InvalidParameterException(path, allowed(type, p), quote(s));
                }
            }
        }
        problem(path, type, p, v).ifPresent(e -> {
            throw e;
        });
        if (type == int.class) {
            return ((Number) v).intValue();
        }
        if (type == double.class) {
            return ((Number) v).doubleValue();
        }
        return v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseEnum(Class<?> type, String text) {
        return Labelled.parse((Class) type, text);
    }

    private static List<String> choices(Class<?> type) {
        if (!type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e instanceof Labelled l
                        ? l.label()
                        : ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static RecordComponent section(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("unknown parameter " + path + ": a path is section.name");
        }
        String name = path.substring(0, dot);
        for (RecordComponent c : COMPONENTS.get(ScenarioParams.class)) {
            if (c.getType().isRecord()
                    && c.getType().getAnnotation(Section.class).value().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown parameter " + path + ": no section " + name + " (sections: "
                + String.join(", ", sections()) + ")");
    }

    private static RecordComponent component(String path) {
        RecordComponent section = section(path);
        String name = path.substring(path.indexOf('.') + 1);
        for (RecordComponent c : COMPONENTS.get(section.getType())) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        String sectionName = path.substring(0, path.indexOf('.'));
        throw new IllegalArgumentException("unknown parameter " + path + " (parameters of " + sectionName + ": "
                + Arrays.stream(COMPONENTS.get(section.getType()))
                        .map(RecordComponent::getName)
                        .collect(Collectors.joining(", "))
                + ")");
    }

    private static Object read(RecordComponent c, Object target) {
        try {
            return c.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

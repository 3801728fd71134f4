package org.cjsim.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way parameters are bound: values given by path ({@code strategy.latitude}) are checked and built
 * into the parameter records, and records are taken apart into paths and values. Scenario files, {@code
 * --set}, the manifest of a results folder, {@link Params#with} and the lab all bind through it, so a value
 * is read, checked and reported the same way wherever it is given.
 *
 * <p>A path is {@code section.name}: the {@link Section} of a record composed into {@link ScenarioParams},
 * and a component annotated with {@link Param}. A component of a section record that is itself a record
 * without {@link Param} groups parameters: its parameters belong to the enclosing section, so the path does
 * not change when a section is split into records by concept.
 *
 * <p>Numbers written as text (in a scenario file, after {@code --set}, in the lab) follow one syntax,
 * {@link #number(String)}: an optional sign, decimal digits with an optional fraction and exponent ({@code
 * 0.5}, {@code .5}, {@code 2.}, {@code 1e3}, {@code 1.5E-4}), underscores anywhere to group digits ({@code
 * 30_000}). A leading zero is decimal ({@code 017} is seventeen); hexadecimal, Java's suffixes ({@code 1d}),
 * YAML's {@code .inf} and {@code .nan}, infinity and NaN are refused.
 */
public final class ParamBinder {

    /** Keys and values longer than this are shortened in messages. */
    private static final int SHOWN_LENGTH = 60;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?");

    /** A parameter and the record components that lead to it from {@link ScenarioParams}. */
    private record Slot(ParamInfo info, List<RecordComponent> chain) {}

    /** The slots of every parameter, built on first use (reading the defaults needs the records built). */
    private static final class Slots {
        static final List<Slot> ALL = walk();
        static final Map<String, Slot> BY_PATH = byPath(ALL);
    }

    private ParamBinder() {}

    // ---------------------------------------------------------------- paths

    /** Every parameter of a scenario, in section and declaration order. */
    static List<ParamInfo> infos() {
        return Slots.ALL.stream().map(Slot::info).toList();
    }

    /** The parameter at {@code path}, if there is one. */
    public static Optional<ParamInfo> find(String path) {
        Slot slot = Slots.BY_PATH.get(path);
        return slot == null ? Optional.empty() : Optional.of(slot.info());
    }

    /** The section names of a scenario, e.g. {@code market}, {@code strategy}. */
    public static List<String> sections() {
        return Arrays.stream(ScenarioParams.class.getRecordComponents())
                .filter(c -> c.getType().isRecord())
                .map(c -> c.getType().getAnnotation(Section.class).value())
                .toList();
    }

    /**
     * The message for a path that names no parameter, with the closest path ("did you mean"), the path of
     * a parameter of that name in another section, or what a path is made of.
     */
    public static String unknownPath(String path) {
        List<String> paths = Slots.ALL.stream().map(s -> s.info().path()).toList();
        String suggestion = Suggestions.didYouMean(path, paths);
        if (suggestion.isEmpty()) {
            String name = path.substring(path.indexOf('.') + 1);
            List<String> sameName = Slots.ALL.stream()
                    .map(Slot::info)
                    .filter(i -> i.name().equalsIgnoreCase(name))
                    .map(ParamInfo::path)
                    .toList();
            if (sameName.size() == 1) {
                suggestion = ": did you mean " + sameName.get(0) + "?";
            } else {
                int dot = path.indexOf('.');
                String section = dot < 0 ? path : path.substring(0, dot);
                List<String> names = Params.names(section);
                if (dot > 0 && !names.isEmpty()) {
                    suggestion = Suggestions.closest(name, names)
                            .map(n -> ": did you mean " + section + "." + n + "?")
                            .orElse(" (cjsim scenarios show baseline lists every parameter)");
                } else {
                    suggestion = " (a path is SECTION.NAME, with SECTION one of " + String.join(", ", sections()) + ")";
                }
            }
        }
        return "unknown parameter " + shorten(path) + suggestion;
    }

    // ---------------------------------------------------------------- values

    /**
     * The number written {@code text}, in the one syntax of the class comment, or empty if it is not one
     * (or is not finite).
     */
    public static Optional<Double> number(String text) {
        String t = text.trim().replace("_", "");
        if (!DECIMAL.matcher(t).matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * {@code value} converted to the type of the parameter {@code info} and checked against its range; see
     * {@link #convert(ParamInfo, Object, String)}, with the value shown as given.
     */
    public static Object convert(ParamInfo info, Object value) {
        return convert(info, value, null);
    }

    /**
     * {@code value} converted to the type of the parameter {@code info} and checked against its range. A
     * number may be given as a {@link Number} or as text in the syntax of {@link #number(String)} (a whole
     * number for an integer parameter); a boolean as a {@link Boolean} or the text {@code true} or {@code
     * false}; an enum as its constant or its label (or name), in any case; a text as a non-blank string.
     *
     * @param shown how the value was written, for the message ("got ..."); null to show {@code value}
     *     itself (text in quotes unless it is a number)
     * @throws InvalidParameterException naming the path, what is allowed and what was given, with the
     *     closest label of an enum
     */
    public static Object convert(ParamInfo info, Object value, String shown) {
        Class<?> type = info.type();
        Object v = null;
        String hint = "";
        if (info.numeric()) {
            Double d = value instanceof Number n
                    ? Double.valueOf(n.doubleValue())
                    : value instanceof String s ? number(s).orElse(null) : null;
            if (d != null && Double.isFinite(d) && d >= info.min() && d <= info.max()) {
                if (type == double.class) {
                    v = d;
                } else if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                    v = (int) (double) d;
                }
            }
        } else if (type == boolean.class) {
            if (value instanceof Boolean) {
                v = value;
            } else if (value instanceof String s
                    && (s.trim().equalsIgnoreCase("true") || s.trim().equalsIgnoreCase("false"))) {
                v = Boolean.parseBoolean(s.trim().toLowerCase(Locale.ROOT));
            }
        } else if (type.isEnum()) {
            if (type.isInstance(value)) {
                v = value;
            } else if (value instanceof String s) {
                v = parseEnum(type, s.trim());
                if (v == null) {
                    hint = Suggestions.didYouMean(s, info.choices());
                }
            }
        } else if (type == String.class) {
            if (value instanceof String s && !s.isBlank()) {
                v = s;
            }
        }
        if (v == null) {
            throw new InvalidParameterException(
                    info.path(), info.allowed(), shown != null ? shown : shown(value), hint);
        }
        return v;
    }

    /** The problem with giving {@code value} to the parameter {@code info}, if any ({@link #convert}). */
    public static Optional<InvalidParameterException> check(ParamInfo info, Object value) {
        try {
            convert(info, value);
            return Optional.empty();
        } catch (InvalidParameterException e) {
            return Optional.of(e);
        }
    }

    /**
     * {@code value} as a message shows it: text in quotes unless it is written as a number (even one too
     * large), a number without noise.
     */
    private static String shown(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String s) {
            boolean written = DECIMAL.matcher(s.trim().replace("_", "")).matches();
            return written ? shorten(s.trim()) : "\"" + shorten(s) + "\"";
        }
        if (value instanceof Number n) {
            return Params.format(n.doubleValue());
        }
        return value instanceof Labelled l ? l.label() : shorten(String.valueOf(value));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseEnum(Class<?> type, String text) {
        return Labelled.class.isAssignableFrom(type) ? Labelled.parse((Class) type, text) : null;
    }

    // ---------------------------------------------------------------- taking apart

    /** The value of the parameter at {@code path} in {@code scenario}. */
    public static Object get(ScenarioParams scenario, String path) {
        Slot slot = Slots.BY_PATH.get(path);
        if (slot == null) {
            throw new IllegalArgumentException(unknownPath(path));
        }
        return read(slot, scenario);
    }

    /** Every parameter of {@code scenario} as path to value (enums as their constants), in declaration order. */
    public static Map<String, Object> values(ScenarioParams scenario) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Slot slot : Slots.ALL) {
            values.put(slot.info().path(), read(slot, scenario));
        }
        return values;
    }

    // ---------------------------------------------------------------- building

    /**
     * A copy of {@code base} with the values given by path converted ({@link #convert(ParamInfo, Object)})
     * and set, each record built once with all its new values so that rules between parameters see the
     * final values. The first problem is thrown.
     *
     * @throws InvalidParameterException if a value is not valid for its parameter
     * @throws IllegalArgumentException if a path names no parameter ({@link #unknownPath})
     */
    public static ScenarioParams with(ScenarioParams base, Map<String, ?> values) {
        Map<String, Object> converted = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            ParamInfo info = find(e.getKey()).orElseThrow(() -> new IllegalArgumentException(unknownPath(e.getKey())));
            converted.put(info.path(), convert(info, e.getValue()));
        }
        try {
            return bind(base, converted);
        } catch (BindingException e) {
            throw e.problems().get(0);
        }
    }

    /**
     * A copy of {@code base} with {@code values}, already converted ({@link #convert}) and keyed by their
     * parameter's path, set. Each changed record is built once with all its values.
     *
     * @throws BindingException with every rule between parameters that the values break, at most one per
     *     section
     */
    public static ScenarioParams bind(ScenarioParams base, Map<String, Object> values) throws BindingException {
        Map<String, Object> byPath = new LinkedHashMap<>(values);
        List<Slot> slots = new ArrayList<>();
        for (String path : byPath.keySet()) {
            Slot slot = Slots.BY_PATH.get(path);
            if (slot == null) {
                throw new IllegalArgumentException(unknownPath(path));
            }
            slots.add(slot);
        }
        List<InvalidParameterException> problems = new ArrayList<>();
        RecordComponent[] top = ScenarioParams.class.getRecordComponents();
        Object[] args = new Object[top.length];
        for (int i = 0; i < top.length; i++) {
            Object current = read(top[i], base);
            List<Slot> here = under(slots, 0, top[i]);
            if (here.isEmpty()) {
                args[i] = current;
                continue;
            }
            try {
                args[i] = rebuild(current, here, 1, byPath);
            } catch (InvalidParameterException e) {
                problems.add(e);
                args[i] = current;
            }
        }
        if (!problems.isEmpty()) {
            throw new BindingException(problems);
        }
        try {
            return (ScenarioParams) construct(ScenarioParams.class, args);
        } catch (InvalidParameterException e) {
            throw new BindingException(List.of(e));
        }
    }

    /**
     * Several rules between parameters broken by one binding ({@link #bind}): each names its parameter's
     * path, what is allowed and what was given.
     */
    public static final class BindingException extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient List<InvalidParameterException> problems;

        BindingException(List<InvalidParameterException> problems) {
            super(problems.get(0).getMessage());
            this.problems = List.copyOf(problems);
        }

        /** Every problem, in section order. */
        public List<InvalidParameterException> problems() {
            return problems;
        }
    }

    private static List<Slot> under(List<Slot> slots, int depth, RecordComponent component) {
        // Each call of getRecordComponents() makes new objects: compare by record and name.
        return slots.stream()
                .filter(s -> s.chain().get(depth).getName().equals(component.getName())
                        && s.chain().get(depth).getDeclaringRecord() == component.getDeclaringRecord())
                .toList();
    }

    /** A copy of the record {@code target} at depth {@code depth} of the slots' chains with their values set. */
    private static Object rebuild(Object target, List<Slot> slots, int depth, Map<String, Object> values) {
        RecordComponent[] components = target.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            List<Slot> here = under(slots, depth, c);
            if (here.isEmpty()) {
                args[i] = read(c, target);
            } else if (here.get(0).chain().size() == depth + 1) {
                args[i] = values.get(here.get(0).info().path());
            } else {
                args[i] = rebuild(read(c, target), here, depth + 1, values);
            }
        }
        return construct(target.getClass(), args);
    }

    private static Object construct(Class<?> type, Object[] args) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
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

    // ---------------------------------------------------------------- reflection

    private static List<Slot> walk() {
        ScenarioParams defaults = ScenarioParams.defaults();
        List<Slot> slots = new ArrayList<>();
        for (RecordComponent section : ScenarioParams.class.getRecordComponents()) {
            if (section.getType().isRecord()) {
                String name = section.getType().getAnnotation(Section.class).value();
                walk(name, List.of(section), read(section, defaults), slots);
            }
        }
        return Collections.unmodifiableList(slots);
    }

    private static void walk(String section, List<RecordComponent> chain, Object value, List<Slot> slots) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            List<RecordComponent> path = new ArrayList<>(chain);
            path.add(c);
            Param p = c.getAnnotation(Param.class);
            if (p != null) {
                ParamInfo info = new ParamInfo(
                        section + "." + c.getName(),
                        c.getType(),
                        p.unit(),
                        p.min(),
                        p.max(),
                        read(c, value),
                        p.description(),
                        p.lever(),
                        p.low(),
                        p.high(),
                        Params.choices(c.getType()));
                slots.add(new Slot(info, List.copyOf(path)));
            } else if (c.getType().isRecord()) {
                walk(section, path, read(c, value), slots);
            } else {
                throw new IllegalStateException(value.getClass().getSimpleName() + "." + c.getName()
                        + " is neither a @Param nor a record of parameters");
            }
        }
    }

    private static Map<String, Slot> byPath(List<Slot> slots) {
        Map<String, Slot> map = new LinkedHashMap<>();
        for (Slot s : slots) {
            if (map.put(s.info().path(), s) != null) {
                throw new IllegalStateException("two parameters at " + s.info().path());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static Object read(Slot slot, ScenarioParams scenario) {
        Object value = scenario;
        for (RecordComponent c : slot.chain()) {
            value = read(c, value);
        }
        return value;
    }

    private static Object read(RecordComponent c, Object target) {
        try {
            return c.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- messages

    /**
     * {@code text} as it may stand in a message: control characters written as escapes (a message stays
     * one line), and a long key or value (a file may hold a key of a million letters) cut, saying how long
     * it was.
     */
    public static String shorten(String text) {
        if (text.length() <= SHOWN_LENGTH) {
            return visible(text);
        }
        int end = SHOWN_LENGTH - 10;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return visible(text.substring(0, end)) + "... (" + String.format(Locale.ROOT, "%,d", text.length())
                + " characters)";
    }

    private static String visible(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }
}

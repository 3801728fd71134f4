package org.cjsim.params;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cjsim.format.UnitFormat;

/**
 * The parameters of a scenario: validation of a record against its {@link Param} annotations, the list of
 * every parameter with its metadata, and short forms of {@link ParamBinder} for reading and replacing a
 * value by its path ({@code strategy.latitude}).
 *
 * <p>Paths are {@code section.component}, where the section is the {@link Section} of a record composed
 * into {@link ScenarioParams}.
 */
public final class Params {

    /** Each record's parameters as the constructors check them (no defaults: these are being built). */
    private static final ClassValue<ParamInfo[]> CHECKED = new ClassValue<>() {
        @Override
        protected ParamInfo[] computeValue(Class<?> type) {
            String section = type.getAnnotation(Section.class).value();
            RecordComponent[] components = type.getRecordComponents();
            ParamInfo[] infos = new ParamInfo[components.length];
            for (int i = 0; i < components.length; i++) {
                Param p = components[i].getAnnotation(Param.class);
                if (p != null) {
                    infos[i] = new ParamInfo(
                            section + "." + components[i].getName(),
                            components[i].getType(),
                            p.unit(),
                            p.min(),
                            p.max(),
                            null,
                            p.description(),
                            p.lever(),
                            p.low(),
                            p.high(),
                            choices(components[i].getType()));
                }
            }
            return infos;
        }
    };

    private Params() {}

    /**
     * Checks the values of a parameter record, given in component order, against their {@link Param}
     * annotations, as {@link ParamBinder#convert} checks a value given by path. Called from each record's
     * compact constructor.
     *
     * @throws InvalidParameterException naming the first invalid parameter
     */
    public static void validate(Class<? extends Record> type, Object... values) {
        ParamInfo[] infos = CHECKED.get(type);
        if (infos.length != values.length) {
            throw new IllegalStateException(
                    type.getSimpleName() + " validates " + values.length + " of " + infos.length + " components");
        }
        for (int i = 0; i < infos.length; i++) {
            if (infos[i] != null) {
                ParamBinder.convert(infos[i], values[i]);
            }
        }
    }

    /** A parameter value as a person would type it: see {@link UnitFormat#parameter}. */
    public static String format(double v) {
        return UnitFormat.parameter(v);
    }

    /** Every parameter of a scenario, in section and declaration order. */
    public static List<ParamInfo> all() {
        return ParamBinder.infos();
    }

    /** The strategy levers, in declaration order. */
    public static List<ParamInfo> levers() {
        return all().stream().filter(ParamInfo::lever).toList();
    }

    /** The metadata of the parameter at {@code path}, if there is one. */
    public static Optional<ParamInfo> info(String path) {
        return ParamBinder.find(path);
    }

    /** The section names of a scenario, e.g. {@code market}, {@code strategy}. */
    public static List<String> sections() {
        return ParamBinder.sections();
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
        return ParamBinder.get(scenario, path);
    }

    /**
     * A copy of {@code scenario} with the parameter at {@code path} set to {@code value}, bound by {@link
     * ParamBinder#with}: numbers are converted to the parameter's type (a whole number is required for an
     * integer parameter), and text is read as a number, a boolean or an enum label.
     *
     * @throws InvalidParameterException if the value is not valid for that parameter
     * @throws IllegalArgumentException if there is no such parameter
     */
    public static ScenarioParams with(ScenarioParams scenario, String path, Object value) {
        return ParamBinder.with(scenario, Map.of(path, value));
    }

    /** A copy of {@code scenario} with several parameters replaced; see {@link ParamBinder#with}. */
    public static ScenarioParams with(ScenarioParams scenario, Map<String, ?> values) {
        return ParamBinder.with(scenario, values);
    }

    /** The labels of an enum parameter's constants, empty for other types. */
    static List<String> choices(Class<?> type) {
        if (!type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e instanceof Labelled l
                        ? l.label()
                        : ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                .toList();
    }
}

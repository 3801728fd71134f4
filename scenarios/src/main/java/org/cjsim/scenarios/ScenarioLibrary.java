package org.cjsim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cjsim.params.ScenarioParams;

/**
 * The built-in strategies (the README's "The built-in strategies"), stored as scenario files under {@code
 * /org/cjsim/scenarios/library/NAME.yaml}. {@code baseline} holds the defaults; every other one extends it
 * and changes the strategy levers.
 */
public final class ScenarioLibrary {
    /** The built-in scenarios, in the order of tables and {@code cjsim scenarios list}. */
    private static final List<String> NAMES = List.of(
            "baseline",
            "cost-cutter",
            "resolve-fast",
            "empowered",
            "honest",
            "overpromise",
            "refund-everything",
            "prevention-first",
            "delight");

    private static final String FOLDER = "/org/cjsim/scenarios/library/";
    private static final Map<String, ScenarioParams> CACHE = new ConcurrentHashMap<>();

    private ScenarioLibrary() {}

    /** The names of the built-in scenarios, {@code baseline} first. */
    public static List<String> names() {
        return NAMES;
    }

    /** True if {@code name} is a built-in scenario. */
    public static boolean contains(String name) {
        return NAMES.contains(name);
    }

    /**
     * The built-in scenario {@code name}.
     *
     * @throws IllegalArgumentException if there is no such built-in scenario
     */
    public static ScenarioParams get(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("no built-in scenario " + name + "; built-in: " + NAMES);
        }
        ScenarioParams cached = CACHE.get(name);
        if (cached == null) {
            cached = load(name);
            CACHE.put(name, cached);
        }
        return cached;
    }

    /** Every built-in scenario, in {@link #names()} order. */
    public static List<ScenarioParams> all() {
        return NAMES.stream().map(ScenarioLibrary::get).toList();
    }

    /** The YAML text of the built-in scenario {@code name}, as stored. */
    public static String text(String name) {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(FOLDER + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the built-in scenario " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScenarioParams load(String name) {
        try {
            return ScenarioLoader.parse(text(name), "built-in scenario " + name, name, null);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in scenario " + name + " is broken: " + e.getMessage(), e);
        }
    }
}

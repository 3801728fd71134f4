package org.cjsim.scenarios;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a scenario: where it is and what is wrong, in words that name the parameter, what
 * is allowed and what was given.
 *
 * @param source the file, built-in scenario or option the value came from, e.g. {@code my.yaml} or
 *     {@code --set}
 * @param line line in the source (from 1), or 0 when unknown
 * @param column column in the source (from 1), or 0 when unknown
 * @param path the parameter's path, e.g. {@code strategy.latitude}, or the key that is wrong; empty for
 *     problems with the file as a whole; {@link #MORE} for the line that counts the problems not listed
 * @param message what is wrong, e.g. {@code strategy.latitude must be in [0, 1], got 1.4}
 */
public record ScenarioProblem(String source, int line, int column, String path, String message) {
    /** The {@link #path} of the line that stands for problems not listed: see {@link #more}. */
    public static final String MORE = "...";

    private static final Pattern MORE_MESSAGE = Pattern.compile("\\.\\.\\. and ([0-9,]+) more problems?");

    /**
     * The line that stands for {@code count} problems not listed ({@code ... and 1,234 more problems}), so
     * that a list of problems stays short whatever the input. {@link ScenarioException} adds it.
     */
    public static ScenarioProblem more(String source, long count) {
        return new ScenarioProblem(
                source,
                0,
                0,
                MORE,
                String.format(Locale.ROOT, "... and %,d more problem%s", count, count == 1 ? "" : "s"));
    }

    /** How many problems this line stands for: 1, or the count of a {@link #more} line. */
    public long count() {
        if (MORE.equals(path)) {
            Matcher m = MORE_MESSAGE.matcher(message);
            if (m.matches()) {
                return Long.parseLong(m.group(1).replace(",", ""));
            }
        }
        return 1;
    }

    /** True for the line made by {@link #more}. */
    public boolean isMore() {
        return MORE.equals(path) && MORE_MESSAGE.matcher(message).matches();
    }

    /** The problem as one line: {@code my.yaml:4:13: strategy.latitude must be in [0, 1], got 1.4}. */
    @Override
    public String toString() {
        if (source.isEmpty()) {
            return message;
        }
        return source + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
    }
}

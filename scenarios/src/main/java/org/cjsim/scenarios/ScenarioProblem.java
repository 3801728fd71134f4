package org.cjsim.scenarios;

/**
 * One thing wrong with a scenario: where it is and what is wrong, in words that name the parameter, what
 * is allowed and what was given.
 *
 * @param source the file, built-in scenario or option the value came from, e.g. {@code my.yaml} or
 *     {@code --set}
 * @param line line in the source (from 1), or 0 when unknown
 * @param column column in the source (from 1), or 0 when unknown
 * @param path the parameter's path, e.g. {@code strategy.latitude}, or the key that is wrong; empty for
 *     problems with the file as a whole
 * @param message what is wrong, e.g. {@code strategy.latitude must be in [0, 1], got 1.4}
 */
public record ScenarioProblem(String source, int line, int column, String path, String message) {

    /** The problem as one line: {@code my.yaml:4:13: strategy.latitude must be in [0, 1], got 1.4}. */
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
    }
}

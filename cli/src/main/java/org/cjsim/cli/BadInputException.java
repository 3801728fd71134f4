package org.cjsim.cli;

import java.util.List;

/**
 * The user gave something cjsim cannot use; the message says what and how to fix it, in one or two lines
 * (or one line per problem of a scenario file). Exits with {@link ExitCodes#BAD_INPUT}.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    public BadInputException(String message) {
        this(List.of(message), null);
    }

    public BadInputException(String message, Throwable cause) {
        this(List.of(message), cause);
    }

    public BadInputException(List<String> lines, Throwable cause) {
        super(String.join("\n", lines), cause);
        this.lines = List.copyOf(lines);
    }

    /** The lines to print. */
    public List<String> lines() {
        return lines;
    }
}

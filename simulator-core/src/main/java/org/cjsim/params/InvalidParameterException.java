package org.cjsim.params;

/**
 * A parameter value outside its valid range or of the wrong kind.
 *
 * <p>The message names the parameter's path, what is allowed and what was given, e.g. {@code
 * strategy.latitude must be in [0, 1], got 1.4}.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String allowed;
    private final String given;

    public InvalidParameterException(String path, String allowed, String given) {
        this(path, allowed, given, "");
    }

    /**
     * A problem whose message ends with {@code hint}, e.g. {@code ": did you mean mixed?"} after the value
     * given.
     */
    public InvalidParameterException(String path, String allowed, String given, String hint) {
        super(path + " must be " + allowed + ", got " + given + hint);
        this.path = path;
        this.allowed = allowed;
        this.given = given;
    }

    /** The parameter's path in a scenario file, e.g. {@code strategy.latitude}. */
    public String path() {
        return path;
    }

    /** What is allowed, e.g. {@code in [0, 1]} or {@code one of small-world, mixed}. */
    public String allowed() {
        return allowed;
    }

    /** The value given, as text. */
    public String given() {
        return given;
    }
}

package org.cjsim.params;

/** An enum constant with the lower-case, hyphenated label used in scenario files, e.g. {@code small-world}. */
public interface Labelled {
    String label();

    /** The constant of {@code type} whose label (or name, ignoring case) is {@code text}, or null. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.label().equalsIgnoreCase(text) || e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        return null;
    }
}

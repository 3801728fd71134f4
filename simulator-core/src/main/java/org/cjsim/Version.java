package org.cjsim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of cjsim, from the build. */
public final class Version {
    private static final String VERSION = load();

    private Version() {}

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    /**
     * The version as charts and reports show it to a reader: {@link #label(String)} of {@link #get()}, e.g.
     * {@code 0.4.0} in a release, {@code 0.4.0 (development build)} in a build of work in progress.
     */
    public static String label() {
        return label(VERSION);
    }

    /**
     * {@code version} for a reader: a release ({@code 0.4.0}) as it is; a Maven snapshot ({@code
     * 0.4.0-SNAPSHOT}) as {@code 0.4.0 (development build)}, which says the same without the jargon.
     */
    public static String label(String version) {
        String snapshot = "-SNAPSHOT";
        if (version != null && version.endsWith(snapshot) && version.length() > snapshot.length()) {
            return version.substring(0, version.length() - snapshot.length()) + " (development build)";
        }
        return version;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.cjsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void aReleaseIsShownAsItIs() {
        assertEquals("0.4.0", Version.label("0.4.0"));
        assertEquals("unknown", Version.label("unknown"));
    }

    @Test
    void aSnapshotIsShownAsADevelopmentBuildWithoutTheMavenSuffix() {
        assertEquals("0.4.0 (development build)", Version.label("0.4.0-SNAPSHOT"));
        assertEquals("-SNAPSHOT", Version.label("-SNAPSHOT"));
        assertEquals(Version.label(Version.get()), Version.label());
    }
}

package org.cjsim.output;

import java.io.IOException;
import java.util.List;

/**
 * A results folder cannot be used as asked: it is in use by another process, not empty, not a results
 * folder, or cannot be written. The message says what and how to fix it, one or two lines.
 */
public final class FolderException extends IOException {
    private static final long serialVersionUID = 1L;

    FolderException(String... lines) {
        super(String.join("\n", lines));
    }

    FolderException(String line, Throwable cause) {
        super(line, cause);
    }

    /** The lines of the message. */
    public List<String> lines() {
        return getMessage().lines().toList();
    }
}

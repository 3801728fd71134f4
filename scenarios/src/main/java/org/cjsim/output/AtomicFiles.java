package org.cjsim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part: the
 * content goes to a temporary file in the same folder, which then replaces the target in one move.
 */
public final class AtomicFiles {
    /** Suffix of the temporary files; a folder left by an interrupted run may hold some. */
    public static final String TEMP_SUFFIX = ".part";

    private AtomicFiles() {}

    /** Something that writes to a stream and may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target}, replacing it atomically. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp =
                dir.resolve(target.getFileName() + "." + Thread.currentThread().getId() + TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

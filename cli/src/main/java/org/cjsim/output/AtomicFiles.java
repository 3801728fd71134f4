package org.cjsim.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part: the
 * content goes to a temporary file in the same folder ({@code NAME.PID-N.part}, unique to this process),
 * is forced to the disk, and then replaces the target in one move. A symbolic link at the target is
 * replaced, never followed.
 */
public final class AtomicFiles {
    /** Suffix of the temporary files; a folder left by an interrupted run may hold some. */
    public static final String TEMP_SUFFIX = ".part";

    /** {@code NAME.PID-N.part}: the process that wrote a temporary file. */
    private static final Pattern TEMP = Pattern.compile(".*\\.(\\d+)-\\d+" + Pattern.quote(TEMP_SUFFIX));

    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();

    /**
     * Where tests inject write failures (a full disk): every stream cjsim writes into a results folder passes
     * through it. Test code reaches it through a bridge class in the test sources.
     */
    @FunctionalInterface
    interface Faults {
        Faults NONE = (target, out) -> out;

        OutputStream wrap(Path target, OutputStream out) throws IOException;
    }

    static volatile Faults faults = Faults.NONE;

    private AtomicFiles() {}

    /** Something that writes to a stream and may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target}, replacing it atomically.
     *
     * @throws IOException if it cannot be written; its message names {@code target} and the reason
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            replace(target, content);
        } catch (IOException e) {
            throw named(target, e);
        }
    }

    private static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + "." + PID + "-" + COUNTER.incrementAndGet() + TEMP_SUFFIX);
        try {
            // CREATE_NEW: never write through a file or link that is already there.
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out =
                        new BufferedOutputStream(faults.wrap(target, Channels.newOutputStream(channel)), 1 << 16);
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        // The content may close its stream: keep the channel open to force it to the disk.
                        out.flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Opens {@code file} to append to it (not atomic: for {@code summary.csv}, which is rebuilt whenever a
     * study starts or resumes).
     */
    static OutputStream append(Path file) throws IOException {
        OutputStream out;
        try {
            out = faults.wrap(
                    file,
                    Files.newOutputStream(
                            file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw named(file, e);
        }
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw named(file, e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw named(file, e);
                }
            }
        };
    }

    /**
     * An error whose message names the file ("PATH: No space left on device"): the system's own message
     * often does not. The original is kept as suppressed, for the stack trace of --verbose.
     */
    private static IOException named(Path file, IOException e) {
        String prefix = file + ": ";
        if (e.getMessage() != null && e.getMessage().startsWith(prefix)) {
            return e;
        }
        IOException named = new IOException(prefix + StudyFolder.reason(e));
        named.addSuppressed(e);
        return named;
    }

    /**
     * Whether {@code name} is a temporary file that no running process is writing: one of a process that has
     * ended, or of the older format without a process id.
     */
    static boolean isStaleTemporary(String name) {
        if (!name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        Matcher m = TEMP.matcher(name);
        if (!m.matches()) {
            return true;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return true;
        }
        return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** Makes the move into {@code dir} last through a power failure, where the system allows it. */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems (Windows) cannot open a folder: the move is still atomic, only perhaps not yet durable.
        }
    }
}

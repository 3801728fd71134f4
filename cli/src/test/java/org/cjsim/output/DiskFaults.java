package org.cjsim.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Makes writes into results folders fail as a full disk does, for tests in any package: every file whose
 * path {@code fails} accepts gets an error ("No space left on device") after its first bytes. Close it to
 * give the space back.
 */
public final class DiskFaults implements AutoCloseable {
    /** The message of the system when a disk is full. */
    public static final String FULL = "No space left on device";

    private DiskFaults(Predicate<Path> fails) {
        AtomicFiles.faults = (target, out) -> new Full(target, out, fails);
    }

    /** Fails every write of a file that {@code fails} accepts, until closed. */
    public static DiskFaults failing(Predicate<Path> fails) {
        return new DiskFaults(fails);
    }

    /**
     * Fails every write from the moment a file that {@code first} accepts is written, as a disk that fills up
     * and stays full does, until closed.
     */
    public static DiskFaults fullFrom(Predicate<Path> first) {
        boolean[] full = {false};
        return new DiskFaults(target -> {
            synchronized (full) {
                full[0] |= first.test(target);
                return full[0];
            }
        });
    }

    @Override
    public void close() {
        AtomicFiles.faults = AtomicFiles.Faults.NONE;
    }

    /** When its file is to fail: takes 100 bytes, then fails. */
    private static final class Full extends FilterOutputStream {
        private final Path target;
        private final Predicate<Path> fails;
        private long left = 100;

        Full(Path target, OutputStream out, Predicate<Path> fails) {
            super(out);
            this.target = target;
            this.fails = fails;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!fails.test(target)) {
                out.write(b, off, len);
                return;
            }
            int n = (int) Math.min(left, len);
            out.write(b, off, n);
            left -= n;
            if (n < len) {
                throw new IOException(FULL);
            }
        }
    }
}

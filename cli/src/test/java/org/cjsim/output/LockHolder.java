package org.cjsim.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Another process that holds a results folder, for tests of the locks across processes: {@code shared DIR}
 * as a shard does, {@code exclusive DIR} as a study or a merge does. It says {@code locked} on standard output
 * once it holds the lock, and lets go when its standard input is closed.
 */
final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    /** Starts a process holding {@code dir} ({@code shared} or {@code exclusive}) and waits until it does. */
    static LockHolder start(String how, Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                how,
                dir.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"locked".equals(line)) {
            p.destroyForcibly();
            throw new IOException("the other process did not lock " + dir + ": " + line);
        }
        return new LockHolder(p);
    }

    /** Lets go of the lock and waits for the process to end. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (AutoCloseable lock = args[0].equals("shared")
                ? StudyFolder.share(dir)
                : StudyFolder.resume(dir, "cjsim compare --resume " + dir)) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Until the parent closes our standard input.
            }
        }
    }
}

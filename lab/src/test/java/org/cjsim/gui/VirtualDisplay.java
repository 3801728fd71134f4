package org.cjsim.gui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The X display a GUI test runs on: the one in {@code DISPLAY} if it is set, otherwise a virtual X server
 * (Xvfb, 1600 x 1000 pixels) started for the test on a display number Xvfb chooses itself among the free
 * ones ({@code -displayfd}), and stopped when closed. Without either, the test is skipped with an
 * assumption that says how to install Xvfb.
 */
public final class VirtualDisplay implements AutoCloseable {
    static final String SCREEN = "1600x1000x24";
    private static final long START_SECONDS = 30;

    private final String name;
    private final Process server;

    private VirtualDisplay(String name, Process server) {
        this.name = name;
        this.server = server;
    }

    /** The display of the environment, or a new virtual one; skips the test when there can be neither. */
    public static VirtualDisplay obtain() throws IOException, InterruptedException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new VirtualDisplay(existing, null);
        }
        Path xvfb = onPath("Xvfb");
        assumeTrue(
                xvfb != null,
                "DISPLAY is not set and Xvfb is not installed, so the GUI cannot be tested here;"
                        + " install it with: apt-get install -y xvfb");
        Process server = new ProcessBuilder(
                        xvfb.toString(), "-displayfd", "1", "-screen", "0", SCREEN, "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = number.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            server.destroyForcibly();
            throw new IOException("Xvfb did not report its display within " + START_SECONDS + " s", e);
        }
        if (line == null || !line.trim().matches("\\d+")) {
            server.destroyForcibly();
            throw new IOException("Xvfb did not start (exit " + (server.isAlive() ? "none" : server.exitValue())
                    + ", reported " + line + ")");
        }
        return new VirtualDisplay(":" + line.trim(), server);
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The value for {@code DISPLAY}, e.g. {@code :1}. */
    public String name() {
        return name;
    }

    /** True when this object started the X server. */
    boolean isVirtual() {
        return server != null;
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}

package org.cjsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lab under a real (virtual) X display, each test in a child Java process, since the tests' own JVM
 * runs with {@code java.awt.headless=true}. The screenshots are kept in {@code target/lab-it/} to look at.
 */
class LabIT {
    private static final long CHILD_SECONDS = 150;
    private static final Path OUT = Path.of("target", "lab-it").toAbsolutePath();
    private static VirtualDisplay display;

    @BeforeAll
    static void startDisplay() throws Exception {
        display = VirtualDisplay.obtain();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stopDisplay() throws Exception {
        if (display != null) {
            display.close();
        }
    }

    @Test
    void theConsoleRunsFiftyDaysAndItsScreenshotShowsTheLabInColour() throws Exception {
        Path png = OUT.resolve("gui.png");
        Files.deleteIfExists(png);

        runChild(SnapshotProcess.class, "snapshot", png.toString(), "50", "42");

        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1000 && image.getHeight() >= 700, image.getWidth() + "x" + image.getHeight());
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int pixels = image.getWidth() * image.getHeight();
        int commonest = colours.values().stream().max(Integer::compare).orElse(0);
        assertTrue(colours.size() > 500, "only " + colours.size() + " colours: the screenshot is nearly blank");
        assertTrue(commonest < 0.6 * pixels, "one colour covers " + (100 * commonest / pixels) + "% of the picture");
        // the network view drew people in their categories' colours, and the charts drew their lines
        assertTrue(count(colours, PersonCategory.PASSIVE.color().getRGB()) > 500, "passive customers drawn");
        assertTrue(count(colours, PersonCategory.AWARE.color().getRGB()) > 500, "aware people drawn");
        assertTrue(count(colours, 0x0072B2) > 200, "chart lines drawn");
    }

    @Test
    void aStudentMovesALeverInspectsAPersonAndClosingTheConsoleReturnsToTheCaller() throws Exception {
        Path png = OUT.resolve("interactive.png");
        Files.deleteIfExists(png);

        String output = runChild(InteractiveProcess.class, "interactive", png.toString());

        assertTrue(output.contains("OK"), output);
        assertTrue(Files.size(png) > 10_000);
    }

    private static int count(Map<Integer, Integer> colours, int rgb) {
        return colours.getOrDefault(rgb & 0xFFFFFF, 0);
    }

    /** Runs {@code main} of a test class in a Java process on the display; returns what it printed. */
    private static String runChild(Class<?> main, String name, String... args) throws Exception {
        Path log = OUT.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-Djava.awt.headless=false",
                "-cp",
                classPath(),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder child =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().put("DISPLAY", display.name());
        Process process = child.start();
        boolean finished = process.waitFor(CHILD_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, name + " took more than " + CHILD_SECONDS + " s:\n" + output);
        assertEquals(0, process.exitValue(), name + " failed:\n" + output);
        return output;
    }

    /** The test class path: Failsafe's own JVM may see only a manifest-only booter jar. */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        if (path == null || path.isBlank()) {
            path = System.getProperty("java.class.path");
        }
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}

package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart and image files are written whole or not at all, through temporary names unique to the process,
 * never through a symbolic link, without ImageIO's cache files, and in the format their name says.
 */
class ChartFilesTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final ChartOptions SMALL = ChartOptions.defaults().withSize(320, 180);

    @TempDir
    Path dir;

    private static JFreeChart chart() {
        return Charts.create(
                        ChartType.NPS,
                        null,
                        Fixtures.comparison(ComparisonChartTest.result(), "baseline"),
                        Fixtures.CONTEXT)
                .get(0)
                .chart();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path chart = dir.resolve("ladder.png");
        Files.writeString(chart, "the good chart");
        IOException e = assertThrows(
                IOException.class,
                () -> ChartWriter.writeAtomically(chart, out -> {
                    out.write(new byte[] {1, 2, 3});
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("the good chart", Files.readString(chart));
        assertEquals(List.of("ladder.png"), names());
    }

    @Test
    void theTemporaryFileIsInTheSameFolderNamedByProcessAndCallWithThePartSuffix() throws Exception {
        Path chart = dir.resolve("ladder.svg");
        List<String> temporary = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ChartWriter.writeAtomically(chart, out -> {
                names().stream().filter(n -> !n.equals("ladder.svg")).forEach(temporary::add);
                out.write('x');
            });
        }
        long pid = ProcessHandle.current().pid();
        assertEquals(2, temporary.size(), temporary.toString());
        for (String t : temporary) {
            assertTrue(t.matches("ladder\\.svg\\." + pid + "-[0-9]+\\.part"), t);
        }
        assertNotEquals(temporary.get(0), temporary.get(1));
        assertEquals(List.of("ladder.svg"), names());
        assertEquals("x", Files.readString(chart));
    }

    @Test
    void aChartWrittenOverASymbolicLinkReplacesTheLinkAndLeavesItsTargetAlone() throws Exception {
        Path outside = Files.createDirectory(dir.resolve("outside")).resolve("precious.txt");
        Files.writeString(outside, "keep me");
        Path charts = Files.createDirectory(dir.resolve("charts"));
        Files.createSymbolicLink(charts.resolve("ladder.png"), outside);
        Files.createSymbolicLink(charts.resolve("ladder.svg"), outside);
        List<Path> files = ChartWriter.write(
                chart(), charts, "ladder", SMALL.withFormats(EnumSet.of(ChartFormat.PNG, ChartFormat.SVG)));
        assertEquals("keep me", Files.readString(outside));
        for (Path f : files) {
            assertFalse(Files.isSymbolicLink(f), f + " is still a link");
        }
        byte[] png = Files.readAllBytes(charts.resolve("ladder.png"));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        assertTrue(Files.readString(charts.resolve("ladder.svg")).contains("<svg"));
    }

    @Test
    void everyFormatIsWrittenThroughATemporaryFileThatIsGoneAfterwards() throws Exception {
        Path charts = Files.createDirectory(dir.resolve("charts"));
        Files.writeString(charts.resolve("ladder.pdf"), "old");
        List<Path> files =
                ChartWriter.write(chart(), charts, "ladder", SMALL.withFormats(EnumSet.allOf(ChartFormat.class)));
        assertEquals(3, files.size());
        try (Stream<Path> list = Files.list(charts)) {
            assertEquals(
                    List.of("ladder.pdf", "ladder.png", "ladder.svg"),
                    list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(charts.resolve("ladder.pdf"), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
    }

    /**
     * ImageIO's disk cache puts {@code imageio*.tmp} files in its cache folder (by default the system's
     * temporary folder), which a killed write leaves behind. Point the cache at a folder that is then removed:
     * a writer that used the cache would fail ("Not a directory!"), one that encodes in memory does not.
     */
    @Test
    void imagesAreEncodedInMemoryWithoutImageIoCacheFiles() throws Exception {
        boolean useCache = ImageIO.getUseCache();
        File cacheDirectory = ImageIO.getCacheDirectory();
        Path cache = Files.createDirectory(dir.resolve("imageio-cache"));
        try {
            ImageIO.setUseCache(true);
            ImageIO.setCacheDirectory(cache.toFile());
            Files.delete(cache);
            Path charts = Files.createDirectory(dir.resolve("charts"));
            ChartWriter.writePng(chart(), charts.resolve("ladder.png"), SMALL);
            ChartWriter.writeImage(picture(), charts.resolve("lab.jpg"));
            assertFalse(Files.exists(cache));
            assertEquals(
                    180, ImageIO.read(charts.resolve("ladder.png").toFile()).getHeight());
        } finally {
            ImageIO.setCacheDirectory(cacheDirectory);
            ImageIO.setUseCache(useCache);
        }
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLUE);
        g.fillRect(10, 10, 20, 20);
        g.dispose();
        return image;
    }

    @Test
    void anImageIsWrittenInTheFormatItsNameSays() throws Exception {
        ChartWriter.writeImage(picture(), dir.resolve("lab.png"));
        ChartWriter.writeImage(picture(), dir.resolve("lab.jpg"));
        ChartWriter.writeImage(picture(), dir.resolve("lab.JPEG"));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(dir.resolve("lab.png")), 8));
        for (String jpeg : List.of("lab.jpg", "lab.JPEG")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(jpeg));
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Arrays.copyOf(bytes, 3), jpeg);
            BufferedImage back = ImageIO.read(dir.resolve(jpeg).toFile());
            assertEquals(64, back.getWidth());
            Color c = new Color(back.getRGB(20, 20));
            assertTrue(c.getBlue() > 220 && c.getRed() < 35 && c.getGreen() < 35, jpeg + ": " + c);
        }
        assertEquals("png", ChartWriter.imageFormat(Path.of("a.PNG")));
        assertEquals("jpeg", ChartWriter.imageFormat(Path.of("a.jpeg")));
    }

    @Test
    void anImageNameWithAnotherExtensionIsRefusedNamingTheAllowedOnes() {
        for (String name : List.of("lab.gif", "lab", "lab.png.txt", ".png.")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> ChartWriter.writeImage(picture(), dir.resolve(name)));
            assertTrue(e.getMessage().contains(".png, .jpg, .jpeg"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("lab.gif")));
    }
}

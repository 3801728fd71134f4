package org.cjsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: {@code ./cjsim compare} and {@code ./cjsim report} (the shaded jar), then
 * headless Chromium renders the page to a screenshot, which must not be blank, and to its DOM, which must hold
 * every chart as a rendered SVG. Needs Debian's {@code chromium} ({@code .ci/run} installs it) and is skipped
 * without it.
 */
class ReportChromiumIT {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private Result exec(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result cjsim(String... args) throws IOException, InterruptedException {
        Path launcher =
                Path.of(System.getProperty("cjsim.root", "..")).resolve("cjsim").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(Arrays.asList(args));
        return exec(command);
    }

    /** The Chromium on the PATH ({@code chromium}, or {@code chromium-browser} elsewhere), if any. */
    private static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private List<String> headless(Path chromium, String... more) {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("chromium-profile")));
        command.addAll(Arrays.asList(more));
        return command;
    }

    @Test
    void chromiumRendersTheReportWithEveryChart() throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH: .ci/run installs Debian's chromium");

        Path results = dir.resolve("cmp");
        Result study = cjsim(
                "compare",
                "baseline",
                "empowered",
                "cost-cutter",
                "--set",
                "market.population=300",
                "--days",
                "60",
                "-r",
                "2",
                "-q",
                "--no-charts",
                "--out",
                results.toString());
        assertEquals(0, study.code(), study.err());
        Result report = cjsim("report", results.toString());
        assertEquals(0, report.code(), report.err());
        Path html = results.resolve("report/report.html");
        assertTrue(report.out().contains(html.toString()), report.out());
        String source = Files.readString(html, StandardCharsets.UTF_8);
        int charts = count(source, "<figure class=\"chart\"");
        assertTrue(charts >= 5, "the comparison, bridge, ROI, payback and NPS charts; found " + charts);

        // the DOM after rendering: every chart an SVG with its drawing
        Result dom = exec(headless(chromium.get(), "--dump-dom", html.toUri().toString()));
        assertEquals(0, dom.code(), dom.err());
        Matcher svg = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(dom.out());
        int drawn = 0;
        while (svg.find()) {
            assertTrue(svg.group(1).contains("<path") && svg.group(1).contains("<text"), "an empty chart");
            drawn++;
        }
        assertEquals(charts, drawn, "every chart in the rendered page");

        // the screenshot of a laptop's width: not blank, many colours, a fair share of ink
        Path png = dir.resolve("report.png");
        Result shot = exec(headless(
                chromium.get(),
                "--screenshot=" + png,
                "--window-size=1280,4000",
                html.toUri().toString()));
        assertEquals(0, shot.code(), shot.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        double share = ink / (double) ((image.getHeight() / 2) * (image.getWidth() / 2));
        assertTrue(colours.size() > 200, "a page of charts has many colours; found " + colours.size());
        assertTrue(share > 0.03, "the page is nearly blank: " + share + " of its pixels are not white");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cjsim.charts.ChartOptions;
import org.cjsim.charts.ChartType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cjsim chart} with hostile input: help, chart types a folder cannot feed, damaged or unfinished
 * results folders, links leading out of the folder, sizes that cannot be drawn. Each is refused before
 * anything is written, with exit 2 and a message naming the problem.
 */
class ChartCommandSafetyTest {
    @TempDir
    static Path studies;

    @TempDir
    Path dir;

    /** One tiny folder of every kind, and the chart types each can draw. */
    static final Map<String, List<ChartType>> FOLDERS = new LinkedHashMap<>();

    @BeforeAll
    static void runEveryKindOfStudy() {
        study(
                "run",
                // 20 days: nobody has passed the 180-day window of the retention ladder, so no ladder
                List.of(ChartType.TIME_SERIES, ChartType.FUNNEL, ChartType.NPS),
                "run",
                "baseline");
        study(
                "compare",
                List.of(
                        ChartType.TIME_SERIES,
                        ChartType.COMPARISON,
                        ChartType.RANKING,
                        ChartType.BRIDGE,
                        ChartType.PAYBACK,
                        ChartType.DIFFERENCE,
                        ChartType.TIME_SERIES_PANELS,
                        ChartType.FUNNEL,
                        ChartType.NPS),
                "compare",
                "baseline",
                "empowered");
        study("sweep", List.of(ChartType.SWEEP), "sweep", "baseline", "--vary", "strategy.latitude=0:1:0.5");
        study(
                "sweep2",
                List.of(ChartType.SWEEP, ChartType.HEATMAP),
                "sweep",
                "baseline",
                "--vary",
                "strategy.latitude=0:1:1",
                "--vary",
                "strategy.honesty=0:1:1");
        study("sensitivity", List.of(ChartType.TORNADO), "sensitivity", "baseline");
    }

    private static void study(String name, List<ChartType> drawable, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", studies.resolve(name).toString(), "--quiet"));
        CliRun r = CliRun.run(CliRun.small(all.toArray(String[]::new)));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        FOLDERS.put(name, drawable);
    }

    /** A copy of the study folder {@code name} that a test may damage. */
    private Path copy(String name) throws IOException {
        Path from = studies.resolve(name);
        Path to = dir.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Runs the command and checks the bad-input contract: exit 2, a short message, no stack trace. */
    private static CliRun bad(String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "stderr: " + r.err());
        assertTrue(r.err().startsWith("cjsim: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.errLines().size() <= 3, r.err());
        return r;
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---------------------------------------------------------------- help

    /** Prints {@code COMMAND --help} and {@code -h}, and checks they show the help and exit 0. */
    static void helpIsShown(String command) {
        for (String help : List.of("--help", "-h")) {
            CliRun r = CliRun.run(command, help);
            assertEquals(ExitCodes.OK, r.code(), command + " " + help + ": " + r.err());
            assertTrue(r.out().contains("Usage: cjsim " + command), r.out());
            assertTrue(r.out().contains("-h, --help"), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void helpOnChartPrintsTheHelpAndExitsZero() {
        helpIsShown("chart");
    }

    @Test
    void pairedDrawsTheSweepAndHeatmapAsDifferencesToTheBasePointAndIsRefusedElsewhere() throws IOException {
        Path out = dir.resolve("paired");
        CliRun r = CliRun.run(
                "chart",
                studies.resolve("sweep2").toString(),
                "--type",
                "sweep,heatmap",
                "--paired",
                "--format",
                "svg",
                "--width",
                "320",
                "--height",
                "180",
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(
                List.of(
                        "heatmap-net-contribution-paired.svg",
                        "sweep-net-contribution-honesty-paired.svg",
                        "sweep-net-contribution-latitude-paired.svg"),
                names(out));
        assertTrue(Files.readString(out.resolve("sweep-net-contribution-latitude-paired.svg"))
                .contains("difference to the base point"));
        CliRun alone = bad("chart", studies.resolve("sweep2").toString(), "--paired");
        assertTrue(alone.err().contains("--paired goes with --type sweep or heatmap"), alone.err());
        CliRun other = bad("chart", studies.resolve("compare").toString(), "--type", "comparison", "--paired");
        assertTrue(other.err().contains("(got --type comparison)"), other.err());
    }

    // ---------------------------------------------------------------- chart types

    @Test
    void everyChartTypeIsDrawnFromEveryFolderThatFeedsItAndOtherwiseRefusedNamingTheTypesItCanDraw()
            throws IOException {
        for (var folder : FOLDERS.entrySet()) {
            String labels = String.join(
                    ", ", folder.getValue().stream().map(ChartType::label).toList());
            for (ChartType type : ChartType.values()) {
                Path out = dir.resolve(folder.getKey() + "-" + type.label());
                String[] args = {
                    "chart",
                    studies.resolve(folder.getKey()).toString(),
                    "--type",
                    type.label(),
                    "--format",
                    "svg",
                    "--width",
                    "320",
                    "--height",
                    "180",
                    "--out",
                    out.toString(),
                    "--quiet"
                };
                String what = type.label() + " of " + folder.getKey();
                if (folder.getValue().contains(type)) {
                    CliRun r = CliRun.run(args);
                    assertEquals(ExitCodes.OK, r.code(), what + ": " + r.err());
                    assertFalse(names(out).isEmpty(), what);
                } else {
                    CliRun r = bad(args);
                    assertTrue(
                            r.errLines().get(0).startsWith("cjsim: --type " + type.label() + ": "),
                            what + ": " + r.err());
                    assertEquals(
                            "       the types it can draw: " + labels,
                            r.errLines().get(1),
                            what);
                    assertEquals(List.of(), names(out), what);
                }
            }
        }
    }

    @Test
    void chartsAreNotRedrawnIntoAFolderThatAStudyIsWritingIn() throws Exception {
        Path results = copy("compare");
        try (org.cjsim.output.StudyFolder study =
                org.cjsim.output.StudyFolder.resume(results, "cjsim compare --resume " + results)) {
            CliRun r = bad("chart", results.toString(), "--type", "nps");
            assertTrue(r.err().contains("is in use"), r.err());
            assertFalse(Files.exists(results.resolve("charts/nps.png")));
        }
        CliRun after = CliRun.run("chart", results.toString(), "--type", "nps", "--width", "320", "--height", "180");
        assertEquals(ExitCodes.OK, after.code(), after.err());
        assertTrue(Files.exists(results.resolve("charts/nps.png")));
        assertFalse(Files.exists(results.resolve(org.cjsim.output.StudyFolder.LOCK)), "the lock is released");
    }

    @Test
    void aRunCannotBeDrawnAsAComparisonABridgeOrAPayback() {
        for (String type : List.of("comparison", "bridge")) {
            CliRun r = bad("chart", studies.resolve("run").toString(), "--type", type, "--out", dir.toString());
            assertTrue(
                    r.err()
                            .contains("holds a single scenario (baseline*), and a " + type
                                    + " chart needs strategies compared with a reference"),
                    r.err());
        }
        CliRun r = bad("chart", studies.resolve("run").toString(), "--type", "payback", "--out", dir.toString());
        assertTrue(
                r.err()
                        .contains("holds a single scenario (baseline*), and a payback chart needs the daily series"
                                + " of strategies compared with a reference"),
                r.err());
    }

    @Test
    void aTypeGivenTwiceIsDrawnOnce() throws IOException {
        Path out = dir.resolve("twice");
        CliRun r = CliRun.run(
                "chart",
                studies.resolve("run").toString(),
                "--type",
                "nps,nps",
                "--type",
                "NPS",
                "--width",
                "320",
                "--height",
                "180",
                "--out",
                out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(List.of("nps.png"), names(out));
    }

    // ---------------------------------------------------------------- links and files

    @Test
    void aChartsFolderThatLinksOutsideTheResultsFolderIsRefusedAndNothingIsWrittenThere() throws IOException {
        Path results = copy("run");
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("nps.png"), "precious");
        Path charts = results.resolve("charts");
        if (Files.exists(charts)) {
            for (String n : names(charts)) {
                Files.delete(charts.resolve(n));
            }
            Files.delete(charts);
        }
        Files.createSymbolicLink(charts, outside);
        CliRun r = bad("chart", results.toString(), "--type", "nps");
        assertTrue(r.err().contains("outside the results folder"), r.err());
        assertEquals("precious", Files.readString(outside.resolve("nps.png")));
        assertEquals(List.of("nps.png"), names(outside));
    }

    @Test
    void aChartsFolderLinkedInsideTheResultsFolderIsUsed() throws IOException {
        Path results = copy("run");
        Path figures = Files.createDirectory(results.resolve("figures"));
        Files.deleteIfExists(results.resolve("charts"));
        Files.createSymbolicLink(results.resolve("charts"), figures);
        CliRun r = CliRun.run("chart", results.toString(), "--type", "nps", "--width", "320", "--height", "180");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(List.of("nps.png"), names(figures));
    }

    @Test
    void aChartFileThatIsALinkIsReplacedAndItsTargetOutsideIsLeftAlone() throws IOException {
        Path results = copy("run");
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Path charts = Files.createDirectories(results.resolve("charts"));
        Files.deleteIfExists(charts.resolve("nps.png"));
        Files.createSymbolicLink(charts.resolve("nps.png"), precious);
        CliRun r = CliRun.run("chart", results.toString(), "--type", "nps", "--width", "320", "--height", "180");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("keep me", Files.readString(precious));
        assertFalse(Files.isSymbolicLink(charts.resolve("nps.png")));
        assertTrue(Files.size(charts.resolve("nps.png")) > 1000);
        assertTrue(
                names(charts).stream().noneMatch(n -> n.endsWith(".part")),
                names(charts).toString());
    }

    @Test
    void aChartsPathThatIsAFileOrAnOutFolderThatIsAFileIsRefused() throws IOException {
        Path results = copy("run");
        Path charts = results.resolve("charts");
        for (String n : names(charts)) {
            Files.delete(charts.resolve(n));
        }
        Files.deleteIfExists(charts);
        Files.writeString(charts, "not a folder");
        assertTrue(bad("chart", results.toString(), "--type", "nps").err().contains("is not a folder"));
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertTrue(bad("chart", results.toString(), "--type", "nps", "--out", file.toString())
                .err()
                .contains("--out " + file + " is a file"));
    }

    // ---------------------------------------------------------------- damaged or unfinished folders

    @Test
    void aCorruptManifestIsBadInputNamingTheFile() throws IOException {
        Path results = copy("compare");
        Path manifest = results.resolve("manifest.json");
        Files.writeString(manifest, "{bad");
        CliRun r = bad("chart", results.toString());
        assertTrue(r.errLines().get(0).contains(manifest + " is not valid JSON"), r.err());
        Files.writeString(manifest, "{}");
        assertTrue(bad("chart", results.toString()).err().contains("is not a manifest of this cjsim version"));
        Files.writeString(manifest, "");
        assertTrue(bad("chart", results.toString()).err().contains(manifest.toString()));
        Files.delete(manifest);
        assertTrue(bad("chart", results.toString()).err().contains("has no manifest.json"));
    }

    @Test
    void aManifestWithAnImpossibleParameterIsBadInputNamingIt() throws IOException {
        Path results = copy("compare");
        Path manifest = results.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"population\" : 300", "\"population\" : -1"));
        CliRun r = bad("chart", results.toString());
        assertTrue(r.err().contains(manifest.toString()) && r.err().contains("market.population"), r.err());
    }

    @Test
    void anUnfinishedStudyWithMissingReplicationsIsRefusedSayingHowToFinishIt() throws IOException {
        Path results = copy("compare");
        Path manifest = results.resolve("manifest.json");
        Files.writeString(
                manifest, Files.readString(manifest).replace("\"status\" : \"finished\"", "\"status\" : \"running\""));
        Files.delete(results.resolve("replications/empowered/rep-0001.csv.gz"));
        CliRun r = bad("chart", results.toString(), "--out", dir.resolve("out").toString());
        assertEquals(
                List.of(
                        "cjsim: " + results + " is incomplete (its manifest says running: the study was interrupted,"
                                + " or is still running): 1 of 4 replications are missing",
                        "       finish it with: cjsim compare --resume " + results),
                r.errLines());
        assertEquals(List.of(), names(dir.resolve("out")));
    }

    @Test
    void anUnfinishedStudyWithAllItsReplicationsIsChartedWithANote() throws IOException {
        Path results = copy("compare");
        Path manifest = results.resolve("manifest.json");
        Files.writeString(
                manifest, Files.readString(manifest).replace("\"status\" : \"finished\"", "\"status\" : \"running\""));
        CliRun r = CliRun.run("chart", results.toString(), "--type", "nps", "--width", "320", "--height", "180");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().startsWith("Note: " + results + " is not marked finished"), r.err());
        assertTrue(Files.exists(results.resolve("charts/nps.png")));
    }

    @Test
    void aDamagedReplicationFileIsBadInputNamingTheFile() throws IOException {
        Path results = copy("compare");
        Path rep = results.resolve("replications/empowered/rep-0001.csv.gz");
        byte[] bytes = Files.readAllBytes(rep);
        Files.write(rep, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun r = bad("chart", results.toString(), "--out", dir.resolve("out").toString());
        assertEquals(
                "cjsim: " + results + " is incomplete: 1 of 4 replications are missing or unusable",
                r.errLines().get(0));
        assertTrue(
                r.errLines().get(1).startsWith("       unusable: ")
                        && r.errLines().get(1).contains("replications/empowered/rep-0001.csv.gz")
                        && r.errLines().get(1).endsWith("the file is cut short or its compression is damaged)"),
                r.err());
        assertEquals(
                "       finish it with: cjsim compare --resume " + results,
                r.errLines().get(2));
    }

    // ---------------------------------------------------------------- sizes

    @Test
    void chartSizesOutsideTheirLimitsAreRefusedNamingTheOptionAndItsRange() {
        String run = studies.resolve("run").toString();
        assertEquals(
                "cjsim: --width must be a whole number of pixels in [100, 10000], got 0",
                bad("chart", run, "--width", "0").errLines().get(0));
        assertEquals(
                "cjsim: --width must be a whole number of pixels in [100, 10000], got 15000",
                bad("chart", run, "--width", "15000").errLines().get(0));
        assertEquals(
                "cjsim: --height must be a whole number of pixels in [100, 10000], got 100000",
                bad("chart", run, "--height", "100000").errLines().get(0));
        assertEquals(
                "cjsim: Invalid value for option '--scale': \"NaN\" is not a number (write e.g. 0.5 or 3)",
                bad("chart", run, "--scale", "NaN").errLines().get(0));
        assertEquals(
                "cjsim: --scale must be in [0.25, 8], got 9",
                bad("chart", run, "--scale", "9").errLines().get(0));
        assertTrue(bad("chart", run, "--width", "10000", "--height", "10000", "--scale", "8")
                .err()
                .contains("a PNG of 10000x10000 at --scale 8 would have 6400 million pixels, more than the limit of 400"
                        + " million"));
    }

    private static ChartOutputOptions size(String... args) {
        ChartOutputOptions o = new ChartOutputOptions();
        new CommandLine(new Object() {
                    @picocli.CommandLine.Mixin
                    ChartOutputOptions options = o;
                })
                .setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs(args);
        return o;
    }

    @Test
    void theLargestSizesAreKeptAndTheNextOnesRefused() {
        long plenty = 64L << 30;
        ChartOptions largest =
                size("--width", "10000", "--height", "10000", "--scale", "2").toChartOptions(plenty);
        assertEquals(20_000, largest.pixelWidth());
        assertThrows(BadInputException.class, () -> size("--width", "10001").toChartOptions(plenty));
        assertEquals(100, size("--height", "100").toChartOptions(plenty).height());
        assertThrows(BadInputException.class, () -> size("--height", "99").toChartOptions(plenty));
        assertThrows(BadInputException.class, () -> size("--width", "10000", "--height", "10000", "--scale", "2.01")
                .toChartOptions(plenty));
    }

    @Test
    void aPngLargerThanHalfTheMemoryIsRefusedSayingHowToGiveMore() {
        long mb = 1_000_000;
        // 4000 x 4000 pixels of 4 bytes: 64 MB, which fits in 128 MB but not in 127
        assertEquals(
                4000,
                size("--width", "4000", "--height", "4000")
                        .toChartOptions(128 * mb)
                        .width());
        BadInputException e = assertThrows(BadInputException.class, () -> size("--width", "4000", "--height", "4000")
                .toChartOptions(127 * mb));
        assertEquals(
                List.of(
                        "a PNG of 4000x4000 at --scale 1 needs 64 MB of memory, and this Java may use 127 MB (at most half"
                                + " of it goes to one image)",
                        "lower --width, --height or --scale, or give Java more memory (e.g. CJSIM_JAVA_OPTS=-Xmx8g)"),
                e.lines());
        // vector formats draw no image
        assertEquals(
                4000,
                size("--width", "4000", "--height", "4000", "--format", "svg,pdf")
                        .toChartOptions(127 * mb)
                        .width());
    }
}

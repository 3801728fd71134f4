package org.cjsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cjsim.output.AtomicFiles;
import org.cjsim.output.FolderException;
import org.cjsim.output.Manifest;
import org.cjsim.output.Results;
import org.cjsim.output.StudyFolder;
import org.cjsim.report.DeckWriter;
import org.cjsim.report.HtmlWriter;
import org.cjsim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim report RESULTS_DIR}: a PowerPoint deck and an HTML report of a results folder. */
@Command(
        name = "report",
        header = "Makes a PowerPoint deck and a self-contained HTML report of a results folder.",
        sortOptions = false,
        description = {
            "Reads a results folder written by run, compare, sweep or sensitivity and writes a deck (report.pptx:"
                    + " 16:9, editable text, tables and native charts, the numbers in the speaker notes) and one HTML"
                    + " file (report.html: charts as inline SVG, every table, readable on a phone, printable) into"
                    + " RESULTS_DIR/report (or --out). Nothing is simulated.",
            "",
            "For a comparison: the business case of the best strategy, the comparison as a table and a chart, its"
                    + " profit bridge, ROI and payback, cash over time, the retention ladder and NPS, the method and"
                    + " the parameters that differ from the defaults. Slides the folder cannot feed are left out.",
            ""
        })
final class ReportCommand implements Callable<Integer>, Verbose {
    /** The formats {@code --format} accepts, in the order they are written. */
    static final List<String> FORMATS = List.of("pptx", "html");

    /** The base name of the files written. */
    static final String BASE_NAME = "report";

    /** The folder of a results folder the report goes into by default. */
    static final String FOLDER = "report";

    /** Completion candidates and help text for {@code --format}. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.iterator();
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "RESULTS_DIR",
            description = "A folder written by cjsim run, compare, sweep or sensitivity.")
    Path folder;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            split = ",",
            completionCandidates = Formats.class,
            description = "What to write, comma-separated: ${COMPLETION-CANDIDATES}. Default: both.")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            description = "The title. Default: \"" + ReportContent.DEFAULT_TITLE + "\".")
    String title;

    @Option(
            names = "--client",
            paramLabel = "NAME",
            description = "Who the report is for: on the title slide and in every footer. Default: none.")
    String client;

    @Option(
            names = "--footer",
            paramLabel = "TEXT",
            description = "The footer of every slide and of the page. Default: cjsim and its version.")
    String footer;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE_OR_DIR",
            description = "Where to write: a folder (report.pptx and report.html go into it), or a file ending in"
                    + " .pptx or .html for one format. Default: RESULTS_DIR/report.")
    Path out;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    HelpOption help;

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws IOException {
        Set<String> chosen = formats();
        ResultsInput.check(folder);
        List<Path> targets = targets(chosen);
        Results results = ResultsInput.read(
                folder, "report on", verbosity.quiet, spec.commandLine().getErr());
        Manifest manifest = Manifest.read(folder);
        Report report = ReportContent.build(folder, results, manifest, title, client, footer, LocalDate.now());
        // Make every file in memory before writing any, so that a failure leaves no partial report.
        List<byte[]> contents = new ArrayList<>();
        for (String format : chosen) {
            contents.add(
                    switch (format) {
                        case "pptx" -> deck(report);
                        case "html" -> HtmlWriter.write(report).getBytes(StandardCharsets.UTF_8);
                        default -> throw new IllegalStateException(format);
                    });
        }
        // The folder's own report/ is written by one process at a time, like the rest of the folder: not while a
        // study runs in it.
        StudyFolder claimed = null;
        if (out == null) {
            try {
                claimed = StudyFolder.resume(folder, "cjsim report " + folder);
            } catch (FolderException e) {
                throw new BadInputException(e.lines(), e);
            }
        }
        try {
            for (int i = 0; i < targets.size(); i++) {
                byte[] bytes = contents.get(i);
                AtomicFiles.write(targets.get(i), o -> o.write(bytes));
            }
        } finally {
            if (claimed != null) {
                claimed.close();
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        if (!verbosity.quiet) {
            for (Path p : targets) {
                o.println("Wrote " + p);
            }
        }
        return ExitCodes.OK;
    }

    private static byte[] deck(Report report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeckWriter.write(report, bytes);
        return bytes.toByteArray();
    }

    /** The formats asked for, in {@link #FORMATS} order; all when none is given or {@code --out} names a file. */
    private Set<String> formats() {
        Set<String> asked = new LinkedHashSet<>();
        for (String f : formats) {
            String format = f.trim().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new BadInputException("--format: unknown format \"" + f + "\": use one of "
                        + String.join(", ", FORMATS) + " (comma-separated)");
            }
            asked.add(format);
        }
        String fileFormat = fileFormat(out);
        if (fileFormat != null) {
            if (!asked.isEmpty() && !asked.equals(Set.of(fileFormat))) {
                throw new BadInputException(
                        "--out " + out + " names one ." + fileFormat + " file, and --format asks for "
                                + String.join(", ", asked) + ": give a folder for --out, or --format " + fileFormat);
            }
            return Set.of(fileFormat);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String f : FORMATS) {
            if (asked.isEmpty() || asked.contains(f)) {
                chosen.add(f);
            }
        }
        return chosen;
    }

    /** The format of a file name ending in {@code .pptx} or {@code .html}, or null. */
    private static String fileFormat(Path path) {
        if (path == null || path.getFileName() == null) {
            return null;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String f : FORMATS) {
            if (name.endsWith("." + f)) {
                return f;
            }
        }
        return null;
    }

    /** The files to write, one per format, checked for being writable in principle. */
    private List<Path> targets(Set<String> chosen) {
        List<Path> targets = new ArrayList<>();
        if (out != null && fileFormat(out) != null) {
            if (Files.isDirectory(out)) {
                throw new BadInputException("--out " + out + " is a folder: give a file name ending in ."
                        + fileFormat(out) + ", or leave the extension out to write into a folder");
            }
            targets.add(out);
            return targets;
        }
        Path dir = out != null ? out : folder.resolve(FOLDER);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(
                    "--out " + dir + " is a file: give a folder, or a file name ending in .pptx or .html");
        }
        for (String f : chosen) {
            targets.add(dir.resolve(BASE_NAME + "." + f));
        }
        return targets;
    }
}

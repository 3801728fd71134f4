package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.ResultsReader;

/** A results folder given to a command that reads it ({@code chart}, {@code report}), checked and read. */
final class ResultsInput {
    private ResultsInput() {}

    /**
     * Checks that {@code folder} is a results folder: a folder holding a manifest.
     *
     * @throws BadInputException naming the folder and what it lacks
     */
    static void check(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + " is not a folder (give a folder written by cjsim compare, run,"
                    + " sweep or sensitivity)");
        }
        if (!Files.exists(folder.resolve(ResultsFolder.MANIFEST))) {
            throw new BadInputException(
                    folder + " has no " + ResultsFolder.MANIFEST + ": it is not a cjsim results folder");
        }
    }

    /**
     * The results of {@code folder}, or a bad-input error saying what is wrong with it: a damaged manifest, an
     * unfinished study, replication files that are missing or unreadable. A study whose manifest is not
     * {@code finished} but whose replications are all there is read, with a note on {@code err} (unless {@code
     * quiet}).
     *
     * @param verb what the command does with the folder, for messages: "chart", "report on"
     */
    static Results read(Path folder, String verb, boolean quiet, PrintWriter err) throws IOException {
        Path file = folder.resolve(ResultsFolder.MANIFEST);
        Manifest manifest;
        try {
            manifest = Manifest.read(folder);
        } catch (IOException e) {
            String why = e.getClass() == IOException.class
                    ? e.getMessage().lines().findFirst().orElse("")
                    : file + ": " + StudyCommand.reason(e);
            throw new BadInputException(
                    List.of(
                            "cannot " + verb + " " + folder + ": " + why,
                            "(cjsim writes " + ResultsFolder.MANIFEST
                                    + " with the results; if it was damaged, run the study again)"),
                    e);
        }
        Plan plan = manifest.plan();
        String unfinished = Manifest.FINISHED.equals(manifest.status())
                ? ""
                : " (its manifest says " + manifest.status() + ": the study was interrupted, or is still running)";
        try {
            Results results = ResultsReader.read(folder);
            if (!unfinished.isEmpty() && !quiet) {
                err.println("Note: " + folder + " is not marked finished" + unfinished
                        + ", but all its replications are there: using them.");
            }
            return results;
        } catch (IOException | UncheckedIOException e) {
            ResultsReader.Found found = ResultsReader.replications(folder, plan);
            int expected = plan.scenarios().size() * plan.settings().replications();
            int missing = expected - found.count();
            if (missing <= 0) {
                throw new BadInputException("cannot " + verb + " " + folder + ": " + e.getMessage(), e);
            }
            List<String> lines = new ArrayList<>();
            lines.add(folder + " is incomplete" + unfinished + ": " + missing + " of " + expected
                    + " replications are missing" + (found.skipped().isEmpty() ? "" : " or unusable"));
            if (!found.skipped().isEmpty()) {
                int more = found.skipped().size() - 1;
                lines.add("unusable: " + withoutRepeatedName(found.skipped().get(0))
                        + (more > 0 ? " (and " + more + " more)" : ""));
            }
            lines.add("finish it with: cjsim " + plan.study().key() + " --resume " + folder);
            throw new BadInputException(lines, e);
        }
    }

    /**
     * A reason for skipping a replication file without its name twice: the reader names the file relative to
     * {@code replications/} and its own message often starts with the full path.
     */
    private static String withoutRepeatedName(String skipped) {
        int colon = skipped.indexOf(": ");
        if (colon > 0 && skipped.substring(colon + 2).contains(skipped.substring(0, colon) + ":")) {
            return skipped.substring(colon + 2);
        }
        return ResultsFolder.REPLICATIONS + "/" + skipped;
    }
}

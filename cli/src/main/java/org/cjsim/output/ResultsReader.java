package org.cjsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Seeds;

/**
 * Rebuilds results from a results folder: the manifest's plan, the replications kept under {@code
 * replications/}, and from them every result of the study exactly as the run computed it ({@link #read}:
 * the study's own aggregation, {@link org.cjsim.experiment.Study#aggregate}; no simulation runs). Used by
 * {@code --resume} to find the replications already done, and for redrawing charts.
 */
public final class ResultsReader {
    private static final Pattern REP = Pattern.compile("rep-(\\d+)\\.csv\\.gz");

    private ResultsReader() {}

    /**
     * The replications of {@code plan} found in {@code folder}, with the files that were skipped.
     *
     * @param replications every readable replication that belongs to the plan
     * @param skipped files that could not be read or do not belong to the plan, with the reason
     */
    public record Found(List<ReplicationResult> replications, List<String> skipped) {}

    /**
     * Reads a complete results folder into the core's result types: every scenario's result, the
     * comparisons, sweep points or sensitivity rows, as the study computed them.
     *
     * @throws IOException if the folder has no readable manifest, or replications are missing (an
     *     interrupted study: continue it with {@code --resume}), or a file cannot be read
     */
    public static Results read(Path folder) throws IOException {
        Manifest manifest = Manifest.read(folder);
        Plan plan = manifest.plan();
        Found found = replications(folder, plan);
        int expected = plan.scenarios().size() * plan.settings().replications();
        if (found.replications().size() < expected) {
            throw new IOException(folder + " is incomplete: "
                    + (expected - found.replications().size()) + " of "
                    + expected + " replications are missing; finish it with cjsim "
                    + plan.study().key()
                    + " --resume " + folder);
        }
        double wall = Double.isNaN(manifest.wallSeconds()) ? 0 : manifest.wallSeconds();
        return Results.of(plan, found.replications(), wall);
    }

    /**
     * Every replication of {@code plan} kept in {@code folder}. A file is used only if it can be read and
     * matches the plan in every respect: a scenario of the plan in its own folder, made with exactly that
     * scenario's parameters ({@link ReplicationFiles#parametersSha256}) and horizon, an index below the
     * number of replications, and the seed that index must have.
     */
    public static Found replications(Path folder, Plan plan) throws IOException {
        Path root = folder.resolve(ResultsFolder.REPLICATIONS);
        List<ReplicationResult> result = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Found(result, skipped);
        }
        List<Path> files = new ArrayList<>();
        Map<String, String> slugs = plan.slugs();
        for (String slug : slugs.values()) {
            Path dir = root.resolve(slug);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> REP.matcher(p.getFileName().toString()).matches())
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                }
            }
        }
        Map<String, ScenarioParams> scenarios = new HashMap<>();
        ReplicationFiles.Fingerprints fingerprints = new ReplicationFiles.Fingerprints(plan);
        for (ScenarioParams s : plan.scenarios()) {
            scenarios.put(s.name(), s);
        }
        List<Object> read;
        try {
            read = files.parallelStream()
                    .map(f -> {
                        try {
                            return (Object) ReplicationFiles.readStored(f);
                        } catch (IOException e) {
                            String message = e.getMessage() == null ? e.toString() : e.getMessage();
                            String prefix = f + ": ";
                            return (Object) (root.relativize(f) + ": "
                                    + (message.startsWith(prefix) ? message.substring(prefix.length()) : message));
                        }
                    })
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Object o = read.get(i);
            if (o instanceof String problem) {
                skipped.add(problem);
                continue;
            }
            ReplicationFiles.Stored stored = (ReplicationFiles.Stored) o;
            String reason = mismatch(stored, f, plan, slugs, scenarios, fingerprints);
            if (reason != null) {
                skipped.add(root.relativize(f) + ": " + reason);
            } else {
                result.add(stored.result());
            }
        }
        return new Found(List.copyOf(result), List.copyOf(skipped));
    }

    /** Why the replication {@code stored}, read from {@code file}, does not belong to {@code plan}, or null. */
    static String mismatch(
            ReplicationFiles.Stored stored,
            Path file,
            Plan plan,
            Map<String, String> slugs,
            Map<String, ScenarioParams> scenarios,
            ReplicationFiles.Fingerprints fingerprints) {
        ReplicationResult r = stored.result();
        String slug = slugs.get(r.scenario());
        if (slug == null) {
            return "its scenario " + r.scenario() + " is not in the manifest";
        }
        if (!file.getParent().getFileName().toString().equals(slug)) {
            return "it belongs to " + r.scenario() + ", whose folder is " + slug;
        }
        Matcher m = REP.matcher(file.getFileName().toString());
        if (!m.matches() || Integer.parseInt(m.group(1)) != r.replication()) {
            return "its name does not match its replication index " + r.replication();
        }
        if (r.replication() >= plan.settings().replications()) {
            return "replication " + r.replication() + " is beyond the "
                    + plan.settings().replications() + " replications of the study";
        }
        if (r.seed() != Seeds.replication(plan.settings().masterSeed(), r.replication())) {
            return "its seed " + r.seed() + " is not that of replication " + r.replication() + " with master seed "
                    + plan.settings().masterSeed();
        }
        ScenarioParams scenario = scenarios.get(r.scenario());
        float[][] daily = r.run().daily();
        if (plan.settings().keepDaily() && daily == null) {
            return "it has no daily series";
        }
        int days = scenario.horizon().days();
        if (daily != null) {
            for (float[] series : daily) {
                if (series.length != days) {
                    return "it covers " + series.length + " days, the study " + days;
                }
            }
        }
        if (!fingerprints.of(r.scenario(), r.replication()).equals(stored.parametersSha256())) {
            return "it was made with other parameters of " + r.scenario() + " than the study's"
                    + (plan.settings().worlds().isEmpty() ? "" : " (in the plausible world of its replication)");
        }
        return null;
    }
}

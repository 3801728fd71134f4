package org.cjsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cjsim.experiment.Gatherer;
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

    /** Replication files read at once, in parallel, before they are checked and gathered in order. */
    private static final int BATCH = 64;

    /**
     * The replications of {@code plan} found in {@code folder}, with the files that were skipped.
     *
     * @param gathered every readable replication that belongs to the plan, gathered by the study ({@link
     *     org.cjsim.experiment.Study#gatherer}): those beyond the first ones of each scenario without their
     *     daily series, which are folded into running statistics as they are read
     * @param skipped files that could not be read or do not belong to the plan, with the reason
     */
    public record Found(Gatherer gathered, List<String> skipped) {
        /** Nothing found yet: an empty gatherer of {@code plan}. */
        public static Found none(Plan plan) {
            return new Found(plan.study().gatherer(plan.settings()), List.of());
        }

        /** The replications found, scenario by scenario, then by index. */
        public List<ReplicationResult> replications() {
            return gathered.replications();
        }

        /** The number of replications found. */
        public int count() {
            return gathered.size();
        }
    }

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
        int expected = found.gathered().total();
        if (found.count() < expected) {
            throw new IOException(folder + " is incomplete: "
                    + (expected - found.count()) + " of "
                    + expected + " replications are missing; finish it with cjsim "
                    + plan.study().key()
                    + " --resume " + folder);
        }
        double wall = Double.isNaN(manifest.wallSeconds()) ? 0 : manifest.wallSeconds();
        return Results.of(plan, found.gathered().result(wall));
    }

    /**
     * Every replication of {@code plan} kept in {@code folder}. A file is used only if it can be read and
     * matches the plan in every respect: a scenario of the plan in its own folder, made with exactly that
     * scenario's parameters ({@link ReplicationFiles#parametersSha256}) and horizon, an index below the
     * number of replications, and the seed that index must have.
     */
    public static Found replications(Path folder, Plan plan) throws IOException {
        Path root = folder.resolve(ResultsFolder.REPLICATIONS);
        Found found = Found.none(plan);
        List<String> skipped = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        // Files in replication order (every scenario's replication k before any k + 1), so that the gatherer
        // can fold them as they are read, whatever the number of replications.
        List<ScenarioParams> order = plan.scenarios();
        Map<String, String> slugs = plan.slugs();
        List<IndexedFile> files = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            Path dir = root.resolve(slugs.get(order.get(s).name()));
            if (Files.isDirectory(dir)) {
                int scenario = s;
                try (Stream<Path> list = Files.list(dir)) {
                    list.forEach(p -> {
                        Matcher m = REP.matcher(p.getFileName().toString());
                        if (m.matches() && Files.isRegularFile(p)) {
                            files.add(new IndexedFile(p, index(m.group(1)), scenario));
                        }
                    });
                }
            }
        }
        files.sort(Comparator.comparingLong(IndexedFile::index)
                .thenComparingInt(IndexedFile::scenario)
                .thenComparing(f -> f.path().getFileName().toString()));
        Map<String, ScenarioParams> scenarios = new HashMap<>();
        ReplicationFiles.Fingerprints fingerprints = new ReplicationFiles.Fingerprints(plan);
        for (ScenarioParams s : plan.scenarios()) {
            scenarios.put(s.name(), s);
        }
        for (int from = 0; from < files.size(); from += BATCH) {
            List<IndexedFile> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<Object> read;
            try {
                read = batch.parallelStream().map(f -> read(f.path(), root)).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (int i = 0; i < batch.size(); i++) {
                Path f = batch.get(i).path();
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
                    found.gathered().add(stored.result());
                }
            }
        }
        return new Found(found.gathered(), List.copyOf(skipped));
    }

    /** A replication file, with the index in its name and its scenario's place in the plan. */
    private record IndexedFile(Path path, long index, int scenario) {}

    /** The index in a file's name; one too large for an int sorts last (and is skipped as beyond the plan). */
    private static long index(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The replication stored in {@code f}, or why it cannot be read. */
    private static Object read(Path f, Path root) {
        try {
            return ReplicationFiles.readStored(f);
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String prefix = f + ": ";
            return root.relativize(f) + ": "
                    + (message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }
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
        if (!m.matches() || index(m.group(1)) != r.replication()) {
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

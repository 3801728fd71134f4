package org.cjsim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.Worlds;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.Severity;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioTree;

/**
 * One finished replication, kept completely in one gzip-compressed CSV file ({@code
 * replications/SLUG/rep-0007.csv.gz}), so that an interrupted study can be resumed and every statistic and
 * chart redrawn later. Every number is written with all the digits needed to read back the same double or
 * float.
 *
 * <p>Each record starts with its kind: {@code meta,KEY,VALUE} (format, scenario, parameters_sha256,
 * replication, seed, seconds); {@code summary,METRIC,VALUE} for each {@link SummaryMetric}; {@code
 * ladder,GROUP,SEVERITY,ENTERED,RETAINED}; {@code stream_seed,NAME,SEED}; then {@code columns,day,METRIC...}
 * naming the daily metrics, and one {@code daily,DAY,VALUE...} record per day.
 */
public final class ReplicationFiles {
    /** The format written into every file, checked when reading. */
    public static final String FORMAT = "cjsim-replication-2";

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);

    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private ReplicationFiles() {}

    /** The file of replication {@code index} of the scenario with folder name {@code slug}. */
    public static Path path(Path resultsFolder, String slug, int index) {
        return resultsFolder.resolve(ResultsFolder.REPLICATIONS).resolve(slug).resolve(fileName(index));
    }

    /** {@code rep-0007.csv.gz}. */
    public static String fileName(int index) {
        return String.format("rep-%04d.csv.gz", index);
    }

    /**
     * A replication as kept in its file.
     *
     * @param result the replication
     * @param parametersSha256 the {@link #parametersSha256} of the scenario it ran
     */
    public record Stored(ReplicationResult result, String parametersSha256) {}

    /**
     * Parameters added after replication files began to carry a fingerprint, with the value the model used
     * before each existed (a constant of the code). A scenario that gives one of them that value runs as the
     * model did before, so the fingerprint leaves it out: folders written before the parameter existed stay
     * readable and resumable. Any other value changes the fingerprint.
     */
    static final Map<String, Double> ADDED_AT_FORMER_VALUE = Map.of(
            "customers.brokenPromiseMinDays", 3.0,
            "customers.brokenPromiseMaxDays", 14.0,
            "customers.discoveryMinDays", 7.0,
            "customers.discoveryMaxDays", 60.0,
            "customers.maxSkepticism", 20.0,
            "market.scale", 1.0);

    /**
     * The fingerprint of a scenario's parameters: the SHA-256, in hexadecimal, of its every parameter (as in
     * the manifest, without the description, and without the parameters of {@link #ADDED_AT_FORMER_VALUE}
     * that have their former value) as JSON with sorted keys. Two scenarios that would give different results
     * have different fingerprints.
     */
    public static String parametersSha256(ScenarioParams scenario) {
        Map<String, Object> tree = new LinkedHashMap<>(ScenarioTree.toTree(scenario));
        tree.remove("description");
        ADDED_AT_FORMER_VALUE.forEach((path, former) -> {
            int dot = path.indexOf('.');
            @SuppressWarnings("unchecked")
            Map<String, Object> section = (Map<String, Object>) tree.get(path.substring(0, dot));
            String name = path.substring(dot + 1);
            if (section != null && section.get(name) instanceof Number n && n.doubleValue() == former) {
                Map<String, Object> copy = new LinkedHashMap<>(section);
                copy.remove(name);
                tree.put(path.substring(0, dot), copy);
            }
        });
        try {
            byte[] json = CANONICAL.writeValueAsBytes(tree);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fingerprints of the scenarios a plan runs, replication by replication: that of the scenario itself
     * ({@link #parametersSha256}), or, when the plan runs over plausible worlds, that of the scenario as it ran
     * in the replication's world ({@link Worlds#apply}), so that a replication made in another world is not
     * taken for this one.
     */
    static final class Fingerprints {
        private final Map<String, ScenarioParams> scenarios = new HashMap<>();
        private final Worlds worlds;
        private final Map<String, String> cache = new ConcurrentHashMap<>();

        Fingerprints(Plan plan) {
            plan.scenarios().forEach(s -> scenarios.put(s.name(), s));
            this.worlds = plan.settings().worlds();
        }

        /** The fingerprint of replication {@code replication} of the scenario called {@code scenario}. */
        String of(String scenario, int replication) {
            int world = worlds.isEmpty() ? 0 : worlds.index(replication);
            return cache.computeIfAbsent(
                    scenario + "\u0000" + world,
                    k -> parametersSha256(worlds.apply(scenarios.get(scenario), replication)));
        }
    }

    /**
     * Writes {@code result} to {@code file}, replacing it atomically.
     *
     * @param parametersSha256 the {@link #parametersSha256} of the scenario that {@code result} ran
     */
    public static void write(Path file, ReplicationResult result, String parametersSha256) throws IOException {
        AtomicFiles.write(file, out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSV)) {
                write(csv, result, parametersSha256);
            }
        });
    }

    private static void write(CSVPrinter csv, ReplicationResult r, String parametersSha256) throws IOException {
        RunResult run = r.run();
        csv.printRecord("meta", "format", FORMAT);
        csv.printRecord("meta", "scenario", r.scenario());
        csv.printRecord("meta", "parameters_sha256", parametersSha256);
        csv.printRecord("meta", "replication", r.replication());
        csv.printRecord("meta", "seed", r.seed());
        csv.printRecord("meta", "seconds", Double.toString(r.seconds()));
        for (SummaryMetric m : SummaryMetric.values()) {
            csv.printRecord("summary", m.key(), Double.toString(run.summary()[m.ordinal()]));
        }
        for (LadderGroup g : LadderGroup.values()) {
            for (Severity s : Severity.values()) {
                csv.printRecord(
                        "ladder",
                        g.key(),
                        s.key(),
                        run.ladder().entered(g, s),
                        run.ladder().retained(g, s));
            }
        }
        for (Map.Entry<String, Long> e : run.streamSeeds().entrySet()) {
            csv.printRecord("stream_seed", e.getKey(), e.getValue());
        }
        float[][] daily = run.daily();
        if (daily != null) {
            List<String> columns = new ArrayList<>();
            columns.add("columns");
            columns.add("day");
            for (DailyMetric m : DailyMetric.values()) {
                columns.add(m.key());
            }
            csv.printRecord(columns);
            int days = Arrays.stream(daily).mapToInt(a -> a.length).max().orElse(0);
            String[] row = new String[DailyMetric.values().length + 2];
            row[0] = "daily";
            for (int d = 0; d < days; d++) {
                row[1] = Integer.toString(d);
                for (DailyMetric m : DailyMetric.values()) {
                    float[] series = daily[m.ordinal()];
                    row[m.ordinal() + 2] = d < series.length ? Float.toString(series[d]) : "";
                }
                csv.printRecord((Object[]) row);
            }
        }
    }

    /**
     * Reads a replication written by {@link #write}: the same scenario name, index, seed, seconds, summary,
     * ladder counts, stream seeds and daily series, bit for bit.
     *
     * @throws IOException if the file cannot be read or was not written by this version of cjsim
     */
    public static ReplicationResult read(Path file) throws IOException {
        return readStored(file).result();
    }

    /** Reads a replication written by {@link #write}, with the fingerprint of its scenario's parameters. */
    public static Stored readStored(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                CSVParser parser = CSV.parse(reader)) {
            return read(parser, file);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new IOException(file + ": unreadable (the file is cut short or its compression is damaged)", e);
        } catch (RuntimeException e) {
            // A damaged file: short records, numbers that are not numbers, broken compression.
            Throwable cause = e.getCause();
            String why = cause instanceof java.io.EOFException || cause instanceof java.util.zip.ZipException
                    ? "the file is cut short or its compression is damaged"
                    : e.getMessage();
            throw new IOException(file + ": unreadable (" + why + ")", e);
        }
    }

    private static Stored read(CSVParser parser, Path file) throws IOException {
        Map<String, String> meta = new HashMap<>();
        double[] summary = new double[SummaryMetric.values().length];
        boolean[] seen = new boolean[summary.length];
        LadderCounts ladder = new LadderCounts();
        Map<String, Long> streamSeeds = new LinkedHashMap<>();
        Map<String, LadderGroup> groups = new HashMap<>();
        for (LadderGroup g : LadderGroup.values()) {
            groups.put(g.key(), g);
        }
        Map<String, Severity> severities = new HashMap<>();
        for (Severity s : Severity.values()) {
            severities.put(s.key(), s);
        }
        DailyMetric[] columns = null;
        List<float[]> rows = new ArrayList<>();
        for (CSVRecord rec : parser) {
            switch (rec.get(0)) {
                case "meta" -> meta.put(rec.get(1), rec.get(2));
                case "summary" -> {
                    SummaryMetric m = SummaryMetric.parse(rec.get(1));
                    if (m == null) {
                        throw new IOException(file + ": unknown summary metric " + rec.get(1));
                    }
                    summary[m.ordinal()] = Double.parseDouble(rec.get(2));
                    seen[m.ordinal()] = true;
                }
                case "ladder" -> {
                    LadderGroup g = groups.get(rec.get(1));
                    Severity s = severities.get(rec.get(2));
                    if (g == null || s == null) {
                        throw new IOException(file + ": unknown ladder rung " + rec.get(1) + " " + rec.get(2));
                    }
                    ladder.add(g, s, Long.parseLong(rec.get(3)), Long.parseLong(rec.get(4)));
                }
                case "stream_seed" -> streamSeeds.put(rec.get(1), Long.parseLong(rec.get(2)));
                case "columns" -> {
                    columns = new DailyMetric[rec.size() - 2];
                    for (int i = 2; i < rec.size(); i++) {
                        columns[i - 2] = DailyMetric.parse(rec.get(i));
                        if (columns[i - 2] == null) {
                            throw new IOException(file + ": unknown daily metric " + rec.get(i));
                        }
                    }
                }
                case "daily" -> {
                    if (columns == null) {
                        throw new IOException(file + ": daily values before their columns");
                    }
                    float[] row = new float[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        String v = rec.get(i + 2);
                        row[i] = v.isEmpty() ? Float.NaN : Float.parseFloat(v);
                    }
                    rows.add(row);
                }
                default -> throw new IOException(file + ": unknown record kind " + rec.get(0));
            }
        }
        if (!FORMAT.equals(meta.get("format"))) {
            throw new IOException(file + ": not a replication file of this cjsim version (format " + meta.get("format")
                    + ", expected " + FORMAT + ")");
        }
        for (SummaryMetric m : SummaryMetric.values()) {
            if (!seen[m.ordinal()]) {
                throw new IOException(file + ": the summary metric " + m.key() + " is missing (the file was written"
                        + " by an earlier version of cjsim, before that metric existed, or it is damaged)");
            }
        }
        float[][] daily = null;
        if (columns != null) {
            if (columns.length != DailyMetric.values().length) {
                throw new IOException(file + ": " + columns.length + " daily metrics, expected "
                        + DailyMetric.values().length + " (the file was written by another version of cjsim)");
            }
            daily = new float[DailyMetric.values().length][rows.size()];
            for (int d = 0; d < rows.size(); d++) {
                float[] row = rows.get(d);
                for (int i = 0; i < columns.length; i++) {
                    daily[columns[i].ordinal()][d] = row[i];
                }
            }
        }
        for (String key : List.of("scenario", "parameters_sha256", "replication", "seed", "seconds")) {
            if (meta.get(key) == null) {
                throw new IOException(file + ": its " + key + " is missing");
            }
        }
        return new Stored(
                new ReplicationResult(
                        meta.get("scenario"),
                        Integer.parseInt(meta.get("replication")),
                        Long.parseLong(meta.get("seed")),
                        new RunResult(summary, daily, ladder, streamSeeds),
                        Double.parseDouble(meta.get("seconds"))),
                meta.get("parameters_sha256"));
    }
}

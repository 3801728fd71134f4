package org.cjsim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much common random numbers buy: for every scenario of a {@code summary.csv} (written by {@code cjsim
 * compare}) against the reference, the variance of the unpaired difference, {@code var(x_s) + var(x_ref)},
 * divided by the variance of the paired difference, {@code var(x_s - x_ref)}, over the replications.
 * A ratio of 1 means pairing buys nothing; 10 means a paired comparison needs a tenth of the replications
 * of an unpaired one for the same precision.
 *
 * <p>Only the JDK is used, so that it runs as a single source file: {@code java
 * simulator-core/src/test/java/org/cjsim/experiment/CrnVarianceRatios.java results/DIR/summary.csv
 * [reference]}. It prints a Markdown table.
 */
public final class CrnVarianceRatios {
    /** The metrics reported, as summary.csv columns, with their table headings. */
    static final Map<String, String> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("net_contribution", "net contribution");
        METRICS.put("revenue", "revenue");
        METRICS.put("nps", "NPS");
        METRICS.put("annual_retention", "retention");
    }

    private CrnVarianceRatios() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java CrnVarianceRatios.java SUMMARY.csv [REFERENCE]");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        String reference = args.length > 1 ? args[1] : "baseline";
        System.out.print(table(ratios(lines, reference)));
    }

    /**
     * Ratio of unpaired to paired variance by scenario (other than {@code reference}) and metric, from the
     * lines of a summary.csv (header first; replications paired by their index).
     */
    static Map<String, Map<String, Double>> ratios(List<String> lines, String reference) {
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int scenarioColumn = header.indexOf("scenario");
        int replicationColumn = header.indexOf("replication");
        Map<String, Map<Integer, String[]>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            rows.computeIfAbsent(f[scenarioColumn], s -> new TreeMap<>())
                    .put(Integer.parseInt(f[replicationColumn]), f);
        }
        Map<Integer, String[]> ref = rows.get(reference);
        if (ref == null) {
            throw new IllegalArgumentException("no rows of the reference " + reference);
        }
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Integer, String[]>> e : rows.entrySet()) {
            if (e.getKey().equals(reference)) {
                continue;
            }
            Map<String, Double> byMetric = new LinkedHashMap<>();
            for (String metric : METRICS.keySet()) {
                int column = header.indexOf(metric);
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (Map.Entry<Integer, String[]> r : e.getValue().entrySet()) {
                    String[] other = ref.get(r.getKey());
                    if (other == null || r.getValue()[column].isEmpty() || other[column].isEmpty()) {
                        continue;
                    }
                    xs.add(Double.parseDouble(r.getValue()[column]));
                    ys.add(Double.parseDouble(other[column]));
                }
                byMetric.put(metric, ratio(xs, ys));
            }
            result.put(e.getKey(), byMetric);
        }
        return result;
    }

    /** {@code (var(x) + var(y)) / var(x - y)} over paired samples; infinite when every difference is equal. */
    static double ratio(List<Double> x, List<Double> y) {
        int n = x.size();
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = x.get(k) - y.get(k);
        }
        double paired = variance(d);
        double unpaired = variance(x.stream().mapToDouble(Double::doubleValue).toArray())
                + variance(y.stream().mapToDouble(Double::doubleValue).toArray());
        return paired == 0 ? Double.POSITIVE_INFINITY : unpaired / paired;
    }

    static double variance(double[] v) {
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (v.length - 1);
    }

    /** The ratios as a Markdown table, one row per scenario. */
    static String table(Map<String, Map<String, Double>> ratios) {
        StringBuilder b = new StringBuilder("| strategy |");
        for (String heading : METRICS.values()) {
            b.append(' ').append(heading).append(" |");
        }
        b.append("\n|---|");
        b.append("---:|".repeat(METRICS.size()));
        b.append('\n');
        for (Map.Entry<String, Map<String, Double>> e : ratios.entrySet()) {
            b.append("| ").append(e.getKey()).append(" |");
            for (double r : e.getValue().values()) {
                b.append(Double.isInfinite(r) ? " inf |" : String.format(Locale.ROOT, " %.1fx |", r));
            }
            b.append('\n');
        }
        return b.toString();
    }
}

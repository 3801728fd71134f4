package org.cjsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cjsim.experiment.BridgeStep;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.LadderRung;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.PlausibleRange;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.experiment.Study;
import org.cjsim.experiment.StudyResult;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.format.FileNumbers;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.SummaryMetric;

/**
 * The aggregate CSV files of a results folder, written from a study's {@link Results} when it ends, each
 * replaced atomically. Their columns are described in docs/outputs.md.
 */
public final class ResultFiles {
    /** Comma-separated, header row first, records ending with a line feed. */
    public static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /** Significant digits of statistics in the aggregate files. */
    private static final int DIGITS = 10;
    /** Significant digits of daily statistics (the series themselves are floats). */
    private static final int DAILY_DIGITS = 7;

    private ResultFiles() {}

    /** Something that prints the records of one CSV file. */
    @FunctionalInterface
    interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    /** Writes a CSV file atomically. */
    static void write(Path file, List<String> header, Rows rows) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try (CSVPrinter csv = new CSVPrinter(w, CSV)) {
                csv.printRecord(header);
                rows.print(csv);
            }
        });
    }

    /** The aggregate files of {@code study}: those {@link #writeAll} writes. */
    public static List<String> aggregateFiles(Study<?> study) {
        List<String> files = new ArrayList<>(List.of(
                ResultsFolder.SUMMARY,
                ResultsFolder.SUMMARY_STATS,
                ResultsFolder.TIMESERIES_STATS,
                ResultsFolder.RETENTION_LADDER));
        files.addAll(study.accept(new Study.Cases<List<String>>() {
            @Override
            public List<String> singleRun(SingleRun run) {
                return List.of();
            }

            @Override
            public List<String> comparison(Comparison comparison) {
                return List.of(ResultsFolder.COMPARISON, ResultsFolder.BRIDGE, ResultsFolder.BUSINESS_CASE);
            }

            @Override
            public List<String> sweep(Sweep sweep) {
                return List.of(ResultsFolder.SWEEP);
            }

            @Override
            public List<String> sensitivity(Sensitivity sensitivity) {
                return List.of(ResultsFolder.SENSITIVITY);
            }
        }));
        return files;
    }

    /** Writes every aggregate file that applies to the study of {@code results}. */
    public static void writeAll(Path folder, Results results) throws IOException {
        // The daily statistics take a while: compute those of different scenarios in parallel.
        results.experiment().scenarios().parallelStream().forEach(ScenarioResult::daily);
        writeSummary(folder, results.experiment().scenarios());
        writeSummaryStats(folder, results.experiment().scenarios());
        writeTimeseriesStats(folder, results.experiment().scenarios());
        writeRetentionLadder(folder, results.experiment().scenarios());
        Writing files = results.result().accept(new StudyResult.Cases<Writing>() {
            @Override
            public Writing singleRun(SingleRun.Result r) {
                return () -> {};
            }

            @Override
            public Writing comparison(Comparison.Result r) {
                return () -> {
                    writeComparison(folder, r);
                    writeBridge(folder, r.comparisons());
                    writeBusinessCase(folder, r.comparisons());
                };
            }

            @Override
            public Writing sweep(Sweep.Result r) {
                return () -> writeSweep(folder, r);
            }

            @Override
            public Writing sensitivity(Sensitivity.Result r) {
                return () -> writeSensitivity(folder, r);
            }
        });
        files.run();
    }

    /** Writes the files of one kind of study. */
    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    /** The header of {@code summary.csv}: scenario, replication, seed and every summary metric. */
    public static List<String> summaryHeader() {
        List<String> header = new ArrayList<>(List.of("scenario", "replication", "seed"));
        for (SummaryMetric m : SummaryMetric.values()) {
            header.add(m.key());
        }
        return header;
    }

    /** A row of {@code summary.csv}. */
    public static List<String> summaryRow(ReplicationResult r) {
        List<String> row = new ArrayList<>();
        row.add(r.scenario());
        row.add(Integer.toString(r.replication()));
        row.add(Long.toString(r.seed()));
        for (SummaryMetric m : SummaryMetric.values()) {
            row.add(FileNumbers.exact(r.get(m)));
        }
        return row;
    }

    /** {@code summary.csv}, in scenario and replication order. */
    public static void writeSummary(Path folder, List<ScenarioResult> scenarios) throws IOException {
        write(folder.resolve(ResultsFolder.SUMMARY), summaryHeader(), csv -> {
            for (ScenarioResult s : scenarios) {
                for (ReplicationResult r : s.replications()) {
                    csv.printRecord(summaryRow(r));
                }
            }
        });
    }

    static void writeSummaryStats(Path folder, List<ScenarioResult> scenarios) throws IOException {
        write(
                folder.resolve(ResultsFolder.SUMMARY_STATS),
                List.of("scenario", "metric", "unit", "n", "mean", "sd", "ci_low", "ci_high"),
                csv -> {
                    for (ScenarioResult s : scenarios) {
                        for (SummaryMetric m : SummaryMetric.values()) {
                            MetricStatistics st = s.statistics(m);
                            csv.printRecord(
                                    s.name(),
                                    m.key(),
                                    unit(m),
                                    st.n(),
                                    num(st.mean()),
                                    num(st.sd()),
                                    num(st.ciLow()),
                                    num(st.ciHigh()));
                        }
                    }
                });
    }

    static void writeTimeseriesStats(Path folder, List<ScenarioResult> scenarios) throws IOException {
        write(
                folder.resolve(ResultsFolder.TIMESERIES_STATS),
                List.of("scenario", "metric", "day", "mean", "ci_low", "ci_high", "p05", "p95"),
                csv -> {
                    for (ScenarioResult s : scenarios) {
                        if (!s.hasDaily()) {
                            continue;
                        }
                        for (DailyMetric m : DailyMetric.values()) {
                            SeriesStatistics st = s.daily(m);
                            for (int d = 0; d < st.days(); d++) {
                                csv.printRecord(
                                        s.name(),
                                        m.key(),
                                        d,
                                        daily(st.mean()[d]),
                                        daily(st.ciLow()[d]),
                                        daily(st.ciHigh()[d]),
                                        daily(st.p05()[d]),
                                        daily(st.p95()[d]));
                            }
                        }
                    }
                });
    }

    static void writeRetentionLadder(Path folder, List<ScenarioResult> scenarios) throws IOException {
        write(
                folder.resolve(ResultsFolder.RETENTION_LADDER),
                List.of(
                        "scenario",
                        "group",
                        "group_label",
                        "severity",
                        "entered",
                        "retained",
                        "share",
                        "ci_low",
                        "ci_high"),
                csv -> {
                    for (ScenarioResult s : scenarios) {
                        for (LadderRung r : s.ladder()) {
                            csv.printRecord(
                                    s.name(),
                                    r.group().key(),
                                    r.group().label(),
                                    r.severity() == null ? "all" : r.severity().key(),
                                    r.entered(),
                                    r.retained(),
                                    num(r.share()),
                                    num(r.ciLow()),
                                    num(r.ciHigh()));
                        }
                    }
                });
    }

    static void writeComparison(Path folder, Comparison.Result results) throws IOException {
        ScenarioResult reference = results.reference();
        write(
                folder.resolve(ResultsFolder.COMPARISON),
                List.of(
                        "rank",
                        "scenario",
                        "reference",
                        "metric",
                        "unit",
                        "higher_is_better",
                        "n",
                        "reference_mean",
                        "scenario_mean",
                        "difference",
                        "sd",
                        "ci_low",
                        "ci_high",
                        "p_value",
                        "significant",
                        "worlds",
                        "prob_better",
                        "ui_low",
                        "ui_high"),
                csv -> {
                    int rank = 0;
                    for (StrategyComparison c : results.comparisons()) {
                        rank++;
                        ScenarioResult s =
                                results.experiment().scenario(c.scenario()).orElseThrow();
                        for (SummaryMetric m : SummaryMetric.values()) {
                            PairedDifference d = c.difference(m);
                            List<Object> row = new ArrayList<>(List.of(
                                    rank,
                                    c.scenario(),
                                    c.reference(),
                                    m.key(),
                                    unit(m),
                                    m.higherIsBetter(),
                                    d.n(),
                                    num(reference.statistics(m).mean()),
                                    num(s.statistics(m).mean()),
                                    num(d.mean()),
                                    num(d.sd()),
                                    num(d.ciLow()),
                                    num(d.ciHigh()),
                                    num(d.pValue()),
                                    significant(d)));
                            row.addAll(range(c.range(m)));
                            csv.printRecord(row);
                        }
                    }
                });
    }

    static void writeBridge(Path folder, List<StrategyComparison> comparisons) throws IOException {
        write(
                folder.resolve(ResultsFolder.BRIDGE),
                List.of(
                        "rank",
                        "scenario",
                        "reference",
                        "order",
                        "step",
                        "label",
                        "n",
                        "mean",
                        "sd",
                        "ci_low",
                        "ci_high",
                        "p_value",
                        "significant"),
                csv -> {
                    int rank = 0;
                    for (StrategyComparison c : comparisons) {
                        rank++;
                        int order = 0;
                        for (BridgeStep step : c.bridge().steps()) {
                            printDifference(
                                    csv,
                                    List.of(rank, c.scenario(), c.reference(), ++order, step.key(), step.label()),
                                    step.contribution());
                        }
                        printDifference(
                                csv,
                                List.of(
                                        rank,
                                        c.scenario(),
                                        c.reference(),
                                        ++order,
                                        "total",
                                        "Difference in net contribution"),
                                c.bridge().total());
                    }
                });
    }

    /** The header of {@code business-case.csv}. */
    public static final List<String> BUSINESS_CASE_HEADER = List.of(
            "scenario",
            "reference",
            "investment",
            "investment_ci_low",
            "investment_ci_high",
            "net_difference",
            "net_ci_low",
            "net_ci_high",
            "roi",
            "payback_month",
            "npv_difference",
            "npv_ci_low",
            "npv_ci_high",
            "prob_better",
            "replications",
            "worlds",
            "net_ui_low",
            "net_ui_high",
            "sentence");

    static void writeBusinessCase(Path folder, List<StrategyComparison> comparisons) throws IOException {
        write(folder.resolve(ResultsFolder.BUSINESS_CASE), BUSINESS_CASE_HEADER, csv -> {
            for (StrategyComparison c : comparisons) {
                BusinessCase b = c.businessCase();
                csv.printRecord(
                        b.scenario(),
                        b.reference(),
                        num(b.investment().mean()),
                        num(b.investment().ciLow()),
                        num(b.investment().ciHigh()),
                        num(b.net().mean()),
                        num(b.net().ciLow()),
                        num(b.net().ciHigh()),
                        Double.isNaN(b.roi()) ? "" : num(b.roi()),
                        b.paybackMonth() < 0 ? "" : Integer.toString(b.paybackMonth()),
                        num(b.npv().mean()),
                        num(b.npv().ciLow()),
                        num(b.npv().ciHigh()),
                        num(b.netRange().probBetter()),
                        b.replications(),
                        b.netRange().overWorlds()
                                ? Integer.toString(b.netRange().worlds())
                                : "0",
                        num(b.netRange().low()),
                        num(b.netRange().high()),
                        b.sentence());
            }
        });
    }

    /**
     * The columns {@code worlds, prob_better, ui_low, ui_high} of a plausible range; {@code worlds} is 0 for
     * a study without worlds (then the share and the range are over replications: noise only).
     */
    private static List<String> range(PlausibleRange r) {
        return List.of(
                r.overWorlds() ? Integer.toString(r.worlds()) : "0", num(r.probBetter()), num(r.low()), num(r.high()));
    }

    private static void printDifference(CSVPrinter csv, List<Object> key, PairedDifference d) throws IOException {
        List<Object> row = new ArrayList<>(key);
        row.addAll(List.of(
                d.n(), num(d.mean()), num(d.sd()), num(d.ciLow()), num(d.ciHigh()), num(d.pValue()), significant(d)));
        csv.printRecord(row);
    }

    static void writeSweep(Path folder, Sweep.Result results) throws IOException {
        List<SweepAxis> axes = results.axes();
        List<String> header = new ArrayList<>(List.of("point", "scenario"));
        axes.forEach(a -> header.add(a.path()));
        header.addAll(List.of("metric", "unit", "n", "mean", "sd", "ci_low", "ci_high"));
        write(folder.resolve(ResultsFolder.SWEEP), header, csv -> {
            int k = 0;
            for (Sweep.Point p : results.points()) {
                k++;
                for (SummaryMetric m : SummaryMetric.values()) {
                    MetricStatistics st = p.result().statistics(m);
                    List<Object> row = new ArrayList<>(List.of(k, p.result().name()));
                    for (SweepAxis a : axes) {
                        row.add(FileNumbers.exact(p.values().get(a.path())));
                    }
                    row.addAll(List.of(
                            m.key(), unit(m), st.n(), num(st.mean()), num(st.sd()), num(st.ciLow()), num(st.ciHigh())));
                    csv.printRecord(row);
                }
            }
        });
    }

    static void writeSensitivity(Path folder, Sensitivity.Result result) throws IOException {
        write(
                folder.resolve(ResultsFolder.SENSITIVITY),
                List.of(
                        "rank",
                        "lever",
                        "lever_unit",
                        "base_value",
                        "end",
                        "value",
                        "metric",
                        "unit",
                        "n",
                        "difference",
                        "sd",
                        "ci_low",
                        "ci_high",
                        "p_value",
                        "significant",
                        "note"),
                csv -> {
                    int rank = 0;
                    for (Sensitivity.Row row : result.rows()) {
                        rank++;
                        for (String end : List.of("low", "high")) {
                            Object value = end.equals("low") ? row.low() : row.high();
                            for (SummaryMetric m : SummaryMetric.values()) {
                                PairedDifference d = end.equals("low") ? row.lowDifference(m) : row.highDifference(m);
                                csv.printRecord(
                                        rank,
                                        row.lever().path(),
                                        row.lever().unit(),
                                        value(row.baseValue()),
                                        end,
                                        value(value),
                                        m.key(),
                                        unit(m),
                                        d.n(),
                                        num(d.mean()),
                                        num(d.sd()),
                                        num(d.ciLow()),
                                        num(d.ciHigh()),
                                        num(d.pValue()),
                                        d.n() < 2 ? "" : significant(d),
                                        row.note());
                            }
                        }
                    }
                });
    }

    private static String value(Object v) {
        return v instanceof Number n ? FileNumbers.significant(n.doubleValue(), DIGITS) : String.valueOf(v);
    }

    private static String significant(PairedDifference d) {
        return Double.isNaN(d.pValue()) ? "" : Boolean.toString(d.significant());
    }

    private static String unit(SummaryMetric m) {
        return m.unit().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String num(double v) {
        return FileNumbers.significant(v, DIGITS);
    }

    private static String daily(double v) {
        return FileNumbers.significant(v, DAILY_DIGITS);
    }
}

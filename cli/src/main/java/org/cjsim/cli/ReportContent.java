package org.cjsim.cli;

import java.awt.Color;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cjsim.Version;
import org.cjsim.charts.ChartContext;
import org.cjsim.charts.ChartType;
import org.cjsim.charts.Charts;
import org.cjsim.charts.Labels;
import org.cjsim.charts.Palette;
import org.cjsim.experiment.BridgeStep;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.LadderRung;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.PlausibleRange;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.experiment.StudyResult;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.output.Manifest;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.output.StandardCharts;
import org.cjsim.params.ScenarioParams;
import org.cjsim.report.BarCharts;
import org.cjsim.report.Block;
import org.cjsim.report.ChartData;
import org.cjsim.report.Report;
import org.cjsim.report.Section;
import org.cjsim.scenarios.ScenarioTree;
import org.cjsim.scenarios.ScenarioYaml;

/**
 * The content of {@code cjsim report}: a {@link Report} built from a results folder, its sections chosen by
 * the kind of study (a run, a comparison, a sweep, a sensitivity analysis) and by what the folder holds; a
 * section the folder cannot feed is left out. Numbers come from the study's statistics (the comparisons, the
 * business cases, each scenario's summary and daily statistics), charts from cjsim's chart builders.
 */
final class ReportContent {
    /** The title when none is given. */
    static final String DEFAULT_TITLE = "What better customer service is worth";

    /** The CSV files of a results folder shown as tables in the page, in order (time series are too long). */
    static final List<String> DATA_FILES = List.of(
            ResultsFolder.BUSINESS_CASE,
            ResultsFolder.COMPARISON,
            ResultsFolder.BRIDGE,
            ResultsFolder.SUMMARY_STATS,
            ResultsFolder.RETENTION_LADDER,
            ResultsFolder.SWEEP,
            ResultsFolder.SENSITIVITY,
            ResultsFolder.SUMMARY);

    /** The metrics of a run's table, with short labels. */
    private static final Map<SummaryMetric, String> RUN_METRICS = runMetrics();

    /**
     * The smallest extra cost, as a share of the largest, whose return on investment the ROI chart shows: a
     * ratio to an extra cost near zero is huge and says nothing (the table still gives it).
     */
    private static final double MIN_ROI_INVESTMENT = 0.05;

    /** The replication seeds the method names; the manifest has them all. */
    private static final int MAX_SEEDS_LISTED = 5;

    private final Path folder;
    private final Results results;
    private final Manifest manifest;
    private final ChartContext context;
    private final String currency;
    private final List<Section> sections = new ArrayList<>();

    private ReportContent(Path folder, Results results, Manifest manifest) {
        this.folder = folder;
        this.results = results;
        this.manifest = manifest;
        this.context = StandardCharts.context(results);
        this.currency = results.plan().scenarios().get(0).economics().currency();
    }

    /**
     * The report of the results folder {@code folder}.
     *
     * @param title the title, or null for {@link #DEFAULT_TITLE}
     * @param client who it is for, or null
     * @param footer the footer, or null for "cjsim VERSION"
     * @param date the date on the title page
     */
    static Report build(
            Path folder, Results results, Manifest manifest, String title, String client, String footer, LocalDate date)
            throws IOException {
        ReportContent c = new ReportContent(folder, results, manifest);
        StudyResult result = results.result();
        if (result instanceof Comparison.Result r) {
            c.comparison(r);
        } else if (result instanceof SingleRun.Result r) {
            c.run(r);
        } else if (result instanceof Sweep.Result r) {
            c.sweep(r);
        } else if (result instanceof Sensitivity.Result r) {
            c.sensitivity(r);
        }
        c.method();
        c.appendix();
        c.dataTables();
        return new Report(
                title == null || title.isBlank() ? DEFAULT_TITLE : title,
                client,
                date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
                c.about(),
                footer == null || footer.isBlank() ? "cjsim " + Version.label() : footer,
                c.sections);
    }

    // ---------------------------------------------------------------- comparison

    private void comparison(Comparison.Result r) {
        List<StrategyComparison> comps = r.comparisons();
        if (comps.isEmpty()) {
            scenarioTable(r.reference());
            scenarioCharts(r);
            return;
        }
        StrategyComparison best = comps.stream()
                .max(Comparator.comparingDouble(
                        c -> nz(c.difference(SummaryMetric.NET_CONTRIBUTION).mean())))
                .orElseThrow();
        businessCase(best, comps);
        comparisonTable(r);
        comparisonChart(r);
        bridge(best);
        roi(comps);
        cash(best);
        scenarioCharts(r);
    }

    private void businessCase(StrategyComparison best, List<StrategyComparison> comps) {
        BusinessCase bc = best.businessCase();
        List<String> bullets = new ArrayList<>();
        PlausibleRange range = best.range(SummaryMetric.NET_CONTRIBUTION);
        if (bc.overWorlds()) {
            bullets.add("Probability of paying off: " + Tables.percent(range.probBetter()) + " of " + range.worlds()
                    + " plausible worlds.");
        } else if (bc.replications() > 0) {
            bullets.add("Pays off in " + bc.better() + " of " + bc.replications()
                    + " replications (the same seeds for every strategy).");
        }
        bullets.add("Return on investment " + roiText(bc.roi()) + "; net present value "
                + moneyDiff().text(bc.npv().mean()) + " " + interval(bc.npv()) + ".");
        bullets.add(bc.coverage());
        if (comps.size() > 1) {
            StrategyComparison second = comps.stream()
                    .filter(c -> c != best)
                    .max(Comparator.comparingDouble(
                            c -> nz(c.difference(SummaryMetric.NET_CONTRIBUTION).mean())))
                    .orElseThrow();
            bullets.add("Runner-up: " + second.businessCase().claim() + ".");
        }
        List<String> notes = new ArrayList<>();
        for (StrategyComparison c : comps) {
            notes.add(c.businessCase().claim() + ".");
        }
        notes.add(bc.coverage());
        sections.add(new Section(
                "The business case: " + best.scenario(),
                List.of(new Block.Headline(bc.claim() + "."), new Block.Bullets(bullets)),
                String.join("\n", notes)));
    }

    private void comparisonTable(Comparison.Result r) {
        ScenarioResult ref = r.reference();
        boolean overWorlds = overWorlds();
        List<String> header = List.of(
                "#",
                "Strategy",
                "Net contribution",
                overWorlds ? "90% over worlds" : "95% CI",
                overWorlds ? "Pays off in" : "Significant?",
                "Revenue",
                "NPS",
                "Retention");
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        rows.add(List.of(
                "",
                ref.name() + " (reference)",
                money(mean(ref, SummaryMetric.NET_CONTRIBUTION)),
                "",
                "",
                money(mean(ref, SummaryMetric.REVENUE)),
                value(SummaryMetric.NPS, mean(ref, SummaryMetric.NPS), false),
                value(SummaryMetric.ANNUAL_RETENTION, mean(ref, SummaryMetric.ANNUAL_RETENTION), false)));
        notes.add(ref.name() + " (reference): net contribution "
                + money(mean(ref, SummaryMetric.NET_CONTRIBUTION)) + ", revenue "
                + money(mean(ref, SummaryMetric.REVENUE)) + ", NPS "
                + value(SummaryMetric.NPS, mean(ref, SummaryMetric.NPS), false) + ", retention "
                + value(SummaryMetric.ANNUAL_RETENTION, mean(ref, SummaryMetric.ANNUAL_RETENTION), false));
        int rank = 0;
        for (StrategyComparison c : r.comparisons()) {
            rank++;
            PairedDifference net = c.difference(SummaryMetric.NET_CONTRIBUTION);
            PlausibleRange range = c.range(SummaryMetric.NET_CONTRIBUTION);
            String interval = overWorlds ? moneyDiff().interval(range.low(), range.high()) : interval(net);
            String sig = overWorlds ? Tables.percent(range.probBetter()) : significance(net);
            List<String> row = List.of(
                    String.valueOf(rank),
                    c.scenario(),
                    moneyDiff().text(net.mean()),
                    interval,
                    sig,
                    moneyDiff().text(c.difference(SummaryMetric.REVENUE).mean()),
                    value(SummaryMetric.NPS, c.difference(SummaryMetric.NPS).mean(), true),
                    value(
                            SummaryMetric.ANNUAL_RETENTION,
                            c.difference(SummaryMetric.ANNUAL_RETENTION).mean(),
                            true));
            rows.add(row);
            notes.add(rank + ". " + c.scenario() + ": net contribution " + row.get(2) + " " + interval
                    + (overWorlds ? ", pays off in " + sig + " of worlds" : ", significant: " + sig) + "; revenue "
                    + row.get(5) + ", NPS " + row.get(6) + ", retention " + row.get(7));
        }
        int n = results.plan().settings().replications();
        String caption = "Money in " + currency + " over " + horizon()
                + ". Rows below the reference are differences to it, paired over the same " + n
                + (n == 1 ? " seed" : " seeds") + " (common random numbers)"
                + (overWorlds
                        ? " and plausible worlds; 90% over worlds: the range over worlds and noise; pays off in: the"
                                + " share of worlds in which net contribution is higher."
                        : "; significant: the 95% confidence interval excludes zero.")
                + " NPS on the last day; retention: share of customers kept per year.";
        sections.add(new Section(
                "How the strategies compare",
                List.of(new Block.Table(header, rows, caption)),
                String.join("\n", notes)));
    }

    private void comparisonChart(Comparison.Result r) {
        Charts.NamedChart chart = first(ChartType.COMPARISON, "net_contribution", r);
        if (chart == null) {
            return;
        }
        List<StrategyComparison> comps = r.comparisons();
        Palette palette = palette();
        double[] values = new double[comps.size()];
        double[] low = new double[comps.size()];
        double[] high = new double[comps.size()];
        List<Color> colours = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < comps.size(); k++) {
            StrategyComparison c = comps.get(k);
            PairedDifference net = c.difference(SummaryMetric.NET_CONTRIBUTION);
            values[k] = net.mean();
            low[k] = net.ciLow();
            high[k] = net.ciHigh();
            colours.add(palette.colour(c.scenario()));
            names.add(c.scenario() + "  " + moneyDiff().text(net.mean()));
            notes.add(c.scenario() + ": " + moneyDiff().text(net.mean()) + " " + interval(net));
        }
        ChartData data = new ChartData(
                ChartData.Kind.BAR,
                "",
                "",
                "Difference in net contribution to " + r.reference().name() + " (" + currency + ")",
                excelMoney(values),
                names,
                List.of(new ChartData.Series(
                        "Difference in net contribution", values, Palette.BLUE, false, colours, low, high)));
        sections.add(new Section(
                title(chart),
                List.of(new Block.Chart(chart.name(), chart.chart(), data)),
                "Difference in net contribution to " + r.reference().name() + " over " + horizon()
                        + ", mean and 95% CI:\n" + String.join("\n", notes)));
    }

    private void bridge(StrategyComparison best) {
        Optional<Charts.NamedChart> chart = all(ChartType.BRIDGE, null).stream()
                .filter(c -> c.name().equals(Charts.name("bridge", best.scenario())))
                .findFirst();
        if (chart.isEmpty()) {
            return;
        }
        List<String> notes = new ArrayList<>();
        notes.add("From " + best.reference() + " to " + best.scenario() + ", by ledger line (mean and 95% CI):");
        for (BridgeStep step : best.bridge().steps()) {
            PairedDifference d = step.contribution();
            notes.add(step.label() + ": " + moneyDiff().text(d.mean()) + " " + interval(d));
        }
        PairedDifference total = best.bridge().total();
        notes.add("Total: " + moneyDiff().text(total.mean()) + " " + interval(total));
        sections.add(new Section(
                title(chart.get()),
                List.of(new Block.Chart(chart.get().name(), chart.get().chart(), null)),
                String.join("\n", notes)));
    }

    private void roi(List<StrategyComparison> comps) {
        boolean overWorlds = overWorlds();
        List<String> header = List.of(
                "Strategy",
                "Extra cost",
                "Return (net contribution)",
                "ROI",
                "Payback",
                "Net present value",
                overWorlds ? "Pays off in" : "Beats reference in");
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> roiNames = new ArrayList<>();
        List<Double> roiValues = new ArrayList<>();
        List<Color> roiColours = new ArrayList<>();
        Palette palette = palette();
        double maxInvestment = comps.stream()
                .mapToDouble(c -> c.businessCase().investment().mean())
                .filter(Double::isFinite)
                .max()
                .orElse(0);
        List<String> leftOut = new ArrayList<>();
        for (StrategyComparison c : comps) {
            BusinessCase bc = c.businessCase();
            if (Double.isFinite(bc.roi()) && bc.investment().mean() < MIN_ROI_INVESTMENT * maxInvestment) {
                leftOut.add(
                        c.scenario() + " (" + moneyDiff().text(bc.investment().mean()) + ")");
            }
            String odds = overWorlds
                    ? Tables.percent(bc.netRange().probBetter()) + " of worlds"
                    : bc.better() + " of " + bc.replications();
            List<String> row = List.of(
                    c.scenario(),
                    moneyDiff().text(bc.investment().mean()),
                    moneyDiff().text(bc.net().mean()),
                    roiText(bc.roi()),
                    payback(bc.paybackMonth()),
                    moneyDiff().text(bc.npv().mean()),
                    odds);
            rows.add(row);
            notes.add(c.scenario() + ": extra cost " + row.get(1) + ", return " + row.get(2) + " "
                    + interval(bc.net()) + ", ROI " + row.get(3) + ", payback " + row.get(4) + ", NPV " + row.get(5)
                    + " " + interval(bc.npv()) + ", " + (overWorlds ? "pays off in " : "beats the reference in ")
                    + odds);
            if (Double.isFinite(bc.roi()) && bc.investment().mean() >= MIN_ROI_INVESTMENT * maxInvestment) {
                roiNames.add(c.scenario());
                roiValues.add(bc.roi());
                roiColours.add(palette.colour(c.scenario()));
            }
        }
        String caption = "Money in " + currency + " over " + horizon()
                + ", differences to the reference. Extra cost: the increase in every cost line; ROI: return divided by"
                + " extra cost (n/a when the strategy costs no more); payback: the month from which the mean"
                + " cumulative difference in cash stays positive.";
        sections.add(new Section(
                "Return on investment and payback",
                List.of(new Block.Table(header, rows, caption)),
                String.join("\n", notes)));
        if (!roiNames.isEmpty()) {
            double[] values =
                    roiValues.stream().mapToDouble(Double::doubleValue).toArray();
            ChartData data = new ChartData(
                    ChartData.Kind.BAR,
                    "",
                    "",
                    "Return per " + currency + " of extra cost",
                    "0%",
                    roiNames,
                    List.of(new ChartData.Series("Return on investment", values, Palette.BLUE, false, roiColours)));
            String subtitle = "Difference in net contribution divided by the extra cost, over " + horizon()
                    + (leftOut.isEmpty()
                            ? ""
                            : "; left out, for an extra cost too small for a ratio: " + String.join(", ", leftOut));
            var chart = BarCharts.draw(data, "Return on investment", subtitle, BarCharts.percent(), context);
            List<String> roiNotes = new ArrayList<>();
            for (int k = 0; k < roiNames.size(); k++) {
                roiNotes.add(roiNames.get(k) + ": " + roiText(values[k]));
            }
            sections.add(new Section(
                    "Return on investment",
                    List.of(new Block.Bullets(List.of(subtitle + ".")), new Block.Chart("roi", chart, data)),
                    "Return on investment (difference in net contribution / extra cost):\n"
                            + String.join("\n", roiNotes)));
        }
    }

    private void cash(StrategyComparison best) {
        SeriesStatistics cash = best.businessCase().cash();
        if (cash == null || cash.days() == 0) {
            return;
        }
        Optional<Charts.NamedChart> chart = all(ChartType.PAYBACK, null).stream()
                .filter(c -> c.name().equals(Charts.name("payback", best.scenario())))
                .findFirst();
        if (chart.isEmpty()) {
            return;
        }
        // month by month; a horizon shorter than two months day by day
        boolean byMonth = cash.days() >= 2 * BusinessCase.DAYS_PER_MONTH;
        int points = byMonth ? (int) Math.floor(cash.days() / BusinessCase.DAYS_PER_MONTH) + 1 : cash.days();
        List<String> categories = new ArrayList<>();
        double[] mean = new double[points];
        double[] low = new double[points];
        double[] high = new double[points];
        for (int m = 0; m < points; m++) {
            int day = !byMonth
                    ? m
                    : m == 0 ? 0 : Math.min(cash.days() - 1, (int) Math.round(m * BusinessCase.DAYS_PER_MONTH) - 1);
            categories.add(String.valueOf(byMonth ? m : m + 1));
            mean[m] = cash.mean()[day];
            low[m] = cash.ciLow()[day];
            high[m] = cash.ciHigh()[day];
        }
        Color colour = Palette.forLine(palette().colour(best.scenario()));
        ChartData data = new ChartData(
                ChartData.Kind.LINE,
                "",
                byMonth ? "Month" : "Day",
                "Cumulative difference in cash to " + best.reference() + " (" + currency + ")",
                excelMoney(mean, low, high),
                categories,
                List.of(
                        new ChartData.Series(best.scenario() + " (mean)", mean, colour, false, List.of()),
                        new ChartData.Series("95% CI, low", low, colour, true, List.of()),
                        new ChartData.Series("95% CI, high", high, colour, true, List.of())));
        List<String> notes = new ArrayList<>();
        String unit = byMonth ? "Month " : "Day ";
        notes.add("Cumulative difference in cash, " + best.scenario() + " minus " + best.reference()
                + (byMonth ? ", at the end of each year" : "") + " and at the end (mean and 95% CI); payback "
                + payback(best.businessCase().paybackMonth()) + ":");
        for (int m = 0; m < points; m++) {
            boolean yearEnd = byMonth && m > 0 && m % 12 == 0;
            if (yearEnd || m == points - 1) {
                notes.add(unit + categories.get(m) + ": " + moneyDiff().text(mean[m]) + " "
                        + moneyDiff().interval(low[m], high[m]));
            }
        }
        sections.add(new Section(
                title(chart.get()),
                List.of(
                        new Block.Bullets(List.of(paybackSentence(best.businessCase()))),
                        new Block.Chart(chart.get().name(), chart.get().chart(), data)),
                String.join("\n", notes)));
    }

    /** When the strategy pays back, in a sentence under the cash chart. */
    private String paybackSentence(BusinessCase bc) {
        int month = bc.paybackMonth();
        String what =
                switch (month) {
                    case BusinessCase.NEVER -> " does not pay back within " + horizon()
                            + ": the mean cumulative difference in cash is still negative at the end";
                    case 0 -> " pays back immediately: the mean cumulative difference in cash is never negative";
                    default -> " pays back in month " + month
                            + ": from then on the mean cumulative difference in cash stays at or above zero";
                };
        return bc.scenario() + what + " (dashed: its 95% confidence interval).";
    }

    // ---------------------------------------------------------------- charts of scenarios

    /** The ladder, the NPS split and the funnel of a run or a comparison, and a run's time series. */
    private void scenarioCharts(StudyResult r) {
        List<ScenarioResult> scenarios = r.experiment().scenarios();
        if (r instanceof SingleRun.Result) {
            for (String metric : List.of("customers", "cumulative_net_contribution", "nps")) {
                Charts.NamedChart chart = first(ChartType.TIME_SERIES, metric, r);
                if (chart != null) {
                    ScenarioResult s = scenarios.get(0);
                    SeriesStatistics series = s.daily(DailyMetric.parse(metric));
                    String notes = series == null || series.days() == 0
                            ? ""
                            : title(chart) + ": " + UnitFormat.parameter(series.mean()[0]) + " on the first day, "
                                    + UnitFormat.parameter(series.mean()[series.days() - 1]) + " on the last (mean of "
                                    + s.replications().size() + " replications)";
                    chartSection(chart, notes);
                }
            }
        }
        Charts.NamedChart ladder = first(ChartType.LADDER, null, r);
        if (ladder != null) {
            List<String> notes = new ArrayList<>();
            notes.add("Share of customers still customers at the end of the ladder's window, by how their first"
                    + " issue went (pooled over replications, 95% Wilson interval):");
            for (ScenarioResult s : scenarios) {
                List<String> parts = new ArrayList<>();
                for (LadderRung rung : s.ladder()) {
                    if (rung.severity() == null && rung.entered() > 0) {
                        parts.add(
                                rung.group().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                                        + percent(rung.share()));
                    }
                }
                notes.add(s.name() + ": " + String.join(", ", parts));
            }
            chartSection(ladder, String.join("\n", notes));
        }
        Charts.NamedChart nps = first(ChartType.NPS, null, r);
        if (nps != null) {
            List<String> notes = new ArrayList<>();
            notes.add("On the last day (mean over replications): NPS, promoters, passives, detractors");
            for (ScenarioResult s : scenarios) {
                notes.add(s.name() + ": NPS " + value(SummaryMetric.NPS, mean(s, SummaryMetric.NPS), false) + ", "
                        + percent(mean(s, SummaryMetric.PROMOTER_SHARE)) + ", "
                        + percent(mean(s, SummaryMetric.PASSIVE_SHARE)) + ", "
                        + percent(mean(s, SummaryMetric.DETRACTOR_SHARE)));
            }
            chartSection(nps, String.join("\n", notes));
        }
        Charts.NamedChart funnel = first(ChartType.FUNNEL, null, r);
        if (funnel != null) {
            chartSection(
                    funnel,
                    "The journey funnel of "
                            + scenarios.stream().map(ScenarioResult::name).collect(Collectors.joining(", "))
                            + ": every stage's count, mean over replications.");
        }
    }

    private void chartSection(Charts.NamedChart chart, String notes) {
        sections.add(new Section(title(chart), List.of(new Block.Chart(chart.name(), chart.chart(), null)), notes));
    }

    // ---------------------------------------------------------------- run, sweep, sensitivity

    private void run(SingleRun.Result r) {
        scenarioTable(r.scenario());
        scenarioCharts(r);
    }

    /** The main metrics of one scenario with their 95% confidence intervals. */
    private void scenarioTable(ScenarioResult s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<SummaryMetric, String> e : RUN_METRICS.entrySet()) {
            MetricStatistics st = s.statistics(e.getKey());
            String ci = format(e.getKey(), false).interval(st.ciLow(), st.ciHigh());
            String mean = value(e.getKey(), st.mean(), false);
            rows.add(List.of(e.getValue(), mean, ci));
            notes.add(e.getValue() + ": " + mean + (ci.isEmpty() ? "" : " " + ci));
        }
        sections.add(new Section(
                "Results of " + s.name(),
                List.of(new Block.Table(
                        List.of("Metric", "Mean", "95% CI"),
                        rows,
                        "Money in " + currency + " over " + horizon() + "; "
                                + s.replications().size() + " replications.")),
                String.join("\n", notes)));
    }

    private void sweep(Sweep.Result r) {
        List<SweepAxis> axes = r.axes();
        List<Sweep.Point> points = r.points();
        int best = 0;
        for (int k = 1; k < points.size(); k++) {
            if (mean(points.get(k).result(), SummaryMetric.NET_CONTRIBUTION)
                    > mean(points.get(best).result(), SummaryMetric.NET_CONTRIBUTION)) {
                best = k;
            }
        }
        Sweep.Point top = points.get(best);
        String where = axes.stream()
                .map(a -> a.path() + " = " + UnitFormat.parameter(top.values().get(a.path())))
                .collect(Collectors.joining(", "));
        MetricStatistics topNet = top.result().statistics(SummaryMetric.NET_CONTRIBUTION);
        sections.add(new Section(
                "The best point of the sweep",
                List.of(
                        new Block.Headline("The highest net contribution, " + money(topNet.mean()) + " "
                                + format(SummaryMetric.NET_CONTRIBUTION, false)
                                        .interval(topNet.ciLow(), topNet.ciHigh())
                                + " over " + horizon() + ", comes at " + where + "."),
                        new Block.Bullets(List.of(
                                "Sweep of " + r.study().base().name() + " over " + points.size() + " points: "
                                        + axes.stream().map(SweepAxis::path).collect(Collectors.joining(", ")) + ".",
                                "Intervals: 95% confidence intervals of the mean over "
                                        + results.plan().settings().replications()
                                        + " replications (random noise only)."))),
                "Best point: " + where + ", net contribution " + money(topNet.mean())));
        List<String> header = new ArrayList<>();
        header.add("#");
        for (SweepAxis a : axes) {
            header.add(a.path());
        }
        header.addAll(List.of("Net contribution", "95% CI", "Revenue", "NPS", "Retention"));
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            Sweep.Point p = points.get(k);
            List<String> row = new ArrayList<>();
            row.add((k + 1) + (k == best && points.size() > 1 ? "*" : ""));
            for (SweepAxis a : axes) {
                row.add(UnitFormat.parameter(p.values().get(a.path())));
            }
            MetricStatistics net = p.result().statistics(SummaryMetric.NET_CONTRIBUTION);
            row.add(money(net.mean()));
            row.add(format(SummaryMetric.NET_CONTRIBUTION, false).interval(net.ciLow(), net.ciHigh()));
            row.add(money(mean(p.result(), SummaryMetric.REVENUE)));
            row.add(value(SummaryMetric.NPS, mean(p.result(), SummaryMetric.NPS), false));
            row.add(value(SummaryMetric.ANNUAL_RETENTION, mean(p.result(), SummaryMetric.ANNUAL_RETENTION), false));
            rows.add(row);
            notes.add(String.join(", ", row));
        }
        sections.add(new Section(
                "Every point of the sweep",
                List.of(new Block.Table(
                        header,
                        rows,
                        "Money in " + currency + " over " + horizon() + ". * the best net contribution. NPS on the"
                                + " last day; retention: share of customers kept per year.")),
                String.join("\n", notes)));
        for (ChartType type : List.of(ChartType.HEATMAP, ChartType.SWEEP)) {
            for (Charts.NamedChart chart : all(type, null)) {
                chartSection(chart, "Net contribution at each point: see the table of every point.");
            }
        }
    }

    private void sensitivity(Sensitivity.Result r) {
        List<Sensitivity.Row> rows = r.rows();
        ScenarioResult base = r.base();
        double baseNet = mean(base, SummaryMetric.NET_CONTRIBUTION);
        if (!rows.isEmpty()) {
            Sensitivity.Row top = rows.get(0);
            sections.add(new Section(
                    "What matters most",
                    List.of(
                            new Block.Headline("Of " + rows.size() + (rows.size() == 1 ? " lever" : " levers")
                                    + ", " + top.lever().path() + " moves net contribution the most: "
                                    + ends(top) + " (base " + lever(top.baseValue()) + ")."),
                            new Block.Bullets(List.of(
                                    "Each lever is set to its low and its high value, one at a time, the others kept"
                                            + " at the base scenario " + base.name() + " (net contribution "
                                            + money(baseNet) + " over " + horizon() + ").",
                                    "Differences are paired over the same seeds; intervals are 95% confidence"
                                            + " intervals (random noise only)."))),
                    "Largest swing: " + top.lever().path() + "; base net contribution " + money(baseNet)));
        }
        List<List<String>> table = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int rank = 0;
        for (Sensitivity.Row row : rows) {
            rank++;
            List<String> cells = List.of(
                    String.valueOf(rank),
                    row.lever().path(),
                    lever(row.baseValue()),
                    lever(row.low()),
                    end(row.lowComparison(), row.lowDifference(SummaryMetric.NET_CONTRIBUTION)),
                    lever(row.high()),
                    end(row.highComparison(), row.highDifference(SummaryMetric.NET_CONTRIBUTION)));
            table.add(cells);
            notes.add(String.join(", ", cells) + (row.note().isEmpty() ? "" : " (" + row.note() + ")"));
        }
        sections.add(new Section(
                "Each lever at its low and high value",
                List.of(new Block.Table(
                        List.of(
                                "#",
                                "Lever",
                                "Base",
                                "Low",
                                "Net contribution at low",
                                "High",
                                "Net contribution at high"),
                        table,
                        "Differences in net contribution to " + base.name() + ", in " + currency + " over " + horizon()
                                + ", with their 95% CI; * marks a significant difference.")),
                String.join("\n", notes)));
        for (Charts.NamedChart chart : all(ChartType.TORNADO, null)) {
            chartSection(chart, String.join("\n", notes));
        }
    }

    // ---------------------------------------------------------------- method, appendix, data

    private void method() {
        ExperimentSettings settings = results.plan().settings();
        ScenarioParams first = results.plan().scenarios().get(0);
        List<String> bullets = new ArrayList<>();
        bullets.add("Model: an agent-based simulation of a market of "
                + UnitFormat.count(first.market().population())
                + " people who hear of the company, buy, meet issues, voice them or keep silent, are served by a"
                + " service desk, stay or leave and tell others; money flows through a ledger of revenue and cost"
                + " lines.");
        List<Long> seeds = manifest.replicationSeeds();
        bullets.add(settings.replications() + (settings.replications() == 1 ? " replication" : " replications")
                + " of " + horizon() + " per scenario, master seed " + settings.masterSeed()
                + (results.plan().scenarios().size() > 1
                        ? "; every scenario runs on the same seeds (common random numbers): "
                        : "; seeds: ")
                + seeds.stream().limit(MAX_SEEDS_LISTED).map(String::valueOf).collect(Collectors.joining(", "))
                + (seeds.size() > MAX_SEEDS_LISTED ? " and " + (seeds.size() - MAX_SEEDS_LISTED) + " more" : "")
                + ".");
        if (overWorlds()) {
            var worlds = settings.worlds();
            bullets.add("Calibration: " + Math.min(worlds.size(), settings.replications()) + " plausible worlds of "
                    + worlds.source() + " (parameter sets that reproduce the company's KPIs), varying "
                    + String.join(", ", worlds.central().keySet()) + ".");
            bullets.add("What is uncertain: the intervals cover the plausible worlds and random noise; not the"
                    + " model's structure, nor parameters the worlds do not vary.");
        } else {
            bullets.add("Calibration: none; the parameters are the defaults and the changes listed in the appendix."
                    + " Run with --uncertainty CALIBRATION_FOLDER to let the intervals cover their uncertainty.");
            bullets.add("What is uncertain: the intervals cover random noise only, not the uncertainty of the"
                    + " parameters nor of the model's structure.");
        }
        for (String line : results.plan().changeLines()) {
            bullets.add("Changed with --set: " + line);
        }
        bullets.add("Made by cjsim " + manifest.cjsimVersion() + ": " + String.join(" ", manifest.commandLine())
                + (manifest.finished() == null
                        ? ""
                        : ", finished "
                                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                        .withZone(java.time.ZoneOffset.UTC)
                                        .format(manifest.finished()))
                + ".");
        sections.add(
                new Section("Method and assumptions", List.of(new Block.Bullets(bullets)), String.join("\n", bullets)));
    }

    /** The parameters of each scenario that differ from the defaults, as a table. */
    private void appendix() {
        ScenarioParams defaults = ScenarioParams.defaults();
        List<ScenarioParams> scenarios = results.plan().scenarios();
        Map<String, Map<String, Object>> byScenario = new LinkedHashMap<>();
        Map<String, Object> defaultValues = new LinkedHashMap<>();
        for (ScenarioParams s : scenarios) {
            byScenario.put(s.name(), ScenarioTree.differences(defaults, s));
            defaultValues.putAll(ScenarioTree.differences(s, defaults));
        }
        // a change every scenario shares is listed once
        Map<String, Object> common = new LinkedHashMap<>();
        if (scenarios.size() > 1) {
            Map<String, Object> firstDiff = byScenario.values().iterator().next();
            firstDiff.forEach((path, value) -> {
                if (byScenario.values().stream().allMatch(d -> Objects.equals(d.get(path), value))) {
                    common.put(path, value);
                }
            });
        }
        List<List<String>> rows = new ArrayList<>();
        common.forEach((path, value) -> rows.add(List.of(
                "every scenario", path, ScenarioYaml.scalar(value), ScenarioYaml.scalar(defaultValues.get(path)))));
        byScenario.forEach((name, diff) -> diff.forEach((path, value) -> {
            if (!common.containsKey(path)) {
                rows.add(List.of(name, path, ScenarioYaml.scalar(value), ScenarioYaml.scalar(defaultValues.get(path))));
            }
        }));
        if (rows.isEmpty()) {
            return;
        }
        List<String> notes = rows.stream()
                .map(r -> r.get(0) + ": " + r.get(1) + " = " + r.get(2) + " (default " + r.get(3) + ")")
                .toList();
        sections.add(new Section(
                "Appendix: parameters that differ from the defaults",
                List.of(new Block.Table(
                        List.of("Scenario", "Parameter", "Value", "Default"),
                        rows,
                        "docs/parameters.md describes every parameter, its unit and range.")),
                String.join("\n", notes)));
    }

    /** Every CSV table of the folder, for the page only. */
    private void dataTables() throws IOException {
        for (String file : DATA_FILES) {
            Path path = folder.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            List<String> header;
            List<List<String>> rows = new ArrayList<>();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(reader)) {
                header = parser.getHeaderNames();
                for (CSVRecord record : parser) {
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < header.size(); c++) {
                        row.add(c < record.size() ? shorten(record.get(c)) : "");
                    }
                    rows.add(row);
                }
            }
            if (header.isEmpty()) {
                continue;
            }
            sections.add(new Section(
                    "Data: " + file,
                    List.of(new Block.Table(
                            header,
                            rows,
                            "The file " + file + " of the results folder, numbers to 6 significant digits;"
                                    + " docs/outputs.md describes every column.")),
                    "",
                    true));
        }
    }

    /** A number of a CSV file to 6 significant digits; other text as it is. */
    static String shorten(String cell) {
        if (!cell.matches("-?\\d+\\.\\d{5,}(E-?\\d+)?")) {
            return cell;
        }
        double v = Double.parseDouble(cell);
        String s =
                new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return s;
    }

    // ---------------------------------------------------------------- words and numbers

    private String about() {
        ExperimentSettings settings = results.plan().settings();
        ScenarioParams first = results.plan().scenarios().get(0);
        String what = results.result().accept(new StudyResult.Cases<String>() {
            @Override
            public String singleRun(SingleRun.Result r) {
                return "A run of " + r.scenario().name();
            }

            @Override
            public String comparison(Comparison.Result r) {
                int n = r.comparisons().size();
                return n + (n == 1 ? " strategy" : " strategies") + " against "
                        + r.reference().name();
            }

            @Override
            public String sweep(Sweep.Result r) {
                return "A sweep of " + r.study().base().name() + " over "
                        + r.points().size() + " points";
            }

            @Override
            public String sensitivity(Sensitivity.Result r) {
                return "The sensitivity of " + r.base().name() + " to "
                        + r.rows().size() + " levers";
            }
        });
        return what + " · " + settings.replications()
                + (settings.replications() == 1 ? " replication of " : " replications of ") + horizon() + " · "
                + UnitFormat.count(first.market().population()) + " people"
                + (overWorlds() ? " · over plausible worlds" : "");
    }

    private boolean overWorlds() {
        return !results.plan().settings().worlds().isEmpty();
    }

    private String horizon() {
        return Labels.horizon(results.plan().scenarios().get(0).horizon().days() / 365.0);
    }

    private Palette palette() {
        return Palette.of(results.experiment().scenarios().stream()
                .map(ScenarioResult::name)
                .toList());
    }

    private Charts.NamedChart first(ChartType type, String metric, StudyResult r) {
        if (!Charts.drawable(r).contains(type)) {
            return null;
        }
        List<Charts.NamedChart> charts = Charts.create(type, metric, r, context);
        return charts.isEmpty() ? null : charts.get(0);
    }

    private List<Charts.NamedChart> all(ChartType type, String metric) {
        StudyResult r = results.result();
        return Charts.drawable(r).contains(type) ? Charts.create(type, metric, r, context) : List.of();
    }

    private static String title(Charts.NamedChart chart) {
        String t = chart.chart().getTitle() == null
                ? null
                : chart.chart().getTitle().getText();
        return t == null || t.isBlank() ? chart.name() : t;
    }

    private UnitFormat format(SummaryMetric m, boolean signed) {
        return signed ? UnitFormat.differenceLabel(m.unit(), currency) : UnitFormat.label(m.unit(), currency);
    }

    private String value(SummaryMetric m, double v, boolean signed) {
        return format(m, signed).text(v);
    }

    private String money(double v) {
        return UnitFormat.label(MetricUnit.CURRENCY, currency).text(v);
    }

    private UnitFormat moneyDiff() {
        return UnitFormat.differenceLabel(MetricUnit.CURRENCY, currency);
    }

    private String interval(PairedDifference d) {
        return moneyDiff().interval(d.ciLow(), d.ciHigh());
    }

    /** The difference at one end of a lever, or "(the base value)" where that end is the base's value. */
    private String end(StrategyComparison comparison, PairedDifference d) {
        return comparison == null ? "(the base value)" : diff(d);
    }

    /** The differences at the ends of a lever that are not the base's value: "-$526 [...] * at true". */
    private String ends(Sensitivity.Row row) {
        List<String> parts = new ArrayList<>();
        if (row.lowComparison() != null) {
            parts.add(diff(row.lowDifference(SummaryMetric.NET_CONTRIBUTION)) + " at " + lever(row.low()));
        }
        if (row.highComparison() != null) {
            parts.add(diff(row.highDifference(SummaryMetric.NET_CONTRIBUTION)) + " at " + lever(row.high()));
        }
        return String.join(", ", parts);
    }

    private String diff(PairedDifference d) {
        String text = moneyDiff().text(d.mean());
        if (!Double.isNaN(d.ciLow())) {
            text += " " + interval(d);
        }
        return text + (d.n() >= 2 && d.significant() ? " *" : "");
    }

    private static String significance(PairedDifference d) {
        if (Double.isNaN(d.pValue())) {
            return "n/a";
        }
        return d.significant() ? "yes" : "no";
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : Math.round(100 * share) + "%";
    }

    private static String roiText(double roi) {
        return Double.isFinite(roi) ? UnitFormat.label(MetricUnit.SHARE, "").text(roi) : "n/a";
    }

    private static String payback(int month) {
        return switch (month) {
            case BusinessCase.UNKNOWN -> "unknown";
            case BusinessCase.NEVER -> "not within the horizon";
            case 0 -> "immediately";
            default -> "month " + month;
        };
    }

    private static String lever(Object value) {
        return value instanceof Number n ? UnitFormat.parameter(n.doubleValue()) : String.valueOf(value);
    }

    private static double mean(ScenarioResult s, SummaryMetric m) {
        return s.statistics(m).mean();
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /** An Excel number format for money of the size of {@code values}: thousands or millions, with the currency. */
    private String excelMoney(double[]... values) {
        double max = 0;
        for (double[] vs : values) {
            for (double v : vs) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        String symbol = "\"" + currency.replace("\"", "") + "\"";
        if (max >= 1e6) {
            return symbol + "#,##0.0,,\"M\"";
        }
        if (max >= 1e4) {
            return symbol + "#,##0,\"k\"";
        }
        return symbol + "#,##0";
    }

    private static Map<SummaryMetric, String> runMetrics() {
        Map<SummaryMetric, String> m = new LinkedHashMap<>();
        m.put(SummaryMetric.NET_CONTRIBUTION, "Net contribution");
        m.put(SummaryMetric.NPV, "Net present value");
        m.put(SummaryMetric.REVENUE, "Revenue");
        m.put(SummaryMetric.GROSS_PROFIT, "Gross profit");
        m.put(SummaryMetric.SERVICE_COST, "Service cost (wages, tier 2, goodwill)");
        m.put(SummaryMetric.CUSTOMERS, "Customers on the last day");
        m.put(SummaryMetric.NPS, "NPS on the last day");
        m.put(SummaryMetric.ANNUAL_RETENTION, "Annual retention");
        m.put(SummaryMetric.REFERRED_SHARE, "Referred share of new customers");
        m.put(SummaryMetric.ISSUE_RATE, "Purchases with an issue");
        m.put(SummaryMetric.VOICE_RATE, "Issues voiced");
        m.put(SummaryMetric.MEDIAN_RESOLUTION_DAYS, "Median resolution time (days)");
        m.put(SummaryMetric.FIRST_CONTACT_RESOLUTION, "First-contact resolution");
        m.put(SummaryMetric.UTILISATION, "Service desk utilisation");
        return m;
    }
}

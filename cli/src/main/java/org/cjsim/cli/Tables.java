package org.cjsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.MetricStatistics;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.PlausibleRange;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.experiment.StudyResult;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.output.Results;
import org.cjsim.output.ResultsFolder;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioTree;
import org.cjsim.scenarios.ScenarioYaml;

/** The tables a study prints when it ends, each fitting a terminal of 100 columns. */
final class Tables {
    private Tables() {}

    private static final UnitFormat MONEY = UnitFormat.ascii(MetricUnit.CURRENCY);

    private static final UnitFormat MONEY_DIFFERENCE = UnitFormat.asciiDifference(MetricUnit.CURRENCY);

    /** The metrics of the {@code run} table, with short labels. */
    private static final List<Object[]> RUN_METRICS = List.of(
            new Object[] {SummaryMetric.NET_CONTRIBUTION, "Net contribution"},
            new Object[] {SummaryMetric.NPV, "Net present value"},
            new Object[] {SummaryMetric.REVENUE, "Revenue"},
            new Object[] {SummaryMetric.GROSS_PROFIT, "Gross profit"},
            new Object[] {SummaryMetric.SERVICE_COST, "Service cost (wages, tier 2, goodwill)"},
            new Object[] {SummaryMetric.CUSTOMERS, "Customers on the last day"},
            new Object[] {SummaryMetric.NPS, "NPS on the last day"},
            new Object[] {SummaryMetric.ANNUAL_RETENTION, "Annual retention"},
            new Object[] {SummaryMetric.REFERRED_SHARE, "Referred share of new customers"},
            new Object[] {SummaryMetric.ISSUE_RATE, "Purchases with an issue"},
            new Object[] {SummaryMetric.VOICE_RATE, "Issues voiced"},
            new Object[] {SummaryMetric.MEDIAN_RESOLUTION_DAYS, "Median resolution time (days)"},
            new Object[] {SummaryMetric.FIRST_CONTACT_RESOLUTION, "First-contact resolution"},
            new Object[] {SummaryMetric.UTILISATION, "Service desk utilisation"},
            new Object[] {SummaryMetric.EMPLOYEE_TURNOVER, "Employee turnover per year"});

    /** Prints the table of a study's results, one kind of table per kind of study. */
    static void print(PrintWriter out, Results results) {
        results.result().accept(new StudyResult.Cases<Void>() {
            @Override
            public Void singleRun(SingleRun.Result r) {
                run(out, results, r);
                return null;
            }

            @Override
            public Void comparison(Comparison.Result r) {
                compare(out, results, r);
                return null;
            }

            @Override
            public Void sweep(Sweep.Result r) {
                Tables.sweep(out, results, r);
                return null;
            }

            @Override
            public Void sensitivity(Sensitivity.Result r) {
                Tables.sensitivity(out, results, r);
                return null;
            }
        });
    }

    /**
     * One line saying what ran: replications, horizon, population, seed; and a second one naming the plausible
     * worlds when the study ran over them.
     */
    static String context(ScenarioParams scenario, Results results) {
        var settings = results.plan().settings();
        String line = settings.replications() + (settings.replications() == 1 ? " replication" : " replications")
                + " of " + UnitFormat.days(scenario.horizon().days()) + ", "
                + UnitFormat.count(scenario.market().population()) + " people, seed " + settings.masterSeed();
        var worlds = settings.worlds();
        return worlds.isEmpty()
                ? line
                : line + System.lineSeparator() + "over " + Math.min(worlds.size(), settings.replications())
                        + " plausible worlds of " + worlds.source()
                        + " (--uncertainty): the intervals cover them and random noise";
    }

    static String currency(ScenarioParams scenario) {
        return scenario.economics().currency();
    }

    /** Replications of one scenario: the main metrics with their 95% confidence intervals. */
    static void run(PrintWriter out, Results results, SingleRun.Result r) {
        ScenarioResult s = r.scenario();
        out.println();
        out.println(s.name() + ": " + context(s.scenario(), results));
        out.println("Money in " + currency(s.scenario()) + " over the whole horizon.");
        out.println();
        row(out, "  %-42s %12s   %s", "Metric", "Mean", "95% CI");
        for (Object[] row : RUN_METRICS) {
            SummaryMetric m = (SummaryMetric) row[0];
            MetricStatistics st = s.statistics(m);
            String ci = UnitFormat.ascii(m.unit()).interval(st.ciLow(), st.ciHigh());
            out.println(String.format(Locale.ROOT, "  %-42s %12s   %s", row[1], value(m, st.mean(), false), ci)
                    .stripTrailing());
        }
        changes(out, results, true);
    }

    /**
     * What {@code --set} changed in the scenarios whose names end in {@code *}, one wrapped line each (see
     * {@link org.cjsim.output.Plan#changeLines()}), after a blank line when {@code gap}.
     */
    static void changes(PrintWriter out, Results results, boolean gap) {
        List<String> lines = results.plan().changeLines();
        if (lines.isEmpty()) {
            return;
        }
        if (gap) {
            out.println();
        }
        for (String line : lines) {
            List<String> wrapped = ScenariosCommand.wrap(line, 100 - 2);
            for (int i = 0; i < wrapped.size(); i++) {
                out.println((i == 0 ? "" : "  ") + wrapped.get(i));
            }
        }
    }

    /** Most scenarios, and parameters of each, that a message about other worlds names. */
    private static final int MAX_LISTED = 3;

    private static final int MAX_PARAMETERS = 4;

    /** True for a parameter of the world a strategy acts in: every section but {@code strategy}. */
    static boolean isWorld(String path) {
        return !path.startsWith("strategy.");
    }

    /**
     * The scenarios of {@code scenarios} that differ from {@code reference} in more than their strategy, by
     * name, each with its differing parameters as {@code PATH VALUE (reference VALUE)}.
     */
    static Map<String, List<String>> otherWorlds(List<ScenarioParams> scenarios, ScenarioParams reference) {
        Map<String, List<String>> worlds = new LinkedHashMap<>();
        for (ScenarioParams s : scenarios) {
            Map<String, Object> theirs = ScenarioTree.differences(reference, s);
            Map<String, Object> ours = ScenarioTree.differences(s, reference);
            List<String> differing = theirs.keySet().stream()
                    .filter(Tables::isWorld)
                    .map(path -> path + " " + ScenarioYaml.scalar(theirs.get(path)) + " (reference "
                            + ScenarioYaml.scalar(ours.get(path)) + ")")
                    .toList();
            if (!differing.isEmpty()) {
                worlds.put(s.name(), differing);
            }
        }
        return worlds;
    }

    /** One indented line per scenario of {@link #otherWorlds}, the lists capped. */
    static List<String> otherWorldLines(Map<String, List<String>> worlds) {
        List<String> lines = new ArrayList<>();
        worlds.entrySet().stream().limit(MAX_LISTED).forEach(e -> {
            List<String> differing = e.getValue();
            lines.add("  " + e.getKey() + ": "
                    + String.join(", ", differing.subList(0, Math.min(MAX_PARAMETERS, differing.size())))
                    + (differing.size() > MAX_PARAMETERS
                            ? " and " + (differing.size() - MAX_PARAMETERS) + " more"
                            : ""));
        });
        if (worlds.size() > MAX_LISTED) {
            lines.add("  and " + (worlds.size() - MAX_LISTED) + " more scenarios");
        }
        return lines;
    }

    /** Strategies ranked by their difference in net contribution to the reference. */
    static void compare(PrintWriter out, Results results, Comparison.Result r) {
        ScenarioResult ref = r.reference();
        List<StrategyComparison> comparisons = r.comparisons();
        out.println();
        out.println(comparisons.size() + (comparisons.size() == 1 ? " strategy" : " strategies") + " against "
                + ref.name() + ": " + context(ref.scenario(), results));
        Map<String, List<String>> worlds = otherWorlds(results.plan().scenarios(), ref.scenario());
        if (!worlds.isEmpty()) {
            out.println("Not one world: " + (worlds.size() == 1 ? "this scenario differs" : "these scenarios differ")
                    + " from " + ref.name() + " in more than the strategy (--allow-different-worlds):");
            for (String line : otherWorldLines(worlds)) {
                List<String> wrapped = ScenariosCommand.wrap(line.strip(), 100 - 4);
                for (int i = 0; i < wrapped.size(); i++) {
                    out.println((i == 0 ? "  " : "    ") + wrapped.get(i));
                }
            }
        }
        out.println("Money in " + currency(ref.scenario())
                + " over the whole horizon. Rows below the reference are differences to it.");
        out.println();
        boolean overWorlds = !results.plan().settings().worlds().isEmpty();
        String format = "%2s  %-22s %12s  %-22s " + (overWorlds ? "%-6s" : "%-4s") + " %9s %7s %10s";
        int nameWidth = 22;
        row(
                out,
                format,
                "#",
                "Strategy",
                "Net contrib.",
                overWorlds ? "90% over worlds" : "95% CI of difference",
                overWorlds ? "Better" : "Sig.",
                "Revenue",
                "NPS",
                "Retention");
        wrappedRow(
                out,
                format,
                1,
                nameWidth,
                "",
                ref.name() + " (reference)",
                MONEY.text(ref.statistics(SummaryMetric.NET_CONTRIBUTION).mean()),
                "",
                "",
                MONEY.text(ref.statistics(SummaryMetric.REVENUE).mean()),
                value(SummaryMetric.NPS, ref.statistics(SummaryMetric.NPS).mean(), false),
                value(
                        SummaryMetric.ANNUAL_RETENTION,
                        ref.statistics(SummaryMetric.ANNUAL_RETENTION).mean(),
                        false));
        int rank = 0;
        for (StrategyComparison c : comparisons) {
            rank++;
            PairedDifference net = c.difference(SummaryMetric.NET_CONTRIBUTION);
            PlausibleRange range = c.range(SummaryMetric.NET_CONTRIBUTION);
            wrappedRow(
                    out,
                    format,
                    1,
                    nameWidth,
                    rank,
                    c.scenario(),
                    MONEY_DIFFERENCE.text(net.mean()),
                    overWorlds
                            ? MONEY_DIFFERENCE.interval(range.low(), range.high())
                            : MONEY_DIFFERENCE.interval(net.ciLow(), net.ciHigh()),
                    overWorlds ? percent(range.probBetter()) : significance(net),
                    MONEY_DIFFERENCE.text(c.difference(SummaryMetric.REVENUE).mean()),
                    value(SummaryMetric.NPS, c.difference(SummaryMetric.NPS).mean(), true),
                    value(
                            SummaryMetric.ANNUAL_RETENTION,
                            c.difference(SummaryMetric.ANNUAL_RETENTION).mean(),
                            true));
        }
        out.println();
        int n = results.plan().settings().replications();
        if (overWorlds) {
            int worldCount = comparisons.isEmpty()
                    ? 0
                    : comparisons.get(0).range(SummaryMetric.NET_CONTRIBUTION).worlds();
            out.println("Differences are paired over the same " + n + " seeds and " + worldCount
                    + " plausible worlds (common random numbers).");
            out.println("90% over worlds: the range of the difference over the worlds and random noise;"
                    + " Better: the share");
            out.println("of worlds in which the net contribution is higher.");
        } else {
            out.println(
                    n == 1
                            ? "With one replication there are no confidence intervals: use --replications 2 or more."
                            : "Differences are paired over the same " + n
                                    + " seeds (common random numbers); Sig.: the 95% CI excludes 0.");
        }
        out.println("NPS: on the last day. Retention: share of customers kept per year.");
        changes(out, results, false);
        businessCase(out, comparisons);
    }

    /** A share as a whole percentage, {@code 88%}; empty for NaN. */
    static String percent(double share) {
        return Double.isNaN(share) ? "" : Math.round(100 * share) + "%";
    }

    /**
     * The business case of each strategy, one sentence each ({@link
     * org.cjsim.experiment.BusinessCase#claim()}), wrapped, and once the reminder of what the intervals cover.
     */
    static void businessCase(PrintWriter out, List<StrategyComparison> comparisons) {
        out.println();
        out.println("Business case (" + ResultsFolder.BUSINESS_CASE + "):");
        for (StrategyComparison c : comparisons) {
            List<String> wrapped = ScenariosCommand.wrap(c.businessCase().claim() + ".", 100 - 4);
            for (int i = 0; i < wrapped.size(); i++) {
                out.println((i == 0 ? "  " : "    ") + wrapped.get(i));
            }
        }
        if (!comparisons.isEmpty()) {
            out.println(comparisons.get(0).businessCase().coverage());
        }
    }

    /** Every design point of a sweep with its net contribution; the best one marked. */
    static void sweep(PrintWriter out, Results results, Sweep.Result r) {
        List<Sweep.Point> points = r.points();
        ScenarioParams base = r.study().base();
        List<SweepAxis> axes = r.axes();
        out.println();
        out.println("Sweep of " + base.name() + " over " + points.size() + " points: " + context(base, results));
        out.println("Money in " + currency(base) + " over the whole horizon.");
        out.println();
        int best = 0;
        for (int k = 1; k < points.size(); k++) {
            if (mean(points.get(k), SummaryMetric.NET_CONTRIBUTION)
                    > mean(points.get(best), SummaryMetric.NET_CONTRIBUTION)) {
                best = k;
            }
        }
        String tail = "  %10s  %-16s %8s %6s %10s";
        int axisWidth = Math.max(6, Math.min(16, (100 - 5 - 57) / axes.size() - 1));
        // lever names too long for their column go on as many header lines as they need
        List<List<String>> names = new ArrayList<>();
        int headerLines = 1;
        for (SweepAxis axis : axes) {
            List<String> lines = wrapCell(axis.path().substring(axis.path().indexOf('.') + 1), axisWidth);
            names.add(lines);
            headerLines = Math.max(headerLines, lines.size());
        }
        for (int line = 0; line < headerLines; line++) {
            StringBuilder header =
                    new StringBuilder(String.format(Locale.ROOT, "%4s ", line == headerLines - 1 ? "# " : ""));
            for (List<String> lines : names) {
                // the last line of each name sits on the line of the other headings
                int offset = headerLines - lines.size();
                String text = line >= offset ? lines.get(line - offset) : "";
                header.append(String.format(Locale.ROOT, " %" + axisWidth + "s", text));
            }
            String rest = line == headerLines - 1
                    ? String.format(Locale.ROOT, tail, "Net contr.", "95% CI", "Revenue", "NPS", "Retention")
                    : "";
            out.println((header + rest).stripTrailing());
        }
        for (int k = 0; k < points.size(); k++) {
            Sweep.Point p = points.get(k);
            StringBuilder line = new StringBuilder(
                    String.format(Locale.ROOT, "%4s ", (k + 1) + (k == best && points.size() > 1 ? "*" : " ")));
            for (SweepAxis axis : axes) {
                line.append(String.format(
                        Locale.ROOT,
                        " %" + axisWidth + "s",
                        fit(UnitFormat.parameter(p.values().get(axis.path())), axisWidth)));
            }
            MetricStatistics net = p.result().statistics(SummaryMetric.NET_CONTRIBUTION);
            line.append(String.format(
                    Locale.ROOT,
                    tail,
                    MONEY.text(net.mean()),
                    MONEY.interval(net.ciLow(), net.ciHigh()),
                    MONEY.text(mean(p, SummaryMetric.REVENUE)),
                    value(SummaryMetric.NPS, mean(p, SummaryMetric.NPS), false),
                    value(SummaryMetric.ANNUAL_RETENTION, mean(p, SummaryMetric.ANNUAL_RETENTION), false)));
            out.println(line.toString().stripTrailing());
        }
        if (points.size() > 1) {
            out.println();
            out.println("* the best net contribution. Every metric of every point: sweep.csv.");
        }
        changes(out, results, points.size() <= 1);
    }

    /** Each lever's effect on net contribution at its low and high value, largest swing first. */
    static void sensitivity(PrintWriter out, Results results, Sensitivity.Result r) {
        ScenarioResult base = r.base();
        out.println();
        out.println("Sensitivity of " + base.name() + ": " + context(base.scenario(), results));
        out.println("Each lever at its low and high value: the difference in net contribution to " + base.name() + " ("
                + MONEY.text(base.statistics(SummaryMetric.NET_CONTRIBUTION).mean()) + ").");
        out.println("Money in " + currency(base.scenario())
                + " over the whole horizon; * marks a significant difference (the 95% CI excludes 0).");
        out.println();
        String format = "%3s %-22s %5s %6s  %-25s %6s  %s";
        row(out, format, "#", "Lever", "Base", "Low", "Difference [95% CI]", "High", "Difference [95% CI]");
        int rank = 0;
        for (Sensitivity.Row row : r.rows()) {
            rank++;
            wrappedRow(
                    out,
                    format,
                    1,
                    22,
                    rank,
                    row.lever().name(),
                    fit(lever(row.baseValue()), 5),
                    fit(lever(row.low()), 6),
                    difference(row.lowComparison(), row.lowDifference(SummaryMetric.NET_CONTRIBUTION)),
                    fit(lever(row.high()), 6),
                    difference(row.highComparison(), row.highDifference(SummaryMetric.NET_CONTRIBUTION)));
        }
        List<Sensitivity.Row> noted =
                r.rows().stream().filter(row -> !row.note().isEmpty()).toList();
        if (!noted.isEmpty()) {
            out.println();
            out.println("Low and high are the usual values of each lever (docs/parameters.md), except:");
            for (Sensitivity.Row row : noted) {
                List<String> lines = ScenariosCommand.wrap(row.lever().name() + ": " + row.note(), 100 - 4);
                for (int i = 0; i < lines.size(); i++) {
                    out.println((i == 0 ? "  " : "    ") + lines.get(i));
                }
            }
        }
        changes(out, results, true);
    }

    /**
     * Prints a row whose cell {@code wrapped} may be longer than {@code width}: it goes on as many lines as it
     * needs ({@link #wrapCell}), the other cells on the first line only.
     */
    static void wrappedRow(PrintWriter out, String format, int wrapped, int width, Object... args) {
        List<String> lines = wrapCell(String.valueOf(args[wrapped]), width);
        for (int i = 0; i < lines.size(); i++) {
            Object[] line = new Object[args.length];
            for (int k = 0; k < args.length; k++) {
                line[k] = k == wrapped ? lines.get(i) : i == 0 ? args[k] : "";
            }
            row(out, format, line);
        }
    }

    /**
     * {@code text} in lines of at most {@code width} characters, broken at spaces, after hyphens and
     * between the words of a camel-case name ({@code goodwillCap}), a word longer than a line cut between
     * characters; nothing is left out, e.g. {@code
     * empowered-plus-with-twenty-percent-more-agents} at 22 is {@code empowered-plus-with-},
     * {@code twenty-percent-more-}, {@code agents}.
     */
    static List<String> wrapCell(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : text.split("(?<=[-\\s])|(?<=[a-z])(?=[A-Z])")) {
            if (token.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && (line + token).stripTrailing().length() > width) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(token.stripLeading());
            } else {
                line.append(token);
            }
            while (line.toString().stripTrailing().length() > width) {
                lines.add(line.substring(0, width));
                line = new StringBuilder(line.substring(width));
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static void row(PrintWriter out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args).stripTrailing());
    }

    private static String difference(StrategyComparison comparison, PairedDifference d) {
        if (comparison == null) {
            return "(the base value)";
        }
        String text = MONEY_DIFFERENCE.text(d.mean());
        if (!Double.isNaN(d.ciLow())) {
            text += " " + MONEY_DIFFERENCE.interval(d.ciLow(), d.ciHigh());
        }
        return text + (d.n() >= 2 && d.significant() ? " *" : "");
    }

    private static String lever(Object value) {
        return value instanceof Number n ? UnitFormat.parameter(n.doubleValue()) : String.valueOf(value);
    }

    private static double mean(Sweep.Point p, SummaryMetric m) {
        return p.result().statistics(m).mean();
    }

    private static String significance(PairedDifference d) {
        if (Double.isNaN(d.pValue())) {
            return "n/a";
        }
        return d.significant() ? "yes" : "no";
    }

    /**
     * A value of {@code metric} as its unit's {@link UnitFormat} writes it, money without its symbol (the
     * table's heading names the currency); a difference with its sign when {@code signed}.
     */
    static String value(SummaryMetric metric, double v, boolean signed) {
        return (signed ? UnitFormat.asciiDifference(metric.unit()) : UnitFormat.ascii(metric.unit())).text(v);
    }

    /** {@code text} cut to {@code width} characters, ending with {@code ~} when cut. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}

package org.cjsim.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.experiment.StudyResult;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;

/**
 * The entry point of the command line: the standard charts of a study's results ({@link StudyResult}: a
 * single run, a comparison, a sweep or a sensitivity analysis), or one chart type by name, built ({@code
 * create...}) or written to a folder ({@code write...}).
 *
 * <p>Files are named by chart type and what they show, in lower case with hyphens, plus the format's
 * extension:
 *
 * <ul>
 *   <li>{@code timeseries-<daily metric>}, e.g. {@code timeseries-customers.png}, {@code
 *       timeseries-cumulative-net-contribution.svg};
 *   <li>{@code comparison-<metric>}, e.g. {@code comparison-net-contribution.png};
 *   <li>{@code ranking}: the ranking table of a comparison;
 *   <li>{@code bridge-<strategy>}, e.g. {@code bridge-empowered.pdf};
 *   <li>{@code payback-<strategy>}, e.g. {@code payback-empowered.png};
 *   <li>{@code tornado-<metric>};
 *   <li>{@code sweep-<metric>} for a one-lever sweep, {@code sweep-<metric>-<lever>} for each lever of a
 *       sweep of several, e.g. {@code sweep-net-contribution-latitude.png};
 *   <li>{@code heatmap-<metric>};
 *   <li>{@code panels-<daily metric>}: a time series as small multiples, one panel per strategy;
 *   <li>with paired differences to a sweep's base point, {@code sweep-<metric>-paired}, {@code
 *       heatmap-<metric>-paired};
 *   <li>{@code funnel}, {@code nps}, {@code ladder}.
 * </ul>
 *
 * Strategy and lever names are reduced to lower-case letters, digits, dots and hyphens; two charts that
 * would share a name get {@code -2}, {@code -3}... Existing files of the same name are overwritten.
 */
public final class Charts {
    /** The daily metrics of the standard time series of a comparison. */
    public static final List<DailyMetric> STANDARD_SERIES = List.of(
            DailyMetric.CUSTOMERS,
            DailyMetric.CUMULATIVE_NET_CONTRIBUTION,
            DailyMetric.NPS,
            DailyMetric.MEAN_RESOLUTION_DAYS);

    /** A chart and the base name of its files (without extension). */
    public record NamedChart(String name, JFreeChart chart) {}

    private Charts() {}

    // ---------------------------------------------------------------- standard sets

    /**
     * The standard charts of a study's results. For a single run or a comparison: the time series of {@link
     * #STANDARD_SERIES} (when daily series were kept), for a comparison the comparison of net contribution,
     * the ranking table, a profit bridge per strategy and (with daily series) a payback chart per strategy,
     * then the funnel, the NPS split and the retention ladder. For a sweep,
     * {@link #createSweep}; for a sensitivity analysis, {@link #createSensitivity}; the last two of net
     * contribution.
     */
    public static List<NamedChart> createStandard(StudyResult result, ChartContext context) {
        return result.accept(new StudyResult.Cases<List<NamedChart>>() {
            @Override
            public List<NamedChart> singleRun(SingleRun.Result r) {
                return scenarioCharts(r, context);
            }

            @Override
            public List<NamedChart> comparison(Comparison.Result r) {
                return scenarioCharts(r, context);
            }

            @Override
            public List<NamedChart> sweep(Sweep.Result r) {
                return createSweep(r, SummaryMetric.NET_CONTRIBUTION, context);
            }

            @Override
            public List<NamedChart> sensitivity(Sensitivity.Result r) {
                return createSensitivity(r, SummaryMetric.NET_CONTRIBUTION, context);
            }
        });
    }

    /**
     * The standard charts of a single run or a comparison: the time series of {@link #STANDARD_SERIES} (when
     * the experiment kept daily series), the comparison of net contribution, the ranking table and a profit bridge per strategy
     * (when there is a strategy besides the reference), a payback chart per strategy (when there is one and
     * daily series were kept), the funnel, the NPS split and the retention ladder.
     * A single scenario (a run) gets its time series, funnel, NPS split and ladder. Differences over time
     * ({@link ChartType#DIFFERENCE}) and time series panels ({@link ChartType#TIME_SERIES_PANELS}) are drawn
     * on request, for the metric asked for.
     */
    private static List<NamedChart> scenarioCharts(StudyResult result, ChartContext context) {
        List<NamedChart> charts = new ArrayList<>();
        for (ChartType type : drawable(result)) {
            if (type == ChartType.DIFFERENCE || type == ChartType.TIME_SERIES_PANELS) {
                continue;
            }
            if (type == ChartType.TIME_SERIES) {
                for (DailyMetric m : STANDARD_SERIES) {
                    charts.addAll(create(type, m.key(), result, context));
                }
            } else {
                charts.addAll(create(type, null, result, context));
            }
        }
        return charts;
    }

    /**
     * The standard charts of a sweep: the response curve(s) against each lever, and for a sweep of exactly
     * two levers the heatmap.
     */
    public static List<NamedChart> createSweep(Sweep.Result result, SummaryMetric metric, ChartContext context) {
        List<NamedChart> charts = new ArrayList<>();
        if (result.axes().size() == 2) {
            charts.addAll(create(ChartType.HEATMAP, metric.key(), result, context));
        }
        charts.addAll(create(ChartType.SWEEP, metric.key(), result, context));
        return charts;
    }

    /** The standard chart of a sensitivity analysis: the tornado. */
    public static List<NamedChart> createSensitivity(
            Sensitivity.Result result, SummaryMetric metric, ChartContext context) {
        return create(ChartType.TORNADO, metric.key(), result, context);
    }

    // ---------------------------------------------------------------- one type

    /**
     * The chart types {@code result} can feed, in the order of {@link ChartType}: those that draw its kind of
     * study ({@link ChartType#draws}) and find what they need in it. For a single run, the time series (if
     * it kept its daily series), funnel, NPS split and ladder (if some customer passed the ladder's window); for a comparison the same, and the comparison,
     * the ranking and the bridges if there is a strategy besides the reference, and with daily series the payback,
     * difference and panels charts; for a sweep its response curves and, over
     * exactly two levers, the heatmap; for a sensitivity analysis the tornado.
     */
    public static List<ChartType> drawable(StudyResult result) {
        boolean daily = result.experiment().scenarios().stream().allMatch(ScenarioResult::hasDaily);
        boolean strategies = result.experiment().scenarios().size() > 1;
        boolean twoLevers =
                result.study() instanceof Sweep sweep && sweep.axes().size() == 2;
        boolean ladder = result.experiment().scenarios().stream().anyMatch(Charts::hasLadder);
        List<ChartType> types = new ArrayList<>();
        for (ChartType type : ChartType.values()) {
            boolean fed = type.draws(result)
                    && switch (type) {
                        case TIME_SERIES -> daily;
                        case COMPARISON, RANKING, BRIDGE -> strategies;
                        case PAYBACK, DIFFERENCE, TIME_SERIES_PANELS -> strategies && daily;
                        case HEATMAP -> twoLevers;
                        case LADDER -> ladder;
                        case TORNADO, SWEEP, FUNNEL, NPS -> true;
                    };
            if (fed) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    /** True if some customer of {@code s} entered the retention ladder and its window closed before the end. */
    private static boolean hasLadder(ScenarioResult s) {
        LadderCounts c = s.ladderCounts();
        for (LadderGroup g : LadderGroup.values()) {
            if (c.entered(g) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The charts of one type: one chart, or one per strategy for {@link ChartType#BRIDGE} and {@link
     * ChartType#PAYBACK}, one per lever
     * for {@link ChartType#SWEEP} over several levers.
     *
     * @param metric the metric's key or name ({@code npv}, {@code net-contribution}, {@code CUSTOMERS}), or
     *     null for the type's default; a daily metric for {@link ChartType#TIME_SERIES}; a summary metric for
     *     comparison, sweep, heatmap and tornado; only net contribution for the bridge; none (null) for
     *     payback, funnel, nps and ladder
     * @throws IllegalArgumentException with a message for the user if the results do not fit the type (e.g.
     *     a tornado of a comparison, a heatmap of one lever, a time series without daily series) or the
     *     metric is unknown or does not apply
     */
    public static List<NamedChart> create(ChartType type, String metric, StudyResult result, ChartContext context) {
        return create(type, metric, result, context, false);
    }

    /**
     * As {@link #create(ChartType, String, StudyResult, ChartContext)}; with {@code paired}, a sweep or heatmap
     * chart shows each design point's paired difference to the sweep's base point ({@link
     * SweepChart#basePoint}) instead of its mean, in files named with {@code -paired}.
     *
     * @throws IllegalArgumentException also if {@code paired} is asked of another type
     */
    public static List<NamedChart> create(
            ChartType type, String metric, StudyResult result, ChartContext context, boolean paired) {
        if (paired && type != ChartType.SWEEP && type != ChartType.HEATMAP) {
            throw new IllegalArgumentException("paired differences to the base point are drawn by sweep and heatmap"
                    + " charts, not by a " + type.label() + " chart");
        }
        List<ChartType> drawable = drawable(result);
        if (!drawable.contains(type)) {
            throw new IllegalArgumentException("a " + type.label() + " chart needs " + requirement(type)
                    + ", and these results are " + describe(result) + "; they can be drawn as "
                    + drawable.stream().map(ChartType::label).collect(Collectors.joining(", ")));
        }
        return result.accept(new StudyResult.Cases<List<NamedChart>>() {
            @Override
            public List<NamedChart> singleRun(SingleRun.Result r) {
                return scenarioChart(type, metric, r.experiment(), r.scenario().name(), List.of(), context);
            }

            @Override
            public List<NamedChart> comparison(Comparison.Result r) {
                if (type == ChartType.RANKING) {
                    noMetric(metric, type);
                    return List.of(new NamedChart("ranking", RankingChart.create(r, context)));
                }
                return scenarioChart(type, metric, r.experiment(), r.study().reference(), r.comparisons(), context);
            }

            @Override
            public List<NamedChart> sweep(Sweep.Result r) {
                return sweepChart(type, metric, r, context, paired);
            }

            @Override
            public List<NamedChart> sensitivity(Sensitivity.Result r) {
                SummaryMetric m = summaryMetric(metric, type);
                return List.of(new NamedChart(name("tornado", m.key()), TornadoChart.create(r, m, context)));
            }
        });
    }

    /** A chart of the scenarios of a single run or a comparison (the type is one they can draw). */
    private static List<NamedChart> scenarioChart(
            ChartType type,
            String metric,
            ExperimentResult result,
            String reference,
            List<StrategyComparison> comparisons,
            ChartContext context) {
        return switch (type) {
            case TIME_SERIES -> {
                DailyMetric m = dailyMetric(metric, type);
                yield List.of(new NamedChart(
                        name("timeseries", m.key()),
                        TimeSeriesChart.create(result.scenarios(), m, context, TimeSeriesChart.TimeUnit.AUTO)));
            }
            case COMPARISON -> {
                SummaryMetric m = summaryMetric(metric, type);
                yield List.of(new NamedChart(
                        name("comparison", m.key()), ComparisonChart.create(result, reference, m, context)));
            }
            case BRIDGE -> {
                bridgeMetric(metric);
                List<NamedChart> list = new ArrayList<>();
                for (StrategyComparison sc : comparisons) {
                    list.add(new NamedChart(
                            name("bridge", sc.scenario()),
                            BridgeChart.create(result, reference, sc.scenario(), context)));
                }
                yield list;
            }
            case DIFFERENCE -> {
                DailyMetric m = dailyMetric(metric, type);
                ScenarioResult ref = result.scenario(reference).orElseThrow();
                List<ScenarioResult> strategies = strategies(result, comparisons);
                yield List.of(new NamedChart(
                        name("difference", m.key()),
                        DifferenceChart.create(ref, strategies, m, context, TimeSeriesChart.TimeUnit.AUTO)));
            }
            case TIME_SERIES_PANELS -> {
                DailyMetric m = dailyMetric(metric, type);
                ScenarioResult ref = result.scenario(reference).orElseThrow();
                List<ScenarioResult> strategies = strategies(result, comparisons);
                yield List.of(new NamedChart(
                        name("panels", m.key()),
                        TimeSeriesPanelsChart.create(ref, strategies, m, context, TimeSeriesChart.TimeUnit.AUTO)));
            }
            case PAYBACK -> {
                noMetric(metric, type);
                Palette palette = Palette.of(
                        result.scenarios().stream().map(ScenarioResult::name).toList());
                List<NamedChart> list = new ArrayList<>();
                for (StrategyComparison sc : comparisons) {
                    list.add(new NamedChart(
                            name("payback", sc.scenario()), PaybackChart.create(sc.businessCase(), palette, context)));
                }
                yield list;
            }
            case FUNNEL -> {
                noMetric(metric, type);
                yield List.of(new NamedChart("funnel", FunnelChart.create(result.scenarios(), reference, context)));
            }
            case NPS -> {
                noMetric(metric, type);
                yield List.of(new NamedChart("nps", NpsChart.create(result.scenarios(), context)));
            }
            case LADDER -> {
                noMetric(metric, type);
                yield List.of(new NamedChart("ladder", LadderChart.create(result.scenarios(), context)));
            }
            case RANKING, TORNADO, SWEEP, HEATMAP -> throw new IllegalStateException(
                    type + " does not draw scenarios alone");
        };
    }

    /** A chart of a sweep (the type is one a sweep can draw). */
    private static List<NamedChart> sweepChart(
            ChartType type, String metric, Sweep.Result s, ChartContext context, boolean paired) {
        SummaryMetric m = summaryMetric(metric, type);
        Sweep.Point base = paired ? SweepChart.basePoint(s) : null;
        String suffix = paired ? "paired" : "";
        return switch (type) {
            case SWEEP -> {
                List<NamedChart> list = new ArrayList<>();
                for (SweepAxis axis : s.axes()) {
                    String n = s.axes().size() == 1
                            ? name("sweep", m.key(), suffix)
                            : name("sweep", m.key(), Labels.lever(axis.path()), suffix);
                    list.add(new NamedChart(n, SweepChart.create(s.points(), axis, m, context, base)));
                }
                yield list;
            }
            case HEATMAP -> List.of(new NamedChart(
                    name("heatmap", m.key(), suffix),
                    HeatmapChart.create(s.points(), s.axes().get(0), s.axes().get(1), m, context, base)));
            default -> throw new IllegalStateException(type + " does not draw a sweep");
        };
    }

    // ---------------------------------------------------------------- writing

    /** Writes the standard charts of {@code result} (see {@link #createStandard}) into {@code dir}. */
    public static List<Path> writeStandard(StudyResult result, ChartContext context, ChartOptions options, Path dir)
            throws IOException {
        return write(createStandard(result, context), options, dir);
    }

    /**
     * Writes the charts of one type (see {@link #create(ChartType, String, StudyResult, ChartContext)}) into
     * {@code dir}: {@code cjsim chart DIR --type bridge --metric net_contribution}.
     */
    public static List<Path> write(
            ChartType type, String metric, StudyResult result, ChartContext context, ChartOptions options, Path dir)
            throws IOException {
        return write(create(type, metric, result, context), options, dir);
    }

    /**
     * Writes each chart in each format of {@code options} into {@code dir} (created if needed) and returns
     * the files, chart by chart.
     */
    public static List<Path> write(List<NamedChart> charts, ChartOptions options, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (NamedChart c : charts) {
            String name = c.name();
            for (int n = 2; !used.add(name); n++) {
                name = c.name() + "-" + n;
            }
            files.addAll(ChartWriter.write(c.chart(), dir, name, options));
        }
        return files;
    }

    // ---------------------------------------------------------------- names and metrics

    /** The results of the compared strategies, in the order of {@code comparisons}. */
    private static List<ScenarioResult> strategies(ExperimentResult result, List<StrategyComparison> comparisons) {
        return comparisons.stream()
                .map(sc -> result.scenario(sc.scenario()).orElseThrow())
                .toList();
    }

    /**
     * A file base name from parts: lower case, each run of characters other than letters, digits and dots
     * turned into one hyphen, e.g. {@code name("bridge", "Cost Cutter")} is {@code bridge-cost-cutter}.
     */
    public static String name(String... parts) {
        return Arrays.stream(parts).map(Charts::slug).filter(s -> !s.isEmpty()).collect(Collectors.joining("-"));
    }

    private static String slug(String part) {
        String s = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        return s.replaceAll("^[-.]+|[-.]+$", "");
    }

    private static DailyMetric dailyMetric(String metric, ChartType type) {
        String key = metric == null || metric.isBlank() ? type.defaultMetric() : metric;
        DailyMetric m = DailyMetric.parse(key.trim());
        if (m == null) {
            throw new IllegalArgumentException("unknown daily metric \"" + key + "\" for a " + type.label()
                    + " chart: use one of "
                    + Arrays.stream(DailyMetric.values()).map(DailyMetric::key).collect(Collectors.joining(", ")));
        }
        return m;
    }

    private static SummaryMetric summaryMetric(String metric, ChartType type) {
        String key = metric == null || metric.isBlank() ? type.defaultMetric() : metric;
        SummaryMetric m = SummaryMetric.parse(key.trim());
        if (m == null) {
            throw new IllegalArgumentException(
                    "unknown metric \"" + key + "\" for a " + type.label() + " chart: use one of "
                            + Arrays.stream(SummaryMetric.values())
                                    .map(SummaryMetric::key)
                                    .collect(Collectors.joining(", ")));
        }
        return m;
    }

    private static void bridgeMetric(String metric) {
        if (metric != null
                && !metric.isBlank()
                && SummaryMetric.parse(metric.trim()) != SummaryMetric.NET_CONTRIBUTION) {
            throw new IllegalArgumentException(
                    "the profit bridge splits net contribution by ledger line and cannot show \"" + metric
                            + "\": leave out --metric, or use --type comparison --metric " + metric);
        }
    }

    private static void noMetric(String metric, ChartType type) {
        if (metric != null && !metric.isBlank()) {
            throw new IllegalArgumentException("the " + type.label()
                    + " chart shows fixed metrics and takes no --metric (got \"" + metric + "\")");
        }
    }

    /** What a chart type is drawn from, in words: "strategies compared with a reference". */
    public static String requirement(ChartType type) {
        return switch (type) {
            case TIME_SERIES -> "the daily series of a run or a comparison";
            case COMPARISON, RANKING, BRIDGE -> "strategies compared with a reference";
            case PAYBACK, DIFFERENCE, TIME_SERIES_PANELS -> "the daily series of strategies compared with a reference";
            case TORNADO -> "a sensitivity analysis";
            case SWEEP -> "a sweep";
            case HEATMAP -> "a sweep of exactly two levers";
            case FUNNEL, NPS -> "a run or a comparison of strategies";
            case LADDER -> "a run or a comparison long enough for customers to pass the retention ladder's window";
        };
    }

    /**
     * What {@code result} is, in words: "a single scenario (baseline)", "a comparison of 3 strategies", "a
     * sweep of 1 lever (strategy.latitude)", "a sensitivity analysis".
     */
    public static String describe(StudyResult result) {
        return result.accept(new StudyResult.Cases<String>() {
            @Override
            public String singleRun(SingleRun.Result r) {
                return scenarios(r.experiment().scenarios());
            }

            @Override
            public String comparison(Comparison.Result r) {
                return scenarios(r.experiment().scenarios());
            }

            @Override
            public String sweep(Sweep.Result r) {
                return "a sweep of " + r.axes().size() + (r.axes().size() == 1 ? " lever (" : " levers (")
                        + r.axes().stream().map(SweepAxis::path).collect(Collectors.joining(", ")) + ")";
            }

            @Override
            public String sensitivity(Sensitivity.Result r) {
                return "a sensitivity analysis";
            }
        });
    }

    private static String scenarios(List<ScenarioResult> scenarios) {
        String what = scenarios.size() == 1
                ? "a single scenario (" + scenarios.get(0).name() + ")"
                : "a comparison of " + scenarios.size() + " strategies";
        return scenarios.stream().allMatch(ScenarioResult::hasDaily) ? what : what + " without daily series";
    }
}

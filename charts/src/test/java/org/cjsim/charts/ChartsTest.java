package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.SingleRun;
import org.cjsim.experiment.StudyResult;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    private static final StudyResult COMPARISON = Fixtures.comparison(Fixtures.smallRun(), "baseline");

    private static List<String> names(List<Charts.NamedChart> charts) {
        return charts.stream().map(Charts.NamedChart::name).toList();
    }

    @Test
    void theStandardChartsOfAComparisonAreTimeSeriesComparisonBridgesPaybacksFunnelNpsAndLadder() {
        List<Charts.NamedChart> charts =
                Charts.createStandard(Fixtures.comparison(Fixtures.smallRun(), "baseline"), Fixtures.smallContext());
        assertEquals(
                List.of(
                        "timeseries-customers",
                        "timeseries-cumulative-net-contribution",
                        "timeseries-nps",
                        "timeseries-mean-resolution-days",
                        "comparison-net-contribution",
                        "ranking",
                        names(Charts.create(ChartType.BRIDGE, null, COMPARISON, Fixtures.smallContext()))
                                .get(0),
                        names(Charts.create(ChartType.BRIDGE, null, COMPARISON, Fixtures.smallContext()))
                                .get(1),
                        names(Charts.create(ChartType.PAYBACK, null, COMPARISON, Fixtures.smallContext()))
                                .get(0),
                        names(Charts.create(ChartType.PAYBACK, null, COMPARISON, Fixtures.smallContext()))
                                .get(1),
                        "funnel",
                        "nps",
                        "ladder"),
                names(charts));
        assertTrue(names(charts).contains("bridge-empowered"));
        assertTrue(names(charts).contains("bridge-cost-cutter"));
        assertTrue(names(charts).contains("payback-empowered"));
        assertTrue(names(charts).contains("payback-cost-cutter"));
    }

    @Test
    void withoutDailySeriesTheComparisonSetLeavesOutTheTimeSeriesAndPaybacks() {
        ExperimentResult r = ComparisonChartTest.result();
        List<String> names = names(Charts.createStandard(Fixtures.comparison(r, "baseline"), Fixtures.CONTEXT));
        assertEquals("comparison-net-contribution", names.get(0));
        assertEquals(3, names.stream().filter(n -> n.startsWith("bridge-")).count());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("payback-")), names.toString());
    }

    @Test
    void oneChartTypeCanBeDrawnWithAChosenMetric() {
        List<Charts.NamedChart> charts =
                Charts.create(ChartType.COMPARISON, "npv", COMPARISON, Fixtures.smallContext());
        assertEquals(List.of("comparison-npv"), names(charts));
        assertEquals(
                List.of("timeseries-cumulative-npv"),
                names(Charts.create(ChartType.TIME_SERIES, "cumulative-npv", COMPARISON, Fixtures.smallContext())));
        assertEquals(
                List.of("ladder"), names(Charts.create(ChartType.LADDER, null, COMPARISON, Fixtures.smallContext())));
    }

    /** A run shorter than the ladder's window has nobody on the ladder: no empty ladder chart is drawn. */
    @Test
    void aRunTooShortForTheLadderWindowDrawsNoLadder() {
        ExperimentResult shortRun = org.cjsim.experiment.Experiment.run(
                List.of(org.cjsim.params.Params.with(Fixtures.smallBase(), "horizon.days", 30)),
                Fixtures.smallSettings(),
                org.cjsim.experiment.ExperimentListener.NONE);
        StudyResult r = Fixtures.single(shortRun);
        assertFalse(Charts.drawable(r).contains(ChartType.LADDER));
        assertFalse(names(Charts.createStandard(r, Fixtures.smallContext())).contains("ladder"));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.LADDER, null, r, Fixtures.smallContext()));
        assertTrue(e.getMessage().contains("long enough"), e.getMessage());
    }

    @Test
    void theBridgeOnlySplitsNetContribution() {
        assertEquals(
                2,
                Charts.create(ChartType.BRIDGE, "net_contribution", COMPARISON, Fixtures.smallContext())
                        .size());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.BRIDGE, "npv", COMPARISON, Fixtures.smallContext()));
        assertTrue(e.getMessage().contains("--type comparison --metric npv"), e.getMessage());
    }

    @Test
    void mistakesGetMessagesNamingWhatToDo() {
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.COMPARISON, "profit", COMPARISON, Fixtures.smallContext()));
        assertTrue(unknown.getMessage().contains("net_contribution"), unknown.getMessage());
        IllegalArgumentException daily = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.TIME_SERIES, "npv", COMPARISON, Fixtures.smallContext()));
        assertTrue(daily.getMessage().contains("unknown daily metric"), daily.getMessage());
        IllegalArgumentException wrongData = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.TORNADO, null, COMPARISON, Fixtures.smallContext()));
        assertEquals(
                "a tornado chart needs a sensitivity analysis, and these results are a comparison of 3 strategies;"
                        + " they can be drawn as time-series, comparison, ranking, bridge, payback, difference, panels, funnel, nps, ladder",
                wrongData.getMessage());
        IllegalArgumentException noMetric = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.FUNNEL, "npv", COMPARISON, Fixtures.smallContext()));
        assertTrue(noMetric.getMessage().contains("takes no --metric"), noMetric.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fixtures.comparison(Fixtures.smallRun(), "nobody"));
    }

    @Test
    void aSweepOfOneLeverHasOneCurveAndOfTwoAHeatmapAndACurvePerLever() {
        SweepAxis latitude = new SweepAxis("strategy.latitude", 0, 1, 0.5);
        SweepAxis cap = new SweepAxis("strategy.goodwillCap", 0, 50, 50);
        List<Sweep.Point> one = latitude.values().stream()
                .map(v -> new Sweep.Point(
                        Map.of(latitude.path(), v),
                        Fixtures.scenario("p" + v, Fixtures.values(SummaryMetric.NET_CONTRIBUTION, v, v + 1))))
                .toList();
        assertEquals(
                List.of("sweep-net-contribution"),
                names(Charts.createSweep(
                        Fixtures.sweep(one, List.of(latitude)), SummaryMetric.NET_CONTRIBUTION, Fixtures.CONTEXT)));
        List<Sweep.Point> two = new ArrayList<>();
        for (double l : latitude.values()) {
            for (double c : cap.values()) {
                Map<String, Double> v = new LinkedHashMap<>();
                v.put(latitude.path(), l);
                v.put(cap.path(), c);
                two.add(new Sweep.Point(
                        v, Fixtures.scenario("q", Fixtures.values(SummaryMetric.NPV, l + c, l + c + 1))));
            }
        }
        assertEquals(
                List.of("heatmap-npv", "sweep-npv-latitude", "sweep-npv-goodwill-cap"),
                names(Charts.createSweep(
                        Fixtures.sweep(two, List.of(latitude, cap)), SummaryMetric.NPV, Fixtures.CONTEXT)));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Charts.create(ChartType.HEATMAP, null, Fixtures.sweep(one, List.of(latitude)), Fixtures.CONTEXT));
        assertTrue(e.getMessage().contains("exactly two levers"), e.getMessage());
    }

    /** A sweep of {@code axes} with one made-up point per combination of their values. */
    private static StudyResult sweep(SweepAxis... axes) {
        List<Sweep.Point> points = new ArrayList<>();
        List<Map<String, Double>> combinations = List.of(new LinkedHashMap<>());
        for (SweepAxis axis : axes) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> c : combinations) {
                for (double v : axis.values()) {
                    Map<String, Double> m = new LinkedHashMap<>(c);
                    m.put(axis.path(), v);
                    next.add(m);
                }
            }
            combinations = next;
        }
        for (Map<String, Double> c : combinations) {
            double x = c.values().stream().mapToDouble(Double::doubleValue).sum();
            points.add(new Sweep.Point(
                    c, Fixtures.scenario("p", Fixtures.values(SummaryMetric.NET_CONTRIBUTION, x, x + 1))));
        }
        return Fixtures.sweep(points, List.of(axes));
    }

    @Test
    void everyChartTypeIsDrawnFromTheResultsThatFeedItAndRefusedNamingTheTypesOtherwise() {
        ExperimentResult run = Fixtures.smallRun();
        ExperimentResult single =
                new ExperimentResult(run.settings(), List.of(run.scenarios().get(0)), 0);
        SweepAxis latitude = new SweepAxis("strategy.latitude", 0, 1, 0.5);
        SweepAxis cap = new SweepAxis("strategy.goodwillCap", 0, 50, 50);
        Map<StudyResult, List<ChartType>> cases = new LinkedHashMap<>();
        cases.put(
                Fixtures.single(single),
                List.of(ChartType.TIME_SERIES, ChartType.FUNNEL, ChartType.NPS, ChartType.LADDER));
        cases.put(
                COMPARISON,
                List.of(
                        ChartType.TIME_SERIES,
                        ChartType.COMPARISON,
                        ChartType.RANKING,
                        ChartType.BRIDGE,
                        ChartType.PAYBACK,
                        ChartType.DIFFERENCE,
                        ChartType.TIME_SERIES_PANELS,
                        ChartType.FUNNEL,
                        ChartType.NPS,
                        ChartType.LADDER));
        cases.put(
                Fixtures.comparison(ComparisonChartTest.result(), "baseline"),
                List.of(ChartType.COMPARISON, ChartType.RANKING, ChartType.BRIDGE, ChartType.FUNNEL, ChartType.NPS));
        cases.put(sweep(latitude), List.of(ChartType.SWEEP));
        cases.put(sweep(latitude, cap), List.of(ChartType.SWEEP, ChartType.HEATMAP));
        cases.put(TornadoChartTest.result(), List.of(ChartType.TORNADO));
        for (var c : cases.entrySet()) {
            StudyResult data = c.getKey();
            assertEquals(c.getValue(), Charts.drawable(data), Charts.describe(data));
            String labels = c.getValue().stream().map(ChartType::label).collect(Collectors.joining(", "));
            for (ChartType type : ChartType.values()) {
                if (c.getValue().contains(type)) {
                    assertFalse(
                            Charts.create(type, null, data, Fixtures.CONTEXT).isEmpty(), type + " of " + data);
                } else {
                    IllegalArgumentException e = assertThrows(
                            IllegalArgumentException.class,
                            () -> Charts.create(type, null, data, Fixtures.CONTEXT),
                            type + " of " + Charts.describe(data));
                    assertTrue(e.getMessage().startsWith("a " + type.label() + " chart needs "), e.getMessage());
                    assertTrue(e.getMessage().endsWith("; they can be drawn as " + labels), e.getMessage());
                }
            }
        }
        assertEquals(
                "a comparison chart needs strategies compared with a reference, and these results are a single"
                        + " scenario (baseline); they can be drawn as time-series, funnel, nps, ladder",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Charts.create(
                                        ChartType.COMPARISON, null, Fixtures.single(single), Fixtures.CONTEXT))
                        .getMessage());
    }

    @Test
    void theStandardChartsOfASingleScenarioLeaveOutComparisonAndBridges() {
        ExperimentResult run = Fixtures.smallRun();
        ExperimentResult single =
                new ExperimentResult(run.settings(), List.of(run.scenarios().get(0)), 0);
        assertEquals(
                List.of(
                        "timeseries-customers",
                        "timeseries-cumulative-net-contribution",
                        "timeseries-nps",
                        "timeseries-mean-resolution-days",
                        "funnel",
                        "nps",
                        "ladder"),
                names(Charts.createStandard(Fixtures.single(single), Fixtures.smallContext())));
    }

    @Test
    void aSensitivityAnalysisGivesItsTornado() {
        assertEquals(
                List.of("tornado-net-contribution"),
                names(Charts.createStandard(TornadoChartTest.result(), Fixtures.CONTEXT)));
    }

    @Test
    void fileNamesAreLowerCaseWithHyphens() {
        assertEquals("bridge-cost-cutter", Charts.name("bridge", "Cost Cutter"));
        assertEquals(
                "timeseries-cumulative-net-contribution", Charts.name("timeseries", "cumulative_net_contribution"));
        assertEquals("bridge-baseline-strategy.latitude-0.3", Charts.name("bridge", "baseline strategy.latitude=0.3"));
        assertEquals("bridge", Charts.name("bridge", "!!!"));
    }

    @Test
    void chartsThatWouldShareANameGetNumbered(@TempDir Path dir) throws Exception {
        ExperimentResult r = new ExperimentResult(
                ExperimentSettings.defaults().withReplications(2),
                List.of(
                        Fixtures.scenario("baseline", Fixtures.values(SummaryMetric.NET_CONTRIBUTION, 1, 2)),
                        Fixtures.scenario("my plan", Fixtures.values(SummaryMetric.NET_CONTRIBUTION, 3, 5)),
                        Fixtures.scenario("my-plan", Fixtures.values(SummaryMetric.NET_CONTRIBUTION, 2, 3))),
                0);
        ChartOptions options = ChartOptions.defaults().withSize(480, 270);
        List<Path> files = Charts.write(
                ChartType.BRIDGE, null, Fixtures.comparison(r, "baseline"), Fixtures.CONTEXT, options, dir);
        assertEquals(List.of(dir.resolve("bridge-my-plan.png"), dir.resolve("bridge-my-plan-2.png")), files);
        assertTrue(Files.size(files.get(1)) > 0);
    }

    @Test
    void eachChartTypeDeclaresTheKindsOfStudyItDraws() {
        StudyResult run = Fixtures.single(new ExperimentResult(
                Fixtures.smallRun().settings(),
                List.of(Fixtures.smallRun().scenarios().get(0)),
                0));
        StudyResult tornado = TornadoChartTest.result();
        for (ChartType type : EnumSet.of(ChartType.TIME_SERIES, ChartType.FUNNEL, ChartType.NPS, ChartType.LADDER)) {
            assertEquals(List.of(SingleRun.Result.class, Comparison.Result.class), type.studies(), type.label());
            assertTrue(type.draws(run) && type.draws(COMPARISON) && !type.draws(tornado), type.label());
        }
        assertEquals(List.of(Comparison.Result.class), ChartType.BRIDGE.studies());
        assertEquals(List.of(Comparison.Result.class), ChartType.PAYBACK.studies());
        assertFalse(ChartType.PAYBACK.draws(run));
        assertTrue(ChartType.PAYBACK.draws(COMPARISON));
        assertEquals(ChartType.MetricKind.NONE, ChartType.PAYBACK.metricKind());
        assertFalse(ChartType.BRIDGE.draws(run));
        assertEquals(List.of(Sweep.Result.class), ChartType.HEATMAP.studies());
        assertTrue(ChartType.TORNADO.draws(tornado));
        assertFalse(ChartType.TORNADO.draws(COMPARISON));
    }

    @Test
    void typesAndFormatsParseFromTheirLabels() {
        assertEquals(ChartType.TIME_SERIES, ChartType.parse("time-series"));
        assertEquals(ChartType.TIME_SERIES, ChartType.parse("timeseries"));
        assertEquals(ChartType.NPS, ChartType.parse("NPS"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartType.parse("pie"));
        assertEquals(
                "unknown chart type \"pie\": use one of time-series, comparison, ranking, bridge, payback, difference, panels, tornado, sweep, heatmap, funnel, nps, ladder",
                e.getMessage());
        assertEquals(EnumSet.of(ChartFormat.PNG, ChartFormat.PDF), ChartFormat.parseList("png, pdf"));
        assertThrows(IllegalArgumentException.class, () -> ChartFormat.parseList("png,gif"));
        assertThrows(IllegalArgumentException.class, () -> ChartFormat.parseList(" "));
    }

    @Test
    void optionsAndContextCheckTheirValues() {
        ChartOptions o = ChartOptions.defaults();
        assertEquals(1920, o.width());
        assertEquals(EnumSet.of(ChartFormat.PNG), o.formats());
        assertEquals(3840, o.withScale(2).pixelWidth());
        assertThrows(IllegalArgumentException.class, () -> o.withSize(99, 100));
        assertThrows(IllegalArgumentException.class, () -> o.withScale(0));
        assertThrows(IllegalArgumentException.class, () -> o.withFormats(EnumSet.noneOf(ChartFormat.class)));
        ChartContext c = Fixtures.smallContext();
        assertEquals(3, c.replications());
        assertEquals(180 / 365.0, c.years(), 1e-12);
        assertEquals("$", c.currency());
        assertEquals("3 replications of 180 days", c.runs());
        assertTrue(c.source().contains("master seed " + ExperimentSettings.DEFAULT_SEED));
        assertThrows(IllegalArgumentException.class, () -> new ChartContext("v", 1, 0, 1, "$"));
    }
}

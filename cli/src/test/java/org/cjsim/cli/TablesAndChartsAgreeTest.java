package org.cjsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.charts.BarDataset;
import org.cjsim.charts.ChartContext;
import org.cjsim.charts.ComparisonChart;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.LadderCounts;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.RunResult;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.ScenarioParams;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/** A value shows the same digits in a table on the terminal and on a chart: only the glyphs differ. */
class TablesAndChartsAgreeTest {
    private static final ChartContext CONTEXT = new ChartContext("test", 42, 3, 3, "$");

    /** One metric of each unit, with a difference to the reference that needs rounding. */
    private static final Map<SummaryMetric, Double> DIFFERENCES = new LinkedHashMap<>();

    static {
        DIFFERENCES.put(SummaryMetric.NET_CONTRIBUTION, -108_449.0);
        DIFFERENCES.put(SummaryMetric.REVENUE, 5_984_000.0);
        DIFFERENCES.put(SummaryMetric.ANNUAL_RETENTION, 0.04712);
        DIFFERENCES.put(SummaryMetric.NPS, -8.46);
        DIFFERENCES.put(SummaryMetric.MEAN_SATISFACTION, 0.26);
        DIFFERENCES.put(SummaryMetric.MEDIAN_RESOLUTION_DAYS, -1.04);
        DIFFERENCES.put(SummaryMetric.MEAN_WAIT_HOURS, 12.345);
        DIFFERENCES.put(SummaryMetric.CUSTOMERS, 1_234.6);
        DIFFERENCES.put(SummaryMetric.CONTACTS_PER_COMPLAINT, -0.1234);
    }

    private static final double[] BASE = {100, 110, 120};

    private static ScenarioResult scenario(String name, double offset) {
        List<ReplicationResult> reps = new ArrayList<>();
        for (int k = 0; k < BASE.length; k++) {
            double[] summary = new double[SummaryMetric.values().length];
            for (Map.Entry<SummaryMetric, Double> e : DIFFERENCES.entrySet()) {
                // the spread keeps every difference significant, so its label has no "n.s."
                summary[e.getKey().ordinal()] = BASE[k] + offset * (e.getValue() + (k - 1) * e.getValue() / 1e6);
            }
            reps.add(new ReplicationResult(
                    name, k, 1000 + k, new RunResult(summary, null, new LadderCounts(), Map.of()), 0));
        }
        return new ScenarioResult(ScenarioParams.defaults().named(name, ""), reps);
    }

    private static ExperimentResult result() {
        return new ExperimentResult(
                ExperimentSettings.defaults().withReplications(BASE.length),
                List.of(scenario("baseline", 0), scenario("delight", 1)),
                0);
    }

    /** What a table on the terminal would show of a chart's text: ASCII minus, no currency symbol. */
    private static String asTable(String chart) {
        return chart.replace(UnitFormat.MINUS, "-").replace(CONTEXT.currency(), "");
    }

    @Test
    void theComparisonTableAndTheComparisonChartShowEveryDifferenceAlike() {
        ExperimentResult r = result();
        for (SummaryMetric metric : DIFFERENCES.keySet()) {
            double mean = r.comparisons("baseline").get(0).difference(metric).mean();
            CategoryPlot plot = (CategoryPlot)
                    ComparisonChart.create(r, "baseline", metric, CONTEXT).getPlot();
            String chart = ((BarDataset) plot.getDataset())
                    .item(ComparisonChart.SERIES, "delight")
                    .label();
            assertEquals(Tables.value(metric, mean, true), asTable(chart), metric.key());
        }
    }

    @Test
    void theDifferencesAreRoundedAsEachUnitSays() {
        ExperimentResult r = result();
        Map<SummaryMetric, String> table = new LinkedHashMap<>();
        for (SummaryMetric metric : DIFFERENCES.keySet()) {
            table.put(
                    metric,
                    Tables.value(
                            metric,
                            r.comparisons("baseline").get(0).difference(metric).mean(),
                            true));
        }
        assertEquals(
                List.of("-108k", "+5.98M", "+4.7 pp", "-8.5", "+0.3", "-1.0", "+12.3", "+1,235", "-0.123"),
                List.copyOf(table.values()));
    }

    @Test
    void levelsInATableAndOnAChartAgreeForEveryUnit() {
        double[] values = {0, 0.0004, 0.5, 0.8431, 2.4712, 19.75, -2.96, 999.5, 9_995, 85_449, -1_200_000, 2.9e9};
        SummaryMetric[] byUnit = {
            SummaryMetric.CUSTOMERS,
            SummaryMetric.REVENUE,
            SummaryMetric.ANNUAL_RETENTION,
            SummaryMetric.NPS,
            SummaryMetric.MEAN_SATISFACTION,
            SummaryMetric.MEDIAN_RESOLUTION_DAYS,
            SummaryMetric.MEAN_WAIT_HOURS,
            SummaryMetric.CONTACTS_PER_COMPLAINT
        };
        assertEquals(MetricUnit.values().length, byUnit.length);
        for (SummaryMetric metric : byUnit) {
            UnitFormat chart = UnitFormat.label(metric.unit(), CONTEXT.currency());
            for (double v : values) {
                assertEquals(Tables.value(metric, v, false), asTable(chart.text(v)), metric.key() + " " + v);
            }
        }
    }
}

package org.cjsim.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;

/** docs/outputs.md describes every file and every column the results folder has. */
class OutputsDocumentationTest {
    private static String doc() throws Exception {
        return Files.readString(Path.of("..", "docs", "outputs.md"));
    }

    @Test
    void everySummaryAndDailyMetricIsDescribed() throws Exception {
        String doc = doc();
        for (SummaryMetric m : SummaryMetric.values()) {
            assertTrue(
                    doc.contains("| `" + m.key() + "` | " + m.unit().name().toLowerCase(java.util.Locale.ROOT)),
                    m.key());
        }
        for (DailyMetric m : DailyMetric.values()) {
            assertTrue(
                    doc.contains("| `" + m.key() + "` | " + m.unit().name().toLowerCase(java.util.Locale.ROOT)),
                    m.key());
        }
    }

    @Test
    void everyFileHasASection() throws Exception {
        String doc = doc();
        for (String file : List.of(
                ResultsFolder.MANIFEST,
                ResultsFolder.SUMMARY,
                ResultsFolder.SUMMARY_STATS,
                ResultsFolder.COMPARISON,
                ResultsFolder.BRIDGE,
                ResultsFolder.BUSINESS_CASE,
                ResultsFolder.TIMESERIES_STATS,
                ResultsFolder.RETENTION_LADDER,
                ResultsFolder.SWEEP,
                ResultsFolder.SENSITIVITY)) {
            assertTrue(doc.contains("\n## " + file), file);
        }
        assertTrue(doc.contains("\n## replications/SLUG/rep-NNNN.csv.gz"));
    }

    @Test
    void everyChartTypeHasARowInTheChartsSection() throws Exception {
        String doc = doc();
        int start = doc.indexOf("\n## charts/");
        assertTrue(start >= 0, "a charts/ section");
        String section = doc.substring(start, doc.indexOf("\n## ", start + 1));
        for (org.cjsim.charts.ChartType type : org.cjsim.charts.ChartType.values()) {
            String file = type.label().replace("-", "");
            assertTrue(section.contains("| `" + file), type.label());
        }
    }

    @Test
    void everyColumnOfEveryAggregateFileIsDescribed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Plan plan =
                Plan.compare(List.of(Tiny.scenario("baseline"), Tiny.scenario("honest")), "baseline", Tiny.settings(2));
        StudyRunner.run(Manifest.starting(plan, List.of()), dir, false, org.cjsim.experiment.ExperimentListener.NONE);
        String doc = doc();
        for (String file : List.of(
                ResultsFolder.SUMMARY_STATS,
                ResultsFolder.COMPARISON,
                ResultsFolder.BRIDGE,
                ResultsFolder.BUSINESS_CASE,
                ResultsFolder.TIMESERIES_STATS,
                ResultsFolder.RETENTION_LADDER)) {
            String section = doc.substring(doc.indexOf("\n## " + file));
            section = section.substring(0, section.indexOf("\n## ", 4));
            for (String column : Files.readAllLines(dir.resolve(file)).get(0).split(",")) {
                assertTrue(section.contains("`" + column + "`"), file + ": " + column);
            }
        }
        String manifest = Files.readString(dir.resolve(ResultsFolder.MANIFEST));
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest);
        root.fieldNames().forEachRemaining(field -> {
            try {
                assertTrue(doc().contains("| `" + field + "` |"), "manifest.json: " + field);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

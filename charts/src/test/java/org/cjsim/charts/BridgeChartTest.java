package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cjsim.experiment.BridgeStep;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.ProfitBridge;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class BridgeChartTest {

    private static BarDataset data(JFreeChart chart) {
        return (BarDataset) ((CategoryPlot) chart.getPlot()).getDataset();
    }

    @Test
    void theBarsAddUpToTheDifferenceInNetContribution() {
        ExperimentResult r = Fixtures.smallRun();
        for (StrategyComparison c : r.comparisons("baseline")) {
            BarDataset data = data(BridgeChart.create(r, "baseline", c.scenario(), Fixtures.smallContext()));
            double sum = 0;
            for (int col = 1; col < data.getColumnCount() - 1; col++) {
                BarItem step = data.item(0, col);
                sum += step.end() - step.start();
            }
            double total = c.difference(SummaryMetric.NET_CONTRIBUTION).mean();
            double scale = Math.max(1, Math.abs(total));
            assertEquals(total, sum, 1e-6 * scale, c.scenario());
            BarItem last = data.item(0, data.getColumnCount() - 1);
            assertEquals(total, last.end(), 1e-6 * scale);
            assertEquals(0, last.start());
        }
    }

    @Test
    void eachStepStartsWhereThePreviousEnded() {
        ExperimentResult r = Fixtures.smallRun();
        BarDataset data = data(BridgeChart.create(r, "baseline", "empowered", Fixtures.smallContext()));
        for (int col = 1; col < data.getColumnCount() - 1; col++) {
            assertEquals(data.item(0, col - 1).end(), data.item(0, col).start(), 1e-9);
        }
    }

    /** A bridge whose steps are given by their per-replication values. */
    private static ProfitBridge bridge() {
        return new ProfitBridge(
                "baseline",
                "empowered",
                List.of(
                        new BridgeStep("retention", "Retention", PairedDifference.of(new double[] {100, 120, 110})),
                        new BridgeStep("referrals", "Referrals", PairedDifference.of(new double[] {10, 20, 30})),
                        new BridgeStep("wages", "Front-line wages", PairedDifference.of(new double[] {-40, -40, -40})),
                        new BridgeStep("prevention", "Prevention", PairedDifference.of(new double[] {0, 0, 0})),
                        new BridgeStep("goodwill", "Goodwill credits", PairedDifference.of(new double[] {-5, -6, -7}))),
                PairedDifference.of(new double[] {65, 94, 93}));
    }

    @Test
    void theFirstBarIsTheReferenceAtZeroAndTheLastTheTotalWithItsInterval() {
        BarDataset data = data(BridgeChart.create(bridge(), 1000, 1084, Fixtures.CONTEXT));
        assertEquals("baseline", data.getColumnKey(0));
        assertEquals(0, data.item(0, 0).start());
        assertEquals(0, data.item(0, 0).end());
        assertEquals("empowered", data.getColumnKey(data.getColumnCount() - 1));
        BarItem total = data.item(0, data.getColumnCount() - 1);
        PairedDifference t = bridge().total();
        assertEquals(t.mean(), total.end(), 1e-9);
        assertEquals(t.ciLow(), total.ciLow(), 1e-9);
        assertEquals(t.ciHigh(), total.ciHigh(), 1e-9);
        assertEquals(Palette.DARK_GREY, total.colour());
    }

    @Test
    void stepsThatRaiseProfitAreGreenAndThoseThatLowerItVermillion() {
        BarDataset data = data(BridgeChart.create(bridge(), Double.NaN, Double.NaN, Fixtures.CONTEXT));
        assertEquals(
                Palette.POSITIVE, data.item(BridgeChart.SERIES, "Retention").colour());
        assertEquals(
                Palette.POSITIVE, data.item(BridgeChart.SERIES, "Referrals").colour());
        assertEquals(Palette.NEGATIVE, data.item(BridgeChart.SERIES, "Wages").colour());
        assertEquals(Palette.NEGATIVE, data.item(BridgeChart.SERIES, "Goodwill").colour());
        assertEquals(
                UnitFormat.MINUS + "$40", data.item(BridgeChart.SERIES, "Wages").label());
        assertEquals("+$110", data.item(BridgeChart.SERIES, "Retention").label());
    }

    @Test
    void ledgerLinesWithoutEffectAreLeftOut() {
        BarDataset data = data(BridgeChart.create(bridge(), Double.NaN, Double.NaN, Fixtures.CONTEXT));
        assertEquals(
                List.of("baseline", "Retention", "Referrals", "Wages", "Goodwill", "empowered"), data.getColumnKeys());
        assertNull(data.item(BridgeChart.SERIES, "Prevention"));
        assertEquals(
                110 + 20 - 40 - 6, data.item(BridgeChart.SERIES, "Goodwill").end(), 1e-9);
    }

    @Test
    void theLeversCostsHaveShortLabelsAndManyBarsSlantTheirLabels() {
        List<BridgeStep> steps = new java.util.ArrayList<>();
        String[] keys = {
            "retention",
            "referrals",
            "share_of_wallet",
            "wages",
            "tier2",
            "goodwill",
            "refunds",
            "hiring",
            "follow_up",
            "listening_cost",
            "clarity_cost",
            "triage_cost",
            "escalation_cost",
            "latitude_cost"
        };
        for (String key : keys) {
            steps.add(new BridgeStep(key, "a long description", PairedDifference.of(new double[] {-1, -2, -3})));
        }
        ProfitBridge many =
                new ProfitBridge("baseline", "delight", steps, PairedDifference.of(new double[] {-14, -28, -42}));
        JFreeChart chart = BridgeChart.create(many, Double.NaN, Double.NaN, Fixtures.CONTEXT);
        List<?> columns = data(chart).getColumnKeys();
        assertEquals(
                List.of("Listening", "Clarity", "Triage", "Faster escalation", "Latitude", "delight"),
                columns.subList(columns.size() - 6, columns.size()));
        assertEquals(
                org.jfree.chart.axis.CategoryLabelPositions.UP_45,
                ((CategoryPlot) chart.getPlot()).getDomainAxis().getCategoryLabelPositions(),
                "16 bars: upright labels would break inside words");
        assertEquals(
                org.jfree.chart.axis.CategoryLabelPositions.STANDARD,
                ((CategoryPlot) BridgeChart.create(bridge(), Double.NaN, Double.NaN, Fixtures.CONTEXT)
                                .getPlot())
                        .getDomainAxis()
                        .getCategoryLabelPositions());
    }

    @Test
    void aTotalOrAStepThatIsNotSignificantIsHollowAndMarkedNs() {
        ProfitBridge b = new ProfitBridge(
                "baseline",
                "honest",
                List.of(new BridgeStep("retention", "Retention", PairedDifference.of(new double[] {-10, 30, 5}))),
                PairedDifference.of(new double[] {-10, 30, 5}));
        BarItem total = data(BridgeChart.create(b, Double.NaN, Double.NaN, Fixtures.CONTEXT))
                .item(BridgeChart.SERIES, "honest");
        assertTrue(total.hollow());
        assertTrue(total.label().endsWith("n.s."));
        // A step is marked the same way, as the comparison and the tornado mark theirs.
        BarItem step = data(BridgeChart.create(b, Double.NaN, Double.NaN, Fixtures.CONTEXT))
                .item(BridgeChart.SERIES, "Retention");
        assertTrue(step.hollow());
        assertTrue(step.label().endsWith("n.s."), step.label());
        BarItem significant =
                data(BridgeChart.create(bridge(), 1, 2, Fixtures.CONTEXT)).item(BridgeChart.SERIES, "Retention");
        assertFalse(significant.hollow());
        assertEquals("+$110", significant.label());
        assertFalse(data(BridgeChart.create(bridge(), 1, 2, Fixtures.CONTEXT))
                .item(0, 5)
                .hollow());
    }

    @Test
    void theTitleGivesTheTotalAndTheSubtitleBothLevels() {
        JFreeChart chart = BridgeChart.create(bridge(), 1_000_000, 1_084_000, Fixtures.CONTEXT);
        assertEquals(
                "Profit bridge: baseline to empowered, +$84", chart.getTitle().getText());
        String subtitle = ((TextTitle) chart.getSubtitle(0)).getText();
        assertTrue(subtitle.contains("$1.00M \u2192 $1.08M"), subtitle);
    }
}

package org.cjsim.charts;

import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.Comparison;
import org.cjsim.experiment.PairedDifference;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.experiment.StrategyComparison;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;

/**
 * The ranking of a comparison as a table, the one {@code cjsim compare} prints, drawn as an image for a
 * slide: the reference with its levels, then the strategies, best difference in net contribution first, each
 * with its rank, its colour, the paired difference in net contribution with its 95% confidence interval and
 * whether it is significant (over plausible worlds: the 90% range and the share of worlds in which it pays
 * off), the differences in NPS and annual retention, and its business case: ROI, payback month and in how
 * many replications it beats the reference. Long names wrap; nothing is cut.
 */
public final class RankingChart {
    /** The column headers, left to right (the interval's and the significance's over plausible worlds differ). */
    public static final List<String> HEADERS = List.of(
            "#",
            "Strategy",
            "\u0394 net\ncontribution",
            "95% CI",
            "Significant",
            "\u0394 NPS",
            "\u0394 annual\nretention",
            "ROI",
            "Payback",
            "Beats the\nreference");

    private RankingChart() {}

    /** The ranking table of {@code result}. */
    public static JFreeChart create(Comparison.Result result, ChartContext context) {
        ScenarioResult ref = result.reference();
        List<StrategyComparison> comparisons = result.comparisons();
        boolean worlds = comparisons.stream().anyMatch(c -> c.businessCase().overWorlds());
        Palette palette = Palette.of(result.experiment().scenarios().stream()
                .map(ScenarioResult::name)
                .toList());
        String currency = context.currency();
        UnitFormat money = UnitFormat.label(MetricUnit.CURRENCY, currency);
        UnitFormat moneyDiff = UnitFormat.differenceLabel(MetricUnit.CURRENCY, currency);
        UnitFormat nps = UnitFormat.label(SummaryMetric.NPS.unit(), "");
        UnitFormat npsDiff = UnitFormat.differenceLabel(SummaryMetric.NPS.unit(), "");
        UnitFormat retention = UnitFormat.label(SummaryMetric.ANNUAL_RETENTION.unit(), "");
        UnitFormat retentionDiff = UnitFormat.differenceLabel(SummaryMetric.ANNUAL_RETENTION.unit(), "");
        UnitFormat share = UnitFormat.label(MetricUnit.SHARE, "");

        List<TablePlot.Column> columns = new ArrayList<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            String h = HEADERS.get(i);
            if (worlds && i == 3) {
                h = "90% over\nworlds";
            } else if (worlds && i == 4) {
                h = "Pays off\nin";
            }
            columns.add(new TablePlot.Column(h, i != 1));
        }
        List<TablePlot.Row> rows = new ArrayList<>();
        rows.add(new TablePlot.Row(
                List.of(
                        "",
                        ref.name() + " (reference)",
                        money.text(
                                ref.statistics(SummaryMetric.NET_CONTRIBUTION).mean()),
                        "",
                        "",
                        nps.text(ref.statistics(SummaryMetric.NPS).mean()),
                        retention.text(
                                ref.statistics(SummaryMetric.ANNUAL_RETENTION).mean()),
                        "",
                        "",
                        ""),
                palette.colour(ref.name()),
                true));
        int rank = 0;
        for (StrategyComparison c : comparisons) {
            rank++;
            BusinessCase b = c.businessCase();
            PairedDifference net = c.difference(SummaryMetric.NET_CONTRIBUTION);
            String interval = worlds
                    ? moneyDiff.interval(b.netRange().low(), b.netRange().high())
                    : moneyDiff.interval(net.ciLow(), net.ciHigh());
            String significant = worlds
                    ? share.text(b.netRange().probBetter()).replace(".0%", "%")
                    : Double.isNaN(net.pValue()) ? "n/a" : net.significant() ? "yes" : "no";
            rows.add(new TablePlot.Row(
                    List.of(
                            Integer.toString(rank),
                            c.scenario(),
                            moneyDiff.text(net.mean()),
                            interval.isEmpty() ? "n/a" : interval,
                            significant,
                            npsDiff.text(c.difference(SummaryMetric.NPS).mean()),
                            retentionDiff.text(
                                    c.difference(SummaryMetric.ANNUAL_RETENTION).mean()),
                            roi(b, share),
                            payback(b),
                            b.better() + " of " + b.replications()),
                    palette.colour(c.scenario()),
                    false));
        }
        String subtitle = ref.name() + " with its levels, then each strategy's difference to it, best first; mean of "
                + context.runs() + ", paired; "
                + (worlds
                        ? "90% over worlds: the range over plausible worlds and noise"
                        : "significant: the 95% confidence interval excludes 0")
                + ". ROI: \u0394 net contribution / extra cost, when the strategy costs more. Money over the whole horizon";
        return Theme.chart(
                "Strategies ranked by net contribution",
                subtitle,
                context,
                new TablePlot(columns, rows, 1),
                false,
                null);
    }

    private static String roi(BusinessCase b, UnitFormat share) {
        if (!Double.isNaN(b.roi())) {
            return share.text(b.roi());
        }
        return b.investment().mean() < 0 ? "saves costs" : "no extra cost";
    }

    private static String payback(BusinessCase b) {
        return switch (b.paybackMonth()) {
            case BusinessCase.UNKNOWN -> "unknown";
            case BusinessCase.NEVER -> "beyond horizon";
            case 0 -> "immediately";
            default -> "month " + b.paybackMonth();
        };
    }
}

package org.cjsim.charts;

import java.util.List;
import java.util.Objects;
import org.cjsim.experiment.LadderRung;
import org.cjsim.experiment.ScenarioResult;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.Severity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/**
 * The retention ladder (after TARP's studies of complaint handling): for each experience group (no issue;
 * voiced and resolved within a day; voiced and resolved later; voiced and unresolved; silent), the share of
 * customers still customers at the end of the ladder window after their first issue (after their first
 * purchase for the no-issue group), per strategy, pooled over replications, with
 * its 95% Wilson interval. Groups nobody entered have no bar.
 */
public final class LadderChart {
    private LadderChart() {}

    /** The ladder of {@code scenarios} with both severities pooled. */
    public static JFreeChart create(List<ScenarioResult> scenarios, ChartContext context) {
        return create(scenarios, null, context);
    }

    /**
     * The ladder of {@code scenarios} for one severity class.
     *
     * @param severity {@link Severity#MINOR} or {@link Severity#MAJOR} (the no-issue group is shown either
     *     way), or null for both pooled
     */
    public static JFreeChart create(List<ScenarioResult> scenarios, Severity severity, ChartContext context) {
        Palette palette =
                Palette.of(scenarios.stream().map(ScenarioResult::name).toList());
        boolean labels = scenarios.size() <= 6;
        // whole percentages: with six scenarios, a bar is too narrow for "96.8%"
        UnitFormat format =
                new UnitFormat(MetricUnit.SHARE, "", false, UnitFormat.Precision.NARROW, UnitFormat.Glyphs.TYPESET);
        BarDataset data = new BarDataset();
        for (ScenarioResult s : scenarios) {
            for (LadderRung rung : s.ladder()) {
                boolean wanted = rung.group() == LadderGroup.NO_ISSUE
                        ? rung.severity() == Severity.NONE
                        : Objects.equals(rung.severity(), severity);
                if (!wanted || rung.entered() == 0) {
                    continue;
                }
                String text = labels ? format.text(rung.share()) : null;
                data.add(
                        s.name(),
                        groupLabel(rung.group()),
                        BarItem.of(rung.share(), rung.ciLow(), rung.ciHigh(), palette.colour(s.name()), text));
            }
        }
        RangeBarRenderer renderer = new RangeBarRenderer(false);
        renderer.setMaximumBarWidth(0.05);
        renderer.setItemMargin(0.0);
        renderer.setLabelFont(Theme.font(java.awt.Font.PLAIN, Theme.ITEM_LABEL_SIZE - 3));
        int window =
                scenarios.isEmpty() ? 0 : scenarios.get(0).scenario().horizon().ladderWindowDays();
        NumberAxis valueAxis = new NumberAxis("Still customers " + window + " days later");
        valueAxis.setNumberFormatOverride(UnitFormat.axis(MetricUnit.SHARE, ""));
        valueAxis.setRange(0, 1.08);
        valueAxis.setTickUnit(new NumberTickUnit(0.2));
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setCategoryMargin(0.2);
        categoryAxis.setLowerMargin(0.01);
        categoryAxis.setUpperMargin(0.01);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        Theme.style(plot);
        String which = severity == null ? "" : " (" + severity.key() + " issues)";
        return Theme.chart(
                "Retention ladder: how the first issue went decides who stays" + which,
                "Customers " + window + " days after their first issue (no issue: first purchase), pooled over "
                        + Labels.replications(context.replications()) + "; whiskers: 95% Wilson interval",
                context,
                plot,
                true,
                Theme.legend(scenarios.stream()
                        .map(s -> Theme.box(s.name(), palette.colour(s.name())))
                        .toList()));
    }

    /** The group's words for the axis, e.g. "Voiced, resolved within 1 day". */
    static String groupLabel(LadderGroup g) {
        String l = g.label();
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }
}

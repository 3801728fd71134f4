package org.cjsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.experiment.BusinessCase;
import org.cjsim.experiment.SeriesStatistics;
import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.MetricUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Payback of a strategy against the reference: the difference in cumulative net contribution (cash),
 * strategy minus reference, month by month from the start (months of {@link BusinessCase#DAYS_PER_MONTH}
 * days) to the horizon. The line is the mean over paired replications, starting at zero before the first
 * day; the shaded band is where 90% of single runs fall over the plausible worlds when the study ran over
 * them ({@link BusinessCase#overWorlds()}: the 5% and 95% quantiles), else the 95% confidence interval of the
 * mean (random noise only). A dot marks the payback point, the first day from which the mean stays at or
 * above zero to the horizon, which lies in the payback month ({@link BusinessCase#paybackMonth()}); a
 * strategy that pays back immediately or not within the horizon gets a note instead.
 */
public final class PaybackChart {
    /** The key of the mean line (with its band) in dataset 0. */
    public static final String MEAN = "mean";

    /** The key of the payback point in dataset 1 (empty when there is no payback point to mark). */
    public static final String PAYBACK = "payback";

    private PaybackChart() {}

    /**
     * The payback chart of {@code businessCase}.
     *
     * @throws IllegalArgumentException if the business case has no daily cash series (the daily series were
     *     not kept)
     */
    public static JFreeChart create(BusinessCase businessCase, ChartContext context) {
        return create(businessCase, Palette.of(List.of(businessCase.reference(), businessCase.scenario())), context);
    }

    /**
     * The payback chart of {@code businessCase}, the strategy in its colour of {@code palette} (the palette of
     * every scenario of the study, so that it looks the same as in the time series).
     *
     * @throws IllegalArgumentException if the business case has no daily cash series (the daily series were
     *     not kept)
     */
    public static JFreeChart create(BusinessCase businessCase, Palette palette, ChartContext context) {
        SeriesStatistics cash = businessCase.cash();
        if (cash == null) {
            throw new IllegalArgumentException("the business case of " + businessCase.scenario()
                    + " has no daily series: run the comparison with daily series kept to draw its payback");
        }
        boolean worlds = businessCase.overWorlds();
        double[] low = worlds ? cash.p05() : cash.ciLow();
        double[] high = worlds ? cash.p95() : cash.ciHigh();
        String currency = businessCase.currency().isEmpty() ? context.currency() : businessCase.currency();

        YIntervalSeries series = new YIntervalSeries(MEAN, false, true);
        series.add(0, 0, 0, 0);
        boolean spread = false;
        for (int d = 0; d < cash.days(); d++) {
            double mean = cash.mean()[d];
            if (Double.isNaN(mean)) {
                continue;
            }
            double lo = Double.isNaN(low[d]) ? mean : Math.min(low[d], mean);
            double hi = Double.isNaN(high[d]) ? mean : Math.max(high[d], mean);
            spread |= hi > lo;
            series.add(month(d), mean, lo, hi);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);

        // light colours (yellow, sand) are darkened for the band too, which would otherwise all but vanish
        Color line = Palette.forLine(palette.colour(businessCase.scenario()));
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.2f);
        renderer.setSeriesPaint(0, line);
        renderer.setSeriesFillPaint(0, line);
        renderer.setSeriesStroke(0, Theme.LINE);

        int months = (int) Math.round(businessCase.horizonDays() / BusinessCase.DAYS_PER_MONTH);
        double end = Math.max(businessCase.horizonDays() / BusinessCase.DAYS_PER_MONTH, month(cash.days() - 1));
        NumberAxis x = new NumberAxis("Months since the start");
        x.setAutoRangeIncludesZero(false);
        x.setRange(0, Math.max(end, 1));
        x.setTickUnit(new NumberTickUnit(monthTick(months), new DecimalFormat("0")));
        UnitFormat money = UnitFormat.differenceAxis(MetricUnit.CURRENCY, currency);
        NumberAxis y = new NumberAxis("Cumulative difference in cash");
        y.setNumberFormatOverride(money);
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        y.setLowerMargin(0.08);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Theme.style(plot);
        plot.addRangeMarker(Theme.zeroLine(0, null, false));

        int month = businessCase.paybackMonth();
        XYSeries point = new XYSeries(PAYBACK);
        int day = BusinessCase.paybackDay(cash.mean());
        if (month > 0 && day >= 0) {
            point.add(month(day), cash.mean()[day]);
            plot.addDomainMarker(
                    paybackMarker(month(day), "Pays back in month " + month, month(day) > 0.7 * x.getUpperBound()));
        } else {
            plot.addAnnotation(note(
                    month == 0
                            ? "Pays back immediately: never below " + businessCase.reference()
                            : "Does not pay back within the horizon"));
        }
        XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
        dot.setSeriesShape(0, new Ellipse2D.Double(-11, -11, 22, 22));
        dot.setSeriesPaint(0, Palette.DARK_GREY);
        dot.setSeriesOutlinePaint(0, Color.WHITE);
        dot.setSeriesOutlineStroke(0, new BasicStroke(3f));
        dot.setUseOutlinePaint(true);
        dot.setDrawOutlines(true);
        plot.setDataset(1, new XYSeriesCollection(point));
        plot.setRenderer(1, dot);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);

        List<LegendItem> legend = new ArrayList<>();
        legend.add(Theme.line("Mean difference", line));
        String band = worlds
                ? "90% of " + businessCase.netRange().worlds() + " plausible worlds"
                : "95% confidence interval (random noise only)";
        if (spread) {
            legend.add(Theme.box(band, translucent(line)));
        }
        UnitFormat label = UnitFormat.differenceLabel(MetricUnit.CURRENCY, currency);
        String subtitle = "Cumulative net contribution, " + businessCase.scenario() + " minus "
                + businessCase.reference() + ", mean of " + context.runs() + ", paired: "
                + label.text(lastMean(cash.mean())) + " at the end";
        return Theme.chart(
                "Payback: " + businessCase.scenario() + " against " + businessCase.reference(),
                subtitle,
                context,
                plot,
                true,
                Theme.legend(legend));
    }

    /** The month at the end of day index {@code d} (0-based): {@code (d + 1) / 30.4}. */
    static double month(int d) {
        return (d + 1) / BusinessCase.DAYS_PER_MONTH;
    }

    /** Ticks every month up to 15 months, every quarter up to 30, every half year up to 6 years, else yearly. */
    static int monthTick(int months) {
        return months <= 15 ? 1 : months <= 30 ? 3 : months <= 72 ? 6 : 12;
    }

    private static double lastMean(double[] mean) {
        for (int d = mean.length - 1; d >= 0; d--) {
            if (!Double.isNaN(mean[d])) {
                return mean[d];
            }
        }
        return 0;
    }

    /** The dashed line at the payback point, labelled at its top right, or top left when {@code left}. */
    private static ValueMarker paybackMarker(double x, String label, boolean left) {
        ValueMarker m = new ValueMarker(
                x,
                Palette.DARK_GREY,
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        m.setLabel(label);
        m.setLabelFont(Theme.font(Font.PLAIN, Theme.ITEM_LABEL_SIZE));
        m.setLabelPaint(Palette.DARK_GREY);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        // near the right edge the label goes on the left of the line, where it is not cut off
        m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(8, 10, 4, 10));
        return m;
    }

    private static XYTitleAnnotation note(String text) {
        TextTitle t = new TextTitle(text, Theme.font(Font.PLAIN, Theme.ITEM_LABEL_SIZE));
        t.setPaint(Palette.DARK_GREY);
        t.setBackgroundPaint(new Color(255, 255, 255, 220));
        t.setPadding(new RectangleInsets(6, 10, 6, 10));
        return new XYTitleAnnotation(0.01, 0.98, t, RectangleAnchor.TOP_LEFT);
    }

    private static Color translucent(Color c) {
        return new Color(
                Math.round(255 - 0.2f * (255 - c.getRed())),
                Math.round(255 - 0.2f * (255 - c.getGreen())),
                Math.round(255 - 0.2f * (255 - c.getBlue())));
    }
}

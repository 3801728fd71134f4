package org.cjsim.report;

import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import org.cjsim.charts.ChartContext;
import org.cjsim.charts.Palette;
import org.cjsim.charts.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of {@link ChartData} drawn by JFreeChart in the charts' theme: the page's (and a picture's)
 * version of a bar chart the deck draws natively, for charts that have no builder of their own.
 */
public final class BarCharts {
    private BarCharts() {}

    /**
     * The bars of {@code data}'s first series, one per category in its point colour, labelled with {@code
     * format}.
     *
     * @param title the chart's title
     * @param subtitle the line under the title, or empty
     */
    public static JFreeChart draw(
            ChartData data, String title, String subtitle, NumberFormat format, ChartContext context) {
        if (data.kind() != ChartData.Kind.BAR || data.series().isEmpty()) {
            throw new IllegalArgumentException("BarCharts draws the bars of one series, got " + data.kind());
        }
        ChartData.Series series = data.series().get(0);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int k = 0; k < data.categories().size(); k++) {
            dataset.addValue(
                    series.values()[k], series.name(), data.categories().get(k));
        }
        CategoryAxis categories = new CategoryAxis(data.categoryTitle().isEmpty() ? null : data.categoryTitle());
        NumberAxis values = new NumberAxis(data.valueTitle().isEmpty() ? null : data.valueTitle());
        values.setNumberFormatOverride(format);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column < series.pointColours().size()
                        ? series.pointColours().get(column)
                        : series.colour();
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Theme.font(Font.PLAIN, Theme.ITEM_LABEL_SIZE));
        renderer.setDefaultItemLabelPaint(Palette.DARK_GREY);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        plot.addRangeMarker(Theme.zeroLine(0, null, true));
        values.setUpperMargin(0.15);
        return Theme.chart(title, subtitle, context, plot, false, null);
    }

    /** A format for ratios as whole percentages: {@code 230%}. */
    public static NumberFormat percent() {
        return new DecimalFormat("#,##0%");
    }
}

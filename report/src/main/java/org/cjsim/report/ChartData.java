package org.cjsim.report;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * The data of a chart a deck draws natively (an editable PowerPoint chart with its data embedded): bars or
 * lines over categories.
 *
 * @param kind bars or lines
 * @param title the chart's title
 * @param categoryTitle the title of the category axis (e.g. "Month"), or empty
 * @param valueTitle the title of the value axis (e.g. "Difference in net contribution (€)"), or empty
 * @param numberFormat the Excel number format of values and their axis, e.g. {@code #,##0}
 * @param categories the categories, in order (strategies for bars, months for lines); bars with intervals
 *     have no value labels (they would sit on the whiskers), so their categories should say the values
 * @param series the series, each with one value per category
 */
public record ChartData(
        Kind kind,
        String title,
        String categoryTitle,
        String valueTitle,
        String numberFormat,
        List<String> categories,
        List<Series> series) {

    /** Bars (horizontal, one bar per category) or lines. */
    public enum Kind {
        BAR,
        LINE
    }

    /**
     * One series.
     *
     * @param name its name in the legend
     * @param values one value per category (NaN for none)
     * @param colour its colour
     * @param dashed a dashed line (an interval's bound)
     * @param pointColours for bars, one colour per category (each strategy its own colour), or empty
     * @param low for bars, the lower end of each value's interval (drawn as a whisker), or empty
     * @param high the upper end of each value's interval, or empty
     */
    public record Series(
            String name,
            double[] values,
            Color colour,
            boolean dashed,
            List<Color> pointColours,
            double[] low,
            double[] high) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = values.clone();
            pointColours = List.copyOf(pointColours);
            low = low.clone();
            high = high.clone();
            if (low.length != high.length || low.length != 0 && low.length != values.length) {
                throw new IllegalArgumentException("the series " + name + " has " + values.length + " values and "
                        + low.length + " and " + high.length + " interval ends");
            }
        }

        /** A series without intervals. */
        public Series(String name, double[] values, Color colour, boolean dashed, List<Color> pointColours) {
            this(name, values, colour, dashed, pointColours, new double[0], new double[0]);
        }

        /** True if each value has an interval. */
        public boolean hasIntervals() {
            return low.length > 0;
        }
    }

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        categoryTitle = categoryTitle == null ? "" : categoryTitle;
        valueTitle = valueTitle == null ? "" : valueTitle;
        numberFormat = numberFormat == null ? "General" : numberFormat;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("the series " + s.name() + " has " + s.values().length
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}

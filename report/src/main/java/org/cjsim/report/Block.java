package org.cjsim.report;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/** What a section shows: a headline, text, a table or a chart. */
public sealed interface Block {

    /**
     * The one sentence a section is about, set large: e.g. the business case of the best strategy.
     *
     * @param text the sentence
     */
    record Headline(String text) implements Block {
        public Headline {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Short paragraphs, shown as a bulleted list.
     *
     * @param items the paragraphs, in order
     */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table of text: a header row and rows of the same width. Cells that hold numbers are aligned right.
     *
     * @param header the column headings
     * @param rows the rows, each as wide as the header
     * @param caption a line under the table saying what it shows (units, what the marks mean), or empty
     */
    record Table(List<String> header, List<List<String>> rows, String caption) implements Block {
        private static final Pattern SUFFIX = Pattern.compile("(?<=\\d)[kMBT%x*]");
        private static final Pattern UNITS = Pattern.compile("\\b(pp|days?|n/a)\\b");
        private static final Pattern NUMBER = Pattern.compile("[^A-Za-z]*\\d[^A-Za-z]*");

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            caption = caption == null ? "" : caption;
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "a row of " + row.size() + " cells in a table of " + header.size() + " columns: " + row);
                }
            }
        }

        /**
         * True if column {@code c} holds numbers (in every non-empty cell): aligned right. A number may carry a
         * sign, a currency symbol, a suffix (k, M, %, pp, days) or be an interval {@code [a, b]}.
         */
        public boolean numeric(int c) {
            boolean any = false;
            for (List<String> row : rows) {
                String cell = row.get(c).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                String bare = UNITS.matcher(SUFFIX.matcher(cell).replaceAll("")).replaceAll("");
                if (bare.isBlank()) {
                    continue;
                }
                if (!NUMBER.matcher(bare).matches()) {
                    return false;
                }
                any = true;
            }
            return any;
        }
    }

    /**
     * A chart: drawn by JFreeChart for the page (as SVG) and, when the deck cannot draw it natively, as a
     * picture in the deck; {@code data}, when given, is drawn by the deck as a native, editable chart.
     *
     * @param name the chart's name (its file base name among the standard charts, e.g. {@code bridge-empowered})
     * @param chart the chart as drawn by cjsim's chart builders
     * @param data the chart's data for a native chart in the deck, or null for a picture
     */
    record Chart(String name, JFreeChart chart, ChartData data) implements Block {
        public Chart {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(chart, "chart");
        }
    }
}

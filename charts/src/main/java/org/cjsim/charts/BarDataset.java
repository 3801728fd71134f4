package org.cjsim.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A category dataset whose items carry a {@link BarItem}: the value of an item is its bar's end, and the
 * item says where the bar starts, its whisker, colour and labels. Drawn by {@link RangeBarRenderer}.
 */
public final class BarDataset extends DefaultCategoryDataset {
    private static final long serialVersionUID = 1L;

    private final Map<List<Comparable<?>>, BarItem> items = new HashMap<>();

    /** Adds (or replaces) the bar of series {@code row} in category {@code column}. */
    public void add(Comparable<?> row, Comparable<?> column, BarItem item) {
        items.put(List.of(row, column), item);
        setValue(item.end(), row, column);
    }

    /** The bar of series {@code row} in category {@code column}, or null. */
    public BarItem item(Comparable<?> row, Comparable<?> column) {
        return items.get(List.of(row, column));
    }

    /** The bar at the given indices, or null. */
    public BarItem item(int row, int column) {
        return item(getRowKey(row), getColumnKey(column));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarDataset other && super.equals(o) && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + items.hashCode();
    }
}

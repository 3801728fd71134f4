package org.cjsim.charts;

import java.awt.Color;
import java.io.Serializable;

/**
 * One bar of a {@link BarDataset}: it runs from {@code start} to {@code end} (a plain bar starts at 0; a
 * waterfall step or a stacked segment elsewhere), with an optional 95% confidence interval drawn as a
 * whisker, its colour, whether it is drawn hollow (not significant), and optional labels.
 *
 * @param start where the bar starts
 * @param end where it ends; the dataset's value
 * @param ciLow lower end of the whisker, or NaN for none
 * @param ciHigh upper end of the whisker, or NaN for none
 * @param colour fill colour (outline colour when hollow)
 * @param hollow drawn as an outline on white
 * @param label text beyond the bar's outer end (or its whisker), or null
 * @param innerLabel text centred inside the bar, drawn only where it fits, or null
 */
public record BarItem(
        double start,
        double end,
        double ciLow,
        double ciHigh,
        Color colour,
        boolean hollow,
        String label,
        String innerLabel)
        implements Serializable {

    /** A solid bar from 0 to {@code value} with a whisker from {@code ciLow} to {@code ciHigh}. */
    public static BarItem of(double value, double ciLow, double ciHigh, Color colour, String label) {
        return new BarItem(0, value, ciLow, ciHigh, colour, false, label, null);
    }

    /** True when the item has a whisker. */
    public boolean hasInterval() {
        return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
    }

    /** The far end of the bar and whisker from the start, where an outside label goes. */
    public double outerEnd() {
        boolean up = end >= start;
        double e = end;
        if (hasInterval()) {
            e = up ? Math.max(e, ciHigh) : Math.min(e, ciLow);
        }
        return e;
    }
}

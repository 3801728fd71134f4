package org.cjsim.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour scale (van der Walt &amp; Smith, matplotlib 2015): dark blue for low values to yellow for
 * high ones, perceptually uniform and readable with the common forms of colour blindness and in grey.
 * Values outside the bounds get the colour of the nearer bound.
 */
public final class ViridisScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;

    private static final int[] STOPS = {
        0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725
    };

    private final double lower;
    private final double upper;

    /** A scale from {@code lower} to {@code upper}; equal bounds are widened by one either way. */
    public ViridisScale(double lower, double upper) {
        if (!(lower < upper)) {
            double mid = Double.isFinite(lower) ? lower : 0;
            lower = mid - 1;
            upper = mid + 1;
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour((value - lower) / (upper - lower));
    }

    /** The colour at position {@code t} in [0, 1] (clamped; NaN gives light grey). */
    public static Color colour(double t) {
        if (Double.isNaN(t)) {
            return Palette.LIGHT_GREY;
        }
        double u = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min((int) Math.floor(u), STOPS.length - 2);
        double f = u - i;
        Color a = new Color(STOPS[i]);
        Color b = new Color(STOPS[i + 1]);
        return new Color(
                (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViridisScale v && v.lower == lower && v.upper == upper;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lower) * 31 + Double.hashCode(upper);
    }
}

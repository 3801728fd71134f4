package org.cjsim.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers written to files that programs read back (CSV, the manifest, scenario YAML): plain decimal
 * notation whatever the locale, no thousands separators, no suffixes, NaN as an empty field.
 *
 * <p>This is kept apart from {@link UnitFormat} on purpose: a file must read back to the value that was
 * written ({@link #exact}) or to a stated number of significant digits ({@link #significant}), while a table
 * or a chart rounds for the eye (85.4k, 84.3%) and cannot be parsed.
 */
public final class FileNumbers {
    private FileNumbers() {}

    /**
     * The shortest decimal text that reads back to the same double: {@code 36500}, {@code 0.4} (not {@code
     * 0.40000000000000002}), {@code 0.0005}, {@code 0.30000000000000004}; NaN is empty, infinities are {@code
     * Infinity} and {@code -Infinity}.
     */
    public static String exact(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // Java 17's Double.toString is not always the shortest form: try ten digits first
        String ten = new BigDecimal(v)
                .round(new MathContext(10, RoundingMode.HALF_UP))
                .stripTrailingZeros()
                .toPlainString();
        if (Double.parseDouble(ten) == v) {
            return ten;
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /**
     * A number rounded for a file of statistics, without trailing zeros; NaN is empty. With {@code digits} of
     * 7 or fewer and a magnitude in [0.001, 10,000,000), this is the shortest text of the nearest {@code
     * float} (single precision, which can take 8 or 9 digits: {@code 0.33333334}); otherwise at most {@code
     * digits} significant digits. Whole numbers below 10<sup>digits</sup> are written in full.
     */
    public static String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < Math.pow(10, digits)) {
            return Long.toString((long) v);
        }
        double abs = Math.abs(v);
        if (digits <= 7 && abs >= 1e-3 && abs < 1e7) {
            String s = Float.toString((float) v);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        return new BigDecimal(v)
                .round(new MathContext(digits))
                .stripTrailingZeros()
                .toPlainString();
    }
}

package org.cjsim.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as text in result files: plain decimal notation, NaN as an empty field. */
public final class Numbers {
    private Numbers() {}

    /** Every digit needed to read back the same double; NaN is empty. */
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
        return new BigDecimal(Double.toString(v)).toPlainString();
    }

    /** At most {@code digits} significant digits, without trailing zeros; NaN is empty. */
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

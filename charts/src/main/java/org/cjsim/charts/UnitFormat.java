package org.cjsim.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.cjsim.metrics.MetricUnit;

/**
 * Numbers as a slide shows them, by unit: money with the scenario's currency symbol and k/M/B ({@code
 * $1.25M}, {@code −$350k}), counts with thousands separators below a million ({@code 12,500}), shares
 * as percentages ({@code 45%}) and differences of shares in percentage points ({@code +2.5 pp}). Negative
 * numbers use the minus sign U+2212.
 *
 * <p>Two precisions: {@link Precision#AXIS} writes a value with as many digits as it needs (up to six
 * significant), so that neighbouring ticks never look the same; {@link Precision#LABEL} rounds to three
 * significant digits for the labels on bars and keeps them for money in thousands and more ({@code $2.90M}
 * next to {@code $2.91M}).
 */
public final class UnitFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    /** The minus sign U+2212, wider and clearer than a hyphen. */
    public static final String MINUS = "\u2212";

    /** How many digits to show. */
    public enum Precision {
        /** Up to six significant digits, trailing zeros removed: for axis ticks. */
        AXIS,
        /** Three significant digits: for labels on bars and in subtitles. */
        LABEL
    }

    private final MetricUnit unit;
    private final String currency;
    private final boolean signed;
    private final boolean difference;
    private final Precision precision;

    /**
     * @param unit the unit of the values
     * @param currency the currency symbol (for {@link MetricUnit#CURRENCY})
     * @param signed write a plus sign before positive values
     * @param difference the values are differences: shares are then written in percentage points
     * @param precision how many digits
     */
    public UnitFormat(MetricUnit unit, String currency, boolean signed, boolean difference, Precision precision) {
        this.unit = unit;
        this.currency = currency == null ? "" : currency;
        this.signed = signed;
        this.difference = difference;
        this.precision = precision;
    }

    /** Tick labels of an axis of {@code unit}. */
    public static UnitFormat axis(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, false, false, Precision.AXIS);
    }

    /** Tick labels of an axis of differences of {@code unit}. */
    public static UnitFormat differenceAxis(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, true, true, Precision.AXIS);
    }

    /** Labels of values of {@code unit}. */
    public static UnitFormat label(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, false, false, Precision.LABEL);
    }

    /** Labels of differences of {@code unit}, with their sign. */
    public static UnitFormat differenceLabel(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, true, true, Precision.LABEL);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    /** Always null: these formats are for display only. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }

    /** The text of one value. */
    public String text(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : MINUS + "\u221e";
        }
        String body;
        switch (unit) {
            case CURRENCY -> body = currency + compact(Math.abs(v));
            case COUNT -> body = Math.abs(v) < 1_000_000 ? grouped(Math.abs(v)) : compact(Math.abs(v));
            case SHARE -> body = plain(Math.abs(v) * 100) + (difference ? " pp" : "%");
            default -> body = plain(Math.abs(v));
        }
        if (isZero(body)) {
            return body;
        }
        if (v < 0) {
            return MINUS + body;
        }
        return signed && v > 0 ? "+" + body : body;
    }

    private static boolean isZero(String body) {
        return body.replaceAll("[^1-9]", "").isEmpty();
    }

    private int significant() {
        return precision == Precision.AXIS ? 6 : 3;
    }

    /** A positive value with k, M or B. */
    private String compact(double a) {
        String[] suffix = {"", "k", "M", "B", "T"};
        int k = 0;
        double scaled = a;
        while (k < suffix.length - 1 && round(scaled).compareTo(BigDecimal.valueOf(1000)) >= 0) {
            scaled /= 1000;
            k++;
        }
        BigDecimal r = round(scaled);
        if (precision == Precision.AXIS) {
            return r.stripTrailingZeros().toPlainString() + suffix[k];
        }
        if (k == 0) {
            r = r.setScale(scaled >= 10 ? 0 : Math.min(Math.max(r.scale(), 0), 2), RoundingMode.HALF_UP);
            return r.stripTrailingZeros().toPlainString();
        }
        // labels keep their three significant digits: $2.90M next to $2.91M, $1.00M, $250k
        int integerDigits = r.precision() - r.scale();
        return r.setScale(Math.max(significant() - integerDigits, 0), RoundingMode.HALF_UP)
                        .toPlainString()
                + suffix[k];
    }

    /** A positive count below 10,000 with thousands separators. */
    private String grouped(double a) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        if (precision == Precision.LABEL) {
            f.setMaximumFractionDigits(a >= 100 ? 0 : a >= 10 ? 1 : 2);
            return f.format(a >= 100 ? a : round(a).doubleValue());
        }
        return f.format(round(a).doubleValue());
    }

    /** A positive value with its significant digits. */
    private String plain(double a) {
        BigDecimal r = round(a);
        if (precision == Precision.LABEL && r.compareTo(BigDecimal.valueOf(100)) >= 0) {
            r = r.setScale(0, RoundingMode.HALF_UP);
        }
        String s = r.stripTrailingZeros().toPlainString();
        if (r.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(r);
        }
        return s;
    }

    private BigDecimal round(double a) {
        if (a == 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(a).round(new MathContext(significant(), RoundingMode.HALF_UP));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitFormat f
                && f.unit == unit
                && f.currency.equals(currency)
                && f.signed == signed
                && f.difference == difference
                && f.precision == precision;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(unit, currency, signed, difference, precision);
    }
}

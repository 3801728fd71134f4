package org.cjsim.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Objects;
import org.cjsim.metrics.MetricUnit;

/**
 * Numbers for people to read, one rule per {@link MetricUnit}, used by the command line's tables, the
 * charts' axes and labels, and messages. Every rule rounds half up on the number's shortest decimal form
 * (as {@link String#format} does), whatever the locale.
 *
 * <table>
 *   <caption>Labels (and table cells) by unit</caption>
 *   <tr><th>Unit</th><th>Rule</th><th>Examples</th></tr>
 *   <tr><td>{@code CURRENCY}</td><td>whole units below 1,000, then three significant digits with k, M, B
 *       or T</td><td>{@code 850}, {@code 85.4k}, {@code 2.74M}, {@code $1.00M}</td></tr>
 *   <tr><td>{@code SHARE}</td><td>a percentage with one decimal; a difference in percentage
 *       points</td><td>{@code 84.3%}, {@code +4.1 pp}</td></tr>
 *   <tr><td>{@code COUNT}</td><td>whole numbers with thousands separators; a mean below 100 with up to
 *       three significant digits</td><td>{@code 1,095}, {@code 12.5}</td></tr>
 *   <tr><td>{@code SCORE}, {@code POINTS}, {@code DAYS}, {@code HOURS}</td><td>one decimal</td><td>{@code
 *       19.8}, {@code -3.0}</td></tr>
 *   <tr><td>{@code RATIO}</td><td>three significant digits, whole from 100</td><td>{@code 1.35}, {@code
 *       0.25}</td></tr>
 * </table>
 *
 * <p>Numbers from 10,000 up have thousands separators ({@code ,}), counts from 1,000 up. A value that
 * rounds to zero has no sign; a difference ({@link #difference()}) has a plus sign when positive. NaN is
 * {@code n/a}.
 *
 * <p>Three precisions: {@link Precision#LABEL} is the table above; {@link Precision#NARROW} drops the one
 * decimal of shares, scores, points, days and hours ({@code 92%}, {@code +10}) for labels on bars too narrow
 * for more; {@link Precision#AXIS} writes a value with as many digits as it needs (up to six significant,
 * trailing zeros removed, counts from a million in M), so that neighbouring ticks never look the same. Two sets of glyphs: {@link Glyphs#ASCII} for terminals and
 * messages (hyphen-minus, {@code infinity}), {@link Glyphs#TYPESET} for charts (the minus sign U+2212,
 * {@code ∞}). The digits are the same in both, so a table and a chart show the same value alike.
 *
 * <p>The static methods format numbers that are not metric values: parameter values ({@link
 * #parameter}), whole counts in messages ({@link #count}), horizons ({@link #days}) and durations ({@link
 * #duration}). Numbers written to files for programs to read are {@link FileNumbers}' job.
 *
 * <p>As a {@link NumberFormat}, an instance can format the ticks of a JFreeChart axis; it does not parse.
 */
public final class UnitFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    /** The minus sign U+2212, wider and clearer than a hyphen in a chart. */
    public static final String MINUS = "\u2212";

    /** How many digits to show. */
    public enum Precision {
        /** Up to six significant digits, trailing zeros removed: for axis ticks. */
        AXIS,
        /** The rule of each unit (see the class comment): for tables, labels on bars and subtitles. */
        LABEL,
        /** As {@link #LABEL} without its one decimal: for labels on narrow bars. */
        NARROW
    }

    /** How signs and infinities are written. */
    public enum Glyphs {
        /** Hyphen-minus and {@code infinity}: for terminals, messages and files. */
        ASCII,
        /** The minus sign U+2212 and {@code ∞}: for charts. */
        TYPESET
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private static final String[] SUFFIXES = {"", "k", "M", "B", "T"};

    private final MetricUnit unit;
    private final String currency;
    private final boolean difference;
    private final Precision precision;
    private final Glyphs glyphs;

    /**
     * @param unit the unit of the values
     * @param currency the currency symbol written before money ({@link MetricUnit#CURRENCY}), or empty
     * @param difference the values are differences: a plus sign before positive values, shares in
     *     percentage points
     * @param precision how many digits
     * @param glyphs how signs and infinities are written
     */
    public UnitFormat(MetricUnit unit, String currency, boolean difference, Precision precision, Glyphs glyphs) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.currency = currency == null ? "" : currency;
        this.difference = difference;
        this.precision = Objects.requireNonNull(precision, "precision");
        this.glyphs = Objects.requireNonNull(glyphs, "glyphs");
    }

    /** Values of {@code unit} in a terminal or a message, money without its symbol: {@code 85.4k}. */
    public static UnitFormat ascii(MetricUnit unit) {
        return new UnitFormat(unit, "", false, Precision.LABEL, Glyphs.ASCII);
    }

    /** Differences of {@code unit} in a terminal, with their sign: {@code +85.4k}, {@code -4.1 pp}. */
    public static UnitFormat asciiDifference(MetricUnit unit) {
        return new UnitFormat(unit, "", true, Precision.LABEL, Glyphs.ASCII);
    }

    /** Tick labels of a chart axis of {@code unit}. */
    public static UnitFormat axis(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, false, Precision.AXIS, Glyphs.TYPESET);
    }

    /** Tick labels of a chart axis of differences of {@code unit}. */
    public static UnitFormat differenceAxis(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, true, Precision.AXIS, Glyphs.TYPESET);
    }

    /** Labels of values of {@code unit} in a chart. */
    public static UnitFormat label(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, false, Precision.LABEL, Glyphs.TYPESET);
    }

    /** Labels of differences of {@code unit} in a chart, with their sign. */
    public static UnitFormat differenceLabel(MetricUnit unit, String currency) {
        return new UnitFormat(unit, currency, true, Precision.LABEL, Glyphs.TYPESET);
    }

    /** The unit of the values. */
    public MetricUnit unit() {
        return unit;
    }

    /** True when the values are differences. */
    public boolean difference() {
        return difference;
    }

    /** The text of one value. */
    public String text(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return (v < 0 ? minus() : "") + (glyphs == Glyphs.TYPESET ? "\u221e" : "infinity");
        }
        String body = body(Math.abs(v));
        if (isZero(body)) {
            return body;
        }
        if (v < 0) {
            return minus() + body;
        }
        return difference && v > 0 ? "+" + body : body;
    }

    /** A confidence interval, {@code [+60.1k, +110k]}, or empty when either end is NaN. */
    public String interval(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "";
        }
        return "[" + text(low) + ", " + text(high) + "]";
    }

    private String minus() {
        return glyphs == Glyphs.TYPESET ? MINUS : "-";
    }

    private static boolean isZero(String body) {
        return body.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    /** The text of a finite value {@code a >= 0}, without its sign. */
    private String body(double a) {
        BigDecimal d = BigDecimal.valueOf(a);
        boolean axis = precision == Precision.AXIS;
        int decimals = precision == Precision.NARROW ? 0 : 1;
        return switch (unit) {
            case CURRENCY -> currency + (axis ? compact(d, 6) : money(d));
            case COUNT -> axis ? (d.compareTo(MILLION) < 0 ? group(significant(d, 6), 1000) : compact(d, 6)) : count(d);
            case SHARE -> {
                BigDecimal percent = BigDecimal.valueOf(a * 100);
                yield group(axis ? significant(percent, 6) : percent.setScale(decimals, RoundingMode.HALF_UP), 10_000)
                        + (difference ? " pp" : "%");
            }
            case SCORE, POINTS, DAYS, HOURS -> group(
                    axis ? significant(d, 6) : d.setScale(decimals, RoundingMode.HALF_UP), 10_000);
            case RATIO -> group(axis ? significant(d, 6) : ratio(d), 10_000);
        };
    }

    /** Money for a label: whole units below 1,000, then three significant digits and a suffix. */
    private static String money(BigDecimal d) {
        BigDecimal whole = d.setScale(0, RoundingMode.HALF_UP);
        if (whole.compareTo(THOUSAND) < 0) {
            return whole.toPlainString();
        }
        int k = 1;
        BigDecimal scaled = d.movePointLeft(3);
        while (k < SUFFIXES.length - 1 && round(scaled, 3).compareTo(THOUSAND) >= 0) {
            scaled = scaled.movePointLeft(3);
            k++;
        }
        // three significant digits, trailing zeros kept: 2.90M next to 2.91M, 1.00M, 250k
        BigDecimal r = round(scaled, 3);
        int integerDigits = r.precision() - r.scale();
        return r.setScale(Math.max(3 - integerDigits, 0), RoundingMode.HALF_UP).toPlainString() + SUFFIXES[k];
    }

    /** A value with up to {@code digits} significant digits and k, M, B or T, trailing zeros removed. */
    private static String compact(BigDecimal d, int digits) {
        int k = 0;
        BigDecimal scaled = d;
        while (k < SUFFIXES.length - 1 && round(scaled, digits).compareTo(THOUSAND) >= 0) {
            scaled = scaled.movePointLeft(3);
            k++;
        }
        return significant(scaled, digits).toPlainString() + SUFFIXES[k];
    }

    /** A count: whole from 100 up, else up to three significant digits (at most two decimals). */
    private static String count(BigDecimal d) {
        int decimals = d.compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : d.compareTo(BigDecimal.TEN) >= 0 ? 1 : 2;
        return group(strip(d.setScale(decimals, RoundingMode.HALF_UP)), 1000);
    }

    /** A ratio: three significant digits, whole from 100 up, trailing zeros removed. */
    private static BigDecimal ratio(BigDecimal d) {
        BigDecimal r = round(d, 3);
        if (r.compareTo(BigDecimal.valueOf(100)) >= 0) {
            r = r.setScale(0, RoundingMode.HALF_UP);
        }
        return strip(r);
    }

    private static BigDecimal significant(BigDecimal d, int digits) {
        return strip(round(d, digits));
    }

    private static BigDecimal round(BigDecimal d, int digits) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.round(new MathContext(digits, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros after the point, never in scientific notation. */
    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** {@code d} in plain notation, with thousands separators when it is at least {@code from}. */
    private static String group(BigDecimal d, int from) {
        String plain = d.toPlainString();
        if (d.compareTo(BigDecimal.valueOf(from)) < 0) {
            return plain;
        }
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped + (point < 0 ? "" : plain.substring(point));
    }

    /**
     * A parameter value as a person would type it: up to ten significant digits, no trailing zeros, no
     * thousands separators ({@code 0.3}, {@code 36500}, {@code 0.0008}), in scientific notation with three
     * significant digits beyond a trillion or below a millionth ({@code 1.00e+300}), so that a message
     * stays one line; {@code infinity}, {@code -infinity} and {@code NaN} as words.
     */
    public static String parameter(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "infinity" : "-infinity";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e12 || a < 1e-6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v)
                .round(new MathContext(10, RoundingMode.HALF_UP))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A count in a message or table, with thousands separators: {@code 1,095}, {@code 30,000}. */
    public static String count(double v) {
        return ascii(MetricUnit.COUNT).text(v);
    }

    /** A horizon in words: {@code 1,095 days (3 years)}, {@code 60 days}. */
    public static String days(int days) {
        String text = count(days) + (days == 1 ? " day" : " days");
        if (days >= 365 && days % 365 == 0) {
            int years = days / 365;
            text += " (" + years + (years == 1 ? " year)" : " years)");
        }
        return text;
    }

    /** A duration in words: {@code 4.2 s}, {@code 42 s}, {@code 3 min 5 s}, {@code 1 h 2 min}. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds) : s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
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

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitFormat f
                && f.unit == unit
                && f.currency.equals(currency)
                && f.difference == difference
                && f.precision == precision
                && f.glyphs == glyphs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, currency, difference, precision, glyphs);
    }
}

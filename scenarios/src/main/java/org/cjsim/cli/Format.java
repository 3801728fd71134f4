package org.cjsim.cli;

import java.util.Locale;

/** Numbers for people reading a terminal: money as {@code +85.4k}, shares as percentages. */
final class Format {
    private Format() {}

    /** Money with three significant digits and a k, M or B suffix: {@code 850}, {@code 85.4k}, {@code 2.74M}. */
    static String money(double v) {
        return money(v, false);
    }

    /** Money with a sign when {@code signed}: {@code +85.4k}, {@code -1.20M}, {@code 0}. */
    static String money(double v, boolean signed) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String sign = v < 0 ? "-" : signed && v > 0 ? "+" : "";
        double a = Math.abs(v);
        String body;
        if (a < 999.5) {
            body = String.format(Locale.ROOT, "%.0f", a);
        } else if (a < 999_500) {
            body = scaled(a / 1e3) + "k";
        } else if (a < 999_500_000) {
            body = scaled(a / 1e6) + "M";
        } else {
            body = scaled(a / 1e9) + "B";
        }
        return body.equals("0") ? "0" : sign + body;
    }

    /** Three significant digits of a value in [1, 1000). */
    private static String scaled(double v) {
        if (v < 9.995) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (v < 99.95) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** A confidence interval of money: {@code [+60.1k, +110k]}. */
    static String moneyInterval(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "";
        }
        return "[" + money(low, true) + ", " + money(high, true) + "]";
    }

    /** A share in [0, 1] as a percentage: {@code 84.3%}. */
    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A difference of shares in percentage points: {@code +4.1 pp}. */
    static String points(double shareDifference) {
        return Double.isNaN(shareDifference)
                ? "n/a"
                : String.format(Locale.ROOT, "%+.1f pp", shareDifference * 100)
                        .replace("+0.0 pp", "0.0 pp")
                        .replace("-0.0 pp", "0.0 pp");
    }

    /** A number with one decimal, signed when {@code signed}: {@code +18.2}. */
    static String decimal(double v, boolean signed) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, signed ? "%+.1f" : "%.1f", v);
        return s.equals("+0.0") || s.equals("-0.0") ? "0.0" : s;
    }

    /** A whole number with thousands separators: {@code 1,095}. */
    static String count(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
    }

    /**
     * A number as given in a message: plain ({@code 0.3}, {@code 36500}) unless very large or very small
     * ({@code 1.00e+300}), so that a message stays one line.
     */
    static String number(double v) {
        double a = Math.abs(v);
        if (Double.isFinite(v) && a != 0 && (a >= 1e12 || a < 1e-6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return org.cjsim.params.Params.format(v);
    }

    /** {@code text} cut to {@code width} characters, ending with {@code ~} when cut. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }

    /** A duration in words: {@code 42 s}, {@code 3 min 5 s}, {@code 1 h 2 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds) : s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    /** A horizon in words: {@code 1,095 days (3 years)}. */
    static String days(int days) {
        String text = count(days) + (days == 1 ? " day" : " days");
        if (days >= 365 && days % 365 == 0) {
            int years = days / 365;
            text += " (" + years + (years == 1 ? " year)" : " years)");
        }
        return text;
    }
}

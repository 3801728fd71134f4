package org.cjsim.charts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a reader puts on charts in place of the charts' own (the command line's {@code --title}, {@code
 * --subtitle} and {@code --footer}): the title, the subtitle line under it and the source line at the
 * bottom right. Each applies to every chart drawn with the {@link ChartContext} that carries it.
 *
 * <p>Each text is one of: {@code null}, the chart's own; empty (or blank), no such line; or one line of
 * text, in which a placeholder stands for the chart's own words: {@code {title}} in the title, {@code
 * {subtitle}} in the subtitle, {@code {footer}} in the footer, e.g. {@code "Acme: {title}"} or {@code
 * "Prepared for Acme · {footer}"}. The footnote naming changed scenarios ({@link ChartContext#footnote()})
 * stays whatever the footer says: it tells the reader what the numbers are.
 *
 * @param title the title, at most {@link #MAX_TITLE} characters
 * @param subtitle the subtitle line, at most {@link #MAX_LINE} characters
 * @param footer the source line, at most {@link #MAX_LINE} characters
 */
public record ChartText(String title, String subtitle, String footer) {
    /** The longest title, in characters: two lines on a 16:9 chart. */
    public static final int MAX_TITLE = 100;

    /** The longest subtitle or footer, in characters. */
    public static final int MAX_LINE = 200;

    /** The charts' own words everywhere. */
    public static final ChartText OWN = new ChartText(null, null, null);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_-]*\\}");

    /**
     * @throws IllegalArgumentException starting with the field's name ({@code title}, {@code subtitle},
     *     {@code footer}) if a text has a line break or another control character, is too long or has an
     *     unknown placeholder
     */
    public ChartText {
        title = check("title", title, MAX_TITLE);
        subtitle = check("subtitle", subtitle, MAX_LINE);
        footer = check("footer", footer, MAX_LINE);
    }

    /** The title to show instead of {@code own}: null for none. */
    public String title(String own) {
        return resolve(title, "title", own);
    }

    /** The subtitle to show instead of {@code own}: null for none. */
    public String subtitle(String own) {
        return resolve(subtitle, "subtitle", own);
    }

    /** The source line to show instead of {@code own}: null for none. */
    public String footer(String own) {
        return resolve(footer, "footer", own);
    }

    private static String resolve(String text, String name, String own) {
        String shown = text == null
                ? own
                : text.replace("{" + name + "}", own == null ? "" : own).strip();
        return shown == null || shown.isBlank() ? null : shown;
    }

    private static String check(String name, String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                String what = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'
                        ? "a line break"
                        : c == '\t' ? "a tab" : String.format(Locale.ROOT, "the control character U+%04X", (int) c);
                throw new IllegalArgumentException(
                        name + " must be one line of text, but it has " + what + " at character " + (i + 1));
            }
        }
        int length = t.codePointCount(0, t.length());
        if (length > max) {
            throw new IllegalArgumentException(
                    name + " may have at most " + max + " characters, got " + length + ": shorten it");
        }
        Matcher m = PLACEHOLDER.matcher(t);
        while (m.find()) {
            if (!m.group().equals("{" + name + "}")) {
                throw new IllegalArgumentException(name + " has the unknown placeholder " + m.group()
                        + ": the one placeholder of the " + name + " is {" + name + "}, the chart's own " + name);
            }
        }
        return t;
    }
}

package org.cjsim.charts;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colours of every chart: the Okabe-Ito palette, safe for the common forms of colour blindness (Okabe
 * &amp; Ito 2008, "Color Universal Design"), with one fixed colour per built-in strategy, so that a
 * strategy looks the same in every chart of every run.
 *
 * The reference strategy {@code baseline} is neutral grey; the eight Okabe-Ito colours go to the other
 * eight built-in strategies.
 *
 * <p>Other names (user scenarios, sweep points) get the {@link #EXTRA} colours (Paul Tol's "muted"
 * scheme, also colour-blind safe, in an order that keeps neighbours apart) in the order they first appear
 * in the list given to {@link #of(List)}, cycling when there are more names than colours.
 */
public final class Palette {
    /** Okabe-Ito black. */
    public static final Color BLACK = new Color(0x000000);
    /** Okabe-Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe-Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe-Ito bluish green. */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Okabe-Ito yellow. */
    public static final Color YELLOW = new Color(0xF0E442);
    /** Okabe-Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe-Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe-Ito reddish purple. */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** A neutral grey: the reference strategy (outside Okabe-Ito's eight, which go to the other eight). */
    public static final Color GREY = new Color(0x7A7A7A);
    /** Light grey for passives. */
    public static final Color LIGHT_GREY = new Color(0xBDBDBD);
    /** Dark grey for text, whiskers and totals. */
    public static final Color DARK_GREY = new Color(0x3C3C3C);
    /** Light grey for gridlines. */
    public static final Color GRID = new Color(0xE3E3E3);

    /** Effects that raise profit (bridge) or good outcomes (promoters). */
    public static final Color POSITIVE = BLUISH_GREEN;
    /** Effects that lower profit (bridge) or bad outcomes (detractors). */
    public static final Color NEGATIVE = VERMILLION;

    /** The fixed colour of each built-in strategy. */
    public static final Map<String, Color> STRATEGIES = builtIns();

    /** Colours for names that are not built-in strategies, in the order they are handed out. */
    public static final List<Color> EXTRA = List.of(
            new Color(0x332288), // indigo
            new Color(0x999933), // olive
            new Color(0xAA4499), // purple
            new Color(0x44AA99), // teal
            new Color(0x882255), // wine
            new Color(0xDDCC77), // sand
            new Color(0x88CCEE), // cyan
            new Color(0xCC6677), // rose
            new Color(0x117733)); // green

    private final Map<String, Color> colours;

    private Palette(Map<String, Color> colours) {
        this.colours = colours;
    }

    private static Map<String, Color> builtIns() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("baseline", GREY);
        m.put("cost-cutter", VERMILLION);
        m.put("resolve-fast", SKY_BLUE);
        m.put("empowered", BLUISH_GREEN);
        m.put("honest", BLUE);
        m.put("overpromise", ORANGE);
        m.put("refund-everything", REDDISH_PURPLE);
        m.put("prevention-first", YELLOW);
        m.put("delight", BLACK);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The colours of {@code names}: built-in strategies keep their fixed colour (matched ignoring case, and
     * also when changed with {@code --set}, which marks the name with a trailing {@code *}, unless the colour
     * is taken already), other names get the extra colours in the order they appear.
     */
    public static Palette of(List<String> names) {
        Map<String, Color> m = new LinkedHashMap<>();
        int next = 0;
        for (String name : names) {
            if (m.containsKey(name)) {
                continue;
            }
            Color fixed = builtIn(name);
            if (fixed != null && !m.containsValue(fixed)) {
                m.put(name, fixed);
            } else {
                m.put(name, EXTRA.get(next++ % EXTRA.size()));
            }
        }
        return new Palette(m);
    }

    /** The colour of {@code name}; a name not given to {@link #of(List)} gets the colour of its hash. */
    public Color colour(String name) {
        Color c = colours.get(name);
        if (c != null) {
            return c;
        }
        Color fixed = builtIn(name);
        return fixed != null ? fixed : EXTRA.get(Math.floorMod(name.hashCode(), EXTRA.size()));
    }

    /** The fixed colour of a built-in strategy's name, with or without the {@code *} of a changed one; or null. */
    private static Color builtIn(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        while (key.endsWith("*")) {
            key = key.substring(0, key.length() - 1);
        }
        return STRATEGIES.get(key);
    }

    /** A colour dark enough for lines and text on white: yellow and sand are darkened, others unchanged. */
    public static Color forLine(Color c) {
        double luminance = luminance(c);
        if (luminance < 0.6) {
            return c;
        }
        float f = (float) (0.6 / luminance);
        return new Color(Math.round(c.getRed() * f), Math.round(c.getGreen() * f), Math.round(c.getBlue() * f));
    }

    /** Relative luminance in [0, 1] (ITU-R BT.709 weights on sRGB values, no gamma: good enough to pick text colour). */
    public static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        return luminance(background) > 0.55 ? BLACK : Color.WHITE;
    }
}

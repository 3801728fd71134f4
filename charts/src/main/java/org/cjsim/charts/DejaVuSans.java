package org.cjsim.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The charts' font, DejaVu Sans in its plain and bold faces, as it comes with cjsim (the TrueType files of
 * the {@code jasperreports-fonts} artifact, under DejaVu's free licence, which travels with them as {@code
 * net/sf/jasperreports/fonts/dejavu/LICENSE}): every chart is drawn with the same font on every machine,
 * whether DejaVu is installed or not, and a PDF chart embeds it ({@link ChartWriter#writePdf}).
 *
 * <p>The faces are also registered with the local graphics environment, so that {@code new Font("DejaVu
 * Sans", ...)} finds them where DejaVu is not installed.
 */
public final class DejaVuSans {
    /** The family name. */
    public static final String FAMILY = "DejaVu Sans";

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] PLAIN_TTF = read("DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = read("DejaVuSans-Bold.ttf");
    private static final Font PLAIN = create(PLAIN_TTF);
    private static final Font BOLD = create(BOLD_TTF);

    static {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        environment.registerFont(PLAIN);
        environment.registerFont(BOLD);
    }

    private DejaVuSans() {}

    /** The face of {@code style} ({@link Font#BOLD} or anything else for plain) at {@code size} points. */
    public static Font font(int style, float size) {
        // the style is kept as asked (SVG writes it as font-weight); a bold face asked for bold is not emboldened
        return (style & Font.BOLD) != 0 ? BOLD.deriveFont(Font.BOLD, size) : PLAIN.deriveFont(Font.PLAIN, size);
    }

    /** The TrueType file of the face of {@code style} ({@link Font#BOLD}, or plain), as a new stream. */
    public static InputStream trueType(int style) {
        return new ByteArrayInputStream((style & Font.BOLD) != 0 ? BOLD_TTF : PLAIN_TTF);
    }

    private static byte[] read(String name) {
        try (InputStream in = DejaVuSans.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the charts' font " + name + " is missing from the class path"
                        + " (it comes with the jasperreports-fonts jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the charts' font " + name, e);
        }
    }

    private static Font create(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the charts' font is damaged: " + e.getMessage(), e);
        }
    }
}

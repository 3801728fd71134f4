package org.cjsim.charts;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.cjsim.Version;
import org.cjsim.format.UnitFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.StandardFontFunction;

/**
 * Writes a chart to PNG, SVG and PDF, headless. Every chart is laid out on a canvas with the aspect ratio
 * asked for whose shorter side (relative to 16:9) matches 1920x1080, then scaled uniformly to the size
 * asked for: the same chart at 960x540 looks like the 1920x1080 one, half as large.
 *
 * <p>Every file is written whole or not at all: to a temporary file in the same folder ({@code
 * NAME.PID-N.part}, unique to this process), which then replaces the target in one move. A kill or a full
 * disk leaves the previous file (or none), never a part of one; a target that is a symbolic link is
 * replaced by the new file, not followed. Images are encoded in memory, without ImageIO's cache files in
 * the system's temporary folder.
 */
public final class ChartWriter {
    /** The font list of SVG text drawn in DejaVu Sans, for viewers that do not have it. */
    public static final String SVG_FONTS = "\"DejaVu Sans\", Verdana, \"Bitstream Vera Sans\", Arial, sans-serif";

    /** Suffix of temporary files; an interrupted write may leave one, which {@code --resume} removes. */
    public static final String TEMP_SUFFIX = ".part";

    /** The file name extensions {@link #writeImage} knows: PNG, and JPEG as {@code jpg} or {@code jpeg}. */
    public static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg");

    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ChartWriter() {}

    /**
     * Writes {@code chart} as {@code dir/baseName.ext} in each format of {@code options}, creating {@code
     * dir} if needed, and returns the files in format order (png, svg, pdf).
     */
    public static List<Path> write(JFreeChart chart, Path dir, String baseName, ChartOptions options)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (ChartFormat format : ChartFormat.values()) {
            if (!options.formats().contains(format)) {
                continue;
            }
            Path file = dir.resolve(baseName + "." + format.label());
            switch (format) {
                case PNG -> writePng(chart, file, options);
                case SVG -> writeSvg(chart, file, options);
                case PDF -> writePdf(chart, file, options);
            }
            files.add(file);
        }
        return files;
    }

    /** The layout canvas for a target of {@code width} x {@code height}: the target divided by the layout scale. */
    static Rectangle2D canvas(int width, int height) {
        double s = layoutScale(width, height);
        return new Rectangle2D.Double(0, 0, width / s, height / s);
    }

    /** How much smaller than the 1920x1080 design the target is: the smaller of the two ratios. */
    static double layoutScale(int width, int height) {
        return Math.min(width / (double) ChartOptions.DEFAULT_WIDTH, height / (double) ChartOptions.DEFAULT_HEIGHT);
    }

    /** The chart as an image of {@code options.pixelWidth()} x {@code options.pixelHeight()} pixels. */
    public static BufferedImage image(JFreeChart chart, ChartOptions options) {
        int pw = options.pixelWidth();
        int ph = options.pixelHeight();
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Rectangle2D canvas = canvas(options.width(), options.height());
            g2.scale(pw / canvas.getWidth(), ph / canvas.getHeight());
            chart.draw(g2, canvas);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Writes a PNG of {@code options.pixelWidth()} x {@code options.pixelHeight()} pixels. */
    public static void writePng(JFreeChart chart, Path file, ChartOptions options) throws IOException {
        BufferedImage image = image(chart, options);
        writeAtomically(file, out -> encode(image, "png", out));
    }

    /**
     * Writes {@code image} in the format its name says ({@link #IMAGE_EXTENSIONS}: PNG, or JPEG for {@code
     * .jpg} and {@code .jpeg}), whole or not at all. A JPEG has no transparency: give an image without alpha,
     * such as {@link BufferedImage#TYPE_INT_RGB}.
     *
     * @throws IllegalArgumentException if the name has another extension (the message lists the allowed ones)
     */
    public static void writeImage(BufferedImage image, Path file) throws IOException {
        String format = imageFormat(file);
        writeAtomically(file, out -> encode(image, format, out));
    }

    /**
     * The ImageIO format of an image file by its extension, ignoring case: {@code png} or {@code jpeg}.
     *
     * @throws IllegalArgumentException naming the file and the allowed extensions, for any other name
     */
    public static String imageFormat(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!IMAGE_EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("cannot tell the image format of " + file + ": give a name ending in ."
                    + String.join(", .", IMAGE_EXTENSIONS));
        }
        return ext.equals("png") ? "png" : "jpeg";
    }

    /** Encodes {@code image} as {@code format} into {@code out}, buffering in memory, not in a cache file. */
    private static void encode(BufferedImage image, String format, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("this Java has no " + format.toUpperCase(Locale.ROOT) + " writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Writes {@code content} to {@code target} through a temporary file in the same folder, unique to this
     * process and call, forced to the disk and then moved over {@code target} in one step. On any failure the
     * temporary file is removed and {@code target} is left as it was.
     */
    static void writeAtomically(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + TEMP_COUNTER.incrementAndGet() + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes an SVG of {@code options.width()} x {@code options.height()} pixels, text kept as text in
     * DejaVu Sans or, on a machine without it, a similar sans-serif font ({@link #SVG_FONTS}).
     */
    public static void writeSvg(JFreeChart chart, Path file, ChartOptions options) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(options.width(), options.height());
        StandardFontFunction fonts = new StandardFontFunction();
        fonts.put("DejaVu Sans", SVG_FONTS);
        g2.setFontFunction(fonts);
        Rectangle2D canvas = canvas(options.width(), options.height());
        double s = layoutScale(options.width(), options.height());
        g2.scale(s, s);
        chart.draw(g2, canvas);
        byte[] svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        writeAtomically(file, out -> out.write(svg));
    }

    /**
     * Writes a one-page PDF of {@code options.width()} x {@code options.height()} points. Text is drawn as
     * vector outlines: OrsonPDF's text mode uses the base-14 fonts without embedding, which turns every
     * character outside ASCII (minus sign, currency symbols, accents) into "?".
     */
    public static void writePdf(JFreeChart chart, Path file, ChartOptions options) throws IOException {
        PDFDocument doc = new PDFDocument();
        if (chart.getTitle() != null) {
            doc.setTitle(ascii(chart.getTitle().getText()));
        }
        doc.setAuthor("cjsim " + Version.get());
        Page page = doc.createPage(new Rectangle2D.Double(0, 0, options.width(), options.height()));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        double s = layoutScale(options.width(), options.height());
        g2.scale(s, s);
        chart.draw(g2, canvas(options.width(), options.height()));
        byte[] pdf = doc.getPDFBytes();
        writeAtomically(file, out -> out.write(pdf));
    }

    /**
     * {@code text} in ASCII for the PDF's document information, which OrsonPDF writes as ASCII: accents
     * dropped, the minus sign as a hyphen, the euro and pound signs as EUR and GBP, anything else left out.
     */
    static String ascii(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace(UnitFormat.MINUS, "-")
                .replace("\u20ac", "EUR")
                .replace("\u00a3", "GBP")
                .replace("\u2192", "->");
        return s.replaceAll("[^\\x20-\\x7e]", "");
    }
}

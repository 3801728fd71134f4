package org.cjsim.charts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cjsim.Version;
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
     * Writes a one-page PDF of {@code options.width()} x {@code options.height()} points whose text is text,
     * in DejaVu Sans embedded in the file (the glyphs used, {@link DejaVuSans}): it can be searched, copied
     * and edited, and shows minus signs, currency symbols and accents. Characters the font lacks, and text
     * drawn right to left, are drawn as outlines instead. The document's title is the chart's title; its
     * creator names the cjsim version. The same chart gives the same bytes.
     */
    public static void writePdf(JFreeChart chart, Path file, ChartOptions options) throws IOException {
        byte[] pdf;
        List<TrueTypeFont> fonts = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(options.width(), options.height()));
            doc.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, (float) options.width(), (float) options.height());
            try (PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer()) {
                for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
                    TrueTypeFont ttf;
                    try (InputStream in = DejaVuSans.trueType(style)) {
                        ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    }
                    fonts.add(ttf);
                    // no glyph substitution: "fi" stays two letters, as in the PNG and SVG, and copies as "fi"
                    ttf.setEnableGsub(false);
                    text.registerFont(DejaVuSans.font(style, 1).getFontName(), PDType0Font.load(doc, ttf, true));
                }
                g2.setFontTextDrawer(text);
                double s = layoutScale(options.width(), options.height());
                g2.scale(s, s);
                chart.draw(g2, canvas(options.width(), options.height()));
            } finally {
                g2.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g2.getXFormObject());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            if (chart.getTitle() != null && !chart.getTitle().getText().isBlank()) {
                info.setTitle(chart.getTitle().getText());
            }
            info.setCreator("cjsim " + Version.label());
            // the file identifier from the content alone, not from the clock: the same chart, the same bytes
            doc.setDocumentId(0L);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            pdf = bytes.toByteArray();
        } finally {
            for (TrueTypeFont ttf : fonts) {
                ttf.close();
            }
        }
        writeAtomically(file, out -> out.write(pdf));
    }
}

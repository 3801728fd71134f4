package org.cjsim.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.cjsim.charts.Palette;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;

/**
 * Writes a {@link Report} as a PowerPoint deck (Office Open XML, {@code .pptx}) with Apache POI: 16:9, white,
 * one sans-serif font, text in real text boxes and tables, charts with {@link ChartData} as native charts
 * with their data embedded (editable in PowerPoint), others as high-resolution pictures, and each slide's
 * numbers in its speaker notes.
 *
 * <p>A section is one slide: its blocks stacked under its title, a chart taking the height left. A table
 * too long for one slide is continued on the next ones, under the same title marked "(continued)".
 */
public final class DeckWriter {
    /** Slide width in points (13.33 inches: 16:9). */
    static final double WIDTH = 960;
    /** Slide height in points (7.5 inches). */
    static final double HEIGHT = 540;

    /** The font of every text: a sans serif every PowerPoint and LibreOffice has (or a metric twin of). */
    static final String FONT = "Arial";

    private static final double MARGIN = 44;
    private static final double TITLE_TOP = 24;
    private static final double TITLE_HEIGHT = 56;
    private static final double BODY_TOP = 96;
    private static final double FOOTER_TOP = HEIGHT - 30;
    private static final double BODY_BOTTOM = FOOTER_TOP - 8;
    private static final double GAP = 10;

    private static final double TITLE_SIZE = 26;
    private static final double HEADLINE_SIZE = 20;
    private static final double BULLET_SIZE = 15;
    private static final double CAPTION_SIZE = 11;
    private static final double FOOTER_SIZE = 10;
    /** Smallest text of a table cell. */
    private static final double MIN_TABLE_SIZE = 10;

    /** Pixels per point of chart pictures: 2.5, about 180 dots per inch on the slide. */
    private static final double PICTURE_SCALE = 2.5;

    private static final Color TEXT = Palette.DARK_GREY;
    private static final Color ACCENT = Palette.BLUE;
    private static final Color HEADER_FILL = new Color(0xEEF3F8);

    static {
        // POI logs through the Log4j API; without a Log4j implementation on the class path the API complains
        // on the console once. Its simple logger, switched off, keeps the command's output clean.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty(
                    "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    private DeckWriter() {}

    /** Writes {@code report} as a deck into {@code out}. */
    public static void write(Report report, OutputStream out) throws IOException {
        try (XMLSlideShow deck = create(report)) {
            deck.write(out);
        }
    }

    /** The deck of {@code report}, for writing or for looking into. */
    public static XMLSlideShow create(Report report) {
        XMLSlideShow deck = new XMLSlideShow();
        deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
        titleSlide(deck, report);
        for (Section section : report.deckSections()) {
            section(deck, report, section);
        }
        return deck;
    }

    // ---------------------------------------------------------------- slides

    private static void titleSlide(XMLSlideShow deck, Report report) {
        XSLFSlide slide = deck.createSlide();
        XSLFTextBox band = slide.createTextBox();
        band.setAnchor(new Rectangle2D.Double(0, 0, 18, HEIGHT));
        band.setFillColor(ACCENT);
        XSLFTextBox title = text(slide, new Rectangle2D.Double(MARGIN + 20, 150, WIDTH - 2 * MARGIN - 40, 130));
        title.setVerticalAlignment(VerticalAlignment.BOTTOM);
        run(title.addNewTextParagraph(), report.title(), 40, true, Color.BLACK);
        XSLFTextBox sub = text(slide, new Rectangle2D.Double(MARGIN + 20, 300, WIDTH - 2 * MARGIN - 40, 150));
        List<String> notes = new ArrayList<>();
        notes.add(report.title());
        if (!report.client().isEmpty()) {
            paragraph(sub, report.client(), 24, true, ACCENT, 0);
            notes.add("For " + report.client());
        }
        if (!report.about().isEmpty()) {
            paragraph(sub, report.about(), 16, false, TEXT, 6);
            notes.add(report.about());
        }
        if (!report.date().isEmpty()) {
            paragraph(sub, report.date(), 16, false, TEXT, 6);
            notes.add(report.date());
        }
        footer(slide, report, 1);
        notes(deck, slide, String.join("\n", notes));
    }

    private static void section(XMLSlideShow deck, Report report, Section section) {
        List<Block> blocks = section.blocks();
        XSLFSlide slide = newSlide(deck, report, section.title());
        double y = BODY_TOP;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            double left = BODY_BOTTOM - y;
            boolean last = i == blocks.size() - 1;
            if (block instanceof Block.Headline h) {
                y += headline(slide, h, y) + GAP;
            } else if (block instanceof Block.Bullets b) {
                y += bullets(slide, b, y) + GAP;
            } else if (block instanceof Block.Chart c) {
                double height = last ? left : Math.max(left * 0.75, 200);
                chart(deck, slide, c, y, height);
                y += height + GAP;
            } else if (block instanceof Block.Table t) {
                List<List<List<String>>> pages = pages(t, left, BODY_BOTTOM - BODY_TOP);
                for (int p = 0; p < pages.size(); p++) {
                    if (p > 0) {
                        notes(deck, slide, section.notes());
                        slide = newSlide(deck, report, section.title() + " (continued)");
                        y = BODY_TOP;
                    }
                    y += table(slide, t, pages.get(p), y) + GAP;
                }
            }
        }
        notes(deck, slide, section.notes());
    }

    private static XSLFSlide newSlide(XMLSlideShow deck, Report report, String title) {
        XSLFSlide slide = deck.createSlide();
        XSLFTextBox box = text(slide, new Rectangle2D.Double(MARGIN, TITLE_TOP, WIDTH - 2 * MARGIN, TITLE_HEIGHT));
        box.setVerticalAlignment(VerticalAlignment.BOTTOM);
        double size = lines(title, TITLE_SIZE, WIDTH - 2 * MARGIN) > 1 ? TITLE_SIZE - 6 : TITLE_SIZE;
        run(box.addNewTextParagraph(), title, size, true, Color.BLACK);
        XSLFTextBox rule = slide.createTextBox();
        rule.setAnchor(new Rectangle2D.Double(MARGIN, TITLE_TOP + TITLE_HEIGHT + 6, 64, 3));
        rule.setFillColor(ACCENT);
        footer(slide, report, deck.getSlides().size());
        return slide;
    }

    private static void footer(XSLFSlide slide, Report report, int number) {
        XSLFTextBox left = text(slide, new Rectangle2D.Double(MARGIN, FOOTER_TOP, WIDTH - 2 * MARGIN - 60, 20));
        String text = report.client().isEmpty() ? report.footer() : report.client() + "  ·  " + report.footer();
        run(left.addNewTextParagraph(), text, FOOTER_SIZE, false, Palette.GREY);
        XSLFTextBox right = text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 60, FOOTER_TOP, 60, 20));
        XSLFTextParagraph p = right.addNewTextParagraph();
        p.setTextAlign(TextAlign.RIGHT);
        run(p, String.valueOf(number), FOOTER_SIZE, false, Palette.GREY);
    }

    private static double headline(XSLFSlide slide, Block.Headline h, double y) {
        double width = WIDTH - 2 * MARGIN - 16;
        double height = lines(h.text(), HEADLINE_SIZE, width) * HEADLINE_SIZE * 1.25 + 16;
        XSLFTextBox bar = slide.createTextBox();
        bar.setAnchor(new Rectangle2D.Double(MARGIN, y, 5, height));
        bar.setFillColor(ACCENT);
        XSLFTextBox box = text(slide, new Rectangle2D.Double(MARGIN + 16, y, width, height));
        box.setVerticalAlignment(VerticalAlignment.MIDDLE);
        run(box.addNewTextParagraph(), h.text(), HEADLINE_SIZE, false, Color.BLACK);
        return height;
    }

    private static double bullets(XSLFSlide slide, Block.Bullets b, double y) {
        double width = WIDTH - 2 * MARGIN;
        double height = 8;
        for (String item : b.items()) {
            height += lines(item, BULLET_SIZE, width - 24) * BULLET_SIZE * 1.2 + BULLET_SIZE * 0.5;
        }
        XSLFTextBox box = text(slide, new Rectangle2D.Double(MARGIN, y, width, height));
        for (String item : b.items()) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setBullet(true);
            p.setBulletCharacter("•");
            p.setBulletFontColor(ACCENT);
            p.setLeftMargin(20.0);
            p.setIndent(-20.0);
            p.setSpaceBefore(-BULLET_SIZE * 0.5);
            run(p, item, BULLET_SIZE, false, TEXT);
        }
        return height;
    }

    // ---------------------------------------------------------------- tables

    /** The font size of a table's cells: smaller for wide tables. */
    private static double tableSize(Block.Table t) {
        int columns = t.header().size();
        return columns <= 5 ? 13 : columns <= 7 ? 12 : columns <= 9 ? 11 : MIN_TABLE_SIZE;
    }

    /** The widths of the columns, in points: shares of the body's width by the length of their text. */
    private static double[] columnWidths(Block.Table t) {
        int n = t.header().size();
        double[] want = new double[n];
        for (int c = 0; c < n; c++) {
            double longest = longestWord(t.header().get(c)) + 2;
            double total = t.header().get(c).length() * 0.6;
            for (List<String> row : t.rows()) {
                total = Math.max(total, row.get(c).length());
                longest = Math.max(longest, longestWord(row.get(c)));
            }
            // long text wraps: ask for its longest word, up to 28 characters of width
            want[c] = Math.max(longest, Math.min(total, 28)) + 2;
        }
        double sum = 0;
        for (double w : want) {
            sum += w;
        }
        double[] widths = new double[n];
        for (int c = 0; c < n; c++) {
            widths[c] = (WIDTH - 2 * MARGIN) * want[c] / sum;
        }
        return widths;
    }

    private static int longestWord(String s) {
        int longest = 0;
        for (String w : s.split("\\s+")) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }

    private static double rowHeight(List<String> row, double[] widths, double size) {
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
            lines = Math.max(lines, lines(row.get(c), size, widths[c] - 10));
        }
        return lines * size * 1.2 + 8;
    }

    /** The rows of {@code t} in pages: the first fits in {@code first} points, the others in {@code next}. */
    private static List<List<List<String>>> pages(Block.Table t, double first, double next) {
        double[] widths = columnWidths(t);
        double size = tableSize(t);
        double header = rowHeight(t.header(), widths, size);
        double caption = t.caption().isEmpty()
                ? 0
                : lines(t.caption(), CAPTION_SIZE, WIDTH - 2 * MARGIN) * CAPTION_SIZE * 1.25 + 6;
        List<List<List<String>>> pages = new ArrayList<>();
        List<List<String>> page = new ArrayList<>();
        double room = first - header - caption;
        for (List<String> row : t.rows()) {
            double h = rowHeight(row, widths, size);
            if (h > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                room = next - header - caption;
            }
            page.add(row);
            room -= h;
        }
        pages.add(page);
        return balanced(pages);
    }

    /**
     * The same rows in as many pages, spread evenly over the pages after the first (a last page of two rows
     * looks like a mistake): the first page keeps its rows, the others share theirs.
     */
    private static List<List<List<String>>> balanced(List<List<List<String>>> pages) {
        if (pages.size() < 3) {
            return pages;
        }
        List<List<String>> rest = new ArrayList<>();
        for (int p = 1; p < pages.size(); p++) {
            rest.addAll(pages.get(p));
        }
        int count = pages.size() - 1;
        List<List<List<String>>> result = new ArrayList<>();
        result.add(pages.get(0));
        int from = 0;
        for (int p = 0; p < count; p++) {
            int to = (int) Math.round((double) rest.size() * (p + 1) / count);
            result.add(new ArrayList<>(rest.subList(from, to)));
            from = to;
        }
        return result;
    }

    private static double table(XSLFSlide slide, Block.Table t, List<List<String>> rows, double y) {
        double[] widths = columnWidths(t);
        double size = tableSize(t);
        XSLFTable table = slide.createTable();
        boolean[] numeric = new boolean[widths.length];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = t.numeric(c);
        }
        double height = 0;
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            XSLFTableRow row = table.addRow();
            double h = rowHeight(all.get(r), widths, size);
            row.setHeight(h);
            height += h;
            for (int c = 0; c < widths.length; c++) {
                XSLFTableCell cell = row.addCell();
                cell.setInsets(new Insets2D(4, 5, 4, 5));
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                cell.setWordWrap(true);
                XSLFTextParagraph p = cell.addNewTextParagraph();
                p.setTextAlign(numeric[c] ? TextAlign.RIGHT : TextAlign.LEFT);
                run(p, all.get(r).get(c), size, r == 0, r == 0 ? Color.BLACK : TEXT);
                if (r == 0) {
                    cell.setFillColor(HEADER_FILL);
                }
                cell.setBorderColor(BorderEdge.bottom, r == 0 ? Palette.GREY : Palette.GRID);
                cell.setBorderWidth(BorderEdge.bottom, r == 0 ? 1.5 : 0.75);
            }
        }
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        table.setAnchor(new Rectangle2D.Double(MARGIN, y, WIDTH - 2 * MARGIN, height));
        if (!t.caption().isEmpty()) {
            double ch = lines(t.caption(), CAPTION_SIZE, WIDTH - 2 * MARGIN) * CAPTION_SIZE * 1.25 + 4;
            XSLFTextBox box = text(slide, new Rectangle2D.Double(MARGIN, y + height + 4, WIDTH - 2 * MARGIN, ch));
            run(box.addNewTextParagraph(), t.caption(), CAPTION_SIZE, false, Palette.GREY);
            height += ch + 4;
        }
        return height;
    }

    // ---------------------------------------------------------------- charts

    private static void chart(XMLSlideShow deck, XSLFSlide slide, Block.Chart c, double y, double height) {
        Rectangle2D area = new Rectangle2D.Double(MARGIN, y, WIDTH - 2 * MARGIN, height);
        if (c.data() != null) {
            nativeChart(deck, slide, c.data(), area);
        } else {
            byte[] png = ChartDrawing.png(c.chart(), area.getWidth(), area.getHeight(), PICTURE_SCALE);
            XSLFPictureData data = deck.addPicture(png, PictureData.PictureType.PNG);
            XSLFPictureShape picture = slide.createPicture(data);
            picture.setAnchor(area);
        }
    }

    private static void nativeChart(XMLSlideShow deck, XSLFSlide slide, ChartData data, Rectangle2D area) {
        XSLFChart chart = deck.createChart();
        // the anchor of a chart's frame is in EMU, not points
        slide.addChart(
                chart,
                new Rectangle2D.Double(
                        Units.toEMU(area.getX()),
                        Units.toEMU(area.getY()),
                        Units.toEMU(area.getWidth()),
                        Units.toEMU(area.getHeight())));
        boolean bars = data.kind() == ChartData.Kind.BAR;
        XDDFCategoryAxis categories = chart.createCategoryAxis(bars ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(bars ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        // bars run down from the first category at the top: their value axis goes under the last one
        values.setCrosses(bars ? AxisCrosses.MAX : AxisCrosses.AUTO_ZERO);
        values.setNumberFormat(data.numberFormat());
        values.getOrAddMajorGridProperties().setLineProperties(line(Palette.GRID, 0.75, false));
        categories.setTickLabelPosition(AxisTickLabelPosition.LOW);
        if (bars) {
            // first category at the top, as in a table
            categories.setOrientation(AxisOrientation.MAX_MIN);
        }
        if (!data.categoryTitle().isEmpty()) {
            categories.setTitle(data.categoryTitle());
        }
        if (!data.valueTitle().isEmpty()) {
            values.setTitle(data.valueTitle());
        }
        categories.getOrAddTextProperties().setFontSize(12.0);
        values.getOrAddTextProperties().setFontSize(12.0);
        int n = data.categories().size();
        bounds(values, data);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(
                data.categories().toArray(new String[0]), chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFChartData plot = chart.createData(bars ? ChartTypes.BAR : ChartTypes.LINE, categories, values);
        plot.setVaryColors(false);
        if (plot instanceof XDDFBarChartData b) {
            b.setBarDirection(BarDirection.BAR);
            b.setGapWidth(60);
        }
        for (int s = 0; s < data.series().size(); s++) {
            ChartData.Series series = data.series().get(s);
            Double[] v = new Double[n];
            for (int k = 0; k < n; k++) {
                v[k] = Double.isNaN(series.values()[k]) ? null : series.values()[k];
            }
            XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromArray(
                    v, chart.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
            XDDFChartData.Series added = plot.addSeries(cats, nums);
            added.setTitle(series.name(), chart.setSheetTitle(series.name(), s + 1));
            if (added instanceof XDDFBarChartData.Series bs) {
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setFillProperties(fill(series.colour()));
                bs.setShapeProperties(shape);
                for (int k = 0; k < series.pointColours().size(); k++) {
                    bs.getDataPoint(k)
                            .setFillProperties(fill(series.pointColours().get(k)));
                }
                if (series.hasIntervals()) {
                    // labels at the bars' ends would sit on the whiskers: the categories say the values
                    whiskers(bs.getCTBarSer().addNewErrBars(), series);
                } else {
                    labels(bs.getCTBarSer().addNewDLbls(), data.numberFormat());
                }
            } else if (added instanceof XDDFLineChartData.Series ls) {
                ls.setSmooth(false);
                ls.setMarkerStyle(MarkerStyle.NONE);
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setLineProperties(line(series.colour(), series.dashed() ? 1.5 : 2.75, series.dashed()));
                ls.setShapeProperties(shape);
            }
        }
        chart.plot(plot);
        if (!bars || data.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.TOP);
        }
        if (!data.title().isEmpty()) {
            chart.setTitleText(data.title());
            chart.setTitleOverlay(false);
            chart.getTitle().getOrAddTextProperties().setFontSize(14.0);
            chart.getTitle().getOrAddTextProperties().setBold(false);
        } else {
            chart.setAutoTitleDeleted(true);
        }
    }

    /**
     * Fixes the value axis of bars with intervals to hold the whiskers too (a chart's automatic axis looks at
     * the values only), from and to a round number.
     */
    private static void bounds(XDDFValueAxis axis, ChartData data) {
        double lo = 0;
        double hi = 0;
        boolean intervals = false;
        for (ChartData.Series s : data.series()) {
            if (!s.hasIntervals()) {
                continue;
            }
            intervals = true;
            for (int k = 0; k < s.values().length; k++) {
                for (double v : new double[] {s.values()[k], s.low()[k], s.high()[k]}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (!intervals || hi - lo <= 0) {
            return;
        }
        double step = niceStep((hi - lo) / 10);
        axis.setMinimum(Math.floor(lo / step) * step);
        axis.setMaximum(Math.ceil(hi / step) * step);
        axis.setMajorUnit(step);
    }

    /** The round number (1, 2 or 5 times a power of ten) nearest above {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /**
     * The intervals of a series as error bars with their ends given value by value (custom plus and minus
     * lengths, as numbers in the chart). Written through the XML beans: POI's own XDDFErrorBars cannot set
     * the type of a new error bar.
     */
    private static void whiskers(CTErrBars bars, ChartData.Series series) {
        int n = series.values().length;
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int k = 0; k < n; k++) {
            double v = series.values()[k];
            plus[k] = Double.isFinite(series.high()[k] - v) ? series.high()[k] - v : 0;
            minus[k] = Double.isFinite(v - series.low()[k]) ? v - series.low()[k] : 0;
        }
        bars.addNewErrBarType().setVal(STErrBarType.BOTH);
        bars.addNewErrValType().setVal(STErrValType.CUST);
        bars.addNewNoEndCap().setVal(false);
        numbers(bars.addNewPlus().addNewNumLit(), plus);
        numbers(bars.addNewMinus().addNewNumLit(), minus);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line(Palette.DARK_GREY, 1.25, false));
        bars.setSpPr(shape.getXmlObject());
    }

    private static void numbers(CTNumData data, double[] values) {
        data.addNewPtCount().setVal(values.length);
        for (int k = 0; k < values.length; k++) {
            CTNumVal point = data.addNewPt();
            point.setIdx(k);
            point.setV(Double.toString(values[k]));
        }
    }

    /** Value labels on bars, in the chart's number format. */
    private static void labels(CTDLbls labels, String format) {
        labels.addNewNumFmt().setFormatCode(format);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static XDDFSolidFillProperties fill(Color c) {
        return new XDDFSolidFillProperties(
                XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}));
    }

    private static XDDFLineProperties line(Color c, double width, boolean dashed) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill(c));
        line.setWidth(width);
        if (dashed) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        return line;
    }

    // ---------------------------------------------------------------- text

    private static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        box.setWordWrap(true);
        box.setInsets(new Insets2D(2, 2, 2, 2));
        return box;
    }

    private static void paragraph(
            XSLFTextBox box, String text, double size, boolean bold, Color colour, double before) {
        XSLFTextParagraph p = box.addNewTextParagraph();
        p.setSpaceBefore(-before);
        run(p, text, size, bold, colour);
    }

    private static XSLFTextRun run(XSLFTextParagraph p, String text, double size, boolean bold, Color colour) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(colour);
        return r;
    }

    /**
     * How many lines {@code text} takes at {@code size} points in a box {@code width} points wide, estimated
     * with an average character width of 0.55 em (Arial's digits are 0.556 em, its lower case a little less),
     * breaking at spaces.
     */
    static int lines(String text, double size, double width) {
        int perLine = Math.max(1, (int) (width / (size * 0.55)));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int w = word.length();
                if (used > 0 && used + 1 + w > perLine) {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + w;
                while (used > perLine) {
                    lines++;
                    used -= perLine;
                }
            }
        }
        return lines;
    }

    /** Writes {@code text} into the notes page of {@code slide}. */
    private static void notes(XMLSlideShow deck, XSLFSlide slide, String text) {
        if (text.isEmpty()) {
            return;
        }
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
    }
}

package org.cjsim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JFrame;

/**
 * A picture of the lab's windows as they are laid out on the screen, painted from Java (no screen grab,
 * no external tool): each window's content is printed at its place under a title bar with its title.
 * Must run on the Swing thread.
 */
final class Screenshot {
    static final int TITLE_BAR = 24;
    private static final Color DESKTOP = new Color(0x5A, 0x62, 0x6B);
    private static final Color BAR = new Color(0xE4, 0xE6, 0xEA);
    private static final Color BAR_TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color EDGE = new Color(0x9A, 0xA0, 0xA6);

    private Screenshot() {}

    /** The visible frames painted into one image the size of the area they cover. */
    static BufferedImage of(List<JFrame> frames) {
        Rectangle area = null;
        for (JFrame f : frames) {
            if (f.isVisible()) {
                Rectangle r = f.getBounds();
                r = new Rectangle(r.x, r.y - TITLE_BAR, r.width, r.height + TITLE_BAR);
                area = area == null ? r : area.union(r);
            }
        }
        if (area == null) {
            throw new IllegalStateException("no window of the lab is visible");
        }
        BufferedImage image = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(DESKTOP);
        g.fillRect(0, 0, area.width, area.height);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        for (JFrame f : frames) {
            if (!f.isVisible()) {
                continue;
            }
            Rectangle r = f.getBounds();
            int x = r.x - area.x;
            int y = r.y - area.y;
            g.setColor(BAR);
            g.fillRect(x, y - TITLE_BAR, r.width, TITLE_BAR);
            g.setColor(BAR_TEXT);
            g.drawString(f.getTitle(), x + 10, y - 7);
            Graphics2D content = (Graphics2D) g.create(x, y, r.width, r.height);
            f.getRootPane().printAll(content);
            content.dispose();
            g.setColor(EDGE);
            g.drawRect(x, y - TITLE_BAR, r.width - 1, r.height + TITLE_BAR - 1);
        }
        g.dispose();
        return image;
    }
}

package org.cjsim.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.ScrollPaneConstants;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import org.cjsim.format.UnitFormat;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.network.SocialNetwork;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.util.Double2D;

/**
 * The network view: a MASON {@link Display2D} of the people, placed by a {@link NetworkLayout} and
 * coloured by {@link PersonCategory}, over their friendship ties (light) and family ties (dark); a legend
 * under the drawing and a status line above it. Double-clicking a person opens a {@link PersonView} inspector.
 *
 * <p>The drawing is repainted once per simulated day. It is drawn only for markets of at most {@link
 * Lab#MAX_NETWORK_VIEW_PEOPLE} people with stored ties; otherwise the status line says why it is empty.
 */
final class NetworkView {
    /** Side of the square field the people are placed in, in field units. */
    static final double FIELD = 100;

    static final Color FAMILY_TIE = new Color(60, 60, 60, 200);
    static final Color FRIEND_TIE = new Color(150, 150, 150, 90);
    private static final Stroke FAMILY_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke FRIEND_STROKE = new BasicStroke(0.7f);
    private static final Color OUTLINE = new Color(40, 40, 40);

    private final Display2D display;
    private final JFrame frame;
    private final JLabel status = new JLabel(" ");
    private final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D friends = new NetworkPortrayal2D();
    private final NetworkPortrayal2D family = new NetworkPortrayal2D();
    private final PersonPortrayal personPortrayal = new PersonPortrayal();

    NetworkView(GUIState gui, int side) {
        display = new DailyDisplay(side, side, gui);
        display.setBackdrop(Color.WHITE);
        display.insideDisplay.setupHints(true, false, false);
        // MASON always shows both scroll bars; the drawing fits the window, so show them only when zoomed in
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        friends.setPortrayalForAll(new TiePortrayal(FRIEND_TIE, FRIEND_STROKE));
        family.setPortrayalForAll(new TiePortrayal(FAMILY_TIE, FAMILY_STROKE));
        people.setPortrayalForAll(personPortrayal);
        display.attach(friends, "Friendship ties");
        display.attach(family, "Family ties");
        display.attach(people, "People");
        frame = display.createFrame();
        frame.setTitle("People and their friends-and-family ties");
        status.setFont(status.getFont().deriveFont(Font.PLAIN, 12f));
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(status, BorderLayout.SOUTH);
        frame.getContentPane().add(top, BorderLayout.NORTH);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBackground(Color.WHITE);
        bottom.add(legend(), BorderLayout.NORTH);
        bottom.add(hints(side), BorderLayout.CENTER);
        frame.getContentPane().add(bottom, BorderLayout.SOUTH);
        frame.pack();
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    /** Shows the people of a freshly started model: lays out its network and attaches it to the portrayals. */
    void show(CustomerJourneyModel model, long seed) {
        SocialNetwork network = model.network();
        int n = network.size();
        Continuous2D space = new Continuous2D(FIELD / 10, FIELD, FIELD);
        Network friendTies = new Network(false);
        Network familyTies = new Network(false);
        if (network.isMixed()) {
            status.setText("Network view off: the mixed network has no ties to draw.");
        } else if (n > Lab.MAX_NETWORK_VIEW_PEOPLE) {
            status.setText("Network view off: " + UnitFormat.count(n) + " people are too many to draw (at most "
                    + UnitFormat.count(Lab.MAX_NETWORK_VIEW_PEOPLE) + ").");
        } else {
            NetworkLayout layout = NetworkLayout.of(network, FIELD, seed);
            PersonView[] views = new PersonView[n];
            for (int i = 0; i < n; i++) {
                views[i] = new PersonView(model, i);
                space.setObjectLocation(views[i], new Double2D(layout.x(i), layout.y(i)));
                friendTies.addNode(views[i]);
                familyTies.addNode(views[i]);
            }
            int[][] ties = NetworkLayout.ties(network);
            for (int[] t : ties) {
                (t[2] == 1 ? familyTies : friendTies).addEdge(views[t[0]], views[t[1]], null);
            }
            personPortrayal.scale = Math.max(0.4, Math.min(3.0, 0.45 * FIELD / Math.sqrt(n)));
            status.setText(
                    UnitFormat.count(n) + " people in " + UnitFormat.count(network.households()) + " households, "
                            + UnitFormat.count(ties.length) + " ties. Double-click a person to inspect them.");
        }
        people.setField(space);
        friends.setField(new SpatialNetwork2D(space, friendTies));
        family.setField(new SpatialNetwork2D(space, familyTies));
        display.reset();
        display.repaint();
    }

    /** A Display2D that repaints once per simulated day rather than after every event of the service desk. */
    private static final class DailyDisplay extends Display2D {
        private static final long serialVersionUID = 1L;

        DailyDisplay(double width, double height, GUIState gui) {
            super(width, height, gui);
            updateRule = UPDATE_RULE_INTERNAL_TIME;
            timeInterval = 1.0;
        }
    }

    /** A person: a disc in the colour of their category, with an orange ring while a complaint is open. */
    private static final class PersonPortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        PersonPortrayal() {
            super(Color.GRAY, 2.0, true);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            PersonView person = (PersonView) object;
            double d = scale * info.draw.width;
            double x = info.draw.x - d / 2;
            double y = info.draw.y - d / 2;
            Ellipse2D.Double disc = new Ellipse2D.Double(x, y, d, d);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(person.category().color());
            g.fill(disc);
            g.setPaint(OUTLINE);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(disc);
            if (person.hasOpenComplaint()) {
                double r = d + 5;
                g.setPaint(PersonCategory.OPEN_COMPLAINT);
                g.setStroke(new BasicStroke(2.2f));
                g.draw(new Ellipse2D.Double(info.draw.x - r / 2, info.draw.y - r / 2, r, r));
            }
            if (info.selected) {
                double r = d + 10;
                g.setPaint(Color.BLACK);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(new Ellipse2D.Double(info.draw.x - r / 2, info.draw.y - r / 2, r, r));
            }
        }
    }

    /** A tie: a plain line; ties are not selectable, so that a double-click inspects the person under it. */
    private static final class TiePortrayal extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final Color color;
        private final transient Stroke stroke;

        TiePortrayal(Color color, Stroke stroke) {
            this.color = color;
            this.stroke = stroke;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(color);
            g.setStroke(stroke);
            g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return false;
        }

        @Override
        public String getName(sim.portrayal.LocationWrapper wrapper) {
            Edge edge = (Edge) wrapper.getObject();
            return edge.getFrom() + " - " + edge.getTo();
        }
    }

    /** The legend under the drawing. */
    private static JPanel legend() {
        JPanel legend = new JPanel(new GridLayout(0, 2, 12, 3));
        legend.setBackground(Color.WHITE);
        legend.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, new Color(0xCC, 0xCC, 0xCC)),
                BorderFactory.createEmptyBorder(6, 10, 6, 10)));
        for (PersonCategory c : PersonCategory.values()) {
            legend.add(item(c.label(), new Swatch(c.color(), null, null)));
        }
        legend.add(item("Ring: open complaint", new Swatch(Color.WHITE, PersonCategory.OPEN_COMPLAINT, null)));
        legend.add(item("Family tie (strong)", new Swatch(null, null, FAMILY_TIE)));
        legend.add(item("Friendship tie (weak)", new Swatch(null, null, FRIEND_TIE)));
        return legend;
    }

    /** What to try, under the legend, wrapped to {@code width} pixels. */
    private static JLabel hints(int width) {
        JLabel hints = new JLabel("<html>Move a <b>strategy</b> lever in the console's Model tab: it acts from the next"
                + " day, and the charts mark that day with a dashed line. Market and customer settings apply when"
                + " you press Stop, then Play (same seed, so you compare like with like).</html>");
        hints.setFont(hints.getFont().deriveFont(Font.PLAIN, 12f));
        hints.setForeground(new Color(0x33, 0x33, 0x33));
        hints.setBorder(BorderFactory.createEmptyBorder(4, 10, 8, 10));
        // an HTML label is as wide as its text unless its height is computed for a given width
        View view = (View) hints.getClientProperty(BasicHTML.propertyKey);
        int textWidth = width - 20;
        view.setSize(textWidth, 0);
        int height = (int) Math.ceil(view.getPreferredSpan(View.Y_AXIS));
        hints.setPreferredSize(new Dimension(width, height + 12));
        return hints;
    }

    private static JLabel item(String text, Icon icon) {
        JLabel label = new JLabel(text, icon, JLabel.LEADING);
        label.setFont(label.getFont().deriveFont(Font.PLAIN, 12f));
        return label;
    }

    /** A legend symbol: a disc, a ring or a line. */
    private static final class Swatch implements Icon {
        private final Color fill;
        private final Color ring;
        private final Color line;

        Swatch(Color fill, Color ring, Color line) {
            this.fill = fill;
            this.ring = ring;
            this.line = line;
        }

        @Override
        public void paintIcon(Component c, Graphics graphics, int x, int y) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (line != null) {
                g.setPaint(line.getAlpha() < 128 ? line.darker() : line);
                g.setStroke(line == FAMILY_TIE ? FAMILY_STROKE : new BasicStroke(1.2f));
                g.draw(new Line2D.Double(x + 1, y + 7, x + 15, y + 7));
            } else {
                Ellipse2D.Double disc = new Ellipse2D.Double(x + 3, y + 2, 10, 10);
                g.setPaint(fill);
                g.fill(disc);
                g.setPaint(OUTLINE);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(disc);
                if (ring != null) {
                    g.setPaint(ring);
                    g.setStroke(new BasicStroke(2f));
                    g.draw(new Ellipse2D.Double(x + 1, y, 14, 14));
                }
            }
            g.dispose();
        }

        @Override
        public int getIconWidth() {
            return 16;
        }

        @Override
        public int getIconHeight() {
            return 14;
        }
    }
}

package org.cjsim.gui;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.params.ScenarioParams;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;

/**
 * MASON's GUI on the {@link CustomerJourneyModel}: the Model tab of {@link LabSettings}, the network view
 * and the live charts. Open it with {@link Lab}.
 *
 * <p>Every Play builds a new model from the settings shown in the Model tab, so changes to the market and
 * customer parameters apply then; a lever changed during a run goes to the running model from the next
 * day. The seed is the one given, unless the student types another one in the Console tab (the Console
 * keeps only its lower 32 bits, so the given seed is used in full while the field still shows them).
 */
public class CustomerJourneyWithUI extends GUIState {
    private final LabSettings settings;
    private final boolean networkView;
    private long seed;
    private NetworkView network;
    private LabCharts charts;
    private JFrame chartFrame;
    private Stoppable feed;
    private int networkSide = 560;

    /**
     * @param scenario the scenario of the first run
     * @param seed the replication seed of the first run
     * @param networkView whether to draw the people and their ties (for markets of up to {@link
     *     Lab#MAX_NETWORK_VIEW_PEOPLE} people)
     */
    public CustomerJourneyWithUI(ScenarioParams scenario, long seed, boolean networkView) {
        super(new CustomerJourneyModel(scenario, seed));
        this.settings = new LabSettings(scenario);
        this.networkView = networkView;
        this.seed = seed;
    }

    /** The title of the Console. */
    public static String getName() {
        return "cjsim: the customer-journey lab";
    }

    /** The Console's About tab: how to use the lab. */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif; margin:8px'>"
                + "<h2>What is good customer service worth?</h2>"
                + "<p>Each dot is a person in a market. People hear of the company, become customers, buy, "
                + "sometimes run into a problem, complain (or stay silent), are served by the company's "
                + "employees, grow more or less satisfied, stay or leave, and tell their friends and family.</p>"
                + "<h3>Try this</h3><ol>"
                + "<li>Press <b>Play</b> and watch the charts and the colours of the people.</li>"
                + "<li>In the <b>Model</b> tab, move a <b>strategy</b> lever (latitude, staffing, honesty...). "
                + "It takes effect from the next day; the charts mark the day with a dashed line.</li>"
                + "<li>Change a market or customer parameter, then press <b>Stop</b> and <b>Play</b>: "
                + "those apply to a new run, from the same seed, so you compare like with like.</li>"
                + "<li>Double-click a person in the network view to inspect them (Inspectors tab).</li></ol>"
                + "<h3>Colours</h3><ul>"
                + "<li><span style='color:#009E73'>&#9679;</span> promoter: a customer with satisfaction 9-10</li>"
                + "<li><span style='color:#56B4E9'>&#9679;</span> passive: a customer at 7-8</li>"
                + "<li><span style='color:#D55E00'>&#9679;</span> detractor: a customer at 0-6</li>"
                + "<li><span style='color:#000000'>&#9679;</span> churned: a former customer</li>"
                + "<li><span style='color:#999999'>&#9679;</span> aware, <span style='color:#BBBBBB'>&#9679;"
                + "</span> unaware: not a customer yet</li>"
                + "<li><span style='color:#E69F00'>&#9675;</span> orange ring: an open complaint</li>"
                + "<li>dark lines: family ties; light lines: friendships</li></ul>"
                + "</body></html>";
    }

    /** The settings of the Model tab. */
    public LabSettings settings() {
        return settings;
    }

    /** The model of the current (or last) run. */
    public CustomerJourneyModel model() {
        return (CustomerJourneyModel) state;
    }

    /** The seed of the current (or next) run. */
    public long seed() {
        return seed;
    }

    /** The network view's window, or null when the view is off. */
    public JFrame networkFrame() {
        return network == null ? null : network.frame();
    }

    /** The network view's display, or null when the view is off. */
    Display2D networkDisplay() {
        return network == null ? null : network.display();
    }

    /** The window of the live charts (null before {@link #init}). */
    public JFrame chartFrame() {
        return chartFrame;
    }

    /** Side of the network drawing in pixels; takes effect when the Console is created. */
    void networkSide(int pixels) {
        this.networkSide = pixels;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return settings;
    }

    /** Every setting on one page of the Model tab. */
    @Override
    public int getMaximumPropertiesForInspector() {
        return 200;
    }

    @Override
    public boolean isInspectorVolatile() {
        return false;
    }

    @Override
    public Inspector getInspector() {
        Inspector inspector = super.getInspector();
        inspector.setVolatile(false);
        return inspector;
    }

    /** Checkpoints are not offered: the model's world is rebuilt from the seed, never serialised. */
    @Override
    public boolean validSimState(SimState candidate) {
        return false;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        charts = new LabCharts(settings.scenarioForNextStart().economics().currency());
        chartFrame = new JFrame("Live charts: one point per day");
        JPanel grid = new JPanel(new GridLayout(3, 2, 4, 4));
        grid.setBackground(java.awt.Color.WHITE);
        for (JFreeChart chart : charts.charts()) {
            ChartPanel panel =
                    new ChartPanel(chart, 300, 250, 200, 150, 2000, 2000, true, true, true, true, true, true);
            grid.add(panel);
        }
        chartFrame.setContentPane(grid);
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartFrame.pack();
        controller.registerFrame(chartFrame);
        if (networkView) {
            network = new NetworkView(this, networkSide);
            network.frame().setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
            controller.registerFrame(network.frame());
        }
    }

    @Override
    public void start() {
        long chosen = state.seed();
        if (chosen != (long) (int) seed) {
            seed = chosen;
        }
        state = new CustomerJourneyModel(settings.scenarioForNextStart(), seed);
        super.start();
        CustomerJourneyModel model = model();
        settings.attach(model);
        if (network != null) {
            network.show(model, seed);
        }
        if (feed != null) {
            feed.stop();
        }
        if (charts != null) {
            LabCharts c = charts;
            SwingUtilities.invokeLater(c::reset);
            feed = scheduleRepeatingImmediatelyAfter(new ChartFeed(c, settings));
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (feed != null) {
            feed.stop();
        }
        if (chartFrame != null) {
            chartFrame.dispose();
        }
        if (network != null) {
            network.frame().dispose();
        }
    }

    /**
     * Feeds the charts after each step of the schedule: the days closed since the last step, and the lever
     * changes. Runs in the model's thread; hands the values to the Swing thread in batches, so that a fast
     * run does not flood it.
     */
    private static final class ChartFeed implements Steppable {
        private static final long serialVersionUID = 1L;
        private final transient LabCharts charts;
        private final transient LabSettings settings;
        private final transient ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean posted = new AtomicBoolean();
        private int sent;
        private SortedMap<Integer, Map<String, Object>> changes = new TreeMap<>();

        ChartFeed(LabCharts charts, LabSettings settings) {
            this.charts = charts;
            this.settings = settings;
        }

        @Override
        public void step(SimState state) {
            CustomerJourneyModel model = (CustomerJourneyModel) state;
            int days = model.daysRecorded();
            if (days <= sent) {
                return;
            }
            List<DailyMetric> metrics = LabCharts.METRICS;
            for (int d = sent; d < days; d++) {
                double[] values = new double[metrics.size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = model.value(metrics.get(k), d);
                }
                int day = d;
                pending.add(() -> charts.addDay(day, values));
            }
            sent = days;
            SortedMap<Integer, Map<String, Object>> now = settings.changesByDay();
            if (!now.equals(changes)) {
                changes = now;
                pending.add(() -> charts.markChanges(now));
            }
            if (posted.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(this::drain);
            }
        }

        private void drain() {
            posted.set(false);
            List<Runnable> batch = new ArrayList<>();
            for (Runnable r; (r = pending.poll()) != null; ) {
                batch.add(r);
            }
            batch.forEach(Runnable::run);
        }
    }
}

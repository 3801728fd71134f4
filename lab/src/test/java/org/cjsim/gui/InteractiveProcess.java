package org.cjsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.cjsim.params.ScenarioParams;
import org.jfree.chart.ChartPanel;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.gui.PropertyField;

/**
 * The child process of {@link LabIT} that uses the lab as a student would: opens it with {@link Lab#open},
 * plays 30 days, moves the latitude lever with the Model tab's own field, plays to day 60, inspects a
 * person as a double-click does, saves a screenshot, changes the market's size and starts a new run (Stop,
 * Play), and closes the console, after which {@code Lab.open} must return. Prints {@code OK} and exits 0 when every step did what it should.
 */
public final class InteractiveProcess {
    private static final long WAIT_MILLIS = 60_000;

    private InteractiveProcess() {}

    public static void main(String[] args) {
        int status = 1;
        try {
            run(Path.of(args[0]));
            System.out.println("OK");
            status = 0;
        } catch (Throwable t) {
            t.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    private static void run(Path png) throws Exception {
        AtomicBoolean returned = new AtomicBoolean();
        Thread lab = new Thread(
                () -> {
                    Lab.open(Lab.withLabPopulation(ScenarioParams.defaults()), 42, true);
                    returned.set(true);
                },
                "lab");
        lab.start();
        LabConsole console = await(() -> onSwing(InteractiveProcess::visibleConsole));
        CustomerJourneyWithUI gui = (CustomerJourneyWithUI) console.getSimulation();

        playUntil(console, gui, 30);
        check(
                gui.model().daysRecorded() == 30,
                "30 days run, got " + gui.model().daysRecorded());
        onSwing(() -> {
            PropertyField latitude = field(console.getModelInspector(), "strategy.latitude");
            latitude.setValue(latitude.newValue("0.9"));
            return null;
        });
        check(gui.model().strategy().latitude() == 0.9, "the Model tab changed the lever");

        playUntil(console, gui, 60);
        check(gui.model().strategy().latitude() == 0.9, "the lever stayed in force");
        Map<String, Object> change = gui.settings().changesByDay().get(31);
        check(change != null && change.get("latitude").equals(0.9), "the change took effect on day 31: " + change);

        boolean inspected = onSwing(() -> {
            Display2D display = gui.networkDisplay();
            Rectangle2D.Double spot = person(display);
            display.performSelection(spot);
            display.createInspectors(spot, gui);
            return !console.getAllInspectors().isEmpty();
        });
        check(inspected, "a person was inspected");

        BufferedImage image = onSwing(() -> {
            select(console.getTabPane(), "Model");
            return Screenshot.of(new Lab.Windows(gui, console).frames());
        });
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());

        // a market parameter applies to the next run: Stop, then Play, from the same seed
        onSwing(() -> {
            PropertyField population = field(console.getModelInspector(), "market.population");
            population.setValue(population.newValue("600"));
            return null;
        });
        check(
                gui.model().population().size == Lab.LAB_POPULATION,
                "the running model keeps its " + Lab.LAB_POPULATION + " people");
        onSwing(() -> {
            console.pressStop();
            return null;
        });
        playUntil(console, gui, 5);
        check(gui.model().population().size == 600, "the next run has 600 people");
        check(gui.model().replicationSeed() == 42, "the next run has the same seed");
        check(gui.model().strategy().latitude() == 0.9, "the next run keeps the lever as the tab shows it");
        check(gui.settings().changesByDay().isEmpty(), "the next run starts with no lever changes");
        int points =
                onSwing(() -> ((ChartPanel) gui.chartFrame().getContentPane().getComponent(0))
                        .getChart()
                        .getXYPlot()
                        .getDataset()
                        .getItemCount(0));
        check(points == 5, "the charts started again: " + points + " points");

        onSwing(() -> {
            console.doClose();
            return null;
        });
        lab.join(WAIT_MILLIS);
        check(returned.get(), "Lab.open returned after the console closed");
    }

    private static LabConsole visibleConsole() {
        for (Frame f : Frame.getFrames()) {
            if (f instanceof LabConsole c && c.isVisible()) {
                return c;
            }
        }
        return null;
    }

    private static void playUntil(Console console, CustomerJourneyWithUI gui, int day) throws Exception {
        onSwing(() -> {
            console.setWhenShouldPauseTime(day);
            // MASON's Play steps once when paused; Pause resumes
            if (console.getPlayState() == Console.PS_PAUSED) {
                console.pressPause();
            } else {
                console.pressPlay();
            }
            return null;
        });
        await(() ->
                console.getPlayState() == Console.PS_PAUSED && gui.model().daysRecorded() >= day ? Boolean.TRUE : null);
        onSwing(() -> null);
    }

    /** The property field next to the label {@code name} in an inspector. */
    private static PropertyField field(Container inspector, String name) {
        JLabel label = find(inspector, name);
        check(label != null, "the Model tab shows " + name);
        Container row = label.getParent();
        boolean after = false;
        for (Component c : row.getComponents()) {
            if (c == label) {
                after = true;
            } else if (after && c instanceof PropertyField f) {
                return f;
            }
        }
        throw new AssertionError("no field next to " + name);
    }

    private static JLabel find(Container root, String text) {
        for (Component c : root.getComponents()) {
            if (c instanceof JLabel l
                    && l.getText() != null
                    && text.equals(l.getText().trim())) {
                return l;
            }
            if (c instanceof Container k) {
                JLabel found = find(k, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A spot in the display that hits a person. */
    private static Rectangle2D.Double person(Display2D display) {
        int w = display.insideDisplay.getWidth();
        int h = display.insideDisplay.getHeight();
        for (int y = h / 4; y < h; y += 3) {
            for (int x = w / 4; x < w; x += 3) {
                Rectangle2D.Double spot = new Rectangle2D.Double(x, y, 1, 1);
                for (Bag hits : display.objectsHitBy(spot)) {
                    for (int k = 0; k < hits.numObjs; k++) {
                        if (((LocationWrapper) hits.objs[k]).getObject() instanceof PersonView) {
                            return spot;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no person found in the network view");
    }

    private static void select(JTabbedPane tabs, String title) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (title.equals(tabs.getTitleAt(i))) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("failed: " + what);
        }
    }

    private static <T> T await(Callable<T> probe) throws Exception {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < end) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out after " + WAIT_MILLIS + " ms");
    }

    private static <T> T onSwing(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}

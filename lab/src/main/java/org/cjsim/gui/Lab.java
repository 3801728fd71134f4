package org.cjsim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.cjsim.charts.ChartWriter;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import sim.display.Console;

/**
 * The interactive lab for students ({@code cjsim gui}): MASON's Console on the customer-journey model,
 * with a Model tab of every strategy lever and the main market and customer parameters, a network view of
 * the people and live charts.
 *
 * <p>The lab needs a display. On a machine without one, run it under a virtual X server, e.g. {@code
 * xvfb-run -s "-screen 0 1600x1000x24" cjsim gui --snapshot lab.png --days 50}.
 */
public final class Lab {
    /** Market size for the lab when the user chose none: small enough to see every person. */
    public static final int LAB_POPULATION = 1000;

    /** The largest market the network view draws; larger runs work with the view off. */
    public static final int MAX_NETWORK_VIEW_PEOPLE = 2000;

    private static final long POLL_MILLIS = 20;

    /** Height of the network window above and below its drawing: tool bar, status line, legend. */
    private static final int NETWORK_CHROME = 190;

    private static final int MIN_CHARTS_WIDTH = 560;

    private Lab() {}

    /** A copy of {@code scenario} with {@link #LAB_POPULATION} people: the default size of the lab. */
    public static ScenarioParams withLabPopulation(ScenarioParams scenario) {
        return Params.with(scenario, "market.population", LAB_POPULATION);
    }

    /**
     * Opens the lab on {@code scenario} and returns when the student closes its console (the Java virtual
     * machine keeps running). Must not be called on the Swing thread.
     *
     * @param scenario the scenario of the first run, taken as given (see {@link #withLabPopulation})
     * @param seed the replication seed
     * @param networkView whether to draw the people and their ties (at most {@link #MAX_NETWORK_VIEW_PEOPLE})
     * @throws IllegalStateException if there is no display (the message says how to get one) or if called on
     *     the Swing thread
     */
    public static void open(ScenarioParams scenario, long seed, boolean networkView) {
        open(scenario, seed, networkView, () -> {});
    }

    /**
     * Opens the lab as {@link #open(ScenarioParams, long, boolean)} does, calling {@code opened} once its
     * console is on the screen.
     */
    public static void open(ScenarioParams scenario, long seed, boolean networkView, Runnable opened) {
        requireDisplay();
        requireNotSwingThread("Lab.open");
        CountDownLatch closed = new CountDownLatch(1);
        onSwing(() -> {
            Windows w = create(scenario, seed, networkView, closed::countDown);
            w.console.setVisible(true);
            return w;
        });
        opened.run();
        boolean interrupted = false;
        while (closed.getCount() > 0) {
            try {
                closed.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Opens the lab, runs {@code days} days, saves a picture of the console (on its Model tab), the network
     * view and the charts into one image (PNG, or JPEG for a name ending in {@code .jpg} or {@code .jpeg},
     * written whole or not at all), and closes the lab. Works under a virtual X server (Xvfb).
     *
     * @param scenario the scenario, taken as given (see {@link #withLabPopulation})
     * @param seed the replication seed
     * @param days days to run, in [1, the scenario's horizon]
     * @param png the image to write, named {@code .png}, {@code .jpg} or {@code .jpeg}; missing parent
     *     folders are created
     * @param networkView whether to draw the people and their ties
     * @throws IllegalArgumentException if {@code days} is out of range or the image's name has another
     *     extension
     * @throws IllegalStateException if there is no display (the message says how to get one) or if called on
     *     the Swing thread
     * @throws IOException if the image cannot be written
     */
    public static void snapshot(ScenarioParams scenario, long seed, int days, Path png, boolean networkView)
            throws IOException {
        int horizon = scenario.horizon().days();
        if (days < 1 || days > horizon) {
            throw new IllegalArgumentException(
                    "days must be a whole number in [1, " + horizon + "] (the scenario's horizon), got " + days);
        }
        ChartWriter.imageFormat(png);
        requireDisplay();
        requireNotSwingThread("Lab.snapshot");
        Windows w = onSwing(() -> {
            Windows created = create(scenario, seed, networkView, null);
            created.console.setVisible(true);
            selectTab(created.console, "Model");
            created.console.setWhenShouldPauseTime(days);
            created.console.pressPlay();
            return created;
        });
        try {
            // the Console pauses at time `days`, when day `days - 1` has closed; a run whose horizon comes
            // first stops by itself
            while (w.console.getPlayState() == Console.PS_PLAYING
                    || (w.console.getPlayState() == Console.PS_PAUSED
                            && w.gui.model().daysRecorded() < days)) {
                Thread.sleep(POLL_MILLIS);
            }
            // let the charts take the last days and the displays repaint
            onSwing(() -> null);
            onSwing(() -> null);
            BufferedImage image = onSwing(() -> Screenshot.of(w.frames()));
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ChartWriter.writeImage(image, png);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running the lab", e);
        } finally {
            onSwing(() -> {
                w.console.doClose();
                return null;
            });
        }
    }

    /** The lab's windows. */
    record Windows(CustomerJourneyWithUI gui, LabConsole console) {
        List<JFrame> frames() {
            List<JFrame> frames = new ArrayList<>();
            frames.add(console);
            if (gui.networkFrame() != null) {
                frames.add(gui.networkFrame());
            }
            frames.add(gui.chartFrame());
            return frames;
        }
    }

    /** Creates the lab and lays its windows out side by side on the screen. Runs on the Swing thread. */
    static Windows create(ScenarioParams scenario, long seed, boolean networkView, Runnable onClose) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.max(400, Math.min(480, (int) (screen.width * 0.27)));
        CustomerJourneyWithUI gui = new CustomerJourneyWithUI(scenario, seed, networkView);
        gui.networkSide(networkSide(screen, consoleWidth));
        LabConsole console = new LabConsole(gui, onClose);
        console.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        int chartsX = screen.x + consoleWidth;
        JFrame network = gui.networkFrame();
        if (network != null) {
            Dimension size = network.getPreferredSize();
            network.setBounds(chartsX, screen.y, size.width, Math.min(size.height, screen.height));
            network.setVisible(true);
            chartsX += size.width;
        }
        gui.chartFrame().setBounds(chartsX, screen.y, Math.max(400, screen.x + screen.width - chartsX), screen.height);
        gui.chartFrame().setVisible(true);
        return new Windows(gui, console);
    }

    /**
     * Side of the network drawing: a third of the screen's width, less if the window would not fit under
     * the screen's height or would leave the charts less than {@link #MIN_CHARTS_WIDTH}.
     */
    static int networkSide(Rectangle screen, int consoleWidth) {
        int side = (int) (screen.width * 0.36);
        side = Math.min(side, screen.height - NETWORK_CHROME);
        side = Math.min(side, screen.width - consoleWidth - MIN_CHARTS_WIDTH);
        return Math.max(300, side);
    }

    private static void selectTab(Console console, String title) {
        JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (title.equals(tabs.getTitleAt(i))) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    private static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the lab needs a display, and this Java runs without one"
                    + " (DISPLAY is not set, or java.awt.headless=true). On a machine without a screen, run it"
                    + " under a virtual X server: xvfb-run -s \"-screen 0 1600x1000x24\" cjsim gui ...");
        }
    }

    private static void requireNotSwingThread(String method) {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException(method + " waits for the lab's windows: call it from a thread other than"
                    + " Swing's event dispatch thread");
        }
    }

    private static <T> T onSwing(Callable<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(task.call());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lab's windows", e);
        }
        return result.get();
    }
}

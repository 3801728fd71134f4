package org.cjsim.gui;

import java.awt.Component;
import java.awt.event.ActionListener;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import sim.display.Console;
import sim.display.GUIState;

/**
 * MASON's Console, made to fit a command of a larger program: closing it (its window, or the Close and
 * Quit items of its File menu) closes the lab and returns to the caller instead of ending the Java virtual
 * machine, and the menu offers neither other MASON models nor checkpoints (the model's world is rebuilt
 * from the seed, not saved). The seed is not incremented on Stop, so that a new run after a change of the
 * parameters is compared with the same random numbers.
 */
final class LabConsole extends Console {
    private static final long serialVersionUID = 1L;
    private final transient Runnable onClose;
    private boolean closed;

    LabConsole(GUIState gui, Runnable onClose) {
        super(gui);
        this.onClose = onClose;
        setNewMenuAllowed(false);
        setIncrementSeedOnStop(false);
        adaptFileMenu();
    }

    private void adaptFileMenu() {
        JMenuBar bar = getJMenuBar();
        if (bar == null) {
            return;
        }
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            if (menu == null) {
                continue;
            }
            for (Component item : menu.getMenuComponents()) {
                if (item instanceof JMenuItem menuItem && menuItem.getText() != null) {
                    String text = menuItem.getText();
                    if (text.startsWith("New") || text.startsWith("Open") || text.startsWith("Save")) {
                        menuItem.setVisible(false);
                    } else if (text.startsWith("Quit")) {
                        for (ActionListener l : menuItem.getActionListeners()) {
                            menuItem.removeActionListener(l);
                        }
                        menuItem.addActionListener(e -> doClose());
                    }
                }
            }
        }
    }

    /** Stops the run, closes the lab's windows and tells the caller, without {@code System.exit}. */
    @Override
    public synchronized void doClose() {
        if (closed) {
            return;
        }
        closed = true;
        pressStop();
        getSimulation().quit();
        dispose();
        allControllers.remove(this);
        if (onClose != null) {
            onClose.run();
        }
    }
}

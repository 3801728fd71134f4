package org.cjsim.gui;

import java.nio.file.Path;
import org.cjsim.params.ScenarioParams;

/**
 * The child process of {@link LabIT}: takes a snapshot of the lab in a Java virtual machine that has a
 * display (the test's own JVM runs headless). Arguments: the PNG to write, the days to run, the seed.
 */
public final class SnapshotProcess {
    private SnapshotProcess() {}

    public static void main(String[] args) throws Exception {
        Path png = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        long started = System.nanoTime();
        int status = 1;
        try {
            Lab.snapshot(Lab.withLabPopulation(ScenarioParams.defaults()), seed, days, png, true);
            System.out.printf("snapshot of %d days in %.1f s: %s%n", days, (System.nanoTime() - started) / 1e9, png);
            status = 0;
        } finally {
            // the windows' threads would keep the process alive after a failure
            System.exit(status);
        }
    }
}

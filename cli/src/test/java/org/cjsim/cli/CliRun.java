package org.cjsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cjsim.output.ResultCharts;

/** Runs the command line in this process and keeps what it printed. */
record CliRun(int code, String out, String err) {

    /** Options that keep a study small and fast: 300 people, 20 days, 2 replications. */
    static final List<String> SMALL =
            List.of("--replications", "2", "--days", "20", "--set", "market.population=300", "--threads", "2");

    static CliRun run(String... args) {
        return run(ResultCharts.NONE, args);
    }

    static CliRun run(ResultCharts charts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true), charts)
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code args} followed by {@link #SMALL}. */
    static String[] small(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(SMALL);
        return all.toArray(String[]::new);
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}

package org.cjsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.format.UnitFormat;
import org.cjsim.output.FolderException;
import org.cjsim.output.Manifest;
import org.cjsim.output.Plan;
import org.cjsim.output.Shards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim run-shard DIR --shard K/N}: runs one shard of a planned study ({@link Shards#runShard}). */
@Command(
        name = "run-shard",
        header = "Runs one shard of a study planned with cjsim plan.",
        sortOptions = false,
        description = {
            "Runs the runs of shard K of N (run i belongs to shard i mod N) of the study planned in DIR that are not"
                    + " there yet, and writes their replication files. Shards run at the same time, on any machines"
                    + " that share DIR, in any order; a shard already done runs nothing, and a shard that was"
                    + " stopped runs only what is missing. Then: cjsim merge DIR.",
            "Without --shard, the shard comes from a Slurm job array (SLURM_ARRAY_TASK_ID of"
                    + " SLURM_ARRAY_TASK_COUNT), a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, with --shards N) or"
                    + " an AWS Batch array job (AWS_BATCH_JOB_ARRAY_INDEX of AWS_BATCH_JOB_ARRAY_SIZE).",
            ""
        })
final class RunShardCommand implements Callable<Integer>, Verbose {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder planned with cjsim plan.")
    Path folder;

    @Option(
            names = "--shard",
            order = 1,
            paramLabel = "K/N",
            description = "Shard K (from 0) of N, e.g. 0/4. Default: from the scheduler's environment.")
    String shard;

    @Option(
            names = "--shards",
            order = 2,
            paramLabel = "N",
            description = "The number of shards, for a Kubernetes Indexed Job (its completions).")
    Integer shards;

    @Option(
            names = "--threads",
            order = 3,
            paramLabel = "N",
            description = "Runs at once. Default: SLURM_CPUS_PER_TASK under Slurm, else every core.")
    Integer threads;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    HelpOption help;

    /** The environment, replaced by tests. */
    Map<String, String> env = System.getenv();

    @Override
    public boolean verbose() {
        return verbosity.verbose;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ShardArguments which = ShardArguments.of(shard, shards, env);
        int n = threads();
        Plan plan;
        try {
            plan = Manifest.read(folder).plan();
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        StudySize.checkShard(plan, n, Runtime.getRuntime().maxMemory());
        int runs = Shards.runsOfShard(plan, which.shard(), which.shards()).size();
        String name = "shard " + which.shard() + " of " + which.shards();
        if (!verbosity.quiet) {
            err.println("Running " + name + " of " + folder + ": up to " + UnitFormat.count(runs)
                    + (runs == 1 ? " run" : " runs") + " on " + n + (n == 1 ? " thread." : " threads."));
            err.flush();
        }
        long start = System.nanoTime();
        ExperimentListener progress = ProgressReporter.forTerminal(name, verbosity.quiet);
        int ran;
        try {
            ran = Shards.runShard(folder, which.shard(), which.shards(), n, progress);
        } catch (FolderException e) {
            throw new BadInputException(e.lines(), e);
        } finally {
            if (progress instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // Only the progress bar.
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!verbosity.quiet) {
            err.println(
                    ran == 0
                            ? "Shard " + which.shard() + " of " + which.shards() + " of " + folder
                                    + " was done already: nothing to run."
                            : "Shard " + which.shard() + " of " + which.shards() + ": ran " + UnitFormat.count(ran)
                                    + (ran == 1 ? " run" : " runs") + " (" + UnitFormat.count(runs - ran)
                                    + " were done already) in " + UnitFormat.duration(seconds) + " into " + folder
                                    + ".");
            err.flush();
        }
        return ExitCodes.OK;
    }

    private int threads() {
        if (threads != null) {
            if (threads < 1 || threads > ExperimentOptions.MAX_THREADS) {
                throw new BadInputException("--threads must be a whole number in [1, " + ExperimentOptions.MAX_THREADS
                        + "], got " + threads);
            }
            return threads;
        }
        String slurm = env.get("SLURM_CPUS_PER_TASK");
        if (slurm != null) {
            try {
                int n = Integer.parseInt(slurm.strip());
                if (n >= 1) {
                    return Math.min(n, ExperimentOptions.MAX_THREADS);
                }
            } catch (NumberFormatException e) {
                // Not a number: every core.
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }
}

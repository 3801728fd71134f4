package org.cjsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cjsim.format.UnitFormat;
import org.cjsim.output.Plan;
import org.cjsim.output.Shards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim slurm-script DIR}: prints a Slurm job array script that runs the shards of a planned study. */
@Command(
        name = "slurm-script",
        header = "Prints a Slurm job array script that runs the shards of a planned study.",
        sortOptions = false,
        description = {
            "Prints an sbatch script for the study planned in DIR: a job array with one task per shard, each"
                    + " running cjsim run-shard DIR (the task's shard comes from SLURM_ARRAY_TASK_ID). Submit it with"
                    + " sbatch, then merge: the hint on standard error submits the merge as a job that waits for the"
                    + " array.",
            "Memory per task: 128 MB plus, for each CPU of the task, the largest market of the plan at 150 bytes a"
                    + " person and one run's daily series, as Java's heap (-Xmx), and half as much again for Java"
                    + " itself. Time per task: its runs x population x days x 100 ns (four times the measured speed)"
                    + " / CPUs, doubled, plus 10 minutes. Default shards: about 10 minutes of one core each, at most"
                    + " 1,000.",
            ""
        })
final class SlurmScriptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder planned with cjsim plan, on a file system the nodes share.")
    Path folder;

    @Option(names = "--shards", order = 1, paramLabel = "N", description = "Tasks of the array. Default: see above.")
    Integer shards;

    @Option(names = "--cpus", order = 2, paramLabel = "N", description = "CPUs per task (runs at once). Default: 1.")
    int cpus = 1;

    @Option(names = "--partition", order = 3, paramLabel = "P", description = "The partition. Default: Slurm's.")
    String partition;

    @Option(
            names = "--time",
            order = 4,
            paramLabel = "TIME",
            description = "Time per task, in Slurm's notation (e.g. 30:00 or 1-00:00:00). Default: see above.")
    String time;

    @Option(
            names = "--mem",
            order = 5,
            paramLabel = "MEM",
            description = "Memory per task, in Slurm's notation (e.g. 2G). Default: see above.")
    String mem;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (cpus < 1 || cpus > ExperimentOptions.MAX_THREADS) {
            throw new BadInputException(
                    "--cpus must be a whole number in [1, " + ExperimentOptions.MAX_THREADS + "], got " + cpus);
        }
        Plan plan = ShardJobs.plan(folder);
        int n = ShardJobs.shards(plan, shards);
        Path dir = folder.toAbsolutePath().normalize();
        Path jar = ShardJobs.jar();
        String cjsim = jar != null
                ? ShardJobs.shell(ShardJobs.java()) + " -Xmx" + ShardJobs.heapMegabytes(plan, cpus) + "m -jar "
                        + ShardJobs.shell(jar.toString())
                : "CJSIM_JAVA_OPTS=-Xmx" + ShardJobs.heapMegabytes(plan, cpus) + "m ./cjsim";
        int runs = Shards.runs(plan).size();
        out.println("#!/bin/bash");
        out.println("# cjsim: the " + plan.study().key() + " planned in " + dir + ", " + UnitFormat.count(runs)
                + (runs == 1 ? " run" : " runs") + " in " + n + (n == 1 ? " shard" : " shards") + " of up to "
                + ShardJobs.runsPerShard(plan, n) + ", one array task per shard.");
        out.println("# Submit: sbatch THIS_FILE; then merge: cjsim merge " + dir);
        out.println("#SBATCH --job-name=cjsim-" + safeName(dir));
        out.println("#SBATCH --array=0-" + (n - 1));
        out.println("#SBATCH --ntasks=1");
        out.println("#SBATCH --cpus-per-task=" + cpus);
        out.println("#SBATCH --mem=" + (mem != null ? mem : ShardJobs.memoryMegabytes(plan, cpus) + "M"));
        out.println("#SBATCH --time=" + (time != null ? time : ShardJobs.slurmTime(ShardJobs.seconds(plan, n, cpus))));
        if (partition != null) {
            out.println("#SBATCH --partition=" + partition);
        }
        out.println("set -euo pipefail");
        out.println("exec " + cjsim + " run-shard " + ShardJobs.shell(dir.toString()) + " --shards " + n + " --quiet");
        out.flush();
        String merge = jar != null
                ? ShardJobs.shell(ShardJobs.java()) + " -jar " + ShardJobs.shell(jar.toString())
                : "./cjsim";
        err.println("Submit the array, and the merge as a job that starts when every task has succeeded:");
        err.println("  job=$(sbatch --parsable SCRIPT)");
        err.println("  sbatch --dependency=afterok:$job --wrap \"" + merge + " merge " + ShardJobs.shell(dir.toString())
                + "\"");
        err.println("or merge when the array is done: cjsim merge " + dir
                + " (it names any shard that failed, to rerun alone).");
        err.flush();
        return ExitCodes.OK;
    }

    static String safeName(Path dir) {
        String name = dir.getFileName() == null ? "study" : dir.getFileName().toString();
        return name.replaceAll("[^A-Za-z0-9_.-]", "-");
    }
}

package org.cjsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cjsim plan STUDY ... --out DIR}: the study commands ({@code run}, {@code compare}, {@code sweep},
 * {@code sensitivity}) as its subcommands, with all their options, planning their study instead of running it
 * (each {@link StudyCommand} sees this command as its parent).
 */
@Command(
        name = "plan",
        header = "Plans a study into a folder without running it, to run as shards and merge.",
        sortOptions = false,
        synopsisSubcommandLabel = "(run | compare | sweep | sensitivity)",
        customSynopsis = {"cjsim plan STUDY [ARGS...] --out DIR", ""},
        description = {
            "Writes the manifest of a study (status planned: every run with its index and seed) into a new folder"
                    + " and runs nothing. STUDY and its arguments are those of cjsim run, compare, sweep or"
                    + " sensitivity, e.g. cjsim plan sweep baseline --vary strategy.latitude=0:1:0.25 -r 5 --out DIR.",
            "Then run its shards, in any order and on any machines that share DIR (cjsim run-shard DIR --shard K/N,"
                    + " or cjsim slurm-script / k8s-job to submit them), and merge them: cjsim merge DIR.",
            ""
        },
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SensitivityCommand.class})
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CjsimCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        throw new BadInputException(
                java.util.List.of(
                        "give the study to plan: run, compare, sweep or sensitivity with its arguments and --out DIR,",
                        "e.g. cjsim plan sweep baseline --vary strategy.latitude=0:1:0.25 -r 5 --out results/plan"),
                null);
    }
}

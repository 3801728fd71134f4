package org.cjsim.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cjsim completion}: prints a bash completion script for every command and option. */
@Command(
        name = "completion",
        header = "Prints a bash completion script.",
        description = {
            "Prints a bash completion script. Enable it for this shell with: source <(cjsim completion)",
            "or for good: cjsim completion > ~/.local/share/bash-completion/completions/cjsim",
            ""
        })
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("cjsim", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

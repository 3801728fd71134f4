package org.cjsim.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;
import org.cjsim.charts.ChartFormat;
import org.cjsim.experiment.ExperimentException;
import org.cjsim.output.ResultCharts;
import org.cjsim.output.StandardCharts;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioProblem;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code cjsim} command line. {@link #create} builds it to run in this process (tests read what it
 * prints and the exit code); {@link #main} runs it and exits.
 *
 * <p>Errors are a contract: a user's mistake prints one or two lines naming what is wrong and how to fix
 * it (one line per problem of a scenario file) and exits with {@link ExitCodes#BAD_INPUT}; a failure while
 * running exits with {@link ExitCodes#FAILURE}. Stack traces appear only with {@code --verbose}.
 */
public final class Cli {
    private Cli() {}

    /** Runs {@code cjsim} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int code = create(out, err, charts()).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The chart writer of the command line: the charts module's standard charts, which {@code run}, {@code
     * compare}, {@code sweep} and {@code sensitivity} write into {@code OUT/charts/}.
     */
    static ResultCharts charts() {
        return StandardCharts.INSTANCE;
    }

    /** The command line writing to {@code out} and {@code err}, with the standard charts. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, charts());
    }

    /** The command line writing to {@code out} and {@code err}, drawing charts with {@code charts}. */
    public static CommandLine create(PrintWriter out, PrintWriter err, ResultCharts charts) {
        CommandLine cmd = new CommandLine(new CjsimCommand(charts));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(ChartFormat.class, text -> {
            try {
                return ChartFormat.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("\"" + text.trim() + "\" is not one of png, svg, pdf");
            }
        });
        cmd.registerConverter(SweepCommand.Design.class, text -> choice(SweepCommand.Design.class, text));
        cmd.registerConverter(Integer.class, Cli::wholeNumber);
        cmd.registerConverter(int.class, Cli::wholeNumber);
        cmd.registerConverter(Long.class, Cli::longNumber);
        cmd.registerConverter(long.class, Cli::longNumber);
        cmd.registerConverter(Double.class, Cli::number);
        cmd.registerConverter(double.class, Cli::number);
        cmd.setUsageHelpAutoWidth(true);
        PlanCommand.synopses(cmd.getSubcommands().get("plan"));
        cmd.setParameterExceptionHandler(Cli::badArguments);
        cmd.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command));
        // picocli passes on only Exceptions to the handler: an Error (OutOfMemoryError) thrown by a command
        // would leave execute() as a raw stack trace. Wrapped, it reaches failed() like any other failure.
        cmd.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error e) {
                List<CommandLine> commands = parsed.asCommandLineList();
                throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), e.toString(), e);
            }
        });
        return cmd;
    }

    /** A whole number in decimal digits, with an optional sign: {@code 12}, {@code -3}. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    /**
     * A number in decimal notation, with an optional sign, fraction and exponent: {@code 0.5}, {@code -2},
     * {@code 1e-3}. Java's own syntax also takes {@code NaN}, {@code Infinity}, {@code 1d} and hexadecimal.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?");

    /** An option's int value, or a message saying it is not a whole number or is too large. */
    static int wholeNumber(String text) {
        long v = longNumber(text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new CommandLine.TypeConversionException(
                    "\"" + text.trim() + "\" is too large (a whole number up to " + Integer.MAX_VALUE + ")");
        }
        return (int) v;
    }

    /** An option's long value, or a message saying it is not a whole number or is too large. */
    static long longNumber(String text) {
        String t = text.trim();
        if (!WHOLE.matcher(t).matches()) {
            throw new CommandLine.TypeConversionException("\"" + t + "\" is not a whole number");
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "\"" + t + "\" is too large (a whole number up to " + Long.MAX_VALUE + ")");
        }
    }

    /** An option's finite number in decimal notation, or a message saying it is not one. */
    static double number(String text) {
        String t = text.trim();
        if (!DECIMAL.matcher(t).matches()) {
            throw new CommandLine.TypeConversionException("\"" + t + "\" is not a number (write e.g. 0.5 or 3)");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new CommandLine.TypeConversionException("\"" + t + "\" is too large");
        }
        return v;
    }

    /** The constant of {@code type} written {@code text} in any case, or an error listing the choices. */
    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.toString().equalsIgnoreCase(text.trim())) {
                return e;
            }
        }
        throw new CommandLine.TypeConversionException("\"" + text + "\" is not one of "
                + java.util.Arrays.stream(type.getEnumConstants())
                        .map(Object::toString)
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("cjsim: " + e.getMessage());
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println("Did you mean " + String.join(" or ", u.getSuggestions()) + "? (cjsim " + name(command)
                    + "--help lists the options)");
        } else {
            err.println("See cjsim " + name(command) + "--help");
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static String name(CommandLine command) {
        String qualified = command.getCommandSpec().qualifiedName(" ");
        return qualified.equals("cjsim") ? "" : qualified.substring("cjsim ".length()) + " ";
    }

    private static int failed(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        boolean verbose = command.getCommand() instanceof Verbose v && v.verbose();
        int code;
        if (e instanceof BadInputException b) {
            code = ExitCodes.BAD_INPUT;
            print(err, b.lines());
        } else if (e instanceof ScenarioException s) {
            code = ExitCodes.BAD_INPUT;
            List<ScenarioProblem> problems = s.problems();
            if (problems.size() == 1) {
                err.println("cjsim: " + problems.get(0));
            } else {
                boolean oneSource = problems.stream()
                        .allMatch(p -> p.source().equals(problems.get(0).source()));
                err.println("cjsim: " + String.format(java.util.Locale.ROOT, "%,d", s.total()) + " problems"
                        + (oneSource ? " in " + problems.get(0).source() : "") + ":");
                problems.forEach(p -> err.println("  " + p));
            }
        } else if (e instanceof InvalidParameterException) {
            code = ExitCodes.BAD_INPUT;
            err.println("cjsim: " + e.getMessage());
        } else if (outOfMemory(e) != null) {
            code = ExitCodes.FAILURE;
            err.println("cjsim: " + outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
        } else {
            code = ExitCodes.FAILURE;
            // An Error arrives wrapped by the execution strategy in create().
            err.println("cjsim: "
                    + failure(e instanceof CommandLine.ExecutionException && e.getCause() instanceof Error c ? c : e));
            if (!verbose) {
                err.println("Run again with --verbose to see where it failed.");
            }
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static void print(PrintWriter err, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            err.println((i == 0 ? "cjsim: " : "       ") + lines.get(i));
        }
    }

    /** The OutOfMemoryError among the causes of {@code e}, or null. */
    private static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** One line saying that Java ran out of the {@code maxMemory} bytes it was given, and how to give more. */
    static String outOfMemoryMessage(long maxMemory) {
        return "out of memory: Java was given " + StudySize.bytes(maxMemory) + "; give it more with e.g."
                + " CJSIM_JAVA_OPTS=-Xmx" + StudySize.gigabytes(2.0 * maxMemory) + "g, or run fewer replications,"
                + " fewer days or a smaller market";
    }

    /** A failure in words, naming the first file error among its causes. */
    private static String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io && !(t.getCause() instanceof IOException)) {
                return "could not read or write a file: " + StudyCommand.reason(io);
            }
        }
        if (e instanceof ExperimentException || e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        return "unexpected error: " + e;
    }
}

package dev.lisette.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The `lis` command line. Exit codes: 0 success, 1 diagnostics with errors, 2 usage error,
 * 101 internal compiler error; `lis run` exits with the program's own code.
 */
@Command(
    name = "lis",
    description = "The Lisette reference compiler.",
    subcommands = {CheckCommand.class, BuildCommand.class, RunCommand.class, VersionCommand.class,
        CommandLine.HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    footer = {"", "Run `lis help COMMAND` for the options of a command."})
public final class Main implements Runnable {
  public static final String VERSION = "0.1.0";

  public static final int OK = 0;
  public static final int DIAGNOSTICS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 101;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    var cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("lis: " + ex.getMessage());
      err.println("Run `lis help` for usage.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> internalError(ex, err));
    try {
      return cli.execute(args);
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(e, err);
    }
  }

  static int internalError(Throwable ex, PrintWriter err) {
    err.println("error: internal compiler error: " + ex.getMessage());
    err.println("This is a bug in the Lisette compiler; please report it with the program that caused it.");
    Throwable root = ex.getCause() != null ? ex.getCause() : ex;
    err.println("cause: " + root);
    StackTraceElement[] trace = root.getStackTrace();
    for (int i = 0; i < Math.min(8, trace.length); i++) {
      err.println("    at " + trace[i]);
    }
    err.flush();
    return INTERNAL;
  }
}

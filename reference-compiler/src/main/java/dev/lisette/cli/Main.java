package dev.lisette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The `lis` command line. Exit codes: 0 success, 1 diagnostics with errors, 2 usage error,
 * 101 internal compiler error; `lis run` exits with the program's own code.
 *
 * <p>The command model is built with picocli's programmatic API rather than annotations:
 * annotation scanning cost about 100 ms of every start, and `lis` is started thousands of
 * times by the test suite.
 */
public final class Main {
  public static final String VERSION = "0.1.0";

  public static final int OK = 0;
  public static final int DIAGNOSTICS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 101;

  private Main() {}

  private static Reporting reporting;
  private static Map<String, String> env = Map.of();
  private static boolean debug;

  /** Whether this run builds with `--debug` (spec projects.cli.debug-line-directives). */
  static boolean debug() {
    return debug;
  }

  /** How diagnostics are shown in this run. */
  static Reporting reporting() {
    return reporting;
  }

  /** The environment this run decides colour and progress output by. */
  static Map<String, String> env() {
    return env;
  }

  /** Progress output for a build of this run (see {@link Progress}). */
  static Progress progress(PrintWriter err) {
    return Progress.start(err, env, reporting.json());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  static CommandSpec model() {
    CommandSpec root = CommandSpec.create().name("lis");
    root.usageMessage().description("The Lisette reference compiler.")
        .footer("", "Run `lis help COMMAND` for the options of a command.");
    root.addSubcommand("check", command("check",
        "Check a project or a program file for errors without building it (no Go toolchain needed).")
        .addPositional(file("a project directory (default: .) or a .lis file"))
        .addOption(json()));
    root.addSubcommand("build", command("build",
        "Compile a project to target/, or a program file to a self-contained Go module.")
        .addPositional(file("a project directory (default: .) or a .lis file"))
        .addOption(OptionSpec.builder("-o", "--out").paramLabel("DIR").type(Path.class)
            .description("directory for the Go module (default: target/ of the project, or target/<name> beside the file)").build())
        .addOption(debugOption())
        .addOption(json()));
    root.addSubcommand("run", command("run",
        "Compile and run a project or a program file; `--` passes the remaining arguments to it.")
        .addPositional(file("a project directory (default: .) or a .lis file"))
        .addPositional(PositionalParamSpec.builder().index("1..*").paramLabel("ARGS").type(String[].class)
            .description("arguments for the program (after `--`)").build())
        .addOption(debugOption()));
    root.addSubcommand("parse", command("parse",
        "Parse a program and report syntax errors; optionally print its syntax tree or the file reformatted.")
        .addPositional(file("the .lis file to parse"))
        .addOption(OptionSpec.builder("--ast").type(boolean.class)
            .description("print the syntax tree: one node per line, with line:col spans").build())
        .addOption(OptionSpec.builder("--pretty").type(boolean.class)
            .description("print the program as the pretty-printer writes it").build()));
    root.addSubcommand("clean", command("clean", "Remove a project's target/ directory (nothing else).")
        .addPositional(file("the project directory (default: .)")));
    root.addSubcommand("new", command("new", "Create a project that builds and runs.")
        .addPositional(PositionalParamSpec.builder().index("0").paramLabel("NAME").type(String.class)
            .description("the project name (also its directory and Go module path)").build()));
    root.addSubcommand("completions", command("completions", "Print a shell completion script (bash or zsh).")
        .addPositional(PositionalParamSpec.builder().index("0").paramLabel("SHELL").type(String.class)
            .description("`bash` or `zsh`; load it with `source <(lis completions bash)`").build()));
    root.addSubcommand("doc", command("doc", "Show the prelude (`Option`, `Slice.map`) or a Go package's declarations (`go:strings`, `go:strings.Split`).")
        .addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("QUERY").type(String.class)
            .description("a prelude type or method, or `go:PKG[.Name[.Method]]`").build()));
    root.addSubcommand("batch", command("batch",
        "For tools: build many programs in one process. Reads one JSON request a line on stdin, {\"file\": PATH, \"out\": DIR}, "
        + "builds as `lis build PATH -o DIR` does, answers one JSON line on stdout: {\"exit\": CODE, \"stdout\": TEXT, \"stderr\": TEXT}."));
    root.addSubcommand("version", command("version", "Print the compiler version."));
    root.addSubcommand("help", command("help", "Show usage of `lis` or of one command.")
        .addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("COMMAND")
            .type(String.class).description("the command to describe").build()));
    return root;
  }

  private static OptionSpec debugOption() {
    return OptionSpec.builder("--debug")
        .description("emit //line directives so Go panics and stack traces name .lis files and lines").build();
  }

  private static OptionSpec json() {
    return OptionSpec.builder("--json").description("print diagnostics as JSON on stdout").build();
  }

  private static CommandSpec command(String name, String description) {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.usageMessage().description(description);
    return spec;
  }

  private static PositionalParamSpec file(String description) {
    return PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("PATH").type(Path.class)
        .description(description).build();
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /** A run that takes colour and progress decisions from {@code environment}. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
    try {
      var cli = new CommandLine(model());
      cli.setOut(out);
      cli.setErr(err);
      env = environment;
      reporting = new Reporting(out, err, false, Colors.enabled(environment));
      ParseResult parsed;
      try {
        parsed = cli.parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        err.println("lis: " + e.getMessage());
        err.println("Run `lis help` for usage.");
        return USAGE;
      }
      if (!parsed.hasSubcommand()) {
        cli.usage(out);
        return args.length == 0 ? OK : USAGE;
      }
      ParseResult sub = parsed.subcommand();
      String name = sub.commandSpec().name();
      debug = sub.hasMatchedOption("--debug");
      if (sub.hasMatchedOption("--json")) {
        reporting = new Reporting(out, err, true, false);
      }
      return switch (name) {
        case "check" -> Commands.check(sub.matchedPositionalValue(0, Path.of(".")), err);
        case "build" -> Commands.build(sub.matchedPositionalValue(0, Path.of(".")), sub.matchedOptionValue("-o", (Path) null), err);
        case "run" -> Commands.run(sub.matchedPositionalValue(0, Path.of(".")),
            List.of(sub.matchedPositionalValue(1, new String[0])), err);
        case "parse" -> Commands.parse(sub.matchedPositionalValue(0, (Path) null),
            sub.matchedOptionValue("--ast", false), sub.matchedOptionValue("--pretty", false), out, err);
        case "clean" -> ProjectCommands.clean(sub.matchedPositionalValue(0, Path.of(".")), err);
        case "new" -> ProjectCommands.create(sub.matchedPositionalValue(0, (String) null), out, err);
        case "batch" -> Batch.serve(System.in, out);
        case "doc" -> Docs.doc(sub.matchedPositionalValue(0, (String) null), out, err);
        case "version" -> {
          out.println("lis " + VERSION + " (Lisette reference compiler, Go " + dev.lisette.project.GoModule.GO_VERSION + "+)");
          yield OK;
        }
        case "help" -> help(cli, sub.matchedPositionalValue(0, (String) null), out, err);
        case "completions" -> completions(cli, sub.matchedPositionalValue(0, (String) null), out, err);
        default -> throw new IllegalStateException("unhandled command " + name);
      };
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(e, err);
    } catch (Exception e) {
      return internalError(e, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** picocli's generated completion script; it serves zsh too (through bashcompinit). */
  private static int completions(CommandLine cli, String shell, PrintWriter out, PrintWriter err) {
    if (!"bash".equals(shell) && !"zsh".equals(shell)) {
      err.println("lis: completions are available for `bash` and `zsh`");
      return USAGE;
    }
    out.print(picocli.AutoComplete.bash("lis", cli));
    return OK;
  }

  private static int help(CommandLine cli, String command, PrintWriter out, PrintWriter err) {
    if (command == null) {
      cli.usage(out);
      return OK;
    }
    CommandLine sub = cli.getSubcommands().get(command);
    if (sub == null) {
      err.println("lis: unknown command `" + command + "`");
      return USAGE;
    }
    sub.usage(out);
    return OK;
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

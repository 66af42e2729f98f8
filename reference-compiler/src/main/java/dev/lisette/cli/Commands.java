package dev.lisette.cli;

import dev.lisette.project.GoModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What `lis check`, `lis build` and `lis run` do once their arguments are parsed. */
final class Commands {
  private Commands() {}

  static int check(Path file, PrintWriter err) throws IOException {
    if (java.nio.file.Files.isDirectory(file)) {
      return ProjectCommands.check(file, err);
    }
    try {
      var result = SourceArgument.compile(file, false, err);
      return result.hasErrors() ? Main.DIAGNOSTICS : Main.OK;
    } catch (SourceArgument.UsageError e) {
      err.println("lis: " + e.getMessage());
      return Main.USAGE;
    }
  }

  /** `lis parse [--ast] [--pretty] FILE`: syntax only; exit 1 when there are syntax errors. */
  static int parse(Path file, boolean ast, boolean pretty, PrintWriter out, PrintWriter err) {
    try {
      var loaded = SourceArgument.load(file);
      var parsed = loaded.encodingError()
          .map(d -> new dev.lisette.syntax.ParsedFile(loaded.file(), List.of(), List.of(d)))
          .orElseGet(() -> dev.lisette.syntax.Parser.parse(loaded.file()));
      if (ast) {
        out.print(dev.lisette.syntax.AstDump.dump(parsed.source(), parsed.items()));
      }
      if (pretty && !parsed.hasErrors()) {
        out.print(dev.lisette.syntax.SourcePrinter.print(parsed.items()));
      }
      out.flush();
      SourceArgument.report(new dev.lisette.project.Compiler.Result(parsed.source(), parsed.diagnostics(),
          java.util.Optional.empty()), err);
      return parsed.hasErrors() ? Main.DIAGNOSTICS : Main.OK;
    } catch (SourceArgument.UsageError e) {
      err.println("lis: " + e.getMessage());
      return Main.USAGE;
    }
  }

  static int build(Path file, Path out, PrintWriter err) throws IOException {
    if (java.nio.file.Files.isDirectory(file)) {
      return ProjectCommands.build(file, out != null ? out : file.resolve("target"), err).exit();
    }
    try {
      var result = SourceArgument.compile(file, true, err);
      if (result.hasErrors()) {
        return Main.DIAGNOSTICS;
      }
      Path dir = out != null ? out
          : file.toAbsolutePath().getParent().resolve("target").resolve(SourceArgument.moduleName(file));
      GoModule.write(dir, SourceArgument.moduleName(file), result.go().orElseThrow());
      return Main.OK;
    } catch (SourceArgument.UsageError e) {
      err.println("lis: " + e.getMessage());
      return Main.USAGE;
    }
  }

  static int run(Path file, List<String> args, PrintWriter err) throws IOException, InterruptedException {
    if (java.nio.file.Files.isDirectory(file)) {
      return ProjectCommands.run(file, args, err);
    }
    Path dir = null;
    try {
      var result = SourceArgument.compile(file, true, err);
      if (result.hasErrors()) {
        return Main.DIAGNOSTICS;
      }
      var go = GoToolchain.find();
      if (go.isEmpty()) {
        err.println("lis: the Go toolchain was not found; install Go " + GoModule.GO_VERSION
            + " or newer, or set LIS_GO to the `go` binary");
        return Main.USAGE;
      }
      dir = Files.createTempDirectory("lis-run-");
      GoModule.write(dir, SourceArgument.moduleName(file), result.go().orElseThrow());
      try (Progress progress = Main.progress(err)) {
        return buildAndExec(go.get(), dir, dir.resolve("program"), args, err, progress);
      }
    } catch (SourceArgument.UsageError e) {
      err.println("lis: " + e.getMessage());
      return Main.USAGE;
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  /**
   * `go build` in {@code module} (shown as "go build…" by {@code progress} when the run is
   * long), then runs the program with stdio passed through.
   */
  static int buildAndExec(Path go, Path module, Path binary, List<String> args, PrintWriter err, Progress progress)
      throws IOException, InterruptedException {
    progress.status("go build…");
    var build = new ProcessBuilder(go.toString(), "build", "-o", binary.toString(), ".")
        .directory(module.toFile()).redirectErrorStream(true);
    GoToolchain.configure(build.environment());
    Process p = build.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int built = p.waitFor();
    progress.close();
    if (built != 0) {
      err.println("error: internal compiler error: the generated Go does not build");
      err.println("This is a bug in the Lisette compiler; please report it with the program that caused it.");
      err.print(output);
      err.flush();
      return Main.INTERNAL;
    }
    err.flush();
    var command = new ArrayList<String>();
    command.add(binary.toString());
    command.addAll(args);
    Process program = new ProcessBuilder(command).inheritIO().start();
    return program.waitFor();
  }

  static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp dir left behind is harmless
    }
  }
}

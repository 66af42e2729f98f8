package dev.lisette.cli;

import dev.lisette.project.GoModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Compile and run a program; `--` passes the remaining arguments to it.")
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "the .lis file to run")
  Path file;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the program (after `--`)")
  List<String> args = new ArrayList<>();

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    var err = spec.commandLine().getErr();
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
      Path binary = dir.resolve("program");
      var build = new ProcessBuilder(go.get().toString(), "build", "-o", binary.toString(), ".")
          .directory(dir.toFile()).redirectErrorStream(true);
      GoToolchain.configure(build.environment());
      Process p = build.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
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
    } catch (SourceArgument.UsageError e) {
      err.println("lis: " + e.getMessage());
      return Main.USAGE;
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp dir left behind is harmless
    }
  }
}

package dev.lisette.cli;

import dev.lisette.project.GoModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", description = "Compile a program to a self-contained Go module.")
final class BuildCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .lis file to compile")
  Path file;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "directory for the Go module (default: target/<name> beside the file)")
  Path out;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
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
}

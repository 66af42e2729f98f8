package dev.lisette.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Check a program for errors without building it (no Go toolchain needed).")
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .lis file to check")
  Path file;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    try {
      var result = SourceArgument.compile(file, false, err);
      return result.hasErrors() ? Main.DIAGNOSTICS : Main.OK;
    } catch (SourceArgument.UsageError e) {
      err.println("lis: " + e.getMessage());
      return Main.USAGE;
    }
  }
}

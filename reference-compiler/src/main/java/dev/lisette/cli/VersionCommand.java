package dev.lisette.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "version", description = "Print the compiler version.")
final class VersionCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("lis " + Main.VERSION + " (Lisette reference compiler, Go " + dev.lisette.project.GoModule.GO_VERSION + "+)");
    return Main.OK;
  }
}

package dev.lisette.cli;

import dev.lisette.project.GoModule;
import dev.lisette.project.ProjectBuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The project forms of the commands: a directory holding lisette.toml and src/. */
final class ProjectCommands {
  private ProjectCommands() {}

  record Built(int exit, ProjectBuild.Result result) {}

  static int check(Path root, PrintWriter err) throws IOException {
    ProjectBuild.Result r = ProjectBuild.compile(root);
    report(root, r, err);
    return r.hasErrors() ? (r.config().isEmpty() && r.reports().isEmpty() ? Main.USAGE : Main.DIAGNOSTICS) : Main.OK;
  }

  static Built build(Path root, PrintWriter err) throws IOException {
    return build(root, root.resolve("target"), err);
  }

  /** Builds the project into {@code target} (normally `<root>/target`). */
  static Built build(Path root, Path target, PrintWriter err) throws IOException {
    try (Progress progress = Main.progress(err)) {
      return build(root, target, err, progress);
    }
  }

  private static Built build(Path root, Path target, PrintWriter err, Progress progress) throws IOException {
    progress.status("Compiling…");
    ProjectBuild.Result r = ProjectBuild.compile(root, progress, Main.debug());
    progress.erase();
    report(root, r, err);
    if (r.hasErrors()) {
      boolean noProject = r.problems().stream().anyMatch(p -> p.code().equals("project.missing_config"));
      return new Built(noProject ? Main.USAGE : Main.DIAGNOSTICS, r);
    }
    ProjectBuild.write(target, r);
    return new Built(Main.OK, r);
  }

  static int run(Path root, List<String> args, PrintWriter err) throws IOException, InterruptedException {
    try (Progress progress = Main.progress(err)) {
      Path target = root.resolve("target");
      Built b = build(root, target, err, progress);
      if (b.exit() != Main.OK) {
        return b.exit();
      }
      var go = GoToolchain.find();
      if (go.isEmpty()) {
        err.println("lis: the Go toolchain was not found; install Go " + GoModule.GO_VERSION
            + " or newer, or set LIS_GO to the `go` binary");
        return Main.USAGE;
      }
      return Commands.buildAndExec(go.get(), target, target.resolve("bin").resolve("program").toAbsolutePath(), args, err,
          progress);
    }
  }

  static int clean(Path root, PrintWriter err) {
    if (!Files.exists(root.resolve("lisette.toml"))) {
      err.println("lis: `" + root + "` is not a project (no lisette.toml); nothing removed");
      return Main.USAGE;
    }
    Path target = root.resolve("target");
    if (Files.exists(target)) {
      Commands.deleteTree(target);
    }
    return Main.OK;
  }

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]+");

  static int create(String name, PrintWriter out, PrintWriter err) throws IOException {
    if (name == null) {
      err.println("lis: give the project a name: `lis new NAME`");
      return Main.USAGE;
    }
    Path root = Path.of(name);
    name = root.getFileName().toString();
    if (!NAME.matcher(name).matches()) {
      err.println("lis: a project name uses ASCII letters, digits and `.-_~`; got `" + name + "`");
      return Main.USAGE;
    }
    if (Files.exists(root)) {
      err.println("lis: `" + name + "` already exists");
      return Main.USAGE;
    }
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("lisette.toml"), "[project]\nname = \"" + name + "\"\nversion = \"0.1.0\"\n");
    Files.writeString(root.resolve("src/main.lis"), "import \"go:fmt\"\n\nfn main() {\n  fmt.Println(\"Hello from "
        + name + "!\")\n}\n");
    Files.writeString(root.resolve(".gitignore"), "target/\n");
    Files.writeString(root.resolve("README.md"), "# " + name + "\n\nA Lisette project. Run it with `lis run`.\n");
    out.println("Created project `" + name + "`: cd " + root + " && lis run");
    return Main.OK;
  }

  private static void report(Path root, ProjectBuild.Result r, PrintWriter err) {
    var located = new java.util.ArrayList<DiagnosticsJson.Located>();
    for (ProjectBuild.FileReport f : r.reports()) {
      f.diagnostics().forEach(d -> located.add(new DiagnosticsJson.Located(f.file(), d)));
    }
    var problems = r.problems().stream().map(p -> new DiagnosticsJson.Problem(
        root.relativize(p.where()).toString(), p.code(), p.message(), p.help())).toList();
    Main.reporting().show(located, problems, r.render(root), "the project");
  }
}

package dev.lisette.project;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.emit.GoPrinter;
import dev.lisette.emit.Lowering;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Checker;
import dev.lisette.semantics.ModuleExports;
import dev.lisette.semantics.ModuleInput;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compiles a project directory (spec projects.*): reads lisette.toml, discovers the modules
 * under src/, parses every file, resolves the imports between modules (rejecting bad paths,
 * unknown modules and cycles), checks the modules in dependency order and lowers each file
 * to Go. Nothing is written here; see {@link #write}.
 */
public final class ProjectBuild {
  private ProjectBuild() {}

  /** Diagnostics of one source file. */
  public record FileReport(SourceFile file, List<Diagnostic> diagnostics) {}

  /**
   * The outcome: problems without a source line, per-file diagnostics, and — when there is no
   * error — the Go source of every output file keyed by its path relative to target/.
   */
  public record Result(Optional<ProjectConfig> config, List<ProjectLayout.Problem> problems,
      List<FileReport> reports, Map<String, String> goFiles) {

    public boolean hasErrors() {
      return !problems.isEmpty()
          || reports.stream().anyMatch(r -> r.diagnostics().stream().anyMatch(Diagnostic::isError));
    }

    /** All diagnostics rendered, files in path order. */
    public String render(Path root) {
      var sb = new StringBuilder();
      for (ProjectLayout.Problem pr : problems) {
        String where = pr.where().startsWith(root) ? root.relativize(pr.where()).toString() : pr.where().toString();
        String location = where.isEmpty() ? "." : Files.isRegularFile(pr.where()) ? where + ":1:1" : where;
        sb.append(DiagnosticRenderer.renderWithoutSource("error", pr.code(), pr.message(), location, pr.help()));
      }
      for (FileReport r : reports) {
        if (!r.diagnostics().isEmpty()) {
          sb.append(DiagnosticRenderer.render(r.file(), r.diagnostics()));
        }
      }
      return sb.toString();
    }
  }

  /** Told as the check of the modules advances (the `lis` progress display listens). */
  public interface Listener {
    Listener NONE = (checked, total) -> {};

    /** {@code checked} of the project's {@code total} modules have been checked. */
    void modulesChecked(int checked, int total);
  }

  public static Result compile(Path root) throws IOException {
    return compile(root, Optional.empty(), Listener.NONE, false);
  }

  public static Result compile(Path root, Listener listener) throws IOException {
    return compile(root, Optional.empty(), listener, false);
  }

  /** With {@code debug} the Go maps to the lines of the .lis files (spec projects.cli.debug-line-directives). */
  public static Result compile(Path root, Listener listener, boolean debug) throws IOException {
    return compile(root, Optional.empty(), listener, debug);
  }

  /** {@code goModuleOverride} replaces the Go module path from lisette.toml (used by the test suite). */
  public static Result compile(Path root, Optional<String> goModuleOverride) throws IOException {
    return compile(root, goModuleOverride, Listener.NONE, false);
  }

  private static Result compile(Path root, Optional<String> goModuleOverride, Listener listener, boolean debug)
      throws IOException {
    Path tomlPath = root.resolve("lisette.toml");
    if (!Files.exists(tomlPath)) {
      return new Result(Optional.empty(), List.of(new ProjectLayout.Problem("project.missing_config",
          "no `lisette.toml` in " + root, root, "create one with `lis new NAME`, or pass a `.lis` file")), List.of(), Map.of());
    }
    SourceLoader.Loaded toml = SourceLoader.load(tomlPath, "lisette.toml");
    ProjectConfig.Loaded config = ProjectConfig.parse(toml.file());
    var reports = new ArrayList<FileReport>();
    if (!config.diagnostics().isEmpty()) {
      reports.add(new FileReport(toml.file(), config.diagnostics()));
    }
    ProjectLayout layout = ProjectLayout.discover(root);
    var problems = new ArrayList<>(layout.problems());
    if (config.config().isEmpty() || !problems.isEmpty()) {
      return new Result(config.config(), problems, reports, Map.of());
    }

    // Parse every file.
    var parsed = new TreeMap<String, List<ParsedFile>>();
    boolean syntaxErrors = false;
    for (var e : layout.modules().entrySet()) {
      var files = new ArrayList<ParsedFile>();
      for (Path f : e.getValue()) {
        String display = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        SourceLoader.Loaded loaded = SourceLoader.load(f, display);
        if (loaded.encodingError().isPresent()) {
          reports.add(new FileReport(loaded.file(), List.of(loaded.encodingError().get())));
          syntaxErrors = true;
          continue;
        }
        ParsedFile p = Parser.parse(loaded.file());
        if (p.hasErrors()) {
          reports.add(new FileReport(loaded.file(), p.diagnostics()));
          syntaxErrors = true;
        }
        files.add(p);
      }
      parsed.put(e.getKey(), files);
    }
    if (syntaxErrors) {
      return new Result(config.config(), problems, sortReports(reports), Map.of());
    }

    // Resolve imports between modules.
    var graph = new ImportGraph();
    var importErrors = new HashMap<ParsedFile, List<Diagnostic>>();
    var importSites = new HashMap<String, Map<String, Item.Import>>();
    for (var e : parsed.entrySet()) {
      graph.module(e.getKey());
      for (ParsedFile f : e.getValue()) {
        for (Item item : f.items()) {
          if (!(item instanceof Item.Import imp) || imp.path().startsWith("go:")) {
            continue;
          }
          Optional<Diagnostic> bad = importProblem(imp, e.getKey(), parsed);
          if (bad.isPresent()) {
            importErrors.computeIfAbsent(f, k -> new ArrayList<>()).add(bad.get());
            continue;
          }
          graph.addImport(e.getKey(), imp.path());
          importSites.computeIfAbsent(e.getKey(), k -> new HashMap<>()).putIfAbsent(imp.path(), imp);
        }
      }
    }
    Optional<List<String>> cycle = graph.cycle();
    if (cycle.isPresent()) {
      List<String> c = cycle.get();
      String first = c.get(0);
      Item.Import site = importSites.get(first).get(c.get(1));
      ParsedFile f = fileOf(parsed.get(first), site);
      String shown = String.join(" → ", c.stream().map(m -> m.isEmpty() ? "main" : m).toList());
      importErrors.computeIfAbsent(f, k -> new ArrayList<>()).add(Diagnostic.error("resolve.import_cycle",
          "import cycle detected", site.pathSpan(), shown).withHelp("modules cannot import each other in a circle; move the shared items into a module both import"));
    }
    if (!importErrors.isEmpty()) {
      importErrors.forEach((f, ds) -> reports.add(new FileReport(f.source(), ds)));
      return new Result(config.config(), problems, sortReports(reports), Map.of());
    }

    // Check in dependency order, then lower.
    String goModule = goModuleOverride.orElse(config.config().get().name());
    var exports = new HashMap<String, ModuleExports>();
    var checked = new ArrayList<CheckedProgram>();
    List<String> order = graph.buildOrder();
    for (String module : order) {
      var result = Checker.checkModule(new ModuleInput(module, module.isEmpty(), false, parsed.get(module), Map.copyOf(exports)));
      exports.put(module, result.exports());
      checked.addAll(result.files());
      listener.modulesChecked(exports.size(), order.size());
    }
    boolean errors = false;
    for (CheckedProgram c : checked) {
      if (!c.diagnostics().isEmpty()) {
        reports.add(new FileReport(c.file().source(), c.diagnostics()));
        errors |= c.diagnostics().stream().anyMatch(Diagnostic::isError);
      }
    }
    if (errors) {
      return new Result(config.config(), problems, sortReports(reports), Map.of());
    }
    var go = new TreeMap<String, String>();
    for (CheckedProgram c : checked) {
      String src = c.file().source().path();
      String rel = src.substring("src/".length()).replaceFirst("\\.lis$", ".go");
      String lineFile = debug ? root.resolve(src).toAbsolutePath().normalize().toString() : null;
      go.put(rel, GoPrinter.print(Lowering.lower(c, goModule, lineFile)));
    }
    return new Result(config.config(), problems, sortReports(reports), java.util.Collections.unmodifiableMap(go));
  }

  private static List<FileReport> sortReports(List<FileReport> reports) {
    return reports.stream().sorted(java.util.Comparator.comparing(r -> r.file().path())).toList();
  }

  private static ParsedFile fileOf(List<ParsedFile> files, Item.Import imp) {
    return files.stream().filter(f -> f.items().contains(imp)).findFirst().orElseThrow();
  }

  private static Optional<Diagnostic> importProblem(Item.Import imp, String from, Map<String, List<ParsedFile>> modules) {
    String path = imp.path();
    Optional<String> invalid = ProjectLayout.invalidModulePath(path);
    if (invalid.isPresent()) {
      return Optional.of(Diagnostic.error("resolve.invalid_module_path", "invalid module path", imp.pathSpan(),
          invalid.get()).withHelp("write the path of the module's directory under src/, e.g. `import \"models\"`"));
    }
    if (path.equals(from) || (path.equals("main") && from.isEmpty())) {
      return Optional.of(Diagnostic.error("resolve.import_cycle", "import cycle detected", imp.pathSpan(),
          "a module cannot import itself"));
    }
    if (path.equals("prelude")) {
      return Optional.of(Diagnostic.error("resolve.cannot_import_prelude", "invalid import", imp.pathSpan(),
          "the prelude is always in scope").withHelp("remove this import"));
    }
    if (!modules.containsKey(path) || path.isEmpty()) {
      String help = dev.lisette.semantics.GoTypedefs.exists(path)
          ? "to use the Go package, write `import \"go:" + path + "\"`"
          : "modules are directories under src/ holding .lis files";
      return Optional.of(Diagnostic.error("resolve.module_not_found", "module not found", imp.pathSpan(),
          "no module `" + path + "` in this project").withHelp(help));
    }
    return Optional.empty();
  }

  /**
   * Writes target/: go.mod, one .go file per .lis file and the support package. Files whose
   * content is unchanged are not rewritten, and .go files no longer produced are deleted,
   * so a rebuild with no change touches nothing (spec projects.output.incremental).
   */
  public static List<Path> write(Path target, Result result) throws IOException {
    var written = new ArrayList<Path>();
    Files.createDirectories(target);
    if (writeIfChanged(target.resolve("go.mod"), GoModule.goMod(result.config().orElseThrow().name(), "./prelude"))) {
      written.add(target.resolve("go.mod"));
    }
    var expected = new java.util.HashSet<Path>();
    for (var e : result.goFiles().entrySet()) {
      Path out = target.resolve(e.getKey());
      expected.add(out);
      if (writeIfChanged(out, e.getValue())) {
        written.add(out);
      }
    }
    try (var s = Files.walk(target)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".go") && !p.startsWith(target.resolve("prelude"))
          && !expected.contains(p)).toList()) {
        Files.delete(p);
      }
    }
    GoModule.writePrelude(target.resolve("prelude"));
    return written;
  }

  private static boolean writeIfChanged(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return true;
  }

}

package dev.lisette.conformance;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.project.Compiler;
import dev.lisette.project.ProjectBuild;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the reference compiler made of a case, in one shape for single files and projects:
 * the diagnostics located by file and line, their rendering, and the Go files (by path
 * relative to the case's Go directory).
 */
record CaseResult(List<Reported> diagnostics, String rendered, boolean hasErrors, Map<String, String> goFiles) {

  /** A reported diagnostic; {@code file} is "" for a single-file case. */
  record Reported(String file, int line, String severity, String code) {
    @Override
    public String toString() {
      return severity + " " + code + " at " + (file.isEmpty() ? "line " : file + ":") + line;
    }
  }

  static CaseResult of(Compiler.Result r) {
    var ds = new ArrayList<Reported>();
    for (Diagnostic d : r.diagnostics()) {
      ds.add(new Reported("", r.source().line(d.primary().span().start()), d.severity().label(), d.code()));
    }
    return new CaseResult(List.copyOf(ds), DiagnosticRenderer.render(r.source(), r.diagnostics()), r.hasErrors(),
        r.go().map(go -> Map.of("main.go", go)).orElse(Map.of()));
  }

  static CaseResult of(ProjectBuild.Result r, Path root) {
    var ds = new ArrayList<Reported>();
    for (var p : r.problems()) {
      String where = root.relativize(p.where()).toString().replace(java.io.File.separatorChar, '/');
      ds.add(new Reported(where, 1, "error", p.code()));
    }
    for (ProjectBuild.FileReport fr : r.reports()) {
      SourceFile f = fr.file();
      for (Diagnostic d : fr.diagnostics()) {
        ds.add(new Reported(f.path(), f.line(d.primary().span().start()), d.severity().label(), d.code()));
      }
    }
    return new CaseResult(List.copyOf(ds), r.render(root), r.hasErrors(), r.goFiles());
  }
}

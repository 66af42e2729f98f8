package dev.lisette.cli;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * How this run of `lis` shows diagnostics: rendered text on stderr (coloured on a terminal),
 * or with `--json` one JSON document on stdout. Set once per run by {@link Main}.
 */
record Reporting(PrintWriter out, PrintWriter err, boolean json, boolean color) {

  /** Shows diagnostics of files (and project problems); then a one-line summary on stderr. */
  void show(List<DiagnosticsJson.Located> located, List<DiagnosticsJson.Problem> problems, String rendered, String what) {
    if (json) {
      DiagnosticsJson.write(located, problems, out);
      out.flush();
      return;
    }
    if (rendered.isEmpty()) {
      return;
    }
    err.print(color ? Colors.apply(rendered) : rendered);
    long errors = problems.size() + located.stream().filter(l -> l.diagnostic().isError()).count();
    long warnings = located.size() + problems.size() - errors;
    if (errors > 0) {
      err.println("error: could not compile " + what + " (" + count(errors, "error")
          + (warnings > 0 ? ", " + count(warnings, "warning") : "") + ")");
    } else if (warnings > 0) {
      err.println("warning: " + what + " compiled with " + count(warnings, "warning"));
    }
    err.flush();
  }

  void showFile(SourceFile file, List<Diagnostic> diagnostics) {
    var located = new ArrayList<DiagnosticsJson.Located>();
    diagnostics.forEach(d -> located.add(new DiagnosticsJson.Located(file, d)));
    show(located, List.of(), diagnostics.isEmpty() ? "" : DiagnosticRenderer.render(file, diagnostics),
        "`" + file.path() + "`");
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}

package dev.lisette.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Label;
import dev.lisette.diagnostics.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * `--json`: diagnostics as one JSON document on stdout, for editors and tools:
 * {"diagnostics": [{"file", "severity", "code", "message", "line", "column", "end_line",
 * "end_column", "label", "help", "secondary": [...]}], "errors": N, "warnings": N}.
 * Lines and columns are 1-based; columns count code points.
 */
final class DiagnosticsJson {
  private DiagnosticsJson() {}

  record Located(SourceFile file, Diagnostic diagnostic) {}

  /** Diagnostics without a source line (project layout problems). */
  record Problem(String file, String code, String message, String help) {}

  static void write(List<Located> diagnostics, List<Problem> problems, Writer out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("diagnostics");
      int errors = problems.size();
      int warnings = 0;
      for (Problem p : problems) {
        g.writeStartObject();
        g.writeStringField("file", p.file());
        g.writeStringField("severity", "error");
        g.writeStringField("code", p.code());
        g.writeStringField("message", p.message());
        if (p.help() != null) {
          g.writeStringField("help", p.help());
        }
        g.writeEndObject();
      }
      for (Located l : diagnostics) {
        Diagnostic d = l.diagnostic();
        if (d.isError()) {
          errors++;
        } else {
          warnings++;
        }
        g.writeStartObject();
        g.writeStringField("file", l.file().path());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("code", d.code());
        g.writeStringField("message", d.message());
        position(g, l.file(), d.primary());
        if (d.help().isPresent()) {
          g.writeStringField("help", d.help().get());
        }
        g.writeArrayFieldStart("secondary");
        for (Label s : d.secondary()) {
          g.writeStartObject();
          position(g, l.file(), s);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("errors", errors);
      g.writeNumberField("warnings", warnings);
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void position(JsonGenerator g, SourceFile f, Label label) throws IOException {
    g.writeNumberField("line", f.line(label.span().start()));
    g.writeNumberField("column", f.column(label.span().start()));
    g.writeNumberField("end_line", f.line(label.span().end()));
    g.writeNumberField("end_column", f.column(label.span().end()));
    g.writeStringField("label", label.text());
  }
}

package dev.lisette.syntax;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.SourceFile;
import java.util.List;

/** The result of parsing one file: its items and the lexical and syntax diagnostics. */
public record ParsedFile(SourceFile source, List<Item> items, List<Diagnostic> diagnostics) {
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}

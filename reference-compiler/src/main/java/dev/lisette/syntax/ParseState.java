package dev.lisette.syntax;

import dev.lisette.diagnostics.Diagnostic;
import java.util.List;

/** The mutable state of one parse: the tokens, the cursor, the diagnostics. */
final class ParseState {
  final String src;
  final Token[] tokens;
  final List<Diagnostic> diagnostics;
  int pos;
  int depth;
  int errors;
  /** `{` consumed minus `}` consumed: recovery skips back to the level where it started. */
  int braces;
  /** Set once `parse.unclosed_block` has been reported: enclosing blocks stay quiet. */
  boolean unclosedReported;

  ParseState(String src, Token[] tokens, List<Diagnostic> diagnostics, int errors) {
    this.src = src;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
    this.errors = errors;
  }
}

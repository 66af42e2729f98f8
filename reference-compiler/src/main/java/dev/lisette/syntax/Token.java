package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;

/**
 * A token. {@code text} is the source spelling; for string-like tokens {@code value} holds the
 * decoded text and {@code parts} the pieces of a format string. {@code inserted} marks a
 * semicolon added by automatic semicolon insertion.
 */
public record Token(TokenKind kind, Span span, String text, String value, List<FStringPart> parts, boolean inserted) {

  public Token(TokenKind kind, Span span, String text) {
    this(kind, span, text, text, List.of(), false);
  }

  public boolean is(TokenKind k) {
    return kind == k;
  }

  /** A piece of an f-string: literal text or an interpolated expression's source range. */
  public sealed interface FStringPart {
    record Text(String raw, String value, Span span) implements FStringPart {}

    record Hole(Span span) implements FStringPart {}
  }
}

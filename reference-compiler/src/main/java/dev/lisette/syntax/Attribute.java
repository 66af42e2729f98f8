package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;

/** `#[name]` or `#[name(arg, …)]` before an item, a field or a method (spec grammar.item.attributes). */
public record Attribute(Span span, Ident name, List<Arg> args) {

  /** An attribute argument. */
  public sealed interface Arg {
    Span span();

    /** `omitempty`. */
    record Flag(Ident name) implements Arg {
      public Span span() {
        return name.span();
      }
    }

    /** `!omitempty`. */
    record Negated(Span span, Ident name) implements Arg {}

    /** `"uid"`: {@code raw} between the quotes, {@code value} decoded. */
    record Str(Span span, String raw, String value) implements Arg {}

    /** A backtick string; {@code text} between the backticks. */
    record Raw(Span span, String text) implements Arg {}
  }
}

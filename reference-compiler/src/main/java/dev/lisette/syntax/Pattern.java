package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** Patterns (spec grammar.pattern.*): in `let`, parameters, `for`, match arms, `if let`. */
public sealed interface Pattern {
  Span span();

  /** `_`. */
  record Wildcard(Span span) implements Pattern {}

  /** A lowercase name: binds the matched value. */
  record Binding(Ident name) implements Pattern {
    public Span span() {
      return name.span();
    }
  }

  /** An integer literal; {@code text} is the spelling without the sign. */
  record IntLit(Span span, boolean negative, String text) implements Pattern {}

  record StringLit(Span span, String raw, String value) implements Pattern {}

  record RuneLit(Span span, String raw, int value) implements Pattern {}

  record BoolLit(Span span, boolean value) implements Pattern {}

  /** `()`. */
  record Unit(Span span) implements Pattern {}

  /** `(p)`. */
  record Paren(Span span, Pattern inner) implements Pattern {}

  /** `(a, b)` … five elements. */
  record Tuple(Span span, List<Pattern> elements) implements Pattern {}

  /** `[a, b, ..rest]`: the elements before the optional rest, which is always last. */
  record Slice(Span span, List<Pattern> elements, Optional<Rest> rest) implements Pattern {}

  /** `..` or `..name` at the end of a slice pattern. */
  record Rest(Span span, Optional<Ident> binding) {}

  /** A qualified name or an uppercase name: a unit variant or constant (`Color.Red`, `None`). */
  record Path(Span span, List<Ident> path) implements Pattern {}

  /** `Shape.Circle(r)`, `Rgb(r, _, _)`, `Sig.Big(a, ..)` ({@code rest}: a trailing `..`). */
  record TupleStruct(Span span, List<Ident> path, List<Pattern> elements, boolean rest) implements Pattern {}

  /** `Point { x, y: 0, .. }`. */
  record Struct(Span span, List<Ident> path, List<FieldPattern> fields, boolean rest) implements Pattern {}

  /** `name` (shorthand) or `name: pattern`. */
  record FieldPattern(Span span, Ident name, Optional<Pattern> pattern) {}

  /** `A | B | C`. */
  record Or(Span span, List<Pattern> alternatives) implements Pattern {}

  /** The names a pattern binds, in source order. */
  static List<Ident> bindings(Pattern p) {
    var out = new java.util.ArrayList<Ident>();
    collect(p, out);
    return List.copyOf(out);
  }

  private static void collect(Pattern p, List<Ident> out) {
    switch (p) {
      case Binding b -> out.add(b.name());
      case Paren pa -> collect(pa.inner(), out);
      case Tuple t -> t.elements().forEach(e -> collect(e, out));
      case Slice s -> {
        s.elements().forEach(e -> collect(e, out));
        s.rest().flatMap(Rest::binding).ifPresent(out::add);
      }
      case TupleStruct t -> t.elements().forEach(e -> collect(e, out));
      case Struct s -> s.fields().forEach(f -> f.pattern().ifPresentOrElse(x -> collect(x, out), () -> out.add(f.name())));
      case Or o -> {
        if (!o.alternatives().isEmpty()) {
          collect(o.alternatives().get(0), out);
        }
      }
      case Wildcard w -> {}
      case IntLit i -> {}
      case StringLit s -> {}
      case RuneLit r -> {}
      case BoolLit b -> {}
      case Unit u -> {}
      case Path pa -> {}
    }
  }

  /** The name a simple pattern binds: a binding's name, or `_` for the wildcard. */
  static Optional<Ident> simpleName(Pattern p) {
    return switch (p) {
      case Binding b -> Optional.of(b.name());
      case Wildcard w -> Optional.of(new Ident("_", w.span()));
      default -> Optional.empty();
    };
  }
}

package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;

/** Types as written in source. */
public sealed interface TypeExpr {
  Span span();

  /** `int`, `pkg.Type`, `Map<K, V>`. */
  record Named(Span span, List<Ident> path, List<TypeExpr> args) implements TypeExpr {
    public String display() {
      return String.join(".", path.stream().map(Ident::name).toList());
    }
  }

  record Unit(Span span) implements TypeExpr {}

  record Tuple(Span span, List<TypeExpr> elements) implements TypeExpr {}

  record Function(Span span, List<TypeExpr> params, TypeExpr result) implements TypeExpr {}
}

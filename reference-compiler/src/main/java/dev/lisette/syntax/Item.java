package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** Top-level declarations. */
public sealed interface Item {
  Span span();

  /** `import "go:fmt"`, `import alias "path"`. */
  record Import(Span span, Optional<Ident> alias, String path, Span pathSpan) implements Item {}

  record Fn(Span span, List<String> docs, boolean pub, Ident name, List<Param> params,
      Optional<TypeExpr> returnType, Optional<Block> body) implements Item {}

  record Param(Span span, boolean mut, Ident name, TypeExpr type) {}
}

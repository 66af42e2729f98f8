package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.Optional;

public sealed interface Stmt {
  Span span();

  /** `let [mut] pattern [: T] = init [else { … }]`. */
  record Let(Span span, boolean mut, Pattern pattern, Optional<TypeExpr> type, Expr init, Optional<Block> otherwise)
      implements Stmt {}

  /** `target = value` or `target op= value`; {@code op} is empty for plain assignment. */
  record Assign(Span span, Expr target, Optional<BinaryOp> op, Expr value, Span opSpan) implements Stmt {}

  record ExprStmt(Span span, Expr expr) implements Stmt {}

  record While(Span span, Expr cond, Block body) implements Stmt {}

  /** `while let pattern = scrutinee { … }`. */
  record WhileLet(Span span, Pattern pattern, Expr scrutinee, Block body) implements Stmt {}

  /** `for pattern [: T] in iterable { … }`. */
  record For(Span span, Pattern pattern, Optional<TypeExpr> type, Expr iterable, Block body) implements Stmt {}

  /** An item inside a block: a nested `fn` (rejected by the checker) or a local `const`. */
  record NestedItem(Span span, Item item) implements Stmt {}
}

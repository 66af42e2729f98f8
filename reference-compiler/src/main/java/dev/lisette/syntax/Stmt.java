package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.Optional;

public sealed interface Stmt {
  Span span();

  record Let(Span span, boolean mut, Ident name, Optional<TypeExpr> type, Expr init) implements Stmt {}

  /** `target = value` or `target op= value`; {@code op} is empty for plain assignment. */
  record Assign(Span span, Expr target, Optional<BinaryOp> op, Expr value, Span opSpan) implements Stmt {}

  record ExprStmt(Span span, Expr expr) implements Stmt {}

  record While(Span span, Expr cond, Block body) implements Stmt {}

  record For(Span span, Ident binding, Expr iterable, Block body) implements Stmt {}

  /** An item where only statements may appear (a nested `fn`): kept so the checker can say so. */
  record NestedItem(Span span, Item item) implements Stmt {}
}

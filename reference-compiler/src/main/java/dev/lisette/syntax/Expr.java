package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;
import java.util.Optional;

public sealed interface Expr {
  Span span();

  record IntLit(Span span, String text) implements Expr {}

  record FloatLit(Span span, String text) implements Expr {}

  record ImaginaryLit(Span span, String text) implements Expr {}

  record BoolLit(Span span, boolean value) implements Expr {}

  /** {@code raw} is the source spelling between the quotes, {@code value} the decoded text. */
  record StringLit(Span span, String raw, String value) implements Expr {}

  record RuneLit(Span span, String raw, int value) implements Expr {}

  record FString(Span span, List<Part> parts) implements Expr {
    public sealed interface Part {}

    public record Text(String raw, String value, Span span) implements Part {}

    public record Hole(Expr expr) implements Part {}
  }

  record Unit(Span span) implements Expr {}

  record Name(Ident ident) implements Expr {
    public Span span() {
      return ident.span();
    }
  }

  /** `target.name`: a field, or a member of an imported package. */
  record Field(Span span, Expr target, Ident name) implements Expr {}

  record Call(Span span, Expr callee, List<Expr> args) implements Expr {}

  record Unary(Span span, UnaryOp op, Expr operand) implements Expr {}

  record Binary(Span span, BinaryOp op, Expr left, Expr right, Span opSpan) implements Expr {}

  record Cast(Span span, Expr operand, TypeExpr type) implements Expr {}

  record Paren(Span span, Expr inner) implements Expr {}

  record BlockExpr(Block block) implements Expr {
    public Span span() {
      return block.span();
    }
  }

  /** {@code otherwise} is another {@code If} or a {@code BlockExpr}. */
  record If(Span span, Expr cond, Block then, Optional<Expr> otherwise) implements Expr {}

  record Loop(Span span, Block body) implements Expr {}

  record Break(Span span, Optional<Expr> value) implements Expr {}

  record Continue(Span span) implements Expr {}

  record Return(Span span, Optional<Expr> value) implements Expr {}

  record Range(Span span, Optional<Expr> start, Optional<Expr> end, boolean inclusive) implements Expr {}

  /** Stands in for an expression the parser could not read; never reaches the checker. */
  record Missing(Span span) implements Expr {}
}

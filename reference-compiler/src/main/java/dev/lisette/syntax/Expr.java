package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** Expressions (spec grammar.expr.*). */
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

  /** `target.name`: a field, a method, a member of an imported package or a variant. */
  record Field(Span span, Expr target, Ident name) implements Expr {}

  /** `target.0`. */
  record TupleField(Span span, Expr target, int index, Span indexSpan) implements Expr {}

  record Call(Span span, Expr callee, List<Expr> args) implements Expr {}

  /** `target<A, B>`: explicit type arguments, always the callee of a call (spec grammar.expr.type-args). */
  record TypeApply(Span span, Expr target, List<TypeExpr> args) implements Expr {}

  /** `target[index]`; the index may be a range. */
  record Index(Span span, Expr target, Expr index) implements Expr {}

  /** `target.*`. */
  record Deref(Span span, Expr target) implements Expr {}

  /** `operand?`. */
  record Propagate(Span span, Expr operand) implements Expr {}

  record Unary(Span span, UnaryOp op, Expr operand) implements Expr {}

  record Binary(Span span, BinaryOp op, Expr left, Expr right, Span opSpan) implements Expr {}

  /**
   * `value |> target`. {@code call} is the call it means (`target(value)`, or `f(value, a…)` when the
   * target is `f(a…)`), built by the parser; printers show the pipeline as written.
   */
  record Pipe(Span span, Expr value, Expr target, Span opSpan, Call call) implements Expr {}

  record Cast(Span span, Expr operand, TypeExpr type) implements Expr {}

  record Paren(Span span, Expr inner) implements Expr {}

  /** `(a, b)` … five elements. */
  record Tuple(Span span, List<Expr> elements) implements Expr {}

  /** `[a, b, c]`. */
  record SliceLit(Span span, List<Expr> elements) implements Expr {}

  /** `Path { field: value, short, ..spread }`. */
  record StructLit(Span span, List<Ident> path, List<FieldInit> fields, Optional<Expr> spread) implements Expr {}

  /** `name: value`, or the shorthand `name` (empty value). */
  record FieldInit(Span span, Ident name, Optional<Expr> value) {}

  /** `|params| body` or `|params| -> R { … }`. */
  record Lambda(Span span, List<LambdaParam> params, Optional<TypeExpr> returnType, Expr body) implements Expr {}

  record LambdaParam(Span span, Pattern pattern, Optional<TypeExpr> type) {}

  record BlockExpr(Block block) implements Expr {
    public Span span() {
      return block.span();
    }
  }

  /** {@code otherwise} is another {@code If}/{@code IfLet} or a {@code BlockExpr}. */
  record If(Span span, Expr cond, Block then, Optional<Expr> otherwise) implements Expr {}

  /** `if let pattern = scrutinee { … } else …`. */
  record IfLet(Span span, Pattern pattern, Expr scrutinee, Block then, Optional<Expr> otherwise) implements Expr {}

  record Match(Span span, Expr scrutinee, List<MatchArm> arms) implements Expr {}

  /** `pattern [if guard] => body`; the body is an expression statement or an assignment. */
  record MatchArm(Span span, Pattern pattern, Optional<Expr> guard, Stmt body) {}

  record Loop(Span span, Block body) implements Expr {}

  record Break(Span span, Optional<Expr> value) implements Expr {}

  record Continue(Span span) implements Expr {}

  record Return(Span span, Optional<Expr> value) implements Expr {}

  record Range(Span span, Optional<Expr> start, Optional<Expr> end, boolean inclusive) implements Expr {}

  /** `task call()` or `task { … }`: {@code body} is a call or a block. */
  record Task(Span span, Expr body) implements Expr {}

  /** `defer call()` or `defer { … }`: {@code body} is a call or a block. */
  record Defer(Span span, Expr body) implements Expr {}

  record Try(Span span, Block body) implements Expr {}

  record Recover(Span span, Block body) implements Expr {}

  record Select(Span span, List<SelectArm> arms) implements Expr {}

  /** An arm of `select` (spec grammar.expr.select). */
  sealed interface SelectArm {
    Span span();

    /** `let pattern = receive => body`. */
    record Receive(Span span, Pattern pattern, Expr receive, Stmt body) implements SelectArm {}

    /** `match receive { arms }`. */
    record MatchReceive(Span span, Expr receive, List<MatchArm> arms) implements SelectArm {}

    /** `operation => body`: a receive or send whose result is ignored. */
    record Operation(Span span, Expr operation, Stmt body) implements SelectArm {}

    /** `_ => body`. */
    record Default(Span span, Stmt body) implements SelectArm {}
  }

  /** `@rawgo("go code")`. */
  record RawGo(Span span, String code) implements Expr {}

  /** Stands in for an expression the parser could not read; never reaches the checker. */
  record Missing(Span span) implements Expr {}
}

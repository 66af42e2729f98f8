package dev.lisette.emit;

import java.util.List;
import java.util.Optional;

/** A small Go syntax tree: just what the lowering produces, printed by {@link GoPrinter}. */
public final class GoAst {
  private GoAst() {}

  public record File(String packageName, List<Import> imports, List<Func> funcs) {}

  public record Import(Optional<String> alias, String path) {}

  public record Param(String name, String type) {}

  public record Func(String name, List<Param> params, Optional<String> result, List<Stmt> body) {}

  public sealed interface Expr {}

  public record Ident(String name) implements Expr {}

  /** A literal, already spelled as Go source. */
  public record Lit(String text) implements Expr {}

  public record Binary(String op, Expr left, Expr right) implements Expr {
    /** Go's precedence levels: || 1, && 2, comparisons 3, + - 4, * / % 5. */
    public int precedence() {
      return switch (op) {
        case "||" -> 1;
        case "&&" -> 2;
        case "==", "!=", "<", "<=", ">", ">=" -> 3;
        case "+", "-", "|", "^" -> 4;
        default -> 5;
      };
    }
  }

  public record Unary(String op, Expr operand) implements Expr {}

  public record Paren(Expr inner) implements Expr {}

  public record Call(Expr fn, List<Expr> args) implements Expr {}

  public record Selector(Expr target, String name) implements Expr {}

  /** `func() T { body }`, used for the rare value that needs statements. */
  public record FuncLit(Optional<String> result, List<Stmt> body) implements Expr {}

  public record Composite(String type, List<Expr> elements) implements Expr {}

  public sealed interface Stmt {}

  public record ExprStmt(Expr expr) implements Stmt {}

  /** `a := v` (or `a, b := v, w`). */
  public record Define(List<String> names, List<Expr> values) implements Stmt {}

  public record Var(String name, String type, Optional<Expr> value) implements Stmt {}

  /** `target op value` where op is `=`, `+=`, … */
  public record Assign(Expr target, String op, Expr value) implements Stmt {}

  /** Parallel assignment `a, b = x, y`. */
  public record Assign2(List<Expr> targets, List<Expr> values) implements Stmt {}

  public record IncDec(Expr target, String op) implements Stmt {}

  public record Return(Optional<Expr> value) implements Stmt {}

  /** {@code otherwise} is empty, an {@code If} (else-if) or a {@code Block}. */
  public record If(Expr cond, List<Stmt> then, Optional<Stmt> otherwise) implements Stmt {}

  /** A three-clause or condition-only or infinite `for`. */
  public record For(Optional<Stmt> init, Optional<Expr> cond, Optional<Stmt> post, List<Stmt> body) implements Stmt {}

  /** `for key, value := range x`; empty names are omitted, `_` is kept. */
  public record ForRange(Optional<String> key, Optional<String> value, Expr range, List<Stmt> body) implements Stmt {}

  public record Block(List<Stmt> body) implements Stmt {}

  public record Break() implements Stmt {}

  public record Continue() implements Stmt {}
}

package dev.lisette.emit;

import java.util.List;
import java.util.Optional;

/**
 * A small Go syntax tree: just what the lowering produces, printed by {@link GoPrinter}. Types
 * are kept as Go source text (they never contain expressions that need layout decisions).
 */
public final class GoAst {
  private GoAst() {}

  /**
   * A Go file; in a debug build {@code lines} maps declarations and statements (by identity) to
   * the line of {@code lineFile} they were lowered from, printed as `//line` directives.
   */
  public record File(String packageName, List<Import> imports, List<Decl> decls, String lineFile,
      java.util.Map<Object, Integer> lines) {
    public File(String packageName, List<Import> imports, List<Decl> decls) {
      this(packageName, imports, decls, "", java.util.Map.of());
    }
  }

  public record Import(Optional<String> alias, String path) {}

  public record Param(String name, String type) {}

  /** A top-level declaration. */
  public sealed interface Decl {}

  /**
   * A function or method; {@code typeParams} is the bracketed list (`[T any]`) or empty, and
   * {@code receiver} is present for methods.
   */
  public record Func(Optional<Param> receiver, String name, String typeParams, List<Param> params,
      Optional<String> result, List<Stmt> body) implements Decl {
    public Func(String name, List<Param> params, Optional<String> result, List<Stmt> body) {
      this(Optional.empty(), name, "", params, result, body);
    }
  }

  /** `type Name[T any] struct { fields }`. */
  public record StructType(String name, String typeParams, List<Field> fields) implements Decl {}

  /** A struct field; {@code tag} is the struct tag's text without the backticks, empty for none. */
  public record Field(String name, String type, String tag) {
    public Field(String name, String type) {
      this(name, type, "");
    }
  }

  /** `type Name[T any] interface { Embedded; Method(params) Result }`. */
  public record InterfaceType(String name, String typeParams, List<String> embeds, List<Method> methods)
      implements Decl {}

  /** A method an interface requires. */
  public record Method(String name, List<Param> params, Optional<String> result) {}

  /** `type Name Underlying`. */
  public record DefinedType(String name, String typeParams, String underlying) implements Decl {}

  /** `const ( First Type = iota; Second; … )`. */
  public record IotaConsts(String type, List<String> names) implements Decl {}

  public sealed interface Expr {}

  public record Ident(String name) implements Expr {}

  /** A literal, already spelled as Go source. */
  public record Lit(String text) implements Expr {}

  public record Binary(String op, Expr left, Expr right) implements Expr {
    /** Go's precedence levels: || 1, && 2, comparisons 3, + - | ^ 4, * / % << >> & &^ 5. */
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

  /** A unary operator, including `*` (dereference) and `&` (address). */
  public record Unary(String op, Expr operand) implements Expr {}

  public record Paren(Expr inner) implements Expr {}

  /** A call; {@code spread} marks a final `args...`. */
  public record Call(Expr fn, List<Expr> args, boolean spread) implements Expr {
    public Call(Expr fn, List<Expr> args) {
      this(fn, args, false);
    }
  }

  public record Selector(Expr target, String name) implements Expr {}

  public record Index(Expr target, Expr index) implements Expr {}

  /** `x[lo:hi]` or `x[lo:hi:max]`. */
  public record SliceExpr(Expr target, Optional<Expr> lo, Optional<Expr> hi, Optional<Expr> max) implements Expr {}

  /** `func(params) T { body }`. */
  public record FuncLit(List<Param> params, Optional<String> result, List<Stmt> body) implements Expr {
    public FuncLit(Optional<String> result, List<Stmt> body) {
      this(List.of(), result, body);
    }
  }

  public record Composite(String type, List<Expr> elements) implements Expr {}

  /** `key: value` inside a composite literal. */
  public record KeyValue(String key, Expr value) implements Expr {}

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

  /** `switch tag { cases }` or, without a tag, `switch { case cond: … }`. */
  public record Switch(Optional<Expr> tag, List<Case> cases) implements Stmt {}

  /** A case clause; no labels means `default`. */
  public record Case(List<Expr> labels, List<Stmt> body) {}

  public record Labeled(String label, Stmt stmt) implements Stmt {}

  public record Block(List<Stmt> body) implements Stmt {}

  public record Break(Optional<String> label) implements Stmt {
    public Break() {
      this(Optional.empty());
    }
  }

  public record Continue() implements Stmt {}

  /** `defer call`. */
  public record Defer(Call call) implements Stmt {}

  /** `go call`. */
  public record Go(Call call) implements Stmt {}

  /** `channel <- value`. */
  public record Send(Expr channel, Expr value) implements Stmt {}

  /** `select { clauses }`. */
  public record Select(List<CommClause> clauses) implements Stmt {}

  /**
   * A clause of `select`: {@code comm} is a {@link Send}, an {@link ExprStmt} or a
   * {@link Define}/{@link Assign2} of a receive `<-ch`; empty means `default`.
   */
  public record CommClause(Optional<Stmt> comm, List<Stmt> body) {}

  /** `goto label`. */
  public record Goto(String label) implements Stmt {}

  /**
   * `const name T = value` (`var` when {@code variable}: the value is not a Go constant), at the
   * top level or in a function; {@code type} is empty when Go's default type is the right one.
   */
  public record Const(String name, Optional<String> type, Expr value, boolean variable) implements Decl, Stmt {}
}

package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Error handling (brief §12, §22.10–22.11, §22.16): `e?` tests a temporary and returns the
 * failure from the innermost function, lambda or `try` block; `try { … }` is an immediately
 * invoked closure whose tail is wrapped in `Ok`/`Some`; `recover { … }` is
 * `lisette.RecoverBlock(func() T { … })`; `defer f(x)` is Go's `defer` (the arguments are
 * evaluated at the `defer`), `defer { … }` a deferred closure.
 */
final class ErrorLowering {
  /** Builtins that Go does not allow as a `defer`red call (spec Expression statements). */
  private static final Set<String> NOT_DEFERRABLE = Set.of("append", "cap", "complex", "imag", "len", "make", "new",
      "real", "min", "max");

  private final Lowering l;
  private final CheckedProgram p;

  ErrorLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  private String lis() {
    return l.imports.prelude();
  }

  // ---- ? -------------------------------------------------------------------------------

  /**
   * `e?` (brief §22.10): the operand goes into a temporary; on `Err`/`None` the enclosing
   * function, lambda or `try` closure returns the failure (re-wrapped for its own result type),
   * otherwise the payload is the value. The temporary and the test run before the statement
   * that contains `e?`.
   */
  GoAst.Expr propagate(Expr.Propagate q) {
    boolean option = isOption(q);
    String tmp = l.fresh(option ? "opt" : "res");
    l.sink.add(new GoAst.Define(List.of(tmp), List.of(l.exprs.value(q.operand()))));
    GoAst.Ident t = new GoAst.Ident(tmp);
    GoAst.Expr failed = new GoAst.Binary("!=", new GoAst.Selector(t, "Tag"),
        new GoAst.Ident(lis() + (option ? ".OptionSome" : ".ResultOk")));
    GoAst.Expr failure = failure(option, () -> new GoAst.Selector(t, "ErrVal"));
    l.sink.add(new GoAst.If(failed, List.of(new GoAst.Return(Optional.of(failure))), Optional.empty()));
    return new GoAst.Selector(t, option ? "SomeVal" : "OkVal");
  }

  private boolean isOption(Expr.Propagate q) {
    return Type.isPrelude(TypeLowering.deref(p.typeOf(q.operand())), "Option");
  }

  /** `None` or `Err(err)` of the enclosing function's (lambda's, try block's) result type. */
  private GoAst.Expr failure(boolean option, java.util.function.Supplier<GoAst.Expr> err) {
    var result = (Type.Named) l.returnType;
    String targs = l.types.typeArgs(result.args());
    return option ? new GoAst.Call(new GoAst.Ident(lis() + ".MakeOptionNone" + targs), List.of())
        : new GoAst.Call(new GoAst.Ident(lis() + ".MakeResultErr" + targs), List.of(err.get()));
  }

  /** `Err(e)?` or `None?`: a failure written out, which always propagates. */
  boolean failureLiteral(Expr.Propagate q) {
    return failurePayload(q).isPresent();
  }

  /** The error of `Err(e)?` (or `None` itself for `None?`), if the operand is such a literal. */
  private Optional<Expr> failurePayload(Expr.Propagate q) {
    Expr operand = Lowering.unparen(q.operand());
    if (operand instanceof Expr.Call c && c.args().size() == 1 && isVariant(c.callee(), "Err")) {
      return Optional.of(c.args().get(0));
    }
    return isVariant(operand, "None") ? Optional.of(operand) : Optional.empty();
  }

  private boolean isVariant(Expr e, String name) {
    Expr u = Lowering.unparen(e);
    Symbol s = u instanceof Expr.Name n ? p.names().get(n) : u instanceof Expr.Field f ? p.members().get(f) : null;
    return s instanceof Symbol.Variant v && v.owner().module().equals(Type.PRELUDE) && v.variant().name().equals(name);
  }

  /** `Err(e)?` / `None?` as a statement or branch tail: `return lisette.MakeResultErr[…](e)`. */
  GoAst.Stmt failureReturn(Expr.Propagate q) {
    Expr payload = failurePayload(q).orElseThrow();
    return new GoAst.Return(Optional.of(failure(isOption(q), () -> l.exprs.value(payload))));
  }

  // ---- try, recover --------------------------------------------------------------------

  /**
   * `try { … }` (brief §22.11): `func() lisette.Result[T, E] { …; return lisette.MakeResultOk[T,
   * E](tail) }()`; a `?` inside returns the failure from the closure.
   */
  GoAst.Expr tryBlock(Expr.Try t) {
    var carrier = (Type.Named) p.typeOf(t);
    boolean option = Type.isPrelude(carrier, "Option");
    String make = lis() + (option ? ".MakeOptionSome" : ".MakeResultOk") + l.types.typeArgs(carrier.args());
    java.util.function.UnaryOperator<GoAst.Expr> wrap = v -> new GoAst.Call(new GoAst.Ident(make), List.of(v));
    List<GoAst.Stmt> body = closureBody(carrier, carrier.args().get(0), t.body(), wrap);
    return new GoAst.Call(new GoAst.FuncLit(Optional.of(l.types.goType(carrier)), body), List.of());
  }

  /** `recover { … }`: `lisette.RecoverBlock(func() T { … })`, a panic inside becoming `Err(PanicValue)`. */
  GoAst.Expr recoverBlock(Expr.Recover r) {
    Type value = ((Type.Named) p.typeOf(r)).args().get(0);
    List<GoAst.Stmt> body = closureBody(value, value, r.body(), v -> v);
    return new GoAst.Call(new GoAst.Ident(lis() + ".RecoverBlock"),
        List.of(new GoAst.FuncLit(Optional.of(l.types.goType(value)), body)));
  }

  /**
   * The body of a closure returning {@code result} whose block yields {@code value}: the tail
   * is returned through {@code wrap}; a unit block runs, then returns `wrap(struct{}{})`.
   */
  private List<GoAst.Stmt> closureBody(Type result, Type value, Block block,
      java.util.function.UnaryOperator<GoAst.Expr> wrap) {
    return l.function(result, () -> {
      var body = new ArrayList<GoAst.Stmt>();
      if (value == Type.Unit.UNIT || value == Type.Never.NEVER) {
        l.block(block, Lowering.DISCARD, body);
        if (!GoFlow.terminates(body)) {
          body.add(new GoAst.Return(Optional.of(wrap.apply(ExprLowering.unitValue()))));
        }
      } else {
        l.block(block, new Lowering.Dest.Return(wrap), body);
      }
      return body;
    });
  }

  // ---- defer ---------------------------------------------------------------------------

  /**
   * `defer f(args)` → `defer f(args)`: Go evaluates the function value and the arguments at the
   * `defer`, as Lisette does; `defer { … }` (or a call Go cannot defer, e.g. of a builtin that
   * yields a value) → `defer func() { … }()`.
   */
  void defer(Expr.Defer d, List<GoAst.Stmt> out) {
    deferredCall(d.body(), GoAst.Defer::new, out);
  }

  /**
   * A call run later or elsewhere (`defer`, `task`): Go's statement on the call itself, whose
   * function value and arguments Go evaluates at once, or on a closure around a block (or a
   * call Go cannot defer). A Go call's results are dropped by Go itself: no conversion.
   */
  void deferredCall(Expr body0, java.util.function.Function<GoAst.Call, GoAst.Stmt> statement, List<GoAst.Stmt> out) {
    Expr body = Lowering.unparen(body0);
    if (body instanceof Expr.Call c && !constructor(c)) {
      var pre = new ArrayList<GoAst.Stmt>();
      GoAst.Expr call = l.exprs.lowerInto(pre, () -> l.exprs.call(c, !l.interop.isGoCall(c)));
      if (call instanceof GoAst.Call gc && deferrable(gc)) {
        out.addAll(pre);
        out.add(statement.apply(gc));
        return;
      }
    }
    List<GoAst.Stmt> stmts = l.function(Type.Unit.UNIT, () -> {
      var o = new ArrayList<GoAst.Stmt>();
      if (body instanceof Expr.BlockExpr b) {
        l.block(b.block(), Lowering.DISCARD, o);
      } else {
        l.into(body, Lowering.DISCARD, o);
      }
      return o;
    });
    out.add(statement.apply(new GoAst.Call(new GoAst.FuncLit(Optional.empty(), stmts), List.of())));
  }

  /** A call that builds a value (variant, tuple struct): Go lowers it to a literal or conversion. */
  private boolean constructor(Expr.Call c) {
    Expr callee = Lowering.unparen(c.callee());
    Symbol s = callee instanceof Expr.Name n ? p.names().get(n) : callee instanceof Expr.Field f ? p.members().get(f)
        : null;
    return s instanceof Symbol.Variant || s instanceof Symbol.TypeName;
  }

  static boolean deferrable(GoAst.Call c) {
    return !(c.fn() instanceof GoAst.Ident i && NOT_DEFERRABLE.contains(i.name()));
  }
}

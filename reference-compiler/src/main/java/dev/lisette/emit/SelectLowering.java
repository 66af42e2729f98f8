package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `task` and `select` (spec concurrency.task.*, concurrency.select.*, brief §22.15–16):
 * `task f(x)` is `go f(x)` (the function value and arguments are evaluated by the `task`
 * statement), `task { … }` is `go func() { … }()`; `select` is Go's `select`, one clause per
 * arm in the order written, a `match ch.receive()` arm receiving `v, ok := <-ch` and testing
 * `ok`, and a `let Some(v) = ch.receive()` arm receiving from a copy of the channel that is set
 * to `nil` (never ready) once the channel is closed, jumping back to the `select`.
 */
final class SelectLowering {
  private final Lowering l;
  private final CheckedProgram p;

  SelectLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  // ---- task ------------------------------------------------------------------------------

  /** `task f(x)` → `go f(x)`; `task { … }` → `go func() { … }()` (as `defer`, see ErrorLowering). */
  void task(Expr.Task t, List<GoAst.Stmt> out) {
    l.errors.deferredCall(t.body(), GoAst.Go::new, out);
  }

  // ---- select ----------------------------------------------------------------------------

  void select(Expr.Select s, Lowering.Dest d, List<GoAst.Stmt> out) {
    var clauses = new ArrayList<GoAst.CommClause>();
    String retry = null;
    for (Expr.SelectArm arm : s.arms()) {
      switch (arm) {
        case Expr.SelectArm.Default def -> clauses.add(new GoAst.CommClause(Optional.empty(), armBody(def.body(), d, List.of())));
        case Expr.SelectArm.Operation op -> {
          var c = (Expr.Call) Lowering.unparen(op.operation());
          var f = (Expr.Field) Lowering.unparen(c.callee());
          GoAst.Expr ch = operand(() -> l.channels.channel(Lowering.unparen(f.target())), out);
          GoAst.Stmt comm;
          if (f.name().name().equals("send")) {
            GoAst.Expr v = operand(() -> l.channels.sentValue(c), out);
            comm = new GoAst.Send(ch, v);
          } else {
            comm = new GoAst.ExprStmt(new GoAst.Unary("<-", ch));
          }
          clauses.add(new GoAst.CommClause(Optional.of(comm), armBody(op.body(), d, List.of())));
        }
        case Expr.SelectArm.MatchReceive m -> clauses.add(matchReceive(m, d, out));
        case Expr.SelectArm.Receive r -> {
          retry = l.fresh("retry");
          clauses.add(shorthand(r, d, retry, out));
        }
      }
    }
    GoAst.Stmt select = new GoAst.Select(clauses);
    out.add(retry == null ? select : new GoAst.Labeled(retry, select));
  }

  /** A channel operand or sent value: its temporaries go before the `select`. */
  private GoAst.Expr operand(java.util.function.Supplier<GoAst.Expr> lower, List<GoAst.Stmt> out) {
    return l.exprs.lowerInto(out, lower);
  }

  private List<GoAst.Stmt> armBody(Stmt body, Lowering.Dest d, List<GoAst.Stmt> prologue) {
    var holder = new ArrayList<GoAst.Stmt>();
    l.inSwitch(() -> holder.addAll(l.scoped(o -> {
      o.addAll(prologue);
      switch (body) {
        // a block arm's statements are the clause's own (no nested `{ … }`)
        case Stmt.ExprStmt e when e.expr() instanceof Expr.BlockExpr b -> l.block(b.block(), d, o);
        case Stmt.ExprStmt e -> l.into(e.expr(), d, o);
        default -> {
          l.statement(body, o);
          if (d instanceof Lowering.Dest.Assign a) {
            o.add(new GoAst.Assign(a.target(), "=", ExprLowering.unitValue()));
          }
        }
      }
    })));
    return holder;
  }

  private Type element(Expr receive) {
    var c = (Expr.Call) Lowering.unparen(receive);
    var f = (Expr.Field) Lowering.unparen(c.callee());
    return ((Type.Named) TypeLowering.deref(p.typeOf(Lowering.unparen(f.target())))).args().get(0);
  }

  private GoAst.Expr receiveChannel(Expr receive, List<GoAst.Stmt> out) {
    var c = (Expr.Call) Lowering.unparen(receive);
    var f = (Expr.Field) Lowering.unparen(c.callee());
    return operand(() -> l.channels.channel(Lowering.unparen(f.target())), out);
  }

  /** `match ch.receive() { Some(p) => a, None => b }` → `case v, ok := <-ch: if ok { a } else { b }`. */
  private GoAst.CommClause matchReceive(Expr.SelectArm.MatchReceive m, Lowering.Dest d, List<GoAst.Stmt> out) {
    GoAst.Expr ch = receiveChannel(m.receive(), out);
    Type element = element(m.receive());
    Expr.MatchArm someArm = null;
    Expr.MatchArm noneArm = null;
    for (Expr.MatchArm arm : m.arms()) {
      if (someInner(arm.pattern()).isPresent()) {
        someArm = arm;
      } else {
        noneArm = arm;
      }
    }
    final Expr.MatchArm some = someArm;
    final Expr.MatchArm none = noneArm;
    var holder = new ArrayList<GoAst.Stmt>();
    var names = new String[2];
    l.inSwitch(() -> holder.addAll(l.scoped(o -> {
      names[1] = l.fresh("ok");
      var prologue = new ArrayList<GoAst.Stmt>();
      names[0] = bindValue(someInner(some.pattern()).get(), element, prologue);
      List<GoAst.Stmt> then = armBody(some.body(), d, prologue);
      List<GoAst.Stmt> otherwise = armBody(none.body(), d, List.of());
      if (otherwise.isEmpty()) {
        o.add(new GoAst.If(new GoAst.Ident(names[1]), then, Optional.empty()));
      } else if (then.isEmpty()) {
        o.add(new GoAst.If(new GoAst.Unary("!", new GoAst.Ident(names[1])), otherwise, Optional.empty()));
      } else {
        o.add(TreeRenderer.ifElse(new GoAst.Ident(names[1]), then, otherwise));
      }
    })));
    GoAst.Stmt comm = new GoAst.Define(List.of(names[0], names[1]), List.of(new GoAst.Unary("<-", ch)));
    return new GoAst.CommClause(Optional.of(comm), holder);
  }

  /**
   * `let Some(p) = ch.receive() => a` → before the select `rc := ch`; `case v, ok := <-rc: if !ok {
   * rc = nil; goto retry }`: a closed channel disables the arm and the select waits again.
   */
  private GoAst.CommClause shorthand(Expr.SelectArm.Receive r, Lowering.Dest d, String retry, List<GoAst.Stmt> out) {
    GoAst.Expr ch = receiveChannel(r.receive(), out);
    Type element = element(r.receive());
    String copy = l.fresh("rc");
    var c = (Expr.Call) Lowering.unparen(r.receive());
    var f = (Expr.Field) Lowering.unparen(c.callee());
    out.add(new GoAst.Var(copy, l.types.goType(TypeLowering.deref(p.typeOf(Lowering.unparen(f.target())))), Optional.of(ch)));
    var holder = new ArrayList<GoAst.Stmt>();
    var names = new String[2];
    l.inSwitch(() -> holder.addAll(l.scoped(o -> {
      names[1] = l.fresh("ok");
      var prologue = new ArrayList<GoAst.Stmt>();
      prologue.add(new GoAst.If(new GoAst.Unary("!", new GoAst.Ident(names[1])), List.of(
          new GoAst.Assign(new GoAst.Ident(copy), "=", new GoAst.Ident("nil")), new GoAst.Goto(retry)), Optional.empty()));
      names[0] = bindValue(someInner(r.pattern()).get(), element, prologue);
      o.addAll(armBody(r.body(), d, prologue));
    })));
    GoAst.Stmt comm = new GoAst.Define(List.of(names[0], names[1]), List.of(new GoAst.Unary("<-", new GoAst.Ident(copy))));
    return new GoAst.CommClause(Optional.of(comm), holder);
  }

  /** The Go name receiving the value: the binding itself, `_`, or a fresh name destructured in {@code prologue}. */
  private String bindValue(Pattern pattern, Type element, List<GoAst.Stmt> prologue) {
    Pattern inner = unparen(pattern);
    if (inner instanceof Pattern.Wildcard) {
      return "_";
    }
    if (inner instanceof Pattern.Binding bp) {
      Binding b = p.declarations().get(bp);
      return b != null && p.isRead(b) ? l.declare(b, true) : "_";
    }
    String name = l.fresh("v");
    l.patterns.destructure(pattern, new GoAst.Ident(name), element, prologue);
    return name;
  }

  private static Pattern unparen(Pattern p) {
    while (p instanceof Pattern.Paren paren) {
      p = paren.inner();
    }
    return p;
  }

  private static Optional<Pattern> someInner(Pattern p) {
    Pattern u = unparen(p);
    if (u instanceof Pattern.TupleStruct ts && ts.elements().size() == 1
        && ts.path().get(ts.path().size() - 1).name().equals("Some")) {
      return Optional.of(ts.elements().get(0));
    }
    return Optional.empty();
  }
}

package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `match`, `if let` and lambdas (spec patterns.match, patterns.if-let, functions.lambda). */
final class MatchExpressions {
  private final Checker c;
  private final Expressions x;

  MatchExpressions(Checker c, Expressions x) {
    this.c = c;
    this.x = x;
  }

  /** Unifies the values of branches: Never gives way; a mismatch is reported at the later branch. */
  final class Branches {
    private final Optional<Type> expected;
    private final boolean coerce;
    private final String what;
    Type type = Type.Never.NEVER;

    Branches(Optional<Type> expected, boolean coerce, String what) {
      this.expected = expected;
      this.coerce = coerce;
      this.what = what;
    }

    void add(Expr e) {
      Type t;
      if (coerce && expected.isPresent()) {
        t = x.coerce(e, expected.get());
      } else {
        Type known = c.shallow(type);
        Optional<Type> hint = known == Type.Never.NEVER ? expected : Optional.of(known);
        t = x.infer(e, hint.filter(h -> !(c.shallow(h) instanceof Type.Var)));
      }
      join(t, branchSpan(e));
    }

    void join(Type t, Span at) {
      Type s = c.shallow(t);
      if (s == Type.Never.NEVER) {
        return;
      }
      if (c.shallow(type) == Type.Never.NEVER) {
        type = t;
        return;
      }
      if (!c.unify(type, t) && !Type.lenient(s)) {
        Type want = c.resolve(type);
        if (!want.toString().contains("{unknown}") && !c.resolve(t).toString().contains("{unknown}")) {
          c.error("infer.type_mismatch", what + " have incompatible types", at,
              "expected `" + want + "`, found `" + c.resolve(t) + "`", "every branch must produce the same type");
        }
        type = Type.Error.ERROR;
      }
    }
  }

  private static Span branchSpan(Expr e) {
    return e instanceof Expr.BlockExpr b ? b.block().tail().map(Expr::span).orElse(b.span()) : e.span();
  }

  Type match(Expr.Match m, Optional<Type> expected, boolean value, boolean coerce) {
    Type t = x.scrutinee(m.scrutinee());
    if (c.shallow(t) instanceof Type.Var) {
      c.error("infer.cannot_match_on_unconstrained_type", "uninferred type", m.scrutinee().span(),
          "the type of this value is not known here", "annotate its type");
      t = Type.Error.ERROR;
    }
    if (m.arms().size() == 1 && !(m.arms().get(0).pattern() instanceof Pattern.Or)) {
      c.add(Diagnostic.warning("lint.single_arm_match", "match with a single arm", m.span(), "only one arm")
          .withHelp("use `if let` or `let`"));
    }
    var branches = new Branches(expected, coerce, "`match` arms");
    var pats = new ArrayList<Pattern>();
    var guarded = new ArrayList<Boolean>();
    for (Expr.MatchArm arm : m.arms()) {
      c.pushScope();
      c.patterns.bind(arm.pattern(), t);
      arm.guard().ifPresent(x::condition);
      pats.add(arm.pattern());
      guarded.add(arm.guard().isPresent());
      switch (arm.body()) {
        case Stmt.ExprStmt e when value -> {
          c.tailExprs.add(Expressions.unparen(e.expr()));
          branches.add(e.expr());
        }
        case Stmt.ExprStmt e -> {
          c.statementExprs.add(Expressions.unparen(e.expr()));
          c.lints.discarded(e.expr(), x.inferStatement(e.expr()));
        }
        default -> {
          Statements.statement(c, arm.body());
          branches.join(value ? Type.Unit.UNIT : Type.Unit.UNIT, arm.body().span());
        }
      }
      c.popScope();
    }
    c.patterns.analyzeMatch(m.scrutinee().span(), t, pats, guarded);
    if (!value) {
      return Type.Unit.UNIT;
    }
    return branches.type;
  }

  Type ifLet(Expr.IfLet i, Optional<Type> expected, boolean value, boolean coerce) {
    Type t = x.scrutinee(i.scrutinee());
    c.pushScope();
    c.patterns.bind(i.pattern(), t);
    if (!Type.lenient(c.shallow(t)) && !(c.shallow(t) instanceof Type.Var) && c.patterns.irrefutable(i.pattern(), t)) {
      c.add(Diagnostic.warning("lint.redundant_if_let", "irrefutable `if let`", i.pattern().span(),
          "this pattern always matches").withHelp("use `let`"));
    }
    if (i.otherwise().isEmpty() || !value) {
      c.block(i.then(), Optional.empty(), false);
      c.popScope();
      i.otherwise().ifPresent(x::inferStatement);
      return Type.Unit.UNIT;
    }
    var branches = new Branches(expected, coerce, "`if let` and `else`");
    branches.add(new Expr.BlockExpr(i.then()));
    c.popScope();
    branches.add(i.otherwise().get());
    return branches.type;
  }

  /** `|a, b| body`: parameter types come from annotations or the expected function type. */
  Type lambda(Expr.Lambda l, Optional<Type> hint) {
    Optional<Type.Fn> expected = hint.map(c::shallow).filter(h -> h instanceof Type.Fn f && f.params().size() == l.params().size())
        .map(h -> (Type.Fn) h);
    var params = new ArrayList<Type>();
    c.pushScope();
    for (int i = 0; i < l.params().size(); i++) {
      Expr.LambdaParam p = l.params().get(i);
      Type t = expected.isPresent() ? expected.get().params().get(i) : c.fresh();
      if (p.type().isPresent()) {
        Type declared = c.resolveType(p.type().get());
        if (!c.unify(t, declared)) {
          c.mismatch(p.type().get().span(), t, declared, "the lambda's parameter types are fixed by where it is used");
        }
        t = declared;
      }
      params.add(t);
      int before = c.bindingCount();
      c.patterns.bindIrrefutable(p.pattern(), t, "a lambda parameter");
      for (int id = before; id < c.bindingCount(); id++) {
        c.lints.lambdaParams.add(id);
      }
    }
    Type result = l.returnType().map(c::resolveType).orElseGet(() -> expected.map(Type.Fn::result).orElseGet(c::fresh));
    if (c.shallow(result) instanceof Type.Var && l.returnType().isEmpty() && Expressions.unparen(l.body()) instanceof Expr.BlockExpr b
        && b.block().tail().isEmpty()) {
      // `|x| { total += x }`: a body ending in a statement has no value (spec closures.unit-body).
      c.unify(result, Type.Unit.UNIT);
    }
    var saved = c.enterLambda(result);
    c.tailExprs.add(Expressions.unparen(l.body()));
    Type body;
    if (c.shallow(result) instanceof Type.Var || c.shallow(result) == Type.Unit.UNIT && l.returnType().isEmpty()) {
      boolean unit = c.shallow(result) == Type.Unit.UNIT;
      body = unit ? x.inferStatement(l.body()) : x.infer(l.body(), Optional.empty());
      if (!unit && !c.unify(result, body)) {
        c.mismatch(l.body().span(), result, body, null);
      }
    } else {
      body = x.coerce(l.body(), result);
    }
    c.leaveLambda(saved);
    c.popScope();
    return new Type.Fn(List.copyOf(params), result, false);
  }
}

package dev.lisette.emit;

import dev.lisette.emit.DecisionTree.Node;
import dev.lisette.emit.DecisionTree.Pat;
import dev.lisette.semantics.Binding;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link DecisionTree} as Go statements: `switch` on an enum tag, a literal or (without
 * a tag) slice lengths; an `if` for a two-way test, conditions of nested two-way tests with the
 * same fallback joined with `&&`, `if !cond { … }` when the fallback leaves (a `let … else`, a
 * `while let`'s `break`); guards as `if`s that fall through to the rest of the tree.
 */
final class TreeRenderer {
  private final Lowering l;

  TreeRenderer(Lowering l) {
    this.l = l;
  }

  /** What the rendering does at a leaf of arm {@code arm}. */
  interface Arms {
    Optional<Expr> guard(int arm);

    void body(int arm, Lowering.Dest d, List<GoAst.Stmt> out);
  }

  /**
   * Writes the tree as Go statements into {@code out}; {@code assignBindings} assigns
   * pre-declared variables instead of declaring them.
   */
  void render(Node n, Lowering.Dest d, Arms arms, List<GoAst.Stmt> out, boolean assignBindings) {
    l.into(out, () -> {
      switch (n) {
        case DecisionTree.Fail f -> {}
        case DecisionTree.Leaf leaf -> leaf(leaf, d, arms, out, assignBindings);
        case DecisionTree.Switch s -> branch(s, d, arms, out, assignBindings);
      }
    });
  }

  private void leaf(DecisionTree.Leaf leaf, Lowering.Dest d, Arms arms, List<GoAst.Stmt> out, boolean assign) {
    for (Pat.Bind b : leaf.binds()) {
      Binding binding = (Binding) b.binding();
      GoAst.Expr value = typed(b.at().expr(), binding.type());
      if (assign) {
        out.add(new GoAst.Assign(new GoAst.Ident(l.goName(binding)), "=", value));
      } else {
        out.add(new GoAst.Define(List.of(l.declare(binding, true)), List.of(value)));
      }
    }
    Optional<Expr> guard = arms.guard(leaf.arm());
    if (guard.isEmpty()) {
      arms.body(leaf.arm(), d, out);
      return;
    }
    GoAst.Expr cond = l.exprs.value(guard.get());
    List<GoAst.Stmt> then = l.scoped(o -> arms.body(leaf.arm(), d, o));
    Node rest = leaf.onGuardFail().orElse(new DecisionTree.Fail());
    if (GoFlow.exits(then)) {
      out.add(new GoAst.If(cond, then, Optional.empty()));
      render(rest, d, arms, out, assign);
      return;
    }
    List<GoAst.Stmt> otherwise = l.scoped(o -> render(rest, d, arms, o, assign));
    out.add(ifElse(cond, then, otherwise));
  }

  /** Spells the types of a tuple-literal scrutinee (and its nested tuples) taken whole. */
  private GoAst.Expr typed(GoAst.Expr e, Type t) {
    if (!(e instanceof GoAst.Composite c) || !c.type().isEmpty()) {
      return e;
    }
    List<Type> elementTypes = ((Type.Tuple) t).elements();
    var elements = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < c.elements().size(); i++) {
      var kv = (GoAst.KeyValue) c.elements().get(i);
      elements.add(new GoAst.KeyValue(kv.key(), typed(kv.value(), elementTypes.get(i))));
    }
    return new GoAst.Composite(l.types.goType(t), elements);
  }

  /** `if cond { then } else { otherwise }`, with `else if` for a lone nested `if` and no empty `else`. */
  static GoAst.If ifElse(GoAst.Expr cond, List<GoAst.Stmt> then, List<GoAst.Stmt> otherwise) {
    if (otherwise.isEmpty()) {
      return new GoAst.If(cond, then, Optional.empty());
    }
    if (otherwise.size() == 1 && otherwise.get(0) instanceof GoAst.If nested) {
      return new GoAst.If(cond, then, Optional.of(nested));
    }
    return new GoAst.If(cond, then, Optional.of(new GoAst.Block(otherwise)));
  }

  private static GoAst.Expr condition(DecisionTree.Branch b) {
    GoAst.Expr cond = null;
    for (DecisionTree.Ctor c : b.ctors()) {
      cond = cond == null ? c.cond() : new GoAst.Binary("||", cond, c.cond());
    }
    return cond;
  }

  private static GoAst.Expr and(GoAst.Expr a, GoAst.Expr b) {
    GoAst.Expr left = a instanceof GoAst.Binary x && x.precedence() < 2 ? new GoAst.Paren(a) : a;
    GoAst.Expr right = b instanceof GoAst.Binary y && y.precedence() < 2 ? new GoAst.Paren(b) : b;
    return new GoAst.Binary("&&", left, right);
  }

  private void branch(DecisionTree.Switch s, Lowering.Dest d, Arms arms, List<GoAst.Stmt> out, boolean assign) {
    int count = s.branches().size() + (s.otherwise().isPresent() ? 1 : 0);
    if (count == 1) {
      render(s.branches().isEmpty() ? s.otherwise().get() : s.branches().get(0).body(), d, arms, out, assign);
      return;
    }
    if (count == 2) {
      DecisionTree.Branch first = s.branches().get(0);
      Node second = s.branches().size() > 1 ? s.branches().get(1).body() : s.otherwise().get();
      GoAst.Expr cond = condition(first);
      Node body = first.body();
      // `if a { if b { X } else { Y } } else { Y }` is `if a && b { X } else { Y }`.
      while (body instanceof DecisionTree.Switch inner && inner.branches().size() == 1
          && inner.otherwise().isPresent() && inner.otherwise().get().equals(second)) {
        cond = and(cond, condition(inner.branches().get(0)));
        body = inner.branches().get(0).body();
      }
      Node thenNode = body;
      List<GoAst.Stmt> otherwise = l.scoped(o -> render(second, d, arms, o, assign));
      if (GoFlow.exits(otherwise) && !(d instanceof Lowering.Dest.Return)) {
        // `if !cond { else }` and the rest inline (a `let … else`, a `while let`'s break):
        // the bindings stay visible after the `if`.
        out.add(new GoAst.If(ExprLowering.not(cond), otherwise, Optional.empty()));
        render(thenNode, d, arms, out, assign);
        return;
      }
      List<GoAst.Stmt> then = l.scoped(o -> render(thenNode, d, arms, o, assign));
      if (then.isEmpty() && otherwise.isEmpty()) {
        return;
      }
      if (then.isEmpty()) {
        out.add(new GoAst.If(ExprLowering.not(cond), otherwise, Optional.empty()));
        return;
      }
      if (GoFlow.exits(then) && d instanceof Lowering.Dest.Return) {
        out.add(new GoAst.If(cond, then, Optional.empty()));
        out.addAll(otherwise);
        return;
      }
      out.add(ifElse(cond, then, otherwise));
      return;
    }
    var cases = new ArrayList<GoAst.Case>();
    boolean tagless = s.column().subject().isEmpty();
    for (DecisionTree.Branch b : s.branches()) {
      List<GoAst.Expr> labels = b.ctors().stream().map(c -> tagless ? c.cond() : c.label()).toList();
      cases.add(new GoAst.Case(labels, caseBody(b.body(), d, arms, assign)));
    }
    s.otherwise().ifPresent(o -> cases.add(new GoAst.Case(List.of(), caseBody(o, d, arms, assign))));
    out.add(new GoAst.Switch(s.column().subject(), cases));
  }

  private List<GoAst.Stmt> caseBody(Node n, Lowering.Dest d, Arms arms, boolean assign) {
    var holder = new ArrayList<List<GoAst.Stmt>>();
    l.inSwitch(() -> holder.add(l.scoped(o -> render(n, d, arms, o, assign))));
    return holder.get(0);
  }
}

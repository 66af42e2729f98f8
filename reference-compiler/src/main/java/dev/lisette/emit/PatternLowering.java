package dev.lisette.emit;

import dev.lisette.emit.DecisionTree.Access;
import dev.lisette.emit.DecisionTree.Node;
import dev.lisette.emit.DecisionTree.Row;
import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `match`, `if let`, `while let`, `let … else` and destructuring (brief §11, §22.9): the
 * scrutinee is evaluated once (into a temporary unless it is a plain local or field path), the
 * arms are compiled into a {@link DecisionTree} and the tree is written as Go `switch`
 * statements on enum tags and literals, `if`s for two-way tests (conditions of nested two-way
 * tests with the same fallback are joined with `&&`), guards as nested `if`s that fall through
 * to the rest of the tree. Arms in tail position `return`; in value position they assign a
 * pre-declared variable.
 */
final class PatternLowering {
  private final Lowering l;
  private final CheckedProgram p;
  private final PatternAccess access;
  private final TreeRenderer renderer;

  PatternLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
    this.access = new PatternAccess(l);
    this.renderer = new TreeRenderer(l);
  }

  private static List<Pattern> alternatives(Pattern pattern) {
    Pattern p = pattern;
    while (p instanceof Pattern.Paren paren) {
      p = paren.inner();
    }
    return p instanceof Pattern.Or or ? or.alternatives() : List.of(pattern);
  }

  /**
   * The scrutinee: the access the tree reads it through, and the temporaries to evaluate first
   * (each a name and its value). A tuple literal is not built: its elements are read directly.
   */
  private record Subject(Access root, List<GoAst.Define> temps, Optional<String> declared) {
    Subject(Access root, List<GoAst.Define> temps) {
      this(root, temps, Optional.empty());
    }
  }

  private Subject subject(Expr scrutinee) {
    return subject(scrutinee, List.of());
  }

  /**
   * The scrutinee, matched against the top-level {@code patterns}: a channel receive tested
   * only for `Some(…)`/`None` is Go's `received, ok := <-ch`, no Option built (spec
   * concurrency.impl.receive).
   */
  private Subject subject(Expr scrutinee, List<Pattern> patterns) {
    Optional<Expr> received = l.channels.receiveTarget(scrutinee);
    if (!patterns.isEmpty() && patterns.stream().allMatch(this::optionShaped) && received.isPresent()) {
      GoAst.Expr ch = l.channels.channel(received.get());
      // `v, ok := <-ch` when the only `Some(v)` binds a name: the binding is the received value.
      Optional<Binding> only = onlyPayloadBinding(patterns);
      only.ifPresent(access::prebind);
      String value = only.map(b -> l.declare(b, true)).orElseGet(() -> l.fresh("received"));
      String ok = l.fresh("ok");
      var root = new GoAst.Composite("", List.of(new GoAst.KeyValue(PatternAccess.RECEIVED_OK, new GoAst.Ident(ok)),
          new GoAst.KeyValue(PatternAccess.RECEIVED_VALUE, new GoAst.Ident(value))));
      return new Subject(new Access(root), List.of(new GoAst.Define(List.of(value, ok), List.of(new GoAst.Unary("<-", ch)))),
          only.map(b -> value));
    }
    if (Lowering.unparen(scrutinee) instanceof Expr.Tuple t) {
      var temps = new ArrayList<GoAst.Define>();
      return new Subject(new Access(tupleRoot(t, temps)), temps);
    }
    if (Lowering.isControl(scrutinee)) {
      // `let (a, b) = match … { … }`: the value is computed into a variable first
      String name = l.fresh("subject");
      l.sink.add(new GoAst.Var(name, l.types.goType(p.typeOf(scrutinee)), Optional.empty()));
      l.into(scrutinee, new Lowering.Dest.Assign(new GoAst.Ident(name)), l.sink);
      return new Subject(new Access(new GoAst.Ident(name)), List.of());
    }
    GoAst.Expr v = l.exprs.value(scrutinee);
    if (l.exprs.pure(scrutinee)) {
      return new Subject(new Access(v), List.of());
    }
    String name = l.fresh("subject");
    return new Subject(new Access(new GoAst.Ident(name)), List.of(new GoAst.Define(List.of(name), List.of(v))));
  }

  /**
   * A tuple literal scrutinee as a composite whose elements are read directly (see
   * {@link PatternAccess#select}); its type is spelled only if a binding takes it whole.
   */
  private GoAst.Composite tupleRoot(Expr.Tuple t, List<GoAst.Define> temps) {
    var elements = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < t.elements().size(); i++) {
      Expr e = t.elements().get(i);
      GoAst.Expr v;
      if (Lowering.unparen(e) instanceof Expr.Tuple nested) {
        v = tupleRoot(nested, temps);
      } else {
        v = l.exprs.valueAs(e, p.typeOf(e));
        if (!l.exprs.pure(e)) {
          String name = l.fresh("subject");
          temps.add(new GoAst.Define(List.of(name), List.of(v)));
          v = new GoAst.Ident(name);
        }
      }
      elements.add(new GoAst.KeyValue(DataLowering.ORDINALS.get(i), v));
    }
    return new GoAst.Composite("", elements);
  }

  /** The binding `v` when the patterns have exactly one `Some(…)`, and it is `Some(v)` with `v` read. */
  private Optional<Binding> onlyPayloadBinding(List<Pattern> patterns) {
    List<Pattern> somes = patterns.stream().flatMap(pt -> alternatives(pt).stream()).map(PatternLowering::unparen)
        .filter(pt -> pt instanceof Pattern.TupleStruct).toList();
    if (somes.size() == 1 && unparen(((Pattern.TupleStruct) somes.get(0)).elements().get(0)) instanceof Pattern.Binding bp
        && p.declarations().get(bp) instanceof Binding b && p.isRead(b)) {
      return Optional.of(b);
    }
    return Optional.empty();
  }

  /** A top-level pattern that reads an Option only through its tag and payload: `Some(…)`, `None`, `_`. */
  private boolean optionShaped(Pattern pattern) {
    return switch (unparen(pattern)) {
      case Pattern.Wildcard w -> true;
      case Pattern.Or or -> or.alternatives().stream().allMatch(this::optionShaped);
      case Pattern.TupleStruct ts -> optionVariant(ts).isPresent();
      case Pattern.Path path -> optionVariant(path).isPresent();
      default -> false;
    };
  }

  /** The variant name when {@code pattern} is the prelude's `Some(…)` or `None`. */
  private Optional<String> optionVariant(Pattern pattern) {
    return p.resolution(pattern) instanceof Symbol.Variant v && Type.PRELUDE.equals(v.owner().module())
        && v.owner().name().equals("Option") ? Optional.of(v.variant().name()) : Optional.empty();
  }

  /** Evaluates the temporaries: declared when the tree reads them, for their effects otherwise. */
  private void evaluate(Subject s, Node tree, List<GoAst.Stmt> out) {
    for (GoAst.Define temp : s.temps()) {
      GoAst.Expr value = temp.values().get(0);
      if (temp.names().size() > 1) {
        // `received, ok := <-ch`: the names the tree does not read are `_`.
        List<String> names = temp.names().stream()
            .map(n -> DecisionTree.reads(tree, n) || s.declared().equals(Optional.of(n)) ? n : "_").toList();
        out.add(names.stream().allMatch("_"::equals) ? new GoAst.ExprStmt(value) : new GoAst.Define(names, temp.values()));
      } else if (DecisionTree.reads(tree, temp.names().get(0))) {
        out.add(temp);
      } else if (value instanceof GoAst.Call) {
        out.add(new GoAst.ExprStmt(value));
      } else {
        out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", value));
      }
    }
  }

  // ---- match ---------------------------------------------------------------------------

  void match(Expr.Match m, Lowering.Dest d, List<GoAst.Stmt> out) {
    Subject s = subject(m.scrutinee(), m.arms().stream().map(Expr.MatchArm::pattern).toList());
    var rows = new ArrayList<Row>();
    for (int i = 0; i < m.arms().size(); i++) {
      Expr.MatchArm arm = m.arms().get(i);
      for (Pattern alt : alternatives(arm.pattern())) {
        rows.add(new Row(i, access.pats(alt, s.root()), arm.guard().isPresent()));
      }
    }
    TreeRenderer.Arms arms = new TreeRenderer.Arms() {
      @Override
      public Optional<Expr> guard(int arm) {
        return m.arms().get(arm).guard();
      }

      @Override
      public void body(int arm, Lowering.Dest dest, List<GoAst.Stmt> o) {
        armBody(m.arms().get(arm).body(), dest, o);
      }
    };
    int start = out.size();
    try {
      Node tree = DecisionTree.compile(rows);
      evaluate(s, tree, out);
      renderer.render(tree, d, arms, out, false);
    } catch (DecisionTree.TooLarge e) {
      armByArm(m, rows, s, d, arms, out);
    }
    if (d instanceof Lowering.Dest.Return && !GoFlow.terminates(out.subList(start, out.size()))) {
      out.add(unreachable());
    }
  }

  /**
   * When the decision tree would be too large (arms whose wildcards multiply the paths), each
   * arm gets its own small tree, tried in order until one sets `matched`: sub-values may be
   * tested again, but no arm body is repeated.
   */
  private void armByArm(Expr.Match m, List<Row> rows, Subject s, Lowering.Dest d, TreeRenderer.Arms arms,
      List<GoAst.Stmt> out) {
    for (GoAst.Define temp : s.temps()) {
      out.add(temp);
      temp.names().forEach(n -> out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", new GoAst.Ident(n))));
    }
    String matched = l.fresh("matched");
    out.add(new GoAst.Var(matched, "bool", Optional.empty()));
    int none = m.arms().size();
    for (int i = 0; i < m.arms().size(); i++) {
      int arm = i;
      var mine = new ArrayList<Row>(rows.stream().filter(r -> r.arm() == arm).toList());
      mine.add(new Row(none, List.of(), false));
      Node tree = DecisionTree.compile(mine);
      TreeRenderer.Arms one = new TreeRenderer.Arms() {
        @Override
        public Optional<Expr> guard(int a) {
          return a == none ? Optional.empty() : arms.guard(a);
        }

        @Override
        public void body(int a, Lowering.Dest dest, List<GoAst.Stmt> o) {
          if (a != none) {
            o.add(new GoAst.Assign(new GoAst.Ident(matched), "=", new GoAst.Ident("true")));
            arms.body(a, dest, o);
          }
        }
      };
      if (i == 0) {
        renderer.render(tree, d, one, out, false);
      } else {
        out.add(new GoAst.If(new GoAst.Unary("!", new GoAst.Ident(matched)),
            l.scoped(o -> renderer.render(tree, d, one, o, false)), Optional.empty()));
      }
    }
  }

  private void armBody(Stmt body, Lowering.Dest d, List<GoAst.Stmt> out) {
    if (body instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.BlockExpr b) {
      l.block(b.block(), d, out); // the arm's Go block is the block's scope
    } else if (body instanceof Stmt.ExprStmt e) {
      l.into(e.expr(), d, out);
    } else {
      l.statement(body, out);
      if (d instanceof Lowering.Dest.Assign a) {
        out.add(new GoAst.Assign(a.target(), "=", ExprLowering.unitValue()));
      }
    }
  }

  static GoAst.Stmt unreachable() {
    return new GoAst.ExprStmt(new GoAst.Call(new GoAst.Ident("panic"), List.of(new GoAst.Lit("\"unreachable\""))));
  }

  // ---- if let, while let ---------------------------------------------------------------

  void ifLet(Expr.IfLet i, Lowering.Dest d, List<GoAst.Stmt> out) {
    Subject s = subject(i.scrutinee(), List.of(i.pattern()));
    Node tree = twoArms(i.pattern(), s.root());
    evaluate(s, tree, out);
    Lowering.Dest branch = i.otherwise().isPresent() ? d : Lowering.DISCARD;
    renderer.render(tree, d, new TreeRenderer.Arms() {
      @Override
      public Optional<Expr> guard(int arm) {
        return Optional.empty();
      }

      @Override
      public void body(int arm, Lowering.Dest dest, List<GoAst.Stmt> o) {
        if (arm == 0) {
          l.block(i.then(), branch, o);
        } else if (i.otherwise().isPresent()) {
          l.into(i.otherwise().get(), dest, o);
        }
      }
    }, out, false);
  }

  /** The tree of `pattern => arm 0, _ => arm 1`. */
  private Node twoArms(Pattern pattern, Access root) {
    var rows = new ArrayList<Row>();
    for (Pattern alt : alternatives(pattern)) {
      rows.add(new Row(0, access.pats(alt, root), false));
    }
    rows.add(new Row(1, List.of(), false));
    return DecisionTree.compile(rows);
  }

  void whileLet(Stmt.WhileLet w, List<GoAst.Stmt> out) {
    if (receiveLoop(w, out)) {
      return;
    }
    var frame = l.pushLoop(Lowering.DISCARD);
    List<GoAst.Stmt> body = l.scoped(o -> {
      Subject s = subject(w.scrutinee(), List.of(w.pattern()));
      Node tree = twoArms(w.pattern(), s.root());
      evaluate(s, tree, o);
      renderer.render(tree, Lowering.DISCARD, new TreeRenderer.Arms() {
        @Override
        public Optional<Expr> guard(int arm) {
          return Optional.empty();
        }

        @Override
        public void body(int arm, Lowering.Dest dest, List<GoAst.Stmt> b) {
          if (arm == 0) {
            l.block(w.body(), Lowering.DISCARD, b);
          } else {
            b.add(l.breakLoop());
          }
        }
      }, o, false);
    });
    Optional<GoAst.Expr> cond = Optional.empty();
    if (!body.isEmpty() && body.get(0) instanceof GoAst.If i && i.otherwise().isEmpty()
        && i.then().equals(List.of(new GoAst.Break()))) {
      // `for { if !cond { break }; … }` is `for cond { … }`
      cond = Optional.of(ExprLowering.not(i.cond()));
      body = body.subList(1, body.size());
    }
    out.add(l.popLoop(frame, new GoAst.For(Optional.empty(), cond, Optional.empty(), body)));
  }

  /**
   * `while let Some(x) = ch.receive() { … }` receives until the channel is closed and drained,
   * which is Go's `for x := range ch { … }` (spec concurrency.impl.receive).
   */
  private boolean receiveLoop(Stmt.WhileLet w, List<GoAst.Stmt> out) {
    Optional<Expr> target = l.channels.receiveTarget(w.scrutinee());
    if (!(unparen(w.pattern()) instanceof Pattern.TupleStruct ts) || !optionVariant(ts).equals(Optional.of("Some"))
        || target.isEmpty()) {
      return false;
    }
    Pattern element = unparen(ts.elements().get(0));
    // `range` evaluates the channel once; `while let` every time, so only an immutable name.
    if (!(element instanceof Pattern.Binding || element instanceof Pattern.Wildcard)
        || !(target.get() instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Local loc && !loc.binding().mutable())) {
      return false;
    }
    GoAst.Expr ch = l.channels.channel(target.get());
    var frame = l.pushLoop(Lowering.DISCARD);
    var holder = new GoAst.Stmt[1];
    l.scoped(outer -> {
      Binding b = element instanceof Pattern.Binding bp ? p.declarations().get(bp) : null;
      String name = b != null && p.isRead(b) ? l.declare(b, true) : "_";
      List<GoAst.Stmt> body = l.scoped(o -> l.block(w.body(), Lowering.DISCARD, o));
      holder[0] = new GoAst.ForRange(name.equals("_") ? Optional.empty() : Optional.of(name), Optional.empty(), ch, body);
    });
    out.add(l.popLoop(frame, holder[0]));
    return true;
  }

  // ---- let -----------------------------------------------------------------------------

  /** A destructuring `let` or a `let … else`. */
  void let(Stmt.Let let, List<GoAst.Stmt> out) {
    if (let.otherwise().isPresent()) {
      letElse(let, out);
      return;
    }
    Pattern pattern = unparen(let.pattern());
    if (pattern instanceof Pattern.Tuple tp && Lowering.unparen(let.init()) instanceof Expr.Tuple te
        && te.elements().size() == tp.elements().size()
        && tp.elements().stream().allMatch(e -> unparen(e) instanceof Pattern.Binding || unparen(e) instanceof Pattern.Wildcard)) {
      // `let (a, b) = (x, y)` → `a, b := x, y`
      var values = l.exprs.sequence(te.elements(), e -> l.exprs.valueAs(e, p.typeOf(tp.elements().get(te.elements().indexOf(e)))));
      var names = new ArrayList<String>();
      for (Pattern e : tp.elements()) {
        Binding b = unparen(e) instanceof Pattern.Binding bp ? p.declarations().get(bp) : null;
        names.add(b != null && p.isRead(b) ? l.declare(b, false) : "_");
      }
      if (names.stream().allMatch(n -> n.equals("_"))) {
        out.add(new GoAst.Assign2(names.stream().map(n -> (GoAst.Expr) new GoAst.Ident(n)).toList(), values));
      } else {
        out.add(new GoAst.Define(names, values));
      }
      return;
    }
    Subject s = subject(let.init());
    var pats = access.pats(let.pattern(), s.root());
    Node tree = DecisionTree.compile(List.of(new Row(0, pats, false)));
    evaluate(s, tree, out);
    renderer.render(tree, Lowering.DISCARD, NO_ARMS, out, false);
  }

  private static final TreeRenderer.Arms NO_ARMS = new TreeRenderer.Arms() {
    @Override
    public Optional<Expr> guard(int arm) {
      return Optional.empty();
    }

    @Override
    public void body(int arm, Lowering.Dest d, List<GoAst.Stmt> out) {}
  };

  /** Binds an irrefutable pattern to the value read by {@code root} (parameters, loop variables). */
  void destructure(Pattern pattern, GoAst.Expr root, Type t, List<GoAst.Stmt> out) {
    Node tree = DecisionTree.compile(List.of(new Row(0, access.pats(pattern, new Access(root)), false)));
    l.into(out, () -> renderer.render(tree, Lowering.DISCARD, NO_ARMS, out, false));
  }

  /**
   * `let P = e else { … }`: `if !(tests) { else }` and the bindings after it; with an
   * or-pattern, whose bindings come from several places, the bindings are declared first and
   * assigned where the tree succeeds.
   */
  private void letElse(Stmt.Let let, List<GoAst.Stmt> out) {
    Subject s = subject(let.init(), List.of(let.pattern()));
    Node tree = twoArms(let.pattern(), s.root());
    evaluate(s, tree, out);
    boolean predeclare = DecisionTree.leaves(tree, 0) > 1;
    if (predeclare) {
      Map<Integer, Binding> bindings = new LinkedHashMap<>();
      collectBinds(tree, bindings);
      for (Binding b : bindings.values()) {
        out.add(new GoAst.Var(l.declare(b, true), l.types.goType(b.type()), Optional.empty()));
      }
    }
    renderer.render(tree, Lowering.DISCARD, new TreeRenderer.Arms() {
      @Override
      public Optional<Expr> guard(int arm) {
        return Optional.empty();
      }

      @Override
      public void body(int arm, Lowering.Dest d, List<GoAst.Stmt> o) {
        if (arm == 1) {
          l.block(let.otherwise().get(), Lowering.DISCARD, o);
        }
      }
    }, out, predeclare);
  }

  private static void collectBinds(Node n, Map<Integer, Binding> out) {
    switch (n) {
      case DecisionTree.Leaf leaf -> {
        leaf.binds().forEach(b -> out.putIfAbsent(((Binding) b.binding()).id(), (Binding) b.binding()));
        leaf.onGuardFail().ifPresent(x -> collectBinds(x, out));
      }
      case DecisionTree.Fail f -> {}
      case DecisionTree.Switch s -> {
        s.branches().forEach(b -> collectBinds(b.body(), out));
        s.otherwise().ifPresent(x -> collectBinds(x, out));
      }
    }
  }

  static Pattern unparen(Pattern p) {
    while (p instanceof Pattern.Paren paren) {
      p = paren.inner();
    }
    return p;
  }
}

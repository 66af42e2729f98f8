package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.ConstValue;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `for` loops (brief §7, §22.14): integer ranges become counted loops; slices, strings (runes),
 * maps and `xs.enumerate()` become `range` loops whose key and value bind the pattern directly
 * when they can (`for (k, v) in m` → `for k, v := range m`), destructuring in the body otherwise.
 */
final class ForLowering {
  private final Lowering l;
  private final CheckedProgram p;

  ForLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  void forLoop(Stmt.For f, List<GoAst.Stmt> out) {
    Expr iterable = Lowering.unparen(f.iterable());
    if (iterable instanceof Expr.Range r) {
      rangeLoop(f, r, out);
      return;
    }
    Type t = p.typeOf(f.iterable());
    Pattern pattern = unparen(f.pattern());
    GoAst.Expr range;
    boolean pairs;
    if (t instanceof Type.MapOf) {
      range = l.exprs.value(f.iterable());
      pairs = true;
    } else if (Type.isPrelude(t, "EnumeratedSlice")) {
      // `xs.enumerate()` iterates xs itself with its indices.
      if (iterable instanceof Expr.Call c && c.callee() instanceof Expr.Field fld
          && p.members().get(fld) instanceof Symbol.Native n && n.name().equals("enumerate")) {
        GoAst.Expr v = l.exprs.value(fld.target());
        range = p.typeOf(fld.target()) instanceof Type.Ref ? ExprLowering.deref(v) : v;
      } else {
        range = l.exprs.value(f.iterable());
      }
      pairs = true;
    } else {
      GoAst.Expr v = l.exprs.value(f.iterable());
      range = t instanceof Type.Ref ? ExprLowering.deref(v) : v;
      pairs = false;
    }
    var frame = l.pushLoop(Lowering.DISCARD);
    var holder = new GoAst.Stmt[1];
    l.scoped(outer -> {
      var prologue = new ArrayList<GoAst.Stmt>();
      String key;
      String value;
      if (!pairs) {
        key = "_";
        value = bind(pattern, p.declarations().get(f), elementType(f), prologue);
      } else if (pattern instanceof Pattern.Tuple tp && tp.elements().size() == 2) {
        Type.Tuple pair = (Type.Tuple) p.typeOf(f.pattern());
        key = bind(tp.elements().get(0), null, pair.elements().get(0), prologue);
        value = bind(tp.elements().get(1), null, pair.elements().get(1), prologue);
      } else {
        // The pair as one value: build the tuple, then bind it.
        Type pairType = p.typeOf(f.pattern());
        key = l.fresh("k");
        value = l.fresh("v");
        var tuple = l.data.tuple(pairType, List.of(new GoAst.Ident(key), new GoAst.Ident(value)));
        String whole = l.fresh("pair");
        prologue.add(new GoAst.Define(List.of(whole), List.of(tuple)));
        l.patterns.destructure(f.pattern(), new GoAst.Ident(whole), pairType, prologue);
      }
      List<GoAst.Stmt> body = l.scoped(o -> {
        o.addAll(prologue);
        l.block(f.body(), Lowering.DISCARD, o);
      });
      Optional<String> k = key.equals("_") && value.equals("_") ? Optional.empty() : Optional.of(key);
      Optional<String> v = value.equals("_") ? Optional.empty() : Optional.of(value);
      if (channel(t)) {
        // `for v := range ch`: a channel gives one iteration value.
        k = v;
        v = Optional.empty();
      }
      holder[0] = new GoAst.ForRange(k, v, range, body);
    });
    out.add(l.popLoop(frame, holder[0]));
  }

  private static boolean channel(Type t) {
    Type d = TypeLowering.deref(t);
    return Type.isPrelude(d, "Channel") || Type.isPrelude(d, "Receiver");
  }

  private Type elementType(Stmt.For f) {
    Type t = TypeLowering.deref(p.typeOf(f.iterable()));
    return switch (t) {
      case Type.Slice s -> s.element();
      case Type.Named n when channel(n) -> n.args().get(0);
      default -> Type.RUNE;
    };
  }

  private static Pattern unparen(Pattern p) {
    while (p instanceof Pattern.Paren paren) {
      p = paren.inner();
    }
    return p;
  }

  /**
   * The Go name a loop variable binds: the binding itself for a name, `_` when unused, or a
   * fresh variable destructured by {@code prologue}.
   */
  private String bind(Pattern pattern, Binding simple, Type t, List<GoAst.Stmt> prologue) {
    Pattern inner = unparen(pattern);
    if (inner instanceof Pattern.Wildcard) {
      return "_";
    }
    if (inner instanceof Pattern.Binding bp) {
      Binding b = simple != null ? simple : p.declarations().get(bp);
      return p.isRead(b) ? l.declare(b, true) : "_";
    }
    String name = l.fresh("item");
    l.patterns.destructure(pattern, new GoAst.Ident(name), t, prologue);
    return name;
  }

  // ---- integer ranges ------------------------------------------------------------------

  private void rangeLoop(Stmt.For f, Expr.Range r, List<GoAst.Stmt> out) {
    Binding b = p.declarations().get(f);
    Type t = b != null ? b.type() : p.typeOf(r.start().get());
    GoAst.Expr start = l.exprs.expr(r.start().get());
    if (l.exprs.needsExplicitType(r.start().get(), t)) {
      start = new GoAst.Call(new GoAst.Ident(l.types.goType(t)), List.of(start));
    }
    Optional<GoAst.Expr> end = r.end().map(l.exprs::expr);
    var frame = l.pushLoop(Lowering.DISCARD);
    var holder = new GoAst.Stmt[1];
    GoAst.Expr first = start;
    l.scoped(scope -> {
      String name = b == null || b.name().equals("_") ? l.fresh("i") : l.declare(b, true);
      GoAst.Ident var = new GoAst.Ident(name);
      GoAst.Stmt init;
      GoAst.Expr from = first;
      Optional<GoAst.Expr> cond = Optional.empty();
      GoAst.Stmt post = new GoAst.IncDec(var, "++");
      if (end.isPresent() && r.inclusive() && !belowMax(r.end().get(), t)) {
        // `a..=b` may end at the type's maximum, where `i <= b` would never become false:
        // a flag says whether another iteration follows (spec control-flow.for.type-max).
        String more = l.fresh("more");
        if (!stableBound(r.start().get())) {
          String startName = l.fresh("start");
          out.add(new GoAst.Define(List.of(startName), List.of(from)));
          from = new GoAst.Ident(startName);
        }
        GoAst.Expr endExpr = end.get();
        if (!stableBound(r.end().get())) {
          String endName = l.fresh("end");
          out.add(new GoAst.Define(List.of(endName), List.of(endExpr)));
          endExpr = new GoAst.Ident(endName);
        }
        init = new GoAst.Define(List.of(name, more), List.of(from, new GoAst.Binary("<=", from, endExpr)));
        cond = Optional.of(new GoAst.Ident(more));
        post = new GoAst.Assign2(List.of(var, new GoAst.Ident(more)),
            List.of(new GoAst.Binary("+", var, new GoAst.Lit("1")), new GoAst.Binary("<", var, endExpr)));
      } else if (end.isPresent() && !stableBound(r.end().get())) {
        String endName = l.fresh("end");
        init = new GoAst.Define(List.of(name, endName), List.of(from, end.get()));
        cond = Optional.of(new GoAst.Binary(r.inclusive() ? "<=" : "<", var, new GoAst.Ident(endName)));
      } else {
        init = new GoAst.Define(List.of(name), List.of(from));
        if (end.isPresent()) {
          cond = Optional.of(new GoAst.Binary(r.inclusive() ? "<=" : "<", var, end.get()));
        }
      }
      List<GoAst.Stmt> body = l.scoped(o -> {
        if (b == null) {
          l.patterns.destructure(f.pattern(), var, t, o);
        }
        l.block(f.body(), Lowering.DISCARD, o);
      });
      holder[0] = new GoAst.For(Optional.of(init), cond, Optional.of(post), body);
    });
    out.add(l.popLoop(frame, holder[0]));
  }

  /** A constant bound strictly below the maximum of the loop variable's type. */
  private boolean belowMax(Expr end, Type t) {
    var v = ConstValue.of(end, p.types());
    Type.Prim prim = Type.prim(t);
    return v.isPresent() && v.get() instanceof ConstValue.Int i && prim != null
        && i.value().compareTo(ConstValue.max(prim)) < 0;
  }

  /** A range bound that cannot change while the loop runs, so Go may re-read it. */
  private boolean stableBound(Expr e) {
    Expr u = Lowering.unparen(e);
    if (l.exprs.constantDefault(u).isPresent()) {
      return true;
    }
    return u instanceof Expr.Name n && (p.names().get(n) instanceof Symbol.Local loc && !loc.binding().mutable()
        || p.names().get(n) instanceof Symbol.Constant) || u instanceof Expr.Field f && p.members().get(f) instanceof Symbol.Constant;
  }
}

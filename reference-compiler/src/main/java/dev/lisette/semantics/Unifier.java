package dev.lisette.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * Hindley–Milner unification over {@link Type}: a substitution from inference variables to
 * types, with the occurs check. `Never` and the error type unify with anything (diverging code;
 * no cascades). `byte`/`uint8` and `rune`/`int32` are the same type.
 */
final class Unifier {
  private final List<Type> solutions = new ArrayList<>();

  Type.Var fresh() {
    solutions.add(null);
    return new Type.Var(solutions.size() - 1);
  }

  /** Follows solved variables at the top of {@code t}. */
  Type shallow(Type t) {
    while (t instanceof Type.Var v && solutions.get(v.id()) != null) {
      t = solutions.get(v.id());
    }
    return t;
  }

  /** {@code t} with every solved variable replaced, deeply. */
  Type resolve(Type t) {
    t = shallow(t);
    return switch (t) {
      case Type.Tuple tu -> new Type.Tuple(tu.elements().stream().map(this::resolve).toList());
      case Type.Slice s -> new Type.Slice(resolve(s.element()));
      case Type.MapOf m -> new Type.MapOf(resolve(m.key()), resolve(m.value()));
      case Type.Ref r -> new Type.Ref(resolve(r.target()));
      case Type.Named n -> n.args().isEmpty() ? n : new Type.Named(n.module(), n.name(), n.args().stream().map(this::resolve).toList());
      case Type.Fn f -> new Type.Fn(f.params().stream().map(this::resolve).toList(), resolve(f.result()), f.variadic());
      default -> t;
    };
  }

  boolean hasVars(Type t) {
    return switch (shallow(t)) {
      case Type.Var v -> true;
      case Type.Tuple tu -> tu.elements().stream().anyMatch(this::hasVars);
      case Type.Slice s -> hasVars(s.element());
      case Type.MapOf m -> hasVars(m.key()) || hasVars(m.value());
      case Type.Ref r -> hasVars(r.target());
      case Type.Named n -> n.args().stream().anyMatch(this::hasVars);
      case Type.Fn f -> f.params().stream().anyMatch(this::hasVars) || hasVars(f.result());
      default -> false;
    };
  }

  /** Makes {@code a} and {@code b} equal if possible; on failure the substitution may be partly extended. */
  boolean unify(Type a, Type b) {
    a = shallow(a);
    b = shallow(b);
    if (a == b || Type.lenient(a) || Type.lenient(b)) {
      return true;
    }
    if (a instanceof Type.Var va) {
      return bind(va, b);
    }
    if (b instanceof Type.Var vb) {
      return bind(vb, a);
    }
    Type.Prim pa = Type.prim(a);
    Type.Prim pb = Type.prim(b);
    if (pa != null || pb != null) {
      return pa == pb;
    }
    return switch (a) {
      case Type.Tuple ta -> b instanceof Type.Tuple tb && all(ta.elements(), tb.elements());
      case Type.Slice sa -> b instanceof Type.Slice sb && unify(sa.element(), sb.element());
      case Type.MapOf ma -> b instanceof Type.MapOf mb && unify(ma.key(), mb.key()) && unify(ma.value(), mb.value());
      case Type.Ref ra -> b instanceof Type.Ref rb && unify(ra.target(), rb.target());
      case Type.Named na -> b instanceof Type.Named nb && na.module().equals(nb.module()) && na.name().equals(nb.name())
          && all(na.args(), nb.args());
      case Type.Fn fa -> b instanceof Type.Fn fb && fa.variadic() == fb.variadic() && all(fa.params(), fb.params())
          && unify(fa.result(), fb.result());
      default -> a.equals(b);
    };
  }

  private boolean all(List<Type> as, List<Type> bs) {
    if (as.size() != bs.size()) {
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < as.size(); i++) {
      ok &= unify(as.get(i), bs.get(i));
    }
    return ok;
  }

  private boolean bind(Type.Var v, Type t) {
    if (t instanceof Type.Var w && w.id() == v.id()) {
      return true;
    }
    if (occurs(v, t)) {
      return false;
    }
    solutions.set(v.id(), t);
    return true;
  }

  private boolean occurs(Type.Var v, Type t) {
    return switch (shallow(t)) {
      case Type.Var w -> w.id() == v.id();
      case Type.Tuple tu -> tu.elements().stream().anyMatch(x -> occurs(v, x));
      case Type.Slice s -> occurs(v, s.element());
      case Type.MapOf m -> occurs(v, m.key()) || occurs(v, m.value());
      case Type.Ref r -> occurs(v, r.target());
      case Type.Named n -> n.args().stream().anyMatch(x -> occurs(v, x));
      case Type.Fn f -> f.params().stream().anyMatch(x -> occurs(v, x)) || occurs(v, f.result());
      default -> false;
    };
  }
}

package dev.lisette.semantics;

import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Pattern;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The checker's maps with every inference variable replaced by its solution, for the emitter.
 * A variable left unsolved has already been reported (the emitter never runs then); it becomes
 * the error type.
 */
final class Solved {
  final Map<Expr, Type> types = new IdentityHashMap<>();
  final Map<Pattern, Type> patternTypes = new IdentityHashMap<>();
  final Map<Object, Binding> declarations = new IdentityHashMap<>();
  final Map<Expr.Name, Symbol> names = new IdentityHashMap<>();
  final Map<Expr.Field, Symbol> members;

  Solved(Checker c) {
    c.types.forEach((e, t) -> types.put(e, solve(c, t)));
    c.patternTypes.forEach((p, t) -> patternTypes.put(p, solve(c, t)));
    var bindings = new HashMap<Integer, Binding>();
    c.declarations.forEach((k, b) -> declarations.put(k, bindings.computeIfAbsent(b.id(), id -> solve(c, b))));
    c.names.forEach((n, s) -> names.put(n, s instanceof Symbol.Local l
        ? new Symbol.Local(bindings.computeIfAbsent(l.binding().id(), id -> solve(c, l.binding()))) : s));
    members = c.members;
  }

  private static Binding solve(Checker c, Binding b) {
    return new Binding(b.id(), b.name(), solve(c, b.type()), b.mutable(), b.span());
  }

  static Type solve(Checker c, Type t) {
    return replaceVars(c.resolve(t));
  }

  private static Type replaceVars(Type t) {
    return switch (t) {
      case Type.Var v -> Type.Error.ERROR;
      case Type.Tuple tu -> new Type.Tuple(tu.elements().stream().map(Solved::replaceVars).toList());
      case Type.Slice s -> new Type.Slice(replaceVars(s.element()));
      case Type.MapOf m -> new Type.MapOf(replaceVars(m.key()), replaceVars(m.value()));
      case Type.Ref r -> new Type.Ref(replaceVars(r.target()));
      case Type.Named n -> new Type.Named(n.module(), n.name(), n.args().stream().map(Solved::replaceVars).toList());
      case Type.Fn f -> new Type.Fn(f.params().stream().map(Solved::replaceVars).toList(), replaceVars(f.result()),
          f.variadic());
      default -> t;
    };
  }
}

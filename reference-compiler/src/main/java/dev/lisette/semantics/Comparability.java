package dev.lisette.semantics;

import java.util.HashSet;
import java.util.Set;

/**
 * Which types `==` accepts and which may be map keys (spec expr.comparison.comparable): not
 * functions, slices or maps, nor structs, enums and tuples containing them. A type parameter
 * may be a map key (Go `comparable`) but is not comparable with `==`.
 */
final class Comparability {
  private Comparability() {}

  static boolean comparable(Checker c, Type t) {
    return check(c, t, true, new HashSet<>());
  }

  static boolean equatable(Checker c, Type t) {
    return check(c, t, false, new HashSet<>());
  }

  private static boolean check(Checker c, Type t, boolean paramsOk, Set<String> seen) {
    return switch (c.shallow(t)) {
      case Type.Fn f -> false;
      case Type.Slice s -> false;
      case Type.MapOf m -> false;
      case Type.Package p -> false;
      case Type.Param p -> paramsOk;
      case Type.Tuple tu -> tu.elements().stream().allMatch(e -> check(c, e, paramsOk, seen));
      case Type.Named n -> {
        TypeDecl d = c.typeDecls.get(n.key());
        if (d == null || !seen.add(n.toString())) {
          yield true;
        }
        yield switch (d) {
          case TypeDecl.Struct s -> s.fields().stream()
              .allMatch(f -> check(c, TypeDecl.substitute(f.type(), s.params(), n.args()), paramsOk, seen));
          case TypeDecl.Enum e -> e.variants().stream().flatMap(v -> v.fields().stream())
              .allMatch(f -> check(c, TypeDecl.substitute(f.type(), e.params(), n.args()), paramsOk, seen));
          // Go compares interface values (a panic if the dynamic type is not comparable).
          case TypeDecl.Interface i -> true;
          case TypeDecl.ValueEnum v -> true;
        };
      }
      default -> true;
    };
  }
}

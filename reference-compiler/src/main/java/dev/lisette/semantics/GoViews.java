package dev.lisette.semantics;

import java.util.Map;
import java.util.Optional;

/**
 * How Go sees a type declared in a declaration file (spec interop.boundary): an `Option` of a
 * pointer, interface or function is a Go value that may be nil, a function's `Result`,
 * `Partial` or tuple result is several Go results. A type "differs" when its Go representation
 * is not the one Lisette's own lowering gives it, so that a conversion is needed at the boundary.
 */
public final class GoViews {
  private GoViews() {}

  /** Types that Go may hold as nil, which a declaration wraps in `Option` where nil is possible. */
  public static boolean nilable(Type t, Map<String, TypeDecl> decls) {
    return switch (t) {
      case Type.Ref r -> true;
      case Type.Fn f -> true;
      case Type.Unknown u -> true;
      case Type.Named n -> decls.get(n.key()) instanceof TypeDecl.Interface;
      default -> false;
    };
  }

  /** `Option<Ref<T>>`, `Option<error>`, `Option<fn(…)>`: the nilable Go type, if {@code t} is one. */
  public static Optional<Type> nilableOption(Type t, Map<String, TypeDecl> decls) {
    if (Type.isPrelude(t, "Option") && t instanceof Type.Named n && nilable(n.args().get(0), decls)) {
      return Optional.of(n.args().get(0));
    }
    return Optional.empty();
  }

  /** Whether a value of declared type {@code t} is represented differently in Go. */
  public static boolean differs(Type t, Map<String, TypeDecl> decls) {
    return switch (t) {
      case Type.Named n when nilableOption(t, decls).isPresent() -> true;
      case Type.Fn f -> f.params().stream().anyMatch(p -> differs(p, decls)) || resultDiffers(f.result(), decls);
      case Type.Slice s -> differs(s.element(), decls);
      case Type.MapOf m -> differs(m.key(), decls) || differs(m.value(), decls);
      default -> false;
    };
  }

  /** Whether a function result of declared type {@code r} is several Go results or a nilable value. */
  public static boolean resultDiffers(Type r, Map<String, TypeDecl> decls) {
    return Type.isPrelude(r, "Result") || Type.isPrelude(r, "Partial") || r instanceof Type.Tuple tu
        && !tu.elements().isEmpty() || differs(r, decls);
  }
}

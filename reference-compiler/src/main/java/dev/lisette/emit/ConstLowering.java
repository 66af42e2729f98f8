package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * `const` declarations (brief §22): a Go `const` with the same value, its type written only
 * when Go's default type for the expression is not the constant's type (`const MAX = 10`,
 * `const RATE float64 = 2`). A conversion that Go would reject in a constant (a float to an
 * integer, a narrowing integer conversion: Go demands an exact, representable value where
 * Lisette converts at run time) makes the constant, and those built on it, a Go `var`.
 */
final class ConstLowering {
  private final Lowering l;
  private final CheckedProgram p;
  private final Map<Item.Const, Boolean> goConstant = new HashMap<>();

  ConstLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  /** The Go name of a top-level constant: exported when `pub` (like a function). */
  String goName(Symbol.Constant k) {
    return GoNames.function(k.name(), k.pub(), l.moduleTypes(k.module()));
  }

  /** A top-level `const`. */
  GoAst.Decl declare(Item.Const k) {
    Type t = p.constants().get(k);
    String name = GoNames.function(k.name().name(), k.pub(), l.moduleTypes(p.module()));
    return spec(name, t, k.value().orElseThrow(), !goConstant(k));
  }

  private GoAst.Const spec(String name, Type t, Expr init, boolean variable) {
    GoAst.Expr value = l.exprs.value(init);
    Optional<Type> dflt = l.exprs.constantDefault(init);
    // Go's default type of an untyped string or boolean constant is the only one there is
    boolean untyped = Type.prim(t) == Type.Prim.STRING || Type.prim(t) == Type.Prim.BOOL
        || dflt.isPresent() && Type.same(dflt.get(), t);
    return new GoAst.Const(name, untyped ? Optional.empty() : Optional.of(l.types.goType(t)), value, variable);
  }

  /** Whether Go accepts the constant's initializer as a constant expression. */
  private boolean goConstant(Item.Const k) {
    Boolean known = goConstant.get(k);
    if (known != null) {
      return known;
    }
    goConstant.put(k, true); // a cycle is an error the checker reported
    boolean ok = k.value().map(this::foldable).orElse(true);
    goConstant.put(k, ok);
    return ok;
  }

  private boolean foldable(Expr e) {
    return switch (e) {
      case Expr.Name n -> switch (p.names().get(n)) {
        case Symbol.Constant k -> constant(k);
        case null, default -> true;
      };
      case Expr.Field f -> !(p.members().get(f) instanceof Symbol.Constant k) || constant(k);
      case Expr.Paren paren -> foldable(paren.inner());
      case Expr.Unary u -> foldable(u.operand());
      case Expr.Binary b -> foldable(b.left()) && foldable(b.right());
      case Expr.Cast c -> exactConversion(p.typeOf(c.operand()), p.typeOf(c)) && foldable(c.operand());
      default -> true;
    };
  }

  /**
   * Whether a referenced constant is a Go constant: decided here for this module's; one of
   * another module (whose types this file does not see) counts only when its initializer has
   * no conversion and names nothing, otherwise this constant becomes a `var` to be safe.
   */
  private boolean constant(Symbol.Constant k) {
    return k.module().equals(p.module()) ? goConstant(k.decl()) : k.decl().value().map(ConstLowering::literal).orElse(true);
  }

  private static boolean literal(Expr e) {
    return switch (e) {
      case Expr.Paren paren -> literal(paren.inner());
      case Expr.Unary u -> literal(u.operand());
      case Expr.Binary b -> literal(b.left()) && literal(b.right());
      case Expr.Name n -> false;
      case Expr.Field f -> false;
      case Expr.Cast c -> false;
      default -> true;
    };
  }

  /** A conversion Go performs on every constant value of the source type. */
  private static boolean exactConversion(Type from, Type to) {
    Type.Prim f = Type.prim(from);
    Type.Prim t = Type.prim(to);
    if (t == null || !t.isInteger() || f == t) {
      return true;
    }
    if (f == null || !f.isInteger()) {
      return false; // float → integer truncates
    }
    return f.isUnsigned() == t.isUnsigned() ? t.bits() >= f.bits() : f.isUnsigned() && t.bits() > f.bits();
  }
}

package dev.lisette.semantics;

import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Top-level `const` declarations (spec constants.*): a constant's initializer is built from
 * literals, other constants and operators only; its type is the annotation or the
 * initializer's (literals default to `int`/`float64`). Constants may refer to constants
 * declared later; a cycle is an error.
 */
final class Constants {
  private final Checker c;
  private final Map<String, Item.Const> items = new LinkedHashMap<>();
  private final Map<Item.Const, Type> types = new LinkedHashMap<>();
  private final Set<Item.Const> inProgress = new HashSet<>();

  Constants(Checker checker) {
    this.c = checker;
  }

  Map<Item.Const, Type> types() {
    return types;
  }

  /** Registers the name (first pass: constants and functions share one namespace). */
  void declare(Item.Const k) {
    String name = k.name().name();
    if (items.containsKey(name) || c.functions.containsKey(name) || c.typeNames.containsKey(name)) {
      c.error("infer.duplicate_definition", "duplicate constant", k.name().span(),
          "`" + name + "` is defined more than once", "rename one of them");
      return;
    }
    items.put(name, k);
    c.functions.put(name, new Symbol.Constant(name, Type.Error.ERROR, k, c.modulePath()));
  }

  /** Types every constant (second pass, after all names are known). */
  void checkAll() {
    items.values().forEach(this::check);
  }

  private Type check(Item.Const k) {
    Type done = types.get(k);
    if (done != null) {
      return done;
    }
    if (!inProgress.add(k)) {
      c.error("infer.recursive_constant", "recursive constant", k.name().span(),
          "`" + k.name().name() + "` is defined in terms of itself", "give one of the constants a literal value");
      types.put(k, Type.Error.ERROR);
      return Type.Error.ERROR;
    }
    if (k.value().isEmpty() && c.typedef() && k.type().isPresent()) {
      // A Go constant: its value lives in Go.
      Type t = c.resolveType(k.type().get());
      types.put(k, t);
      inProgress.remove(k);
      c.functions.put(k.name().name(), new Symbol.Constant(k.name().name(), t, k, c.modulePath()));
      return t;
    }
    if (k.value().isEmpty()) {
      c.error("infer.valueless_const_outside_typedef", "missing constant value", k.name().span(),
          "`" + k.name().name() + "` has no value", "write `const " + k.name().name() + " = value`");
      types.put(k, Type.Error.ERROR);
      return Type.Error.ERROR;
    }
    c.enter(c.constFiles.get(k));
    Expr init = k.value().get();
    dependencies(init);
    Type t;
    if (!simple(init)) {
      c.error("infer.const_requires_simple_expression", "`const` requires a simple expression", init.span(),
          "a constant is made of literals, other constants and operators",
          "use a function, or compute the value inside `main` with `let`");
      t = k.type().map(c::resolveType).orElse(Type.Error.ERROR);
    } else {
      c.expressions.errors.enterFunction();
      t = k.type().isPresent() ? c.expressions.coerce(init, c.resolveType(k.type().get()))
          : c.expressions.infer(init, Optional.empty());
      t = c.resolve(t);
    }
    if (!types.containsKey(k)) {
      types.put(k, t);
    }
    inProgress.remove(k);
    c.functions.put(k.name().name(), new Symbol.Constant(k.name().name(), types.get(k), k, c.modulePath()));
    return types.get(k);
  }


  /** The initializer of the constant a name denotes (Go folds expressions over constants). */
  Optional<Expr> initializer(Expr.Name n) {
    return switch (c.names.get(n)) {
      case Symbol.Constant k -> k.decl().value();
      case null, default -> Optional.empty();
    };
  }

  boolean denotesConstant(Expr.Name n) {
    return initializer(n).isPresent();
  }

  /**
   * A `const` inside a function is rejected (spec constants.decl.nested; brief §24.4): use
   * `let`. The name is still bound, typed by its initializer, so uses are not reported again.
   */
  void local(Item.Const k) {
    c.error("infer.nested_const", "`const` inside a function", k.span(), "constants are declared at the top level",
        "move it to the top level, or use `let`");
    Type t = k.value().map(v -> c.resolve(c.expressions.infer(v, Optional.empty()))).orElse(Type.Error.ERROR);
    c.declarations.put(k, c.declare(k.name().name(), t, false, k.name().span()));
  }

  /** Types the constants an initializer names before the initializer itself. */
  private void dependencies(Expr e) {
    switch (e) {
      case Expr.Name n -> {
        Item.Const other = items.get(n.ident().name());
        if (other != null) {
          check(other);
        }
      }
      case Expr.Paren p -> dependencies(p.inner());
      case Expr.Unary u -> dependencies(u.operand());
      case Expr.Binary b -> {
        dependencies(b.left());
        dependencies(b.right());
      }
      case Expr.Cast cast -> dependencies(cast.operand());
      default -> { }
    }
  }

  /** Literals, constants, operators, parentheses and numeric casts (what Go can fold). */
  private boolean simple(Expr e) {
    return switch (e) {
      case Expr.IntLit i -> true;
      case Expr.FloatLit f -> true;
      case Expr.StringLit s -> true;
      case Expr.BoolLit b -> true;
      case Expr.RuneLit r -> true;
      case Expr.ImaginaryLit i -> true;
      case Expr.Name n -> c.lookupLocal(n.ident().name()).isEmpty() && items.containsKey(n.ident().name());
      case Expr.Paren p -> simple(p.inner());
      case Expr.Unary u -> u.op() != dev.lisette.syntax.UnaryOp.REF && simple(u.operand());
      case Expr.Binary b -> simple(b.left()) && simple(b.right());
      case Expr.Cast cast -> simple(cast.operand());
      default -> false;
    };
  }
}

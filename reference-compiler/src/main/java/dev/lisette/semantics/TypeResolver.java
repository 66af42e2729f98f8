package dev.lisette.semantics;

import dev.lisette.syntax.Item;
import dev.lisette.syntax.TypeExpr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Types as written → {@link Type} (spec types.*, data-types): primitives, prelude and declared types. */
final class TypeResolver {
  private final Checker c;

  TypeResolver(Checker c) {
    this.c = c;
  }

  private static final Map<String, String> FOREIGN_TYPE_NAMES = Map.of(
      "i32", "int32", "i64", "int64", "u8", "byte", "f64", "float64", "f32", "float32",
      "usize", "int", "String", "string", "str", "string", "boolean", "bool", "char", "rune");

  /** Prelude generic types and their arity. */
  private static final Map<String, Integer> PRELUDE_ARITY = Map.of("Slice", 1, "Map", 2, "Ref", 1, "Option", 1,
      "Result", 2, "Partial", 2, "EnumeratedSlice", 1, "Channel", 1, "Sender", 1, "Receiver", 1);

  Type resolve(TypeExpr t) {
    return switch (t) {
      case TypeExpr.Unit u -> Type.Unit.UNIT;
      case TypeExpr.Function f -> new Type.Fn(f.params().stream().map(this::resolve).toList(), resolve(f.result()), false);
      case TypeExpr.Tuple tu -> new Type.Tuple(tu.elements().stream().map(this::resolve).toList());
      case TypeExpr.Named n -> named(n);
    };
  }

  private Type named(TypeExpr.Named n) {
    if (n.path().size() == 2 && c.global(n.path().get(0).name()) instanceof Symbol.Module) {
      List<Type> args = n.args().stream().map(this::resolve).toList();
      var alias = c.moduleAlias(n.path().get(0).name(), n.path().get(1).name());
      if (alias.isPresent()) {
        c.lints.usedImport(n.path().get(0).name());
        return arity(n, n.display(), alias.get().params().size(), args.size())
            ? TypeDecl.substitute(alias.get().target(), alias.get().params(), args) : Type.Error.ERROR;
      }
      Optional<TypeDecl> d = c.moduleType(n.path().get(0).name(), n.path().get(1));
      if (d.isEmpty()) {
        return Type.Error.ERROR;
      }
      return arity(n, n.display(), d.get().params().size(), args.size()) ? c.instantiate(d.get(), args) : Type.Error.ERROR;
    }
    if (n.path().size() != 1) {
      c.error("resolve.type_not_found", "type not found", n.span(), "no type `" + n.display() + "`",
          "types of Go packages are not supported yet");
      return Type.Error.ERROR;
    }
    String name = n.path().get(0).name();
    List<Type> args = n.args().stream().map(this::resolve).toList();
    Type prim = Checker.PRIMITIVES.get(name);
    if (prim != null || name.equals("Never")) {
      noArgs(n, name);
      return prim != null ? prim : Type.Never.NEVER;
    }
    Optional<Type.Param> param = c.typeParam(name);
    if (param.isPresent()) {
      if (!args.isEmpty()) {
        c.error("infer.type_param_with_args", "invalid type argument", n.span(),
            "type parameter `" + name + "` takes no type arguments", null);
      }
      return param.get();
    }
    Integer arity = PRELUDE_ARITY.get(name);
    if (arity != null) {
      if (!arity(n, name, arity, args.size())) {
        return Type.Error.ERROR;
      }
      return switch (name) {
        case "Slice" -> new Type.Slice(args.get(0));
        case "Map" -> mapType(n, args.get(0), args.get(1));
        case "Ref" -> {
          if (Interfaces.isInterface(c, args.get(0))) {
            c.error("infer.ref_of_interface", "`Ref` to an interface", n.span(), "`" + args.get(0) + "` is an interface",
                "an interface value already refers to its dynamic value; use `" + args.get(0) + "`");
            yield Type.Error.ERROR;
          }
          yield new Type.Ref(args.get(0));
        }
        default -> new Type.Named(Type.PRELUDE, name, args);
      };
    }
    if (name.equals("PanicValue") || name.equals("error")) {
      noArgs(n, name);
      return name.equals("error") ? Type.ERROR_INTERFACE : Type.PANIC_VALUE;
    }
    if (name.equals("Unknown") && c.typedef()) {
      return Type.Unknown.UNKNOWN;
    }
    if (name.equals("VarArgs") && c.typedef() && args.size() == 1) {
      return args.get(0); // the element type; the signature is marked variadic
    }
    if (name.equals("Unknown")) {
      c.error("infer.unknown_outside_typedef", "invalid `Unknown` type", n.span(),
          "`Unknown` is only allowed in declaration files", "use a concrete type or a type parameter");
      return Type.Error.ERROR;
    }
    Optional<Item.TypeAlias> alias = c.decls.aliasNamed(name);
    if (alias.isPresent()) {
      return c.decls.alias(alias.get(), args, n.span());
    }
    Optional<TypeDecl> decl = c.typeDecl(name);
    if (decl.isPresent()) {
      if (!arity(n, name, decl.get().params().size(), args.size())) {
        return Type.Error.ERROR;
      }
      return c.instantiate(decl.get(), args);
    }
    String hint = FOREIGN_TYPE_NAMES.get(name);
    c.error("resolve.type_not_found", "type not found", n.span(), "no type named `" + name + "`",
        hint != null ? "did you mean `" + hint + "`?" : null);
    return Type.Error.ERROR;
  }

  private Type mapType(TypeExpr.Named n, Type key, Type value) {
    if (!Comparability.comparable(c, key)) {
      c.error("infer.non_comparable_map_key", "map key is not comparable", n.args().get(0).span(),
          "`" + key + "` cannot be compared with `==`", "use a comparable key type such as `string` or `int`");
    }
    return new Type.MapOf(key, value);
  }

  private void noArgs(TypeExpr.Named n, String name) {
    if (!n.args().isEmpty()) {
      c.error("infer.type_arg_on_non_generic", "unexpected type arguments", n.span(),
          "`" + name + "` takes no type arguments", null);
    }
  }

  private boolean arity(TypeExpr.Named n, String name, int expected, int found) {
    if (expected == found) {
      return true;
    }
    if (expected == 0) {
      noArgs(n, name);
      return false;
    }
    c.error("infer.type_arg_count_mismatch", "wrong type argument count", n.span(),
        "`" + name + "` takes " + expected + " type argument" + (expected == 1 ? "" : "s") + ", found " + found, null);
    return false;
  }

  /** Resolves an alias once at its declaration so cycles and unknown targets are reported there. */
  void checkAlias(Item.TypeAlias a) {
    if (a.generics().isEmpty()) {
      c.decls.alias(a, List.of(), a.name().span());
    }
  }
}

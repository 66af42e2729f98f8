package dev.lisette.semantics;

import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Ident;
import java.util.List;
import java.util.Optional;

/**
 * What a constructor path names in a pattern or a struct literal (spec enums.qualified):
 * `Shape.Circle`, `Option.Some` and the bare prelude `Some`/`None`/`Ok`/`Err` name variants;
 * `Point` names a struct. Bare user variants are not in scope (brief §24.1).
 */
final class Paths {
  private final Checker c;

  Paths(Checker c) {
    this.c = c;
  }

  static final List<String> BARE_VARIANTS = List.of("Some", "None", "Ok", "Err");

  /** The prelude variant a bare name denotes, if any. */
  static Optional<Symbol.Variant> bareVariant(Checker c, String name) {
    String owner = name.equals("Some") || name.equals("None") ? "Option" : name.equals("Ok") || name.equals("Err") ? "Result" : null;
    if (owner == null) {
      return Optional.empty();
    }
    var e = (TypeDecl.Enum) c.typeDecls.get(Type.PRELUDE + "." + owner);
    return Optional.of(new Symbol.Variant(e, e.variant(name).orElseThrow()));
  }

  Optional<Symbol> lookup(List<Ident> path, Span span) {
    return lookup(path, span, false);
  }

  /** {@code variantExpected}: a unit or tuple pattern, where an unknown bare name is reported as a variant. */
  Optional<Symbol> lookup(List<Ident> path, Span span, boolean variantExpected) {
    if (path.size() == 1) {
      String name = path.get(0).name();
      var bare = bareVariant(c, name);
      if (bare.isPresent()) {
        return Optional.of(bare.get());
      }
      var decl = c.typeDecl(name).or(() -> aliased(name, span));
      if (decl.isPresent() && decl.get() instanceof TypeDecl.Struct s) {
        return Optional.of(new Symbol.TypeName(s));
      }
      if (decl.isPresent()) {
        c.error("resolve.variant_not_found", "variant not found", span, "`" + name + "` is an enum, not a variant",
            "name a variant: `" + name + "." + ((TypeDecl.Enum) decl.get()).variants().stream().findFirst()
                .map(TypeDecl.Variant::name).orElse("Variant") + "`");
        return Optional.empty();
      }
      var owner = enumWithVariant(name);
      if (owner.isPresent()) {
        c.error("resolve.variant_not_found", "variant not found", span, "`" + name + "` is not in scope",
            "variants are qualified by their enum: `" + owner.get().name() + "." + name + "`");
        return Optional.empty();
      }
      if (variantExpected) {
        c.error("resolve.variant_not_found", "variant not found", span, "no variant named `" + name + "`",
            "variants are qualified by their enum (`Color.Red`); constants cannot be patterns");
        return Optional.empty();
      }
      c.error("resolve.struct_not_found", "struct not found", span, "no struct or variant named `" + name + "`", null);
      return Optional.empty();
    }
    Optional<TypeDecl> decl;
    int used;
    if (c.lookupLocal(path.get(0).name()).isEmpty() && c.global(path.get(0).name()) instanceof Symbol.Module) {
      decl = c.moduleType(path.get(0).name(), path.get(1));
      used = 2;
      if (decl.isEmpty()) {
        return Optional.empty();
      }
    } else {
      String qualifier = path.get(0).name();
      decl = c.typeDecl(qualifier).or(() -> aliased(qualifier, path.get(0).span()));
      if (decl.isEmpty() && (qualifier.equals("Option") || qualifier.equals("Result") || qualifier.equals("Partial"))) {
        decl = Optional.of(c.typeDecls.get(Type.PRELUDE + "." + qualifier));
      }
      used = 1;
      if (decl.isEmpty()) {
        c.error("resolve.type_not_found", "type not found", path.get(0).span(), "no enum named `" + qualifier + "`", null);
        return Optional.empty();
      }
    }
    String qualifier = decl.get().name();
    if (path.size() == used) {
      if (decl.get() instanceof TypeDecl.Struct st) {
        return Optional.of(new Symbol.TypeName(st));
      }
      c.error("resolve.variant_not_found", "variant not found", span, "`" + qualifier + "` is an enum, not a variant", null);
      return Optional.empty();
    }
    if (path.size() > used + 1) {
      c.error("resolve.type_not_found", "type not found", span, "no enum or struct at this path", null);
      return Optional.empty();
    }
    String name = path.get(used).name();
    if (!(decl.get() instanceof TypeDecl.Enum e)) {
      c.error("resolve.variant_not_found", "variant not found", span, "`" + qualifier + "` is a struct, not an enum", null);
      return Optional.empty();
    }
    var v = e.variant(name);
    if (v.isEmpty()) {
      String help = e.variants().stream().map(TypeDecl.Variant::name)
          .filter(n -> Expressions.editDistance(n, name) <= 2).findFirst()
          .map(n -> "did you mean `" + qualifier + "." + n + "`?").orElse(null);
      c.error("resolve.variant_not_found", "variant not found", path.get(used).span(),
          "`" + qualifier + "` has no variant `" + name + "`", help);
      return Optional.empty();
    }
    return Optional.of(new Symbol.Variant(e, v.get()));
  }

  /** A plain alias of a struct or enum stands for it in paths (spec types.alias.qualifier). */
  private Optional<TypeDecl> aliased(String name, Span at) {
    var alias = c.decls.aliasNamed(name);
    if (alias.isEmpty()) {
      return Optional.empty();
    }
    if (!alias.get().generics().isEmpty()) {
      c.error("infer.type_alias_as_qualifier", "cannot use generic type alias as qualifier", at,
          "`" + name + "` is a generic alias", "name the type it stands for");
      return Optional.empty();
    }
    return c.resolve(c.decls.alias(alias.get(), List.of(), at)) instanceof Type.Named n
        ? Optional.ofNullable(c.typeDecls.get(n.key())) : Optional.empty();
  }

  private Optional<TypeDecl.Enum> enumWithVariant(String name) {
    return c.typeDecls.values().stream().filter(d -> d instanceof TypeDecl.Enum e && !d.module().equals(Type.PRELUDE)
        && e.variant(name).isPresent()).map(d -> (TypeDecl.Enum) d).findFirst();
  }

  /** The fields of what a path names, with the declaration's type parameters replaced by {@code args}. */
  static List<TypeDecl.Field> fields(Symbol s, List<Type> args) {
    return switch (s) {
      case Symbol.Variant v -> v.variant().fields().stream()
          .map(f -> new TypeDecl.Field(f.name(), TypeDecl.substitute(f.type(), v.owner().params(), args), f.pub())).toList();
      case Symbol.TypeName t when t.decl() instanceof TypeDecl.Struct st -> st.fields().stream()
          .map(f -> new TypeDecl.Field(f.name(), TypeDecl.substitute(f.type(), st.params(), args), f.pub())).toList();
      default -> List.of();
    };
  }

  static TypeDecl owner(Symbol s) {
    return switch (s) {
      case Symbol.Variant v -> v.owner();
      case Symbol.TypeName t -> t.decl();
      default -> throw new IllegalArgumentException("not a constructor: " + s);
    };
  }

  static TypeDecl.Shape shape(Symbol s) {
    return switch (s) {
      case Symbol.Variant v -> v.variant().shape();
      case Symbol.TypeName t when t.decl() instanceof TypeDecl.Struct st -> st.shape();
      default -> TypeDecl.Shape.UNIT;
    };
  }

  static String display(Symbol s) {
    return switch (s) {
      case Symbol.Variant v -> v.owner().module().equals(Type.PRELUDE) && !v.owner().name().equals("Partial")
          ? v.variant().name() : v.owner().name() + "." + v.variant().name();
      case Symbol.TypeName t -> t.decl().name();
      default -> s.toString();
    };
  }
}

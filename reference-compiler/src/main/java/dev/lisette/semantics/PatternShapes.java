package dev.lisette.semantics;

import dev.lisette.semantics.patterns.Constructor;
import dev.lisette.semantics.patterns.Domain;
import dev.lisette.semantics.patterns.Pat;
import dev.lisette.semantics.patterns.PatternSyntax;
import dev.lisette.semantics.patterns.TypeShapes;
import dev.lisette.syntax.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The checker's types as seen by the pattern analysis, and witnesses in Lisette syntax. */
final class PatternShapes implements TypeShapes<Type>, PatternSyntax<Type> {
  private final Checker c;

  PatternShapes(Checker c) {
    this.c = c;
  }

  @Override
  public Domain domain(Type type) {
    Type t = c.shallow(type);
    if (t == Type.Prim.BOOL) {
      // `false` first: the spec names missing booleans in that order (patterns.exhaustive.missing-pattern).
      return new Domain.Finite(List.of(new Constructor.Bool(false), new Constructor.Bool(true)));
    }
    return switch (t) {
      case Type.Unit u -> new Domain.Finite(List.of(new Constructor.Product(0)));
      case Type.Never n -> new Domain.Finite(List.of());
      case Type.Tuple tu -> new Domain.Finite(List.of(new Constructor.Product(tu.elements().size())));
      case Type.Slice s -> new Domain.SliceOf();
      case Type.Named n when c.typeDecls.get(n.key()) instanceof TypeDecl.Struct s ->
          new Domain.Finite(inhabited(fieldTypes(s.fields(), s.params(), n.args())) ? List.of(new Constructor.Product(s.fields().size())) : List.of());
      case Type.Named n when c.typeDecls.get(n.key()) instanceof TypeDecl.Enum e -> {
        var all = new ArrayList<Constructor>();
        for (TypeDecl.Variant v : e.variants()) {
          if (inhabited(fieldTypes(v.fields(), e.params(), n.args()))) {
            all.add(variant(v));
          }
        }
        yield new Domain.Finite(all);
      }
      default -> new Domain.Infinite();
    };
  }

  /** A struct or variant with a `Never` field has no values (spec data-types never). */
  private boolean inhabited(List<Type> fields) {
    return fields.stream().noneMatch(f -> c.shallow(f) == Type.Never.NEVER);
  }

  static Constructor.Variant variant(TypeDecl.Variant v) {
    return new Constructor.Variant(v.index(), v.name(), v.fields().size());
  }

  private static List<Type> fieldTypes(List<TypeDecl.Field> fields, List<Type.Param> params, List<Type> args) {
    return fields.stream().map(f -> TypeDecl.substitute(f.type(), params, args)).toList();
  }

  @Override
  public List<Type> argumentTypes(Type type, Constructor ctor) {
    Type t = c.shallow(type);
    return switch (ctor) {
      case Constructor.Slice s -> Collections.nCopies(s.length(), element(t));
      case Constructor.SliceRest r -> Collections.nCopies(r.prefix(), element(t));
      case Constructor.Bool b -> List.of();
      case Constructor.Literal l -> List.of();
      case Constructor.Product p -> switch (t) {
        case Type.Tuple tu when tu.elements().size() == p.arity() -> tu.elements();
        case Type.Named n when c.typeDecls.get(n.key()) instanceof TypeDecl.Struct s && s.fields().size() == p.arity() ->
            fieldTypes(s.fields(), s.params(), n.args());
        default -> Collections.nCopies(p.arity(), Type.Error.ERROR);
      };
      case Constructor.Variant v -> {
        if (t instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Enum e && v.index() < e.variants().size()
            && e.variants().get(v.index()).fields().size() == v.arity()) {
          yield fieldTypes(e.variants().get(v.index()).fields(), e.params(), n.args());
        }
        yield Collections.nCopies(v.arity(), Type.Error.ERROR);
      }
    };
  }

  private static Type element(Type t) {
    return t instanceof Type.Slice s ? s.element() : Type.Error.ERROR;
  }

  /** The analysis pattern of a resolved constructor pattern; {@code given} maps field names to sub-patterns. */
  Pat constructed(Pattern node, List<Pat> unused, Map<String, Pattern> given) {
    Symbol sym = c.resolved.get(node);
    if (sym == null) {
      return Pat.WILD;
    }
    var patterns = c.patterns;
    List<TypeDecl.Field> fields = switch (sym) {
      case Symbol.Variant v -> v.variant().fields();
      case Symbol.TypeName t when t.decl() instanceof TypeDecl.Struct s -> s.fields();
      default -> List.of();
    };
    var args = new ArrayList<Pat>();
    for (TypeDecl.Field f : fields) {
      Pattern p = given.get(f.name());
      args.add(p == null ? Pat.WILD : patterns.abstractPat(p));
    }
    Constructor ctor = sym instanceof Symbol.Variant v ? variant(v.variant()) : new Constructor.Product(fields.size());
    return new Pat.Ctor(ctor, args);
  }

  @Override
  public String render(Type type, Constructor ctor, List<String> args) {
    Type t = c.shallow(type);
    if (t instanceof Type.Named n) {
      TypeDecl d = c.typeDecls.get(n.key());
      if (d instanceof TypeDecl.Enum e && ctor instanceof Constructor.Variant v) {
        TypeDecl.Variant variant = e.variants().get(v.index());
        return shaped(Paths.display(new Symbol.Variant(e, variant)), variant.shape(), variant.fields(), args);
      }
      if (d instanceof TypeDecl.Struct s) {
        return shaped(s.name(), s.shape(), s.fields(), args);
      }
    }
    return PatternSyntax.standard(ctor, args);
  }

  private static String shaped(String name, TypeDecl.Shape shape, List<TypeDecl.Field> fields, List<String> args) {
    return switch (shape) {
      case UNIT -> name;
      case TUPLE -> name + "(" + String.join(", ", args) + ")";
      case NAMED -> {
        var parts = new ArrayList<String>();
        for (int i = 0; i < fields.size(); i++) {
          if (!args.get(i).equals("_")) {
            parts.add(fields.get(i).name() + ": " + args.get(i));
          }
        }
        if (parts.size() < fields.size()) {
          parts.add("..");
        }
        yield fields.isEmpty() ? name + " {}" : name + " { " + String.join(", ", parts) + " }";
      }
    };
  }
}

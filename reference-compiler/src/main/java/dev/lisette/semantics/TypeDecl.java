package dev.lisette.semantics;

import java.util.List;
import java.util.Optional;

/**
 * A declared nominal type: a struct or an enum (user or prelude). Fields and variants carry
 * types in terms of the declaration's own {@link Type.Param}s; {@link #instantiate} substitutes
 * the arguments of a use.
 */
public sealed interface TypeDecl {
  String module();

  String name();

  List<Type.Param> params();

  boolean pub();

  default String key() {
    return module() + "." + name();
  }

  /** How the fields of a struct or variant are written: none, `(A, B)` or `{ a: A }`. */
  enum Shape { UNIT, TUPLE, NAMED }

  /** A field; tuple fields are named "0", "1", …. */
  record Field(String name, Type type, boolean pub) {}

  /**
   * {@code tags}: the Go struct tags of the fields and whether their Go names are exported
   * (serialization attributes, spec attributes.*).
   */
  record Struct(String module, String name, List<Type.Param> params, Shape shape, List<Field> fields, boolean pub,
      FieldTags tags) implements TypeDecl {
    public Struct(String module, String name, List<Type.Param> params, Shape shape, List<Field> fields, boolean pub) {
      this(module, name, params, shape, fields, pub, FieldTags.NONE);
    }

    public Optional<Field> field(String n) {
      return fields.stream().filter(f -> f.name().equals(n)).findFirst();
    }

    /** `struct Meters(float64)`: a Go defined type over the single field's type. */
    public boolean newtype() {
      return shape == Shape.TUPLE && fields.size() == 1;
    }
  }

  record Variant(String name, int index, Shape shape, List<Field> fields) {
    public Optional<Field> field(String n) {
      return fields.stream().filter(f -> f.name().equals(n)).findFirst();
    }
  }

  record Enum(String module, String name, List<Type.Param> params, List<Variant> variants, boolean pub)
      implements TypeDecl {
    public Optional<Variant> variant(String n) {
      return variants.stream().filter(v -> v.name().equals(n)).findFirst();
    }
  }

  /**
   * A Go named basic type with its constants, from a declaration file (`enum Duration: int64
   * { Second = 1000000000, … }`): a value of it is a number (or string) of {@code underlying};
   * {@code members} name the constants in declaration order.
   */
  record ValueEnum(String module, String name, Type underlying, List<String> members, boolean pub) implements TypeDecl {
    public List<Type.Param> params() {
      return List.of();
    }
  }

  /** A method an interface requires; the signature excludes the receiver. */
  record InterfaceMethod(String name, Type.Fn signature, List<dev.lisette.syntax.Attribute> attrs) {
    public InterfaceMethod(String name, Type.Fn signature) {
      this(name, signature, List.of());
    }
  }

  /**
   * An interface (spec interfaces.*): {@code methods} are its own, {@code embeds} the interfaces
   * it embeds (whose methods it requires too). Satisfaction is structural.
   */
  record Interface(String module, String name, List<Type.Param> params, List<InterfaceMethod> methods,
      List<Type.Named> embeds, boolean pub) implements TypeDecl {
    public Optional<InterfaceMethod> method(String n) {
      return methods.stream().filter(m -> m.name().equals(n)).findFirst();
    }
  }

  /** How a method takes its receiver. */
  enum Receiver { NONE, VALUE, REF }

  /**
   * A method or associated function of a user type. {@code params} are the impl block's type
   * parameters followed by the method's own; {@code signature} excludes the receiver.
   */
  record Method(String owner, String name, Receiver receiver, List<Type.Param> params, Type.Fn signature, boolean pub,
      dev.lisette.syntax.Item.Fn decl) {}

  /** Replaces the declaration's type parameters by {@code args} in {@code t}. */
  static Type substitute(Type t, List<Type.Param> params, List<Type> args) {
    if (params.isEmpty()) {
      return t;
    }
    return switch (t) {
      case Type.Param p -> {
        int i = params.indexOf(p);
        yield i >= 0 && i < args.size() ? args.get(i) : p;
      }
      case Type.Tuple tu -> new Type.Tuple(tu.elements().stream().map(x -> substitute(x, params, args)).toList());
      case Type.Slice s -> new Type.Slice(substitute(s.element(), params, args));
      case Type.MapOf m -> new Type.MapOf(substitute(m.key(), params, args), substitute(m.value(), params, args));
      case Type.Ref r -> new Type.Ref(substitute(r.target(), params, args));
      case Type.Named n -> new Type.Named(n.module(), n.name(), n.args().stream().map(x -> substitute(x, params, args)).toList());
      case Type.Fn f -> new Type.Fn(f.params().stream().map(x -> substitute(x, params, args)).toList(),
          substitute(f.result(), params, args), f.variadic());
      default -> t;
    };
  }
}

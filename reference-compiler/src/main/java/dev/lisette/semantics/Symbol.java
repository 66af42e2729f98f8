package dev.lisette.semantics;

import dev.lisette.syntax.Item;

/** What a name, a member access (`a.b`), a pattern path or a struct literal refers to. */
public sealed interface Symbol {
  record Local(Binding binding) implements Symbol {}

  /** A function of module {@code module} (the entry module is ""); generic ones have type parameters. */
  record Function(String name, Type.Fn type, Item.Fn decl, String module, java.util.List<Type.Param> params)
      implements Symbol {
    public Function(String name, Type.Fn type, Item.Fn decl, String module) {
      this(name, type, decl, module, java.util.List.of());
    }

    public boolean pub() {
      return decl.pub();
    }
  }

  /** A top-level `const` of module {@code module} (the entry module is ""). */
  record Constant(String name, Type type, Item.Const decl, String module) implements Symbol {
    public boolean pub() {
      return decl.pub();
    }
  }

  /** A Go package variable (`var Args: Slice<string>` of `go:os`): readable and assignable. */
  record Variable(String name, Type type, String module) implements Symbol {}

  /** A local module bound by `import "path"` in the current file. */
  record Module(ModuleExports exports, String localName) implements Symbol {}

  /**
   * A struct or enum named as a value-level qualifier (`Shape` in `Shape.Circle`, `Rect` in
   * `Rect.square(2.0)`) or as a tuple-struct constructor (`Rgb(1, 2, 3)`), a struct literal or
   * a struct pattern.
   */
  record TypeName(TypeDecl decl) implements Symbol {}

  /** A field of a struct value (possibly reached through a `Ref`, which Go dereferences). */
  record Field(TypeDecl.Struct owner, TypeDecl.Field field) implements Symbol {}

  /**
   * An enum variant: a constructor (`Shape.Circle`, `Some`, `None`), a struct-variant literal,
   * or a variant pattern.
   */
  record Variant(TypeDecl.Enum owner, TypeDecl.Variant variant) implements Symbol {}

  /**
   * A user method called on a value (`acc.deposit(5)`); the receiver is the field access's
   * target. Go takes the address or dereferences automatically for addressable receivers;
   * {@code addressTemp} says the receiver is not addressable and must go through a temporary.
   */
  record Method(TypeDecl.Method method, boolean addressTemp) implements Symbol {}

  /**
   * A method called on an interface value or on a value of a bounded type parameter
   * (`shape.area()`); {@code owner} is the interface that declares the method (possibly one
   * embedded in the value's interface).
   */
  record InterfaceMethod(TypeDecl.Interface owner, TypeDecl.InterfaceMethod method) implements Symbol {}

  /** An associated function named through its type (`Rect.square`). */
  record AssociatedFunction(TypeDecl.Method method) implements Symbol {}

  /**
   * A native prelude method (`xs.length()`, `m.get(k)`, `s.split(",")`, `o.unwrap_or(0)`) or
   * static function (`Slice.new`, `Map.new`, `Map.from`). {@code owner} is `Slice`, `Map`,
   * `string`, `Option`, `Result`, `Partial` or `EnumeratedSlice`; {@code isStatic} marks the
   * type-qualified forms; {@code ufcs} marks a method called through its type with the
   * receiver as first argument (`Option.map(o, f)`, spec methods.ufcs).
   */
  record Native(String owner, String name, boolean isStatic, boolean ufcs) implements Symbol {
    public Native(String owner, String name, boolean isStatic) {
      this(owner, name, isStatic, false);
    }
  }
}

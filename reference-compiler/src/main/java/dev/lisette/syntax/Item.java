package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** Top-level declarations (spec grammar.item.*). */
public sealed interface Item {
  Span span();

  /** `import "go:fmt"`, `import alias "path"`, `import _ "go:image/png"`. */
  record Import(Span span, Optional<Ident> alias, String path, Span pathSpan) implements Item {}

  /** `fn name<T>(params) -> R { … }`; no body in declaration files. */
  record Fn(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name,
      List<TypeParam> generics, List<Param> params, Optional<TypeExpr> returnType, Optional<Block> body)
      implements Item {}

  /** `[mut] pattern: T`, or a receiver `self` / `self: T` without or with a type. */
  record Param(Span span, boolean mut, Pattern pattern, Optional<TypeExpr> type) {
    /** The bound name of a simple parameter, `_` otherwise. */
    public Ident name() {
      return Pattern.simpleName(pattern).orElse(new Ident("_", pattern.span()));
    }
  }

  /** `struct Name<T> { fields }` or `struct Name<T>(types)`. */
  record Struct(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name,
      List<TypeParam> generics, Fields fields) implements Item {}

  /** `enum Name<T> { variants }`. */
  record Enum(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name,
      List<TypeParam> generics, List<Variant> variants) implements Item {}

  /** `enum Name: T { A = 1, B = 2 }` (declaration files; spec grammar.enum.value-enum). */
  record ValueEnum(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name,
      Optional<TypeExpr> underlying, List<ValueVariant> variants) implements Item {}

  /** `interface Name<T> { fn m(self) -> R; impl Other }`. */
  record Interface(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name,
      List<TypeParam> generics, List<Member> members) implements Item {}

  /** `impl<T> Target<T> { fn … }`. */
  record Impl(Span span, List<Attribute> attrs, List<TypeParam> generics, TypeExpr target, List<Fn> methods)
      implements Item {}

  /** `const NAME: T = value`; type and value are optional (no value: declaration files). */
  record Const(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name,
      Optional<TypeExpr> type, Optional<Expr> value) implements Item {}

  /** `var name: T` (declaration files). */
  record Var(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name, TypeExpr type)
      implements Item {}

  /** `type Name<T> = T2`; without a target, an opaque type (declaration files). */
  record TypeAlias(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name,
      List<TypeParam> generics, Optional<TypeExpr> target) implements Item {}

  /** The fields of a struct or a variant. */
  sealed interface Fields {
    /** A unit variant (no fields at all). */
    record Unit() implements Fields {}

    /** `{ a: A, b: B }`. */
    record Named(List<Field> fields) implements Fields {}

    /** `(A, B)`. */
    record Positional(List<TypeExpr> types) implements Fields {}
  }

  /** A named field of a struct or struct variant. */
  record Field(Span span, Optional<DocComment> docs, List<Attribute> attrs, boolean pub, Ident name, TypeExpr type) {}

  /** A variant of an enum. */
  record Variant(Span span, Optional<DocComment> docs, Ident name, Fields fields) {}

  /** A member of a value enum: `Name` or `Name = value` (an integer, maybe negated, or a string literal). */
  record ValueVariant(Span span, Optional<DocComment> docs, Ident name, Optional<Expr> value) {}

  /** A member of an interface. */
  sealed interface Member {
    Span span();

    /** `fn name(params) -> R` (no body). */
    record Method(Span span, Optional<DocComment> docs, List<Attribute> attrs, Ident name, List<Param> params,
        Optional<TypeExpr> returnType) implements Member {}

    /** `impl Other`: an embedded interface. */
    record Embed(Span span, Optional<DocComment> docs, List<Attribute> attrs, TypeExpr type) implements Member {}
  }
}

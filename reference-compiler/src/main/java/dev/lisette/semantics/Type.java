package dev.lisette.semantics;

import java.util.List;
import java.util.stream.Collectors;

/** Types of checked expressions. */
public sealed interface Type {

  /** Primitive scalar types. */
  enum Prim implements Type {
    INT("int", 64, true, Kind.SIGNED), INT8("int8", 8, true, Kind.SIGNED), INT16("int16", 16, true, Kind.SIGNED),
    INT32("int32", 32, true, Kind.SIGNED), INT64("int64", 64, true, Kind.SIGNED),
    UINT("uint", 64, false, Kind.UNSIGNED), UINT8("uint8", 8, false, Kind.UNSIGNED), UINT16("uint16", 16, false, Kind.UNSIGNED),
    UINT32("uint32", 32, false, Kind.UNSIGNED), UINT64("uint64", 64, false, Kind.UNSIGNED),
    UINTPTR("uintptr", 64, false, Kind.UNSIGNED),
    FLOAT32("float32", 32, true, Kind.FLOAT), FLOAT64("float64", 64, true, Kind.FLOAT),
    COMPLEX64("complex64", 64, true, Kind.COMPLEX), COMPLEX128("complex128", 128, true, Kind.COMPLEX),
    BOOL("bool", 0, false, Kind.OTHER), STRING("string", 0, false, Kind.OTHER);

    enum Kind { SIGNED, UNSIGNED, FLOAT, COMPLEX, OTHER }

    private final String name;
    private final int bits;
    private final boolean signed;
    private final Kind kind;

    Prim(String name, int bits, boolean signed, Kind kind) {
      this.name = name;
      this.bits = bits;
      this.signed = signed;
      this.kind = kind;
    }

    public String goName() {
      return name;
    }

    public int bits() {
      return bits;
    }

    public boolean isInteger() {
      return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
    }

    public boolean isUnsigned() {
      return kind == Kind.UNSIGNED;
    }

    public boolean isFloat() {
      return kind == Kind.FLOAT;
    }

    public boolean isComplex() {
      return kind == Kind.COMPLEX;
    }

    public boolean isNumeric() {
      return kind != Kind.OTHER;
    }

    public boolean isSigned() {
      return signed;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * {@code byte} and {@code rune} are Go aliases of uint8 and int32; Lisette keeps the name for
   * display and for printing (a rune prints as a character in an f-string).
   */
  record Alias(String name, Prim underlying) implements Type {
    @Override
    public String toString() {
      return name;
    }
  }

  enum Unit implements Type {
    UNIT;

    @Override
    public String toString() {
      return "()";
    }
  }

  /** The type of expressions that never produce a value; it unifies with everything. */
  enum Never implements Type {
    NEVER;

    @Override
    public String toString() {
      return "Never";
    }
  }

  /** Placeholder after an error has been reported; suppresses follow-on errors. */
  enum Error implements Type {
    ERROR;

    @Override
    public String toString() {
      return "{unknown}";
    }
  }

  /** Go's `any` as seen from declarations (`Unknown`): anything can be passed. */
  enum Unknown implements Type {
    UNKNOWN;

    @Override
    public String toString() {
      return "Unknown";
    }
  }

  /** A function type; {@code variadic} means the last parameter type repeats (Go `...T`). */
  record Fn(List<Type> params, Type result, boolean variadic) implements Type {
    @Override
    public String toString() {
      String ps = params.stream().map(Type::toString).collect(Collectors.joining(", "));
      return "fn(" + ps + (variadic ? "..." : "") + ")" + (result == Unit.UNIT ? "" : " -> " + result);
    }
  }

  /** The namespace an import binds (`fmt` after `import "go:fmt"`). */
  record Package(String name, String path) implements Type {
    @Override
    public String toString() {
      return "package " + path;
    }
  }

  /** An inference variable; solved by {@link Unifier}, never seen after checking. */
  record Var(int id) implements Type {
    @Override
    public String toString() {
      return "_";
    }
  }

  /** A type parameter of a generic declaration (`T` in `struct Box<T>`); a Go type parameter. */
  record Param(String name, int id) implements Type {
    @Override
    public String toString() {
      return name;
    }
  }

  /** `(A, B)` … five elements: Go `lisette.Tuple2[A, B]` …. */
  record Tuple(List<Type> elements) implements Type {
    @Override
    public String toString() {
      return "(" + elements.stream().map(Type::toString).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** `Slice<T>`: Go `[]T`. */
  record Slice(Type element) implements Type {
    @Override
    public String toString() {
      return "Slice<" + element + ">";
    }
  }

  /** `Map<K, V>`: Go `map[K]V`. */
  record MapOf(Type key, Type value) implements Type {
    @Override
    public String toString() {
      return "Map<" + key + ", " + value + ">";
    }
  }

  /** `Ref<T>`: Go `*T`, never nil. */
  record Ref(Type target) implements Type {
    @Override
    public String toString() {
      return "Ref<" + target + ">";
    }
  }

  /**
   * A declared struct or enum, by module and name, with its type arguments. Prelude enums
   * (`Option`, `Result`, `Partial`) and `EnumeratedSlice` have module {@link #PRELUDE}.
   */
  record Named(String module, String name, List<Type> args) implements Type {
    @Override
    public String toString() {
      return args.isEmpty() ? name
          : name + "<" + args.stream().map(Type::toString).collect(Collectors.joining(", ")) + ">";
    }

    public String key() {
      return module + "." + name;
    }
  }

  String PRELUDE = "prelude";

  /** The prelude interface `error` (Go `error`). */
  Named ERROR_INTERFACE = new Named(PRELUDE, "error", List.of());

  /** What `recover { … }` yields on a panic (Go `lisette.PanicValue`). */
  Named PANIC_VALUE = new Named(PRELUDE, "PanicValue", List.of());

  static Named option(Type t) {
    return new Named(PRELUDE, "Option", List.of(t));
  }

  static Named result(Type t, Type e) {
    return new Named(PRELUDE, "Result", List.of(t, e));
  }

  static boolean isPrelude(Type t, String name) {
    return t instanceof Named n && n.module().equals(PRELUDE) && n.name().equals(name);
  }

  Type BYTE = new Alias("byte", Prim.UINT8);
  Type RUNE = new Alias("rune", Prim.INT32);

  /** The primitive behind a type, looking through byte/rune. */
  static Prim prim(Type t) {
    return switch (t) {
      case Prim p -> p;
      case Alias a -> a.underlying();
      default -> null;
    };
  }

  static boolean isNumeric(Type t) {
    Prim p = prim(t);
    return p != null && p.isNumeric();
  }

  static boolean isInteger(Type t) {
    Prim p = prim(t);
    return p != null && p.isInteger();
  }

  static boolean isFloat(Type t) {
    Prim p = prim(t);
    return p != null && p.isFloat();
  }

  /** Types that are the same to Go (byte = uint8, rune = int32). */
  static boolean same(Type a, Type b) {
    if (a == b) {
      return true;
    }
    Prim pa = prim(a);
    Prim pb = prim(b);
    if (pa != null && pb != null) {
      return pa == pb;
    }
    return a.equals(b);
  }

  /** Errors and Never are compatible with anything (no cascades; diverging code). */
  static boolean lenient(Type t) {
    return t == Error.ERROR || t == Never.NEVER;
  }
}

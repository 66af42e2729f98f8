package dev.lisette.emit;

import dev.lisette.semantics.TypeDecl;
import java.util.Set;

/** Go spellings of Lisette names (spec interop.names). */
final class GoNames {
  private GoNames() {}

  /** Go keywords and predeclared identifiers that a Lisette name could spell. */
  private static final Set<String> RESERVED = Set.of(
      "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
      "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
      "struct", "switch", "type", "var",
      "any", "append", "bool", "byte", "cap", "clear", "close", "comparable", "complex", "complex64",
      "complex128", "copy", "delete", "error", "false", "float32", "float64", "imag", "int", "int8",
      "int16", "int32", "int64", "iota", "len", "make", "max", "min", "new", "nil", "panic", "print",
      "println", "real", "recover", "rune", "string", "true", "uint", "uint8", "uint16", "uint32",
      "uint64", "uintptr",
      // names the generated code itself relies on
      "lisette", "fmt", "init");

  /**
   * The Go name of a module function: exported when `pub`; a `_` is appended when the name
   * would be one the module's types occupy in its Go package (a type, an enum's tag type
   * `RoleTag` or tag constant `RoleGuest`), e.g. `pub fn cell` beside `pub struct Cell` is
   * `Cell_` (spec projects.go-names).
   */
  static String function(String name, boolean pub, java.util.Collection<TypeDecl> moduleTypes) {
    String go = Lowering.functionName(name, pub);
    for (TypeDecl d : moduleTypes) {
      String t = TypeLowering.typeName(d);
      boolean clash = go.equals(t) || switch (d) {
        case TypeDecl.Struct s -> false;
        case TypeDecl.Interface i -> false;
        case TypeDecl.ValueEnum v -> false;
        case TypeDecl.Enum e -> go.equals(t + "Tag") || e.variants().stream().anyMatch(v -> go.equals(t + v.name()));
      };
      if (clash) {
        return go + "_";
      }
    }
    return go;
  }

  /**
   * Go names of the methods of one type or interface: every method
   * is exported, so that interfaces, whose satisfaction is structural and may cross packages,
   * match them (`area` → `Area`). A name that starts with a capital keeps its spelling (`Error`
   * and `String` must be exactly Go's); a capitalised name that is already taken (by such a
   * method, or by a name in {@code taken}, e.g. a struct field) gets a `_` appended.
   */
  static java.util.Map<String, String> methods(java.util.Collection<String> names, Set<String> taken) {
    var used = new java.util.HashSet<>(taken);
    var out = new java.util.LinkedHashMap<String, String>();
    var ordered = names.stream().distinct()
        .sorted(java.util.Comparator.comparing((String n) -> !exported(n)).thenComparing(n -> n)).toList();
    for (String name : ordered) {
      String go = exported(name) ? name : Lowering.functionName(name, true);
      while (!used.add(go)) {
        go = go + "_";
      }
      out.put(name, go);
    }
    return out;
  }

  private static boolean exported(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  static String mangle(String name) {
    return RESERVED.contains(name) ? name + "_" : name;
  }
}

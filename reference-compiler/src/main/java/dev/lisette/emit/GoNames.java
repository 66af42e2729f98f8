package dev.lisette.emit;

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

  static String mangle(String name) {
    return RESERVED.contains(name) ? name + "_" : name;
  }
}

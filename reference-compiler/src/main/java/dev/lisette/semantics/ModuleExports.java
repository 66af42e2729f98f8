package dev.lisette.semantics;

import java.util.Map;

/**
 * What a checked module offers to the modules that import it: its functions, structs and enums
 * by name, and the methods of those types by owner key (private ones too, so that using one
 * reports "private" rather than "not found"). {@code reachable} holds, by key, every type its
 * values may have: its own and those of the modules it imports (a field of type `geo.Point` is
 * usable in a module that never imports `geo`); {@code methods} covers them all. Go packages
 * also export package variables ({@code variables}).
 */
public record ModuleExports(String path, Map<String, Symbol.Function> functions, Map<String, TypeDecl> types,
    Map<String, Map<String, TypeDecl.Method>> methods, Map<String, TypeDecl> reachable,
    Map<String, Symbol.Constant> constants, Map<String, Symbol.Variable> variables, Map<String, Alias> aliases) {

  public ModuleExports(String path, Map<String, Symbol.Function> functions) {
    this(path, functions, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** `pub type Seq<V> = fn(fn(V) -> bool)`: an alias usable from other modules (transparent). */
  public record Alias(String name, java.util.List<Type.Param> params, Type target, boolean pub) {}

  /** Whether this is a Go package (`go:strings`) rather than a module of the project. */
  public boolean go() {
    return GoTypedefs.isGo(path);
  }

  /** The name an `import "a/b"` binds by default: the last path segment. */
  public String defaultName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}

package dev.lisette.semantics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Go packages known to the compiler. Until declaration files are generated (bindgen), the
 * few members a program can use are declared here by hand.
 */
public final class GoPackages {
  private GoPackages() {}

  /** A Go package: its import path, its Go package name and its members. */
  public record Pkg(String path, String name, Map<String, Member> members) {}

  /**
   * A Go function. {@code printfFormat} is the index of the format parameter of a
   * printf-style function, -1 otherwise; {@code printlnStyle} marks Print/Println.
   */
  public record Member(String pkgPath, String pkgName, String name, Type.Fn type, int printfFormat, boolean printlnStyle) {}

  private static final Map<String, Pkg> PACKAGES = build();

  private static Map<String, Pkg> build() {
    var members = new java.util.LinkedHashMap<String, Member>();
    Type any = Type.Unknown.UNKNOWN;
    Type str = Type.Prim.STRING;
    members.put("Println", new Member("fmt", "fmt", "Println", new Type.Fn(List.of(any), Type.Unit.UNIT, true), -1, true));
    members.put("Print", new Member("fmt", "fmt", "Print", new Type.Fn(List.of(any), Type.Unit.UNIT, true), -1, true));
    members.put("Printf", new Member("fmt", "fmt", "Printf", new Type.Fn(List.of(str, any), Type.Unit.UNIT, true), 0, false));
    members.put("Sprintf", new Member("fmt", "fmt", "Sprintf", new Type.Fn(List.of(str, any), str, true), 0, false));
    return Map.of("fmt", new Pkg("fmt", "fmt", java.util.Collections.unmodifiableMap(members)));
  }

  /** Looks up a Go package by import path (without the `go:` prefix). */
  public static Optional<Pkg> find(String path) {
    return Optional.ofNullable(PACKAGES.get(path));
  }
}

package dev.lisette.semantics;

import java.util.Optional;
import java.util.Set;

/**
 * What the compiler knows about Go functions beyond their declarations: which ones `go vet`
 * checks as printf or println wrappers (spec interop.fmt.vet-rules).
 */
public final class GoPackages {
  private GoPackages() {}

  /** A Go package a file imports: its import path and Go package name. */
  public record Pkg(String path, String name) {}

  /**
   * A printing function: {@code printfFormat} is the index of the format parameter of a
   * printf-style function, -1 otherwise; {@code printlnStyle} marks Print/Println-style ones;
   * {@code firstValue} is the index of the first printed argument.
   */
  public record Member(String pkgPath, String pkgName, String name, int printfFormat, boolean printlnStyle,
      int firstValue) {}

  private static final Set<String> PRINTF = Set.of("fmt.Printf", "fmt.Sprintf", "fmt.Errorf", "log.Printf",
      "log.Fatalf", "log.Panicf");
  private static final Set<String> FPRINTF = Set.of("fmt.Fprintf", "fmt.Appendf");
  private static final Set<String> PRINTLN = Set.of("fmt.Print", "fmt.Println", "fmt.Sprint", "fmt.Sprintln",
      "log.Print", "log.Println", "log.Fatal", "log.Fatalln", "log.Panic", "log.Panicln");
  private static final Set<String> FPRINTLN = Set.of("fmt.Fprint", "fmt.Fprintln", "fmt.Append", "fmt.Appendln");

  /** The printing behaviour of Go function {@code name} of package {@code path}, if vet checks it. */
  public static Optional<Member> printing(String path, String pkgName, String name) {
    String key = path + "." + name;
    if (PRINTF.contains(key)) {
      return Optional.of(new Member(path, pkgName, name, 0, false, 1));
    }
    if (FPRINTF.contains(key)) {
      return Optional.of(new Member(path, pkgName, name, 1, false, 2));
    }
    if (PRINTLN.contains(key)) {
      return Optional.of(new Member(path, pkgName, name, -1, true, 0));
    }
    if (FPRINTLN.contains(key)) {
      return Optional.of(new Member(path, pkgName, name, -1, true, 1));
    }
    return Optional.empty();
  }
}

package dev.lisette.semantics;

import dev.lisette.syntax.ParsedFile;
import java.util.List;
import java.util.Map;

/**
 * One module to check: its files (sharing one namespace), whether it is the entry module
 * (which must define `fn main()`), and the already-checked modules it may import, by path.
 * A standalone file is a module of its own that may import only Go packages. A typedef module
 * is a Go package's declaration file (`go:strings`): bodyless functions, opaque types, value
 * enums, `var` and valueless `const` are allowed there, and nothing has a body to check.
 */
public record ModuleInput(String path, boolean entry, boolean standalone, List<ParsedFile> files,
    Map<String, ModuleExports> dependencies, boolean typedef) {

  public ModuleInput(String path, boolean entry, boolean standalone, List<ParsedFile> files,
      Map<String, ModuleExports> dependencies) {
    this(path, entry, standalone, files, dependencies, false);
  }

  public static ModuleInput standalone(ParsedFile file) {
    return new ModuleInput("", true, true, List.of(file), Map.of());
  }

  /** The declaration file of Go package {@code goPath} (module path `go:` + goPath). */
  static ModuleInput typedef(String goPath, ParsedFile file, Map<String, ModuleExports> dependencies) {
    return new ModuleInput(GoTypedefs.PREFIX + goPath, false, false, List.of(file), dependencies, true);
  }
}

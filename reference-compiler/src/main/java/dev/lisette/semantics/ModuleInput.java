package dev.lisette.semantics;

import dev.lisette.syntax.ParsedFile;
import java.util.List;
import java.util.Map;

/**
 * One module to check: its files (sharing one namespace), whether it is the entry module
 * (which must define `fn main()`), and the already-checked modules it may import, by path.
 * A standalone file is a module of its own that may import only Go packages.
 */
public record ModuleInput(String path, boolean entry, boolean standalone, List<ParsedFile> files,
    Map<String, ModuleExports> dependencies) {

  public static ModuleInput standalone(ParsedFile file) {
    return new ModuleInput("", true, true, List.of(file), Map.of());
  }
}

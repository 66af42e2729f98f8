package dev.lisette.semantics;

import java.util.Map;

/**
 * What a checked module offers to the modules that import it: its functions by name
 * (private ones too, so that using one reports "private" rather than "not found").
 */
public record ModuleExports(String path, Map<String, Symbol.Function> functions) {
  /** The name an `import "a/b"` binds by default: the last path segment. */
  public String defaultName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}

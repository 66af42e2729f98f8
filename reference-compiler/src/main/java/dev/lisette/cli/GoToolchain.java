package dev.lisette.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds and runs the Go toolchain: `$LIS_GO`, then `go` on the PATH, then /usr/local/go. */
final class GoToolchain {
  private GoToolchain() {}

  static Optional<Path> find() {
    String explicit = System.getenv("LIS_GO");
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path go = Path.of(dir, "go");
        if (Files.isExecutable(go)) {
          return Optional.of(go);
        }
      }
    }
    Path fallback = Path.of("/usr/local/go/bin/go");
    return Files.isExecutable(fallback) ? Optional.of(fallback) : Optional.empty();
  }

  /** Environment for Go commands: never download a toolchain, ignore workspaces. */
  static void configure(Map<String, String> env) {
    env.put("GOTOOLCHAIN", "local");
    env.put("GOWORK", "off");
    env.remove("GOFLAGS");
  }
}

package dev.lisette.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are in the repository checkout the tests run in. */
public final class Repo {
  private Repo() {}

  public static final Path ROOT = findRoot();
  static final Path CASES = ROOT.resolve("conformance-tests/cases");
  static final Path GOLDEN = ROOT.resolve("golden-go");
  static final Path WORK = ROOT.resolve("conformance-tests/target/conformance");
  static final Path PRELUDE = ROOT.resolve("reference-compiler/src/main/go/prelude");

  /** Approving rewrites golden files instead of failing (set by tools/approve). */
  static final boolean APPROVE = Boolean.getBoolean("lisette.approve")
      || "1".equals(System.getenv("LISETTE_APPROVE"));

  /** Deletes a directory tree if it exists. */
  public static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path findRoot() {
    String prop = System.getProperty("lisette.repo");
    Path start = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("conformance-tests/cases")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the repository root from " + start);
  }
}

package dev.lisette.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The modules of a project (spec projects.layout): `src/` is the entry module (it must hold
 * `main.lis`), every directory below it with `.lis` files is a module named by its path
 * (`src/store/disk` is `store/disk`), and all `.lis` files of a directory form that module.
 * All access goes through java.nio.file, so projects can live in memory (Jimfs) in tests.
 */
public record ProjectLayout(Path root, Path src, Map<String, List<Path>> modules, List<Problem> problems) {

  /** A layout problem: a code, a message and the file or directory it concerns. */
  public record Problem(String code, String message, Path where, String help) {}

  public static final String ENTRY = "";

  public static ProjectLayout discover(Path root) throws IOException {
    Path src = root.resolve("src");
    var problems = new ArrayList<Problem>();
    var modules = new TreeMap<String, List<Path>>();
    if (Files.exists(root.resolve("main.lis"))) {
      problems.add(new Problem("resolve.main_outside_src", "`main.lis` must be in `src/`", root.resolve("main.lis"),
          "move it to src/main.lis"));
    }
    if (!Files.isDirectory(src)) {
      problems.add(new Problem("resolve.missing_src", "the project has no `src/` directory", root,
          "create src/main.lis with `fn main()`"));
      return new ProjectLayout(root, src, modules, problems);
    }
    Path realSrc = src.toRealPath();
    List<Path> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".lis"))
          .filter(p -> Files.isRegularFile(p)).sorted().toList();
    }
    for (Path f : files) {
      if (!f.toRealPath().startsWith(realSrc)) {
        problems.add(new Problem("resolve.invalid_module_path", "a source file leaves `src/` through a link", f,
            "keep module files inside src/; symbolic links out of the project are not followed"));
        continue;
      }
      String name = f.getFileName().toString();
      if (name.endsWith("_test.lis")) {
        problems.add(new Problem("resolve.test_file_not_supported", "test files are not supported", f,
            "rename the file; `_test.lis` files are reserved"));
        continue;
      }
      Path dir = src.relativize(f.getParent() == null ? src : f.getParent());
      String module = dir.toString().replace(dir.getFileSystem().getSeparator(), "/");
      modules.computeIfAbsent(module, k -> new ArrayList<>()).add(f);
    }
    if (!Files.exists(src.resolve("main.lis"), LinkOption.NOFOLLOW_LINKS)) {
      problems.add(new Problem("resolve.missing_main", "the project has no `src/main.lis`", src,
          "create src/main.lis with `fn main()`"));
    }
    modules.replaceAll((k, v) -> List.copyOf(v));
    return new ProjectLayout(root, src, java.util.Collections.unmodifiableMap(modules), List.copyOf(problems));
  }

  /**
   * Checks an import path of a local module: relative to `src/`, no `./`, `../`, absolute
   * paths or `src/` prefix. Returns the problem, if any.
   */
  public static java.util.Optional<String> invalidModulePath(String path) {
    if (path.isEmpty()) {
      return java.util.Optional.of("the module path is empty");
    }
    if (path.startsWith("/")) {
      return java.util.Optional.of("module paths are relative to src/, not absolute");
    }
    if (path.startsWith("./") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..") || path.equals("..")) {
      return java.util.Optional.of("module paths are relative to src/ and cannot contain `.` or `..` segments");
    }
    if (path.startsWith("src/")) {
      return java.util.Optional.of("module paths are relative to src/; drop the `src/` prefix");
    }
    if (path.endsWith("/") || path.contains("//") || path.contains("\\")) {
      return java.util.Optional.of("module path segments are separated by single `/`");
    }
    return java.util.Optional.empty();
  }
}

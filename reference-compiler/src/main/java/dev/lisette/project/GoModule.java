package dev.lisette.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a self-contained Go module: go.mod, the program's main.go and a copy of the Go
 * support package (a nested module reached through a `replace` directive), so `go build`
 * works offline.
 */
public final class GoModule {
  private GoModule() {}

  public static final String GO_VERSION = "1.25";

  public static String goMod(String moduleName, String preludeDir) {
    return "module " + moduleName + "\n\n"
        + "go " + GO_VERSION + "\n\n"
        + "require lisette.dev/prelude v0.0.0\n\n"
        + "replace lisette.dev/prelude => " + preludeDir + "\n";
  }

  /** Writes the module; files whose content is unchanged are not rewritten. */
  public static void write(Path dir, String moduleName, String mainGo) throws IOException {
    Files.createDirectories(dir);
    writeIfChanged(dir.resolve("go.mod"), goMod(moduleName, "./prelude"));
    writeIfChanged(dir.resolve("main.go"), mainGo);
    writePrelude(dir.resolve("prelude"));
  }

  static void writeIfChanged(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /** Copies the embedded support package (resources under {@code go/prelude}). */
  public static void writePrelude(Path target) throws IOException {
    for (Map.Entry<String, byte[]> e : preludeFiles().entrySet()) {
      Path out = target.resolve(e.getKey());
      Files.createDirectories(out.getParent());
      if (!Files.exists(out) || !java.util.Arrays.equals(Files.readAllBytes(out), e.getValue())) {
        Files.write(out, e.getValue());
      }
    }
  }

  private static Map<String, byte[]> cached;

  /** The support package's files by relative path, read once from the class path. */
  public static synchronized Map<String, byte[]> preludeFiles() throws IOException {
    if (cached != null) {
      return cached;
    }
    URL url = GoModule.class.getResource("/go/prelude/go.mod");
    if (url == null) {
      throw new IOException("the Go support package is missing from the compiler's resources");
    }
    var files = new java.util.TreeMap<String, byte[]>();
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          collect(fs.getPath("/go/prelude"), files);
        }
      } else {
        collect(Path.of(uri).getParent(), files);
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    cached = java.util.Collections.unmodifiableMap(files);
    return cached;
  }

  private static void collect(Path root, Map<String, byte[]> files) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(paths::add);
    }
    for (Path p : paths) {
      String rel = root.relativize(p).toString().replace('\\', '/');
      if (rel.endsWith("_test.go")) {
        continue;
      }
      try (InputStream in = Files.newInputStream(p)) {
        files.put(rel, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

package dev.lisette.conformance.property;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The Go toolchain and the built programs (like the conformance suite's GoCommand). */
final class GoTool {
  private GoTool() {}

  record Result(int exit, String stdout, String stderr, boolean timedOut) {}

  /** Runs {@code go args…} in dir, output and errors together in stdout. */
  static Result go(Path dir, List<String> args) throws IOException, InterruptedException {
    var cmd = new ArrayList<String>();
    String explicit = System.getenv("LIS_GO");
    cmd.add(explicit != null && !explicit.isBlank() ? explicit : "go");
    cmd.addAll(args);
    var pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GOTOOLCHAIN", "local");
    pb.environment().put("GOWORK", "off");
    pb.environment().remove("GOFLAGS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out, "", false);
  }

  static Result execute(Path exe, int timeoutSeconds) throws IOException, InterruptedException {
    var pb = new ProcessBuilder(exe.toString()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    var stdout = new ByteArrayOutputStream();
    var stderr = new ByteArrayOutputStream();
    Thread out = Thread.ofVirtual().start(() -> copy(p.getInputStream(), stdout));
    Thread err = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), stderr));
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      p.waitFor();
    }
    out.join();
    err.join();
    return new Result(finished ? p.exitValue() : -1, stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8), !finished);
  }

  private static void copy(InputStream in, OutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process was killed
    }
  }

  /** The repository root (surefire sets lisette.repo; otherwise searched upwards). */
  static Path repoRoot() {
    String prop = System.getProperty("lisette.repo");
    Path start = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("conformance-tests/cases")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the repository root from " + start);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

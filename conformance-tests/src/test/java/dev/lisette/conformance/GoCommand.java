package dev.lisette.conformance;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the Go toolchain and the built programs. */
public final class GoCommand {
  private GoCommand() {}

  public record Result(int exit, String output) {}

  public static Result run(Path dir, List<String> args) throws IOException, InterruptedException {
    var cmd = new ArrayList<String>();
    cmd.add(go());
    cmd.addAll(args);
    var pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GOTOOLCHAIN", "local");
    pb.environment().put("GOWORK", "off");
    pb.environment().remove("GOFLAGS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  static String go() {
    String explicit = System.getenv("LIS_GO");
    return explicit != null && !explicit.isBlank() ? explicit : "go";
  }

  private static final Pattern HEADER = Pattern.compile("^# golden/(\\S+)");
  private static final Pattern LOCATION = Pattern.compile("^(?:vet: )?\\.?/?([\\w./-]+)/[\\w-]+\\.go:\\d+");

  /** Splits `go build`/`go vet` output into the messages of each case package (by case id). */
  static Map<String, String> errorsByPackage(String output) {
    var byPackage = new HashMap<String, StringBuilder>();
    String current = null;
    for (String line : output.split("\n")) {
      Matcher h = HEADER.matcher(line);
      if (h.find()) {
        current = h.group(1);
        continue;
      }
      Matcher l = LOCATION.matcher(line.strip());
      String key = l.find() ? l.group(1) : current;
      if (key != null && !line.isBlank()) {
        byPackage.computeIfAbsent(key, k -> new StringBuilder()).append(line).append('\n');
      }
    }
    var result = new HashMap<String, String>();
    byPackage.forEach((k, v) -> result.put(k, v.toString()));
    return result;
  }

  public static Suite.Run execute(Path exe, int timeoutSeconds) throws IOException, InterruptedException {
    return execute(List.of(exe.toString()), timeoutSeconds);
  }

  /** Runs a program with arguments: its exit code, stdout and stderr. */
  public static Suite.Run execute(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
    var pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    var stdout = new java.io.ByteArrayOutputStream();
    var stderr = new java.io.ByteArrayOutputStream();
    Thread out = Thread.ofVirtual().start(() -> copy(p.getInputStream(), stdout));
    Thread err = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), stderr));
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      p.waitFor();
    }
    out.join();
    err.join();
    return new Suite.Run(finished ? p.exitValue() : -1, stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8), !finished);
  }

  private static void copy(java.io.InputStream in, java.io.OutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process was killed
    }
  }
}

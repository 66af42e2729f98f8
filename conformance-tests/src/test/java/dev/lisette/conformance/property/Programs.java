package dev.lisette.conformance.property;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a built program with a time limit, keeping stdout and stderr apart. */
final class Programs {
  private Programs() {}

  record Result(int exit, String stdout, String stderr, boolean timedOut) {}

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
}

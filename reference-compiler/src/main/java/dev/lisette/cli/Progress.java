package dev.lisette.cli;

import dev.lisette.project.ProjectBuild;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Progress of a long `lis build` / `lis run` on stderr: one status line ("Compiling 37/200
 * modules…", then "go build…"), rewritten in place and erased when the build is done, so a
 * terminal keeps only diagnostics and the program's own output.
 *
 * <p>Shown only when stderr is a terminal (the launcher's LIS_STDERR_TTY=1) and diagnostics
 * are not JSON, and only once the build has taken {@link #DELAY_MS} or the project has at least
 * {@link #MANY_MODULES} modules: a short build, and every non-terminal run (scripts, tests,
 * golden files), prints nothing. A daemon timer shows the status once the delay has passed,
 * even while one long step (a big module, `go build`) runs.
 */
final class Progress implements ProjectBuild.Listener, AutoCloseable {
  static final long DELAY_MS = 1000;
  static final int MANY_MODULES = 50;

  private static final Progress OFF = new Progress(null, () -> 0, Long.MAX_VALUE);

  private final PrintWriter err;
  private final LongSupplier clockMs;
  private final long showAt;
  private String status = "";
  private boolean shown;
  private boolean closed;

  private Progress(PrintWriter err, LongSupplier clockMs, long delayMs) {
    this.err = err;
    this.clockMs = clockMs;
    this.showAt = delayMs == Long.MAX_VALUE ? Long.MAX_VALUE : clockMs.getAsLong() + delayMs;
  }

  /** Whether progress is shown in a run with this environment (the terminal decision). */
  static boolean enabled(Map<String, String> env, boolean json) {
    return !json && "1".equals(env.get("LIS_STDERR_TTY")) && !"never".equals(env.get("LIS_PROGRESS"));
  }

  /** Progress for this run: off unless {@link #enabled}; with a timer that shows it after the delay. */
  static Progress start(PrintWriter err, Map<String, String> env, boolean json) {
    if (!enabled(env, json)) {
      return OFF;
    }
    var p = new Progress(err, System::currentTimeMillis, DELAY_MS);
    Thread timer = new Thread(() -> {
      try {
        Thread.sleep(DELAY_MS);
        p.tick();
      } catch (InterruptedException e) {
        // the build ended first
      }
    }, "lis-progress");
    timer.setDaemon(true);
    timer.start();
    return p;
  }

  /** For tests: progress on {@code err} with a given clock and delay (no timer). */
  static Progress forTest(PrintWriter err, LongSupplier clockMs, long delayMs) {
    return new Progress(err, clockMs, delayMs);
  }

  @Override
  public void modulesChecked(int checked, int total) {
    status("Compiling " + checked + "/" + total + " modules…", total >= MANY_MODULES);
  }

  /** A new status; shown now if progress is already on screen, due, or {@code now}. */
  synchronized void status(String text, boolean now) {
    if (err == null || closed) {
      return;
    }
    status = text;
    if (shown || now || clockMs.getAsLong() >= showAt) {
      print();
    }
  }

  void status(String text) {
    status(text, false);
  }

  /** The timer: shows the current status once the delay has passed. */
  synchronized void tick() {
    if (err != null && !closed && !shown && !status.isEmpty() && clockMs.getAsLong() >= showAt) {
      print();
    }
  }

  private void print() {
    err.print("\r\u001b[K" + status);
    err.flush();
    shown = true;
  }

  /** Erases the status line (before diagnostics are printed); a later status shows again. */
  synchronized void erase() {
    if (err == null || closed) {
      return;
    }
    status = "";
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
      shown = false;
    }
  }

  /** Erases the status line (before the program's output); nothing is shown after. */
  @Override
  public synchronized void close() {
    if (err == null || closed) {
      return;
    }
    closed = true;
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}

package dev.lisette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress of long builds: only on a terminal, never with --json, never for a short build. */
class ProgressTest {
  private static final String ERASE = "\r\u001b[K";

  @TempDir
  Path dir;

  @Test
  void shownOnlyOnATerminalWithoutJson() {
    assertTrue(Progress.enabled(Map.of("LIS_STDERR_TTY", "1"), false));
    assertFalse(Progress.enabled(Map.of("LIS_STDERR_TTY", "1"), true), "never with --json");
    assertFalse(Progress.enabled(Map.of(), false), "not when stderr is no terminal");
    assertFalse(Progress.enabled(Map.of("LIS_STDERR_TTY", "1", "LIS_PROGRESS", "never"), false));
  }

  @Test
  void statusAppearsOnceTheDelayHasPassedAndIsErasedAtTheEnd() {
    var err = new StringWriter();
    var now = new AtomicLong(0);
    Progress p = Progress.forTest(new PrintWriter(err), now::get, 1000);
    p.status("Compiling…");
    p.modulesChecked(1, 3);
    p.tick();
    assertEquals("", err.toString(), "a short build shows nothing");
    now.set(1000);
    p.tick();
    assertEquals(ERASE + "Compiling 1/3 modules…", err.toString());
    p.modulesChecked(2, 3);
    p.erase();
    p.status("go build…");
    p.close();
    p.status("after the end");
    assertEquals(ERASE + "Compiling 1/3 modules…" + ERASE + "Compiling 2/3 modules…" + ERASE + ERASE + "go build…" + ERASE,
        err.toString());
  }

  @Test
  void manyModulesShowAtOnce() {
    var err = new StringWriter();
    Progress p = Progress.forTest(new PrintWriter(err), () -> 0, 1000);
    p.modulesChecked(7, Progress.MANY_MODULES);
    assertEquals(ERASE + "Compiling 7/" + Progress.MANY_MODULES + " modules…", err.toString());
  }

  private Path project(int modules) throws IOException {
    Path root = dir.resolve("big");
    var main = new StringBuilder("import \"go:fmt\"\n");
    for (int i = 0; i < modules; i++) {
      Files.createDirectories(root.resolve("src/m" + i));
      Files.writeString(root.resolve("src/m" + i + "/m.lis"), "pub fn value() -> int {\n  " + i + "\n}\n");
      main.append("import \"m").append(i).append("\"\n");
    }
    main.append("\nfn main() {\n  let mut total = 0\n");
    for (int i = 0; i < modules; i++) {
      main.append("  total = total + m").append(i).append(".value()\n");
    }
    main.append("  fmt.Println(total)\n}\n");
    Files.writeString(root.resolve("lisette.toml"), "[project]\nname = \"big\"\nversion = \"0.1.0\"\n");
    Files.writeString(root.resolve("src/main.lis"), main.toString());
    return root;
  }

  private static String buildErr(Path root, Map<String, String> env, String... extra) {
    var out = new StringWriter();
    var err = new StringWriter();
    String[] args = new String[2 + extra.length];
    args[0] = "build";
    System.arraycopy(extra, 0, args, 1, extra.length);
    args[args.length - 1] = root.toString();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    assertEquals(Main.OK, exit, err.toString());
    return err.toString();
  }

  @Test
  void buildOfManyModulesShowsModuleCountsOnlyOnATerminal() throws IOException {
    Path root = project(Progress.MANY_MODULES + 10);
    int total = Progress.MANY_MODULES + 11; // and main
    String tty = buildErr(root, Map.of("LIS_STDERR_TTY", "1"));
    assertTrue(tty.contains(ERASE + "Compiling 1/" + total + " modules…"), tty);
    assertTrue(tty.endsWith(ERASE + "Compiling " + total + "/" + total + " modules…" + ERASE), tty);
    assertEquals("", buildErr(root, Map.of()), "nothing when stderr is no terminal");
    assertEquals("", buildErr(root, Map.of("LIS_STDERR_TTY", "1"), "--json"), "nothing with --json");
  }
}

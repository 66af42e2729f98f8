package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spec projects.cli.debug-line-directives: `lis build --debug` maps the Go to the .lis lines, so
 * a panic's stack trace names them; a normal build's trace names the Go file.
 */
class DebugLineTest {
  /** Line 5 (`xs[n]`) panics; it is reached from line 16 through a closure on line 12. */
  private static final String PROGRAM = """
      import "go:fmt"

      fn pick(xs: Slice<int>, i: int) -> int {
        let n = i + 1
        xs[n]
      }

      fn main() {
        let xs = [1, 2, 3]
        fmt.Println(pick(xs, 0))
        let f = |k: int| -> int {
          let y = pick(xs, k)
          y * 2
        }
        fmt.Println(f(1))
        fmt.Println(f(5))
      }
      """;

  @Test
  void debugBuildOfAFileNamesTheLisLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("main.lis");
    Files.writeString(file, PROGRAM);
    String trace = buildAndRun(dir.resolve("debug"), "build", "--debug", file.toString(), "-o", dir.resolve("debug").toString());
    assertTrue(trace.contains("index out of range [6] with length 3"), trace);
    assertTrue(trace.contains("main.lis:5\n"), trace);
    assertTrue(trace.contains("main.lis:12"), trace);
    assertTrue(trace.contains("main.lis:16"), trace);

    String plain = buildAndRun(dir.resolve("plain"), "build", file.toString(), "-o", dir.resolve("plain").toString());
    assertTrue(plain.contains("index out of range [6] with length 3"), plain);
    assertFalse(plain.contains("main.lis:"), plain);
    assertTrue(plain.contains("main.go:"), plain);
  }

  @Test
  void debugBuildOfAProjectNamesEachFile(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("src/util"));
    Files.writeString(root.resolve("lisette.toml"), "[project]\nname = \"dbg\"\nversion = \"0.1.0\"\n");
    Files.writeString(root.resolve("src/util/util.lis"), """
        pub fn at(xs: Slice<int>, i: int) -> int {
          xs[i]
        }
        """);
    Files.writeString(root.resolve("src/main.lis"), """
        import "go:fmt"
        import "util"

        fn main() {
          fmt.Println(util.at([1, 2], 7))
        }
        """);
    String trace = buildAndRun(root.resolve("target"), "build", "--debug", root.toString());
    assertTrue(trace.contains("util.lis:2\n"), trace);
    assertTrue(trace.contains("main.lis:5"), trace);
    assertFalse(trace.contains(".go:"), trace);
  }

  /** Runs `lis ARGS`, builds the Go module in {@code module} and runs it; returns its stderr (it must panic). */
  private static String buildAndRun(Path module, String... args) throws IOException, InterruptedException {
    var err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    GoCommand.Result build = GoCommand.run(module, List.of("build", "-o", "program", "."));
    assertEquals(0, build.exit(), build.output());
    GoCommand.Result vet = GoCommand.run(module, List.of("vet", "./..."));
    assertEquals(0, vet.exit(), vet.output());
    Process p = new ProcessBuilder(module.resolve("program").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, p.waitFor(), stderr);
    return stderr;
  }
}

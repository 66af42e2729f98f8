package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lisette.project.ProjectBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated stress projects of issue #8 (spec projects.build): 200 modules in a chain and a
 * 200-module diamond compile, build with Go and print the expected sum. The timings are printed
 * so that CI logs show them.
 */
class ProjectStressTest {
  private static final int MODULES = 200;

  @Test
  void chainOf200Modules(@TempDir Path root) throws Exception {
    project(root, "chain");
    for (int i = 0; i < MODULES; i++) {
      String body = i == MODULES - 1 ? "0" : "m" + (i + 1) + ".depth() + 1";
      String imp = i == MODULES - 1 ? "" : "import \"m" + (i + 1) + "\"\n\n";
      module(root, "m" + i, imp + "pub fn depth() -> int {\n  " + body + "\n}\n");
    }
    main(root, "import \"go:fmt\"\nimport \"m0\"\n\nfn main() {\n  fmt.Println(m0.depth())\n}\n");
    assertEquals((MODULES - 1) + "\n", buildAndRun(root, "chain"));
  }

  @Test
  void diamondOf200Modules(@TempDir Path root) throws Exception {
    project(root, "diamond");
    module(root, "base", "pub fn one() -> int {\n  1\n}\n");
    var imports = new StringBuilder("import \"go:fmt\"\n");
    var sum = new StringBuilder("0");
    for (int i = 0; i < MODULES - 2; i++) {
      module(root, "side" + i, "import \"base\"\n\npub fn value() -> int {\n  base.one() + " + i + "\n}\n");
      imports.append("import \"side").append(i).append("\"\n");
      sum.append(" + side").append(i).append(".value()");
    }
    main(root, imports + "\nfn main() {\n  fmt.Println(" + sum + ")\n}\n");
    int n = MODULES - 2;
    assertEquals((n + n * (n - 1) / 2) + "\n", buildAndRun(root, "diamond"));
  }

  private static void project(Path root, String name) throws IOException {
    Files.writeString(root.resolve("lisette.toml"), "[project]\nname = \"" + name + "\"\nversion = \"0.1.0\"\n");
    Files.createDirectories(root.resolve("src"));
  }

  private static void module(Path root, String name, String source) throws IOException {
    Path dir = Files.createDirectories(root.resolve("src").resolve(name));
    Files.writeString(dir.resolve(name + ".lis"), source);
  }

  private static void main(Path root, String source) throws IOException {
    Files.writeString(root.resolve("src/main.lis"), source);
  }

  private static String buildAndRun(Path root, String name) throws Exception {
    long t0 = System.nanoTime();
    ProjectBuild.Result result = ProjectBuild.compile(root);
    assertFalse(result.hasErrors(), () -> result.render(root));
    ProjectBuild.write(root.resolve("target"), result);
    long t1 = System.nanoTime();
    ProjectBuild.Result again = ProjectBuild.compile(root);
    List<Path> rewritten = ProjectBuild.write(root.resolve("target"), again);
    long t2 = System.nanoTime();
    GoCommand.Result build = GoCommand.run(root.resolve("target"), List.of("build", "-o", "app", "."));
    assertEquals(0, build.exit(), build.output());
    long t3 = System.nanoTime();
    var run = new ProcessBuilder(root.resolve("target/app").toString()).redirectErrorStream(true).start();
    String out = new String(run.getInputStream().readAllBytes());
    assertEquals(0, run.waitFor(), out);
    System.out.printf("stress %s: %d modules, compile %d ms, rebuild %d ms (%d files rewritten), go build %d ms%n",
        name, MODULES, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, rewritten.size(), (t3 - t2) / 1_000_000);
    assertEquals(List.of(), rewritten, "a rebuild with no change rewrites nothing");
    return out;
  }
}

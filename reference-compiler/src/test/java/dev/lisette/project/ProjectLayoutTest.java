package dev.lisette.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.lisette.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projects: lisette.toml, module discovery and the import graph, entirely in memory. */
class ProjectLayoutTest {

  private static Path write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void everyDirectoryUnderSrcIsAModuleNamedByItsPath() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path root = fs.getPath("/shop");
      write(root.resolve("src/main.lis"), "fn main() {}");
      write(root.resolve("src/util.lis"), "");
      write(root.resolve("src/models/user.lis"), "");
      write(root.resolve("src/models/order.lis"), "");
      write(root.resolve("src/store/disk/io.lis"), "");
      ProjectLayout layout = ProjectLayout.discover(root);
      assertEquals(List.of(), layout.problems());
      assertEquals(List.of("", "models", "store/disk"), List.copyOf(layout.modules().keySet()));
      assertEquals(2, layout.modules().get("").size());
      assertEquals(2, layout.modules().get("models").size());
    }
  }

  @Test
  void layoutProblems() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path root = fs.getPath("/p");
      write(root.resolve("main.lis"), "fn main() {}");
      write(root.resolve("src/lib/thing_test.lis"), "");
      ProjectLayout layout = ProjectLayout.discover(root);
      var codes = layout.problems().stream().map(ProjectLayout.Problem::code).toList();
      assertEquals(List.of("resolve.main_outside_src", "resolve.test_file_not_supported", "resolve.missing_main"), codes);
    }
  }

  @Test
  void symlinkLeavingSrcIsRejected() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path root = fs.getPath("/p");
      write(root.resolve("src/main.lis"), "fn main() {}");
      Path outside = write(fs.getPath("/elsewhere/secret.lis"), "");
      Files.createDirectories(root.resolve("src/evil"));
      Files.createSymbolicLink(root.resolve("src/evil/secret.lis"), outside);
      ProjectLayout layout = ProjectLayout.discover(root);
      assertEquals("resolve.invalid_module_path", layout.problems().get(0).code());
    }
  }

  @Test
  void modulePathsAreRelativeToSrc() {
    assertTrue(ProjectLayout.invalidModulePath("models").isEmpty());
    assertTrue(ProjectLayout.invalidModulePath("routes/admin").isEmpty());
    for (String bad : List.of("../x", "./models", "/abs", "src/models", "a/../b", "a//b", "")) {
      assertTrue(ProjectLayout.invalidModulePath(bad).isPresent(), bad);
    }
  }

  @Test
  void importCycleIsReportedWhole() {
    var g = new ImportGraph();
    g.addImport("", "a");
    g.addImport("a", "b");
    g.addImport("b", "c");
    g.addImport("c", "a");
    assertEquals(List.of("a", "b", "c", "a"), g.cycle().orElseThrow());
  }

  @Test
  void buildOrderPutsImportsFirst() {
    var g = new ImportGraph();
    g.addImport("", "models");
    g.addImport("", "store");
    g.addImport("store", "models");
    assertTrue(g.cycle().isEmpty());
    assertEquals(List.of("models", "store", ""), g.buildOrder());
  }

  @Test
  void configIsParsedWithPositionsForMistakes() {
    var ok = ProjectConfig.parse(new SourceFile("lisette.toml",
        "[project]\nname = \"example.org/acme/inventory\"\nversion = \"0.3.0\"\n[toolchain]\nlis = \"0.1.13\"\n"));
    assertEquals(List.of(), ok.diagnostics());
    assertEquals("example.org/acme/inventory", ok.config().orElseThrow().name());
    assertEquals("0.1.13", ok.config().orElseThrow().toolchain().orElseThrow());

    var file = new SourceFile("lisette.toml", "[project]\nname = \"x\"\nversion = 3\ncolour = \"red\"\n");
    var bad = ProjectConfig.parse(file);
    assertTrue(bad.config().isEmpty());
    var codes = bad.diagnostics().stream().map(d -> d.code() + "@" + file.line(d.primary().span().start())).sorted().toList();
    assertEquals(List.of("project.invalid_value@3", "project.unknown_key@4"), codes);

    var syntax = ProjectConfig.parse(new SourceFile("lisette.toml", "[project\nname = 1\n"));
    assertEquals("project.toml_syntax", syntax.diagnostics().get(0).code());
  }
}

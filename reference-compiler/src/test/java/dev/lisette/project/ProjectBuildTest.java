package dev.lisette.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building projects in memory: output layout, incremental writes, import diagnostics. */
class ProjectBuildTest {

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static Path project(FileSystem fs) throws IOException {
    Path root = fs.getPath("/shop");
    write(root.resolve("lisette.toml"), "[project]\nname = \"example.org/shop\"\nversion = \"0.1.0\"\n");
    write(root.resolve("src/main.lis"), "import \"go:fmt\"\nimport \"pricing\"\nfn main() {\n  fmt.Println(pricing.with_tax(10))\n}\n");
    write(root.resolve("src/pricing/tax.lis"), "pub fn with_tax(n: int) -> int {\n  n + n / 5\n}\n");
    return root;
  }

  @Test
  void writesOneGoPackagePerModule() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path root = project(fs);
      ProjectBuild.Result r = ProjectBuild.compile(root);
      assertFalse(r.hasErrors(), r.render(root));
      assertEquals(List.of("main.go", "pricing/tax.go"), List.copyOf(r.goFiles().keySet()));
      assertTrue(r.goFiles().get("main.go").contains("\"example.org/shop/pricing\""));
      assertTrue(r.goFiles().get("pricing/tax.go").startsWith("package pricing\n"));
      assertTrue(r.goFiles().get("pricing/tax.go").contains("func With_tax(n int) int"));
    }
  }

  @Test
  void rebuildWithNoChangeRewritesNothingAndStaleFilesGo() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path root = project(fs);
      Path target = root.resolve("target");
      List<Path> first = ProjectBuild.write(target, ProjectBuild.compile(root));
      assertEquals(3, first.size(), "go.mod and two Go files: " + first);
      assertTrue(Files.exists(target.resolve("prelude/go.mod")));
      assertEquals(List.of(), ProjectBuild.write(target, ProjectBuild.compile(root)));

      Files.move(root.resolve("src/pricing/tax.lis"), root.resolve("src/pricing/vat.lis"));
      List<Path> third = ProjectBuild.write(target, ProjectBuild.compile(root));
      assertEquals(List.of(target.resolve("pricing/vat.go")), third);
      assertFalse(Files.exists(target.resolve("pricing/tax.go")), "the stale file is deleted");
    }
  }

  @Test
  void cycleIsReportedWithTheWholePath() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path root = project(fs);
      write(root.resolve("src/pricing/tax.lis"), "import \"rates\"\npub fn with_tax(n: int) -> int {\n  rates.apply(n)\n}\n");
      write(root.resolve("src/rates/r.lis"), "import \"pricing\"\npub fn apply(n: int) -> int {\n  n\n}\n");
      ProjectBuild.Result r = ProjectBuild.compile(root);
      assertTrue(r.hasErrors());
      String text = r.render(root);
      assertTrue(text.contains("error[resolve.import_cycle]"), text);
      assertTrue(text.contains("pricing → rates → pricing"), text);
    }
  }
}

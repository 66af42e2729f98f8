package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.syntax.AstDump;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Parser;
import dev.lisette.syntax.SourcePrinter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parser golden tests: every `conformance-tests/syntax/<area>/<name>.lis` (forms whose
 * meaning arrives in later versions) must parse without any diagnostic, its syntax tree must
 * match `<name>.ast.approved.txt` beside it (`tools/approve` accepts a new tree after
 * review), and printing the tree back as source and parsing that must give the same tree.
 */
class SyntaxGoldenTest {
  static final Path ROOT = Repo.ROOT.resolve("conformance-tests/syntax");

  static List<Path> inputs() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".lis")).sorted().toList();
    }
  }

  static String relative(Path p) {
    return ROOT.relativize(p).toString().replace(File.separatorChar, '/');
  }

  @TestFactory
  Stream<DynamicNode> syntaxGoldens() throws IOException {
    var nodes = new ArrayList<DynamicNode>();
    for (Path input : inputs()) {
      String rel = relative(input);
      nodes.add(DynamicTest.dynamicTest(rel, input.toUri(), () -> check(input, rel)));
    }
    nodes.add(DynamicTest.dynamicTest("no stale syntax goldens", SyntaxGoldenTest::stale));
    return nodes.stream();
  }

  private static void check(Path input, String rel) throws IOException {
    SourceFile file = new SourceFile("conformance-tests/syntax/" + rel, Files.readString(input));
    ParsedFile parsed = Parser.parse(file);
    if (!parsed.diagnostics().isEmpty()) {
      fail("a syntax golden must parse without diagnostics:\n" + DiagnosticRenderer.render(file, parsed.diagnostics()));
    }
    String stem = input.getFileName().toString().replaceFirst("\\.lis$", "");
    Golden.verify(AstDump.dump(file, parsed.items()), input.resolveSibling(stem + ".ast.approved.txt"),
        Repo.WORK.resolve("syntax-received").resolve(rel.replaceFirst("\\.lis$", ".ast.txt")));

    String printed = SourcePrinter.print(parsed.items());
    ParsedFile again = Parser.parse(new SourceFile("printed " + rel, printed));
    if (!again.diagnostics().isEmpty()) {
      fail("the pretty-printed program does not parse:\n" + printed + "\n"
          + DiagnosticRenderer.render(again.source(), again.diagnostics()));
    }
    assertEquals(AstDump.shape(parsed.items()), AstDump.shape(again.items()),
        () -> "pretty-print then re-parse changed the tree; printed:\n" + printed);
    assertEquals(printed, SourcePrinter.print(again.items()), "printing is not idempotent");
  }

  /** Approved dumps whose `.lis` is gone. */
  private static void stale() throws IOException {
    var stale = new ArrayList<String>();
    try (Stream<Path> s = Files.walk(ROOT)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".ast.approved.txt")).sorted().toList()) {
        String stem = p.getFileName().toString().replaceFirst("\\.ast\\.approved\\.txt$", "");
        if (!Files.exists(p.resolveSibling(stem + ".lis"))) {
          if (Repo.APPROVE) {
            Files.delete(p);
          } else {
            stale.add(Repo.ROOT.relativize(p).toString());
          }
        }
      }
    }
    if (!stale.isEmpty()) {
      fail("approved syntax trees without an input (run tools/approve to remove them):\n" + String.join("\n", stale));
    }
  }

  /** The rule IDs the goldens cite in their `// spec:` header (counted as accepting citations). */
  static List<String> citedRules() throws IOException {
    var rules = new ArrayList<String>();
    for (Path input : inputs()) {
      for (String line : Files.readAllLines(input)) {
        if (!line.startsWith("//")) {
          break;
        }
        if (line.startsWith("// spec:")) {
          for (String r : line.substring("// spec:".length()).split(",")) {
            if (!r.isBlank()) {
              rules.add(r.strip());
            }
          }
        }
      }
    }
    return rules;
  }
}

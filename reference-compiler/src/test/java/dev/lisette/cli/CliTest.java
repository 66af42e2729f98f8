package dev.lisette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a diagnostic or a usage error and the documented exit code, never a crash. */
class CliTest {
  @TempDir
  Path dir;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome lis(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Outcome(exit, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void validProgramChecksCleanly() throws IOException {
    Path p = file("ok.lis", "import \"go:fmt\"\nfn main() {\n  fmt.Println(1 + 2)\n}\n");
    Outcome o = lis("check", p.toString());
    assertEquals(0, o.exit, o.err);
    assertEquals("", o.err);
  }

  @Test
  void typeErrorsExitWithOneAndARenderedSnippet() throws IOException {
    Path p = file("bad.lis", "fn main() {\n  let x: int = \"seven\"\n  let y: bool = 3\n}\n");
    Outcome o = lis("check", p.toString());
    assertEquals(1, o.exit);
    assertTrue(o.err.contains("error[infer.type_mismatch]: mismatched types"), o.err);
    assertTrue(o.err.contains("  let x: int = \"seven\""), o.err);
    assertTrue(o.err.contains("^^^^^^^ expected `int`, found `string`"), o.err);
    assertTrue(o.err.contains("(2 errors)"), "both errors are reported: " + o.err);
  }

  @Test
  void docShowsAPreludeTypeWithItsMethods() {
    Outcome o = lis("doc", "Option");
    assertEquals(0, o.exit, o.err);
    assertTrue(o.out.contains("enum Option<T> {\n  Some(T),\n  None,\n}"), o.out);
    assertTrue(o.out.contains("  fn map<U>(self, fn(T) -> U) -> Option<U>\n"), o.out);
  }

  @Test
  void docShowsOneGoDeclarationWithItsDocComment() {
    Outcome o = lis("doc", "go:strings.Split");
    assertEquals(0, o.exit, o.err);
    assertTrue(o.out.startsWith("/// Split slices s into all substrings"), o.out);
    assertTrue(o.out.endsWith("pub fn Split(s: string, sep: string) -> Slice<string>\n"), o.out);
  }

  @Test
  void docOfAnUnknownNameExitsWithOne() {
    assertEquals(1, lis("doc", "go:strings.Splat").exit);
    assertEquals(1, lis("doc", "Vector").exit);
  }

  @Test
  void missingFileIsAUsageError() {
    Outcome o = lis("check", dir.resolve("nope.lis").toString());
    assertEquals(2, o.exit);
    assertTrue(o.err.contains("no such file"), o.err);
  }

  @Test
  void directoryWithoutProjectIsAUsageError() {
    Outcome o = lis("check", dir.toString());
    assertEquals(2, o.exit);
    assertTrue(o.err.contains("no `lisette.toml`"), o.err);
  }

  @Test
  void unknownCommandAndOptionAreUsageErrors() {
    assertEquals(2, lis("frobnicate").exit);
    assertEquals(2, lis("check", "--bogus", "x.lis").exit);
  }

  @Test
  void nonUtf8IsADiagnostic() throws IOException {
    Path p = dir.resolve("latin1.lis");
    Files.write(p, new byte[] {'f', 'n', ' ', 'm', 'a', 'i', 'n', '(', ')', ' ', '{', ' ', '"', (byte) 0xE9, '"', ' ', '}'});
    Outcome o = lis("check", p.toString());
    assertEquals(1, o.exit);
    assertTrue(o.err.contains("error[lex.invalid_utf8]"), o.err);
  }

  @Test
  void emptyFileHasNoMain() throws IOException {
    Outcome o = lis("check", file("empty.lis", "").toString());
    assertEquals(1, o.exit);
    assertTrue(o.err.contains("error[resolve.missing_main]"), o.err);
  }

  @Test
  void tenThousandNestedParenthesesAreADiagnosticNotAStackOverflow() throws IOException {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
    Outcome o = lis("check", file("deep.lis", "fn main() {\n  let x = " + deep + "\n}\n").toString());
    assertEquals(1, o.exit);
    assertTrue(o.err.contains("error[parse.nesting_too_deep]"), o.err);
    assertFalse(o.err.contains("StackOverflow"), o.err);
    assertTrue(o.err.length() < 2_000, "the long line is shown as a window");
  }

  @Test
  void fiveMegabyteFileIsCheckedInReasonableTime() throws IOException {
    var sb = new StringBuilder("import \"go:fmt\"\nfn main() {\n");
    int i = 0;
    while (sb.length() < 5_000_000) {
      sb.append("  let v").append(i).append(" = ").append(i).append(" * 2 + 1\n");
      i++;
    }
    sb.append("  fmt.Println(v0)\n}\n");
    Path p = file("big.lis", sb.toString());
    long start = System.nanoTime();
    Outcome o = lis("check", p.toString());
    assertEquals(0, o.exit, o.err.substring(0, Math.min(500, o.err.length())));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
  }

  @Test
  void versionAndHelp() {
    Outcome v = lis("version");
    assertEquals(0, v.exit);
    assertTrue(v.out.startsWith("lis " + Main.VERSION), v.out);
    Outcome h = lis("help");
    assertEquals(0, h.exit);
    assertTrue(h.out.contains("check") && h.out.contains("build") && h.out.contains("run"), h.out);
  }

  @Test
  void buildWritesASelfContainedModule() throws IOException {
    Path p = file("hello.lis", "import \"go:fmt\"\nfn main() {\n  fmt.Println(\"hi\")\n}\n");
    Path out = dir.resolve("out");
    Outcome o = lis("build", p.toString(), "-o", out.toString());
    assertEquals(0, o.exit, o.err);
    assertTrue(Files.readString(out.resolve("go.mod")).contains("replace lisette.dev/prelude => ./prelude"));
    assertTrue(Files.readString(out.resolve("main.go")).contains("fmt.Println(\"hi\")"));
    assertTrue(Files.exists(out.resolve("prelude/go.mod")));
    assertTrue(Files.exists(out.resolve("prelude/option.go")));
  }

  @Test
  void parsePrintsTheSyntaxTreeWithSpans() throws IOException {
    Path p = file("shapes.lis", "enum Shape { Circle(float64), Empty }\nfn area(s: Shape) -> float64 {\n"
        + "  match s { Shape.Circle(r) => r * r, Shape.Empty => 0.0 }\n}\n");
    Outcome o = lis("parse", "--ast", p.toString());
    assertEquals(0, o.exit, o.err);
    assertTrue(o.out.startsWith("File 2 items\n"), o.out);
    assertTrue(o.out.contains("  Enum name=Shape @1:1-1:38\n"), o.out);
    assertTrue(o.out.contains("pattern: Pattern.TupleStruct path=Shape.Circle @3:13-3:28"), o.out);
    assertEquals("", o.err);
  }

  @Test
  void parseReportsSyntaxErrorsOnlyAndPrettyPrints() throws IOException {
    Path bad = file("bad.lis", "fn main() {\n  let x = 1 +\n}\nfn other() { let y: Slice<> = [] }\n");
    Outcome o = lis("parse", bad.toString());
    assertEquals(1, o.exit);
    assertTrue(o.err.contains("error[parse.expected_expression]"), o.err);
    assertTrue(o.err.contains("error[parse.syntax_error]: empty type argument list"), o.err);
    Path ok = file("ok.lis", "fn main(){let x=(1,2)\nundefined_name(x.0)}\n");
    Outcome pretty = lis("parse", "--pretty", ok.toString());
    assertEquals(0, pretty.exit, pretty.err);
    assertEquals("fn main() {\n  let x = (1, 2)\n  undefined_name(x.0)\n}\n", pretty.out);
  }

  @Test
  void jsonDiagnosticsGoToStdout() throws IOException {
    Path p = file("bad.lis", "fn main() {\n  let x: int = \"seven\"\n}\n");
    Outcome o = lis("check", "--json", p.toString());
    assertEquals(1, o.exit);
    assertTrue(o.out.contains("\"code\" : \"infer.type_mismatch\""), o.out);
    assertTrue(o.out.contains("\"line\" : 2") && o.out.contains("\"column\" : 16"), o.out);
    assertTrue(o.out.contains("\"errors\" : 1"), o.out);
    assertEquals("", o.err);
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    assertFalse(Colors.enabled(java.util.Map.of()));
    assertTrue(Colors.enabled(java.util.Map.of("LIS_STDERR_TTY", "1")));
    assertFalse(Colors.enabled(java.util.Map.of("LIS_STDERR_TTY", "1", "NO_COLOR", "1")));
    assertTrue(Colors.enabled(java.util.Map.of("LIS_COLOR", "always")));
    assertFalse(Colors.enabled(java.util.Map.of("LIS_STDERR_TTY", "1", "LIS_COLOR", "never")));
    assertTrue(Colors.apply("error[x.y]: bad\n --> f.lis:1:2").contains("\u001b[1;31merror[x.y]"));
  }

  @Test
  void newProjectBuildsAndCleanRemovesOnlyTarget() throws IOException {
    String cwd = System.getProperty("user.dir");
    Path root = dir.resolve("demo");
    Outcome created = lis("new", root.toString());
    assertEquals(0, created.exit, created.err);
    assertTrue(Files.exists(root.resolve("lisette.toml")) && Files.exists(root.resolve("src/main.lis")));
    Outcome built = lis("build", root.toString());
    assertEquals(0, built.exit, built.err);
    assertTrue(Files.exists(root.resolve("target/main.go")));
    assertEquals(0, lis("clean", root.toString()).exit);
    assertFalse(Files.exists(root.resolve("target")));
    assertTrue(Files.exists(root.resolve("src/main.lis")));
    assertEquals(cwd, System.getProperty("user.dir"));
  }

  @Test
  void completionScriptForBash() {
    Outcome o = lis("completions", "bash");
    assertEquals(0, o.exit, o.err);
    assertTrue(o.out.contains("complete -F _complete_lis -o default lis"), o.out);
    assertEquals(2, lis("completions", "fish").exit);
  }
}

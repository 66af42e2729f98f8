package dev.lisette.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.diagnostics.Span;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the lexer and parser on random input: nothing escapes as an exception (also
 * no StackOverflowError), every diagnostic and every node lies within the file, at most 50
 * diagnostics are reported, and a valid program printed back as source parses to the same
 * tree (spans aside), the printing being idempotent.
 */
class ParserPropertiesTest {

  private static final List<String> FRAGMENTS = List.of(
      "fn", "let", "mut", "if", "else", "match", "for", "in", "while", "loop", "break", "continue",
      "return", "struct", "enum", "interface", "impl", "const", "var", "type", "import", "pub", "task",
      "defer", "select", "try", "recover", "as", "true", "false", "self", "Self", "None", "Some",
      "x", "y", "Point", "Shape", "fmt", "_", "1", "0x1F", "2.5", "3i", "0b12", "1__0", "\"s\"", "'c'", "''",
      "f\"a{x}b\"", "f\"{", "`raw`", "\"\\q\"", "///doc", "//c", "(", ")", "[", "]", "{", "}", "<", ">",
      "=", "==", "!=", "<=", ">=", "->", "=>", ":", "::", ",", ".", "..", "..=", "?", "!", "#", "|", "||",
      "|>", "&", "&&", "+", "-", "*", "/", "%", "+=", "-=", "*=", "/=", "%=", ";", "@", "@rawgo", "^",
      "$", "\\", "\n", "\n", " ", "  ", "\t", "\r\n", "é", "ß");

  // ---- invariants ----------------------------------------------------------------------

  /** Parses and checks the invariants that hold for any input; returns the result. */
  static ParsedFile parseChecked(String text) {
    SourceFile file = new SourceFile("input.lis", text);
    ParsedFile parsed = Parser.parse(file);
    assertTrue(parsed.diagnostics().size() <= 50, "at most 50 diagnostics per file");
    for (Diagnostic d : parsed.diagnostics()) {
      within(d.primary().span(), text, d.code());
      d.secondary().forEach(l -> within(l.span(), text, d.code()));
      assertTrue(d.isError());
    }
    // Rendering must not fail either (it reads the spans back).
    DiagnosticRenderer.render(file, parsed.diagnostics());
    for (Item item : parsed.items()) {
      spansWithin(item, text);
    }
    return parsed;
  }

  private static void within(Span span, String text, String what) {
    assertTrue(span.start() >= 0 && span.start() <= span.end() && span.end() <= text.length(),
        () -> what + ": span " + span.start() + ".." + span.end() + " outside a file of " + text.length());
  }

  /** Every span of every node lies within the file. */
  static void spansWithin(Object node, String text) {
    switch (node) {
      case Span s -> within(s, text, "node");
      case Optional<?> o -> o.ifPresent(x -> spansWithin(x, text));
      case List<?> l -> l.forEach(x -> spansWithin(x, text));
      case Record r -> {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
          try {
            spansWithin(c.getAccessor().invoke(r), text);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      default -> {}
    }
  }

  /** For a program without diagnostics: print, re-parse, compare; printing twice gives the same text. */
  static void roundTrip(ParsedFile parsed) {
    String printed = SourcePrinter.print(parsed.items());
    ParsedFile again = Parser.parse(new SourceFile("printed.lis", printed));
    assertTrue(again.diagnostics().isEmpty(), () -> "the printed program does not parse:\n" + printed + "\n"
        + DiagnosticRenderer.render(again.source(), again.diagnostics()));
    assertEquals(AstDump.shape(parsed.items()), AstDump.shape(again.items()),
        () -> "print then parse changed the tree; source:\n" + parsed.source().text() + "\nprinted:\n" + printed);
    assertEquals(printed, SourcePrinter.print(again.items()), "printing is idempotent");
  }

  // ---- random inputs -------------------------------------------------------------------

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(120).map(parts -> {
      var sb = new StringBuilder();
      for (String p : parts) {
        sb.append(p);
        if (!p.isBlank() && !p.equals("\n")) {
          sb.append(' ');
        }
      }
      return sb.toString();
    });
  }

  @Property(tries = 2000)
  void tokenSoupNeverCrashes(@ForAll("tokenSoup") String text) {
    parseChecked(text);
  }

  @Property(tries = 1000)
  void arbitraryTextNeverCrashes(@ForAll String text) {
    parseChecked(text);
  }

  @Property(tries = 500)
  void generatedProgramsParseAndRoundTrip(@ForAll long seed) {
    String program = new ProgramGenerator(seed).program();
    ParsedFile parsed = parseChecked(program);
    assertTrue(parsed.diagnostics().isEmpty(), () -> "a generated program must parse:\n" + program + "\n"
        + DiagnosticRenderer.render(parsed.source(), parsed.diagnostics()));
    roundTrip(parsed);
    // The checker reports what it cannot handle yet (`infer.not_supported`); it never throws.
    dev.lisette.project.Compiler.compile(parsed.source(), false);
  }

  // ---- mutations of real programs ------------------------------------------------------

  /** The `.lis` files of the repository: conformance cases, syntax goldens, examples. */
  static List<String> corpus() {
    var texts = new ArrayList<String>();
    for (String dir : List.of("../conformance-tests/cases", "../conformance-tests/syntax", "../examples")) {
      Path root = Path.of(dir);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".lis")).sorted().toList()) {
          texts.add(Files.readString(p));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (texts.isEmpty()) {
      texts.add("import \"go:fmt\"\n\nfn main() {\n  let xs = [1, 2, 3]\n  for x in xs { fmt.Println(x) }\n}\n");
    }
    return texts;
  }

  private static final List<String> CORPUS = corpus();

  @Provide
  Arbitrary<String> mutatedProgram() {
    Arbitrary<String> program = Arbitraries.of(CORPUS);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
    Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 12);
    Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
    return Combinators.combine(program, kind, where, length, fragment).as((text, k, w, len, frag) -> {
      int at = (int) (w * text.length());
      int end = Math.min(text.length(), at + len);
      return switch (k) {
        case 0 -> text.substring(0, at) + text.substring(end);                 // delete
        case 1 -> text.substring(0, at) + frag + text.substring(at);           // insert a token
        case 2 -> text.substring(0, end) + text.substring(at);                 // duplicate
        case 3 -> text.substring(0, at);                                        // truncate
        case 4 -> text.substring(0, at) + frag + text.substring(end);          // replace
        default -> end + len < text.length()                                    // swap two pieces
            ? text.substring(0, at) + text.substring(end, end + len) + text.substring(at, end)
                + text.substring(end + len) : text;
      };
    });
  }

  @Property(tries = 3000)
  void mutatedProgramsNeverCrash(@ForAll("mutatedProgram") String text) {
    ParsedFile parsed = parseChecked(text);
    if (parsed.diagnostics().isEmpty()) {
      roundTrip(parsed);
      dev.lisette.project.Compiler.compile(parsed.source(), false);
    }
  }

  @net.jqwik.api.Example
  void everyCorpusProgramWithoutSyntaxErrorsRoundTrips() {
    for (String text : CORPUS) {
      ParsedFile parsed = parseChecked(text);
      if (parsed.diagnostics().isEmpty()) {
        roundTrip(parsed);
      }
    }
  }

  // ---- deep nesting --------------------------------------------------------------------

  @Provide
  Arbitrary<Tuple.Tuple2<String, Integer>> deepNesting() {
    Arbitrary<String> shape = Arbitraries.of("(", "[", "{", "-", "!", "&", "|x| ", "if a { ", "Some(", "f(",
        "Option<", "(1, ", "match a { _ => ", "x.m(", "[..", "return ", "fn(");
    return Combinators.combine(shape, Arbitraries.integers().between(200, 20000)).as(Tuple::of);
  }

  @Property(tries = 60)
  void deepNestingIsADiagnostic(@ForAll("deepNesting") Tuple.Tuple2<String, Integer> input) {
    String open = input.get1();
    String body = open.repeat(input.get2());
    for (String wrapper : List.of("fn main() { let v = %s }", "fn main() { %s }", "fn f(x: %s) {}",
        "fn main() { let %s = 1 }")) {
      parseChecked(wrapper.formatted(body));
    }
  }

  @net.jqwik.api.Example
  void deepNestingOnASmallStackIsStillADiagnostic() throws InterruptedException {
    var outcome = new Object[1];
    Thread t = new Thread(null, () -> {
      try {
        ParsedFile parsed = parseChecked("fn main() { let v = " + "Some(".repeat(250) + "x" + ")".repeat(250) + " }");
        outcome[0] = parsed.diagnostics();
      } catch (Throwable e) {
        outcome[0] = e;
      }
    }, "small-stack", 96 * 1024);
    t.start();
    t.join();
    assertTrue(outcome[0] instanceof List<?>, () -> "the parser threw " + outcome[0]);
    List<?> diagnostics = (List<?>) outcome[0];
    assertTrue(diagnostics.isEmpty() || (diagnostics.size() == 1
        && ((Diagnostic) diagnostics.get(0)).code().equals("parse.nesting_too_deep")), diagnostics::toString);
  }
}

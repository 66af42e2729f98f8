package dev.lisette.conformance.property;

import static org.junit.jupiter.api.Assertions.fail;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.project.Compiler;
import dev.lisette.project.GoModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property test of the whole pipeline: for randomly generated well-typed expressions over
 * ints, bools, strings, Options and Results, the compiled Go prints what an evaluator written
 * in Java ({@link Evaluator}) computes.
 *
 * <p>One program per seed, each with {@value #DEFAULT_LINES} {@code fmt.Println} lines (and the
 * {@code let}s they need). All programs are compiled in-process, written into one Go module,
 * built with a single {@code go build} and run once each; a test per seed compares the output
 * line by line and reports the first differing expression with its source, the expected and
 * the actual line, and a standalone program reproducing it.
 *
 * <p>The seeds are fixed (1 … {@value #DEFAULT_COUNT}) so CI is deterministic. To explore:
 * {@code -Dlisette.property.seed=N} (first seed), {@code -Dlisette.property.count=N} (number
 * of programs), {@code -Dlisette.property.lines=N} (printed lines per program),
 * {@code -Dlisette.property.size=N} (size budget of one printed expression). The generated
 * sources are kept in conformance-tests/target/property/lis.
 */
class ExpressionPropertyTest {
  static final int DEFAULT_COUNT = 6;
  static final int DEFAULT_LINES = 150;
  /** Size budget (roughly: nodes) of one printed expression, including what it hoists. */
  static final int MAX_SIZE = 18;

  private record Prepared(Program program, String source, List<String> expected, Optional<String> problem) {}

  @TestFactory
  Stream<DynamicTest> compiledGoPrintsWhatTheEvaluatorComputes() throws Exception {
    long first = Long.getLong("lisette.property.seed", 1);
    int count = Integer.getInteger("lisette.property.count", DEFAULT_COUNT);
    int lines = Integer.getInteger("lisette.property.lines", DEFAULT_LINES);
    int maxSize = Integer.getInteger("lisette.property.size", MAX_SIZE);
    long t0 = System.nanoTime();

    Path root = dev.lisette.conformance.Repo.ROOT;
    Path work = root.resolve("conformance-tests/target/property");
    Path module = work.resolve("go");
    Path bin = work.resolve("bin");
    Path lis = work.resolve("lis");
    dev.lisette.conformance.Repo.deleteTree(work);
    Files.createDirectories(module);
    Files.createDirectories(bin);
    Files.createDirectories(lis);
    String prelude = root.resolve("reference-compiler/src/main/go/prelude").toString();
    Files.writeString(module.resolve("go.mod"), GoModule.goMod("property", prelude));

    var prepared = new LinkedHashMap<Long, Prepared>();
    for (long seed = first; seed < first + count; seed++) {
      Program program = new Generator(seed).program(seed, lines, maxSize);
      String source = program.source();
      Files.writeString(lis.resolve(fileName(seed)), source);
      List<String> expected;
      try {
        expected = program.expected();
      } catch (RuntimeException e) {
        prepared.put(seed, new Prepared(program, source, List.of(),
            Optional.of("the evaluator failed (a bug of the property test): " + e)));
        continue;
      }
      prepared.put(seed, new Prepared(program, source, expected, compile(program, source, module)));
    }
    long t1 = System.nanoTime();

    Map<String, String> buildErrors = build(module, bin,
        prepared.entrySet().stream().filter(e -> e.getValue().problem().isEmpty()).map(e -> pkg(e.getKey())).toList());
    long t2 = System.nanoTime();
    System.out.printf("expression property test: %d programs x %d lines; generate+evaluate+compile %d ms, go build %d ms%n",
        count, lines, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

    var tests = new ArrayList<DynamicTest>();
    for (var e : prepared.entrySet()) {
      long seed = e.getKey();
      Prepared p = e.getValue();
      tests.add(DynamicTest.dynamicTest("seed " + seed, lis.resolve(fileName(seed)).toUri(),
          () -> check(seed, p, buildErrors.get(pkg(seed)), bin, lis)));
    }
    return tests.stream();
  }

  private static String fileName(long seed) {
    return "seed-" + seed + ".lis";
  }

  private static String pkg(long seed) {
    return "s" + seed;
  }

  /** Compiles in-process and writes the Go; returns what went wrong, if anything. */
  private static Optional<String> compile(Program program, String source, Path module) throws IOException {
    var file = new SourceFile(fileName(program.seed()), source);
    Compiler.Result r;
    try {
      r = Compiler.compile(file);
    } catch (Compiler.InternalError e) {
      return Optional.of("internal compiler error: " + e.getMessage());
    }
    if (r.hasErrors() || r.go().isEmpty()) {
      var sb = new StringBuilder("the compiler rejects the generated program:\n");
      sb.append(DiagnosticRenderer.render(file, r.diagnostics().stream().filter(Diagnostic::isError).toList()));
      Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
      int chunk = program.chunkAt(file.line(d.primary().span().start()));
      if (chunk >= 0) {
        sb.append("\nfirst rejected line ").append(chunk + 1).append(", standalone:\n")
            .append(program.reproduction(chunk));
      }
      return Optional.of(sb.toString());
    }
    Path out = module.resolve(pkg(program.seed())).resolve("main.go");
    Files.createDirectories(out.getParent());
    Files.writeString(out, r.go().get(), StandardCharsets.UTF_8);
    return Optional.empty();
  }

  private static final Pattern BUILD_LOCATION = Pattern.compile("^(?:\\./)?(s\\d+)/main\\.go:\\d+");
  private static final Pattern BUILD_HEADER = Pattern.compile("^# property/(s\\d+)");

  /** One `go build` for all packages; the error messages by package. */
  private static Map<String, String> build(Path module, Path bin, List<String> packages)
      throws IOException, InterruptedException {
    var errors = new LinkedHashMap<String, String>();
    if (packages.isEmpty()) {
      return errors;
    }
    var args = new ArrayList<>(List.of("build", "-o", bin + "/"));
    packages.forEach(p -> args.add("./" + p));
    var r = dev.lisette.conformance.GoCommand.run(module, args);
    if (r.exit() == 0) {
      return errors;
    }
    String current = null;
    for (String line : r.output().split("\n")) {
      Matcher h = BUILD_HEADER.matcher(line);
      if (h.find()) {
        current = h.group(1);
        continue;
      }
      Matcher l = BUILD_LOCATION.matcher(line.strip());
      String key = l.find() ? l.group(1) : current;
      if (key != null && !line.isBlank()) {
        errors.merge(key, line + "\n", String::concat);
      }
    }
    // packages that did not build for another reason: build them alone
    var good = new ArrayList<>(List.of("build", "-o", bin + "/"));
    for (String p : packages) {
      if (!errors.containsKey(p)) {
        good.add("./" + p);
      }
    }
    if (good.size() > 3) {
      var again = dev.lisette.conformance.GoCommand.run(module, good);
      if (again.exit() != 0) {
        for (String p : packages) {
          errors.putIfAbsent(p, again.output());
        }
      }
    } else if (errors.isEmpty()) {
      packages.forEach(p -> errors.put(p, r.output()));
    }
    return errors;
  }

  private static void check(long seed, Prepared p, String buildError, Path bin, Path lis) throws Exception {
    String rerun = "\n(program: " + lis.resolve(fileName(seed)) + "; rerun: -Dlisette.property.seed=" + seed
        + " -Dlisette.property.count=1)";
    if (p.problem().isPresent()) {
      fail("seed " + seed + ": " + p.problem().get() + rerun);
    }
    if (buildError != null) {
      fail("seed " + seed + ": the generated Go does not build:\n" + buildError + rerun);
    }
    var run = dev.lisette.conformance.GoCommand.execute(bin.resolve(pkg(seed)), 30);
    List<String> actual = run.stdout().isEmpty() ? List.of() : List.of(run.stdout().split("\n", -1));
    if (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
      actual = actual.subList(0, actual.size() - 1);
    }
    List<String> expected = p.expected();
    int differing = 0;
    int firstDiff = -1;
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : null;
      String a = i < actual.size() ? actual.get(i) : null;
      if (e == null || !e.equals(a)) {
        differing++;
        if (firstDiff < 0) {
          firstDiff = i;
        }
      }
    }
    if (firstDiff < 0 && run.exit() == 0) {
      return;
    }
    var sb = new StringBuilder();
    sb.append("seed ").append(seed).append(": ");
    if (run.timedOut()) {
      sb.append("the program timed out; ");
    } else if (run.exit() != 0) {
      sb.append("the program exited with ").append(run.exit()).append("; ");
    }
    if (firstDiff < 0) {
      sb.append("all lines as expected\nstderr:\n").append(run.stderr());
      fail(sb.append(rerun).toString());
    }
    sb.append(differing).append(" of ").append(expected.size()).append(" lines differ; the first is line ")
        .append(firstDiff + 1).append(":\n");
    if (firstDiff < p.program().chunks().size()) {
      sb.append(p.program().chunks().get(firstDiff).source("  "));
    }
    sb.append("expected: ").append(firstDiff < expected.size() ? expected.get(firstDiff) : "(no line)").append('\n');
    sb.append("actual:   ").append(firstDiff < actual.size() ? actual.get(firstDiff) : "(no line)").append('\n');
    if (!run.stderr().isBlank()) {
      sb.append("stderr:\n").append(run.stderr().lines().limit(10).reduce("", (x, y) -> x + "  " + y + "\n"));
    }
    if (firstDiff < p.program().chunks().size()) {
      sb.append("standalone program:\n").append(p.program().reproduction(firstDiff));
    }
    fail(sb.append(rerun).toString());
  }
}

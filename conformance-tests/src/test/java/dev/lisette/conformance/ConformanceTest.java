package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.project.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case under conformance-tests/cases becomes a dynamic test whose source opens the
 * `.lis` file; containers mirror the folders. A case checks the neutral expectations (accept
 * or reject, codes and lines, stdout, exit code) and the reference compiler's approved
 * output (golden Go, rendered diagnostics).
 */
class ConformanceTest {

  @TestFactory
  Stream<DynamicNode> conformance() throws IOException {
    Suite suite = Suite.get();
    var nodes = new ArrayList<DynamicNode>();
    nodes.add(DynamicTest.dynamicTest("case files are well-formed", () -> {
      if (!suite.loadErrors.isEmpty()) {
        fail(String.join("\n", suite.loadErrors));
      }
    }));
    nodes.add(DynamicTest.dynamicTest("case names are unique", () -> uniqueNames(suite.cases)));
    nodes.addAll(tree(suite, suite.cases, ""));
    nodes.add(DynamicTest.dynamicTest("no stale golden files", () -> staleGoldens(suite)));
    nodes.add(DynamicTest.dynamicTest("timings", () -> {
      suite.outcome(suite.cases.get(0));
      suite.timings().forEach((k, v) -> System.out.println("conformance " + k + ": " + v));
    }));
    return nodes.stream();
  }

  /** Nested containers, one per directory, in path order. */
  private static List<DynamicNode> tree(Suite suite, List<CaseFile> cases, String prefix) {
    var dirs = new TreeMap<String, List<CaseFile>>();
    var nodes = new ArrayList<DynamicNode>();
    var leaves = new ArrayList<DynamicNode>();
    for (CaseFile c : cases) {
      String rest = c.relative().substring(prefix.length());
      int slash = rest.indexOf('/');
      if (slash < 0) {
        leaves.add(DynamicTest.dynamicTest(c.name(), c.path().toUri(), () -> check(suite, c)));
      } else {
        dirs.computeIfAbsent(rest.substring(0, slash), k -> new ArrayList<>()).add(c);
      }
    }
    dirs.forEach((dir, members) -> nodes.add(DynamicContainer.dynamicContainer(dir,
        Repo.CASES.resolve(prefix + dir).toUri(), tree(suite, members, prefix + dir + "/").stream())));
    nodes.addAll(leaves);
    return nodes;
  }

  private static void uniqueNames(List<CaseFile> cases) {
    var seen = new HashMap<String, String>();
    var dupes = new ArrayList<String>();
    for (CaseFile c : cases) {
      String prev = seen.put(c.name(), c.relative());
      if (prev != null) {
        dupes.add(c.name() + ": " + prev + " and " + c.relative());
      }
    }
    if (!dupes.isEmpty()) {
      fail("case names must be unique across the suite:\n" + String.join("\n", dupes));
    }
  }

  static void check(Suite suite, CaseFile c) throws Exception {
    Suite.Outcome o = suite.outcome(c);
    if (o.internalError().isPresent()) {
      fail("internal compiler error (exit 101):\n" + o.internalError().get());
    }
    CaseResult r = o.compiled().orElseThrow();
    Path received = Repo.WORK.resolve("received").resolve(c.id());
    Path receivedDiagnostics = received.resolve("diagnostics.txt");
    if (c.mode() == CaseFile.Mode.REJECT) {
      if (!r.hasErrors()) {
        fail("the program was accepted, but the case expects " + c.annotations());
      }
      matchAnnotations(c, r, true);
      Golden.verify(r.rendered(), c.approvedDiagnostics(), receivedDiagnostics);
      return;
    }
    if (r.hasErrors()) {
      fail("the program was rejected, but the case expects it to be accepted:\n" + r.rendered());
    }
    matchAnnotations(c, r, false);
    if (!r.diagnostics().isEmpty()) {
      Golden.verify(r.rendered(), c.approvedDiagnostics(), receivedDiagnostics);
    }
    for (var go : new TreeMap<>(r.goFiles()).entrySet()) {
      Golden.verify(go.getValue(), Repo.GOLDEN.resolve(c.id()).resolve(go.getKey()),
          received.resolve(go.getKey() + ".txt"));
    }
    if (o.vetErrors().isPresent()) {
      fail("the emitted Go does not pass `go vet` (a checker or emitter bug):\n" + o.vetErrors().get());
    }
    if (o.buildErrors().isPresent()) {
      fail("the emitted Go does not build (a checker or emitter bug):\n" + o.buildErrors().get());
    }
    if (c.mode() == CaseFile.Mode.RUN) {
      Suite.Run run = o.run().orElseThrow(() -> new AssertionError("the program was not built"));
      if (run.timedOut()) {
        fail("the program did not finish within " + Suite.TIMEOUT.seconds() + " s");
      }
      assertEquals(c.expectedStdout().orElse(""), run.stdout(), "stdout");
      assertEquals(c.exitCode(), run.exit(), () -> "exit code; stderr:\n" + run.stderr());
    }
  }

  private static void matchAnnotations(CaseFile c, CaseResult r, boolean reject) {
    var problems = new ArrayList<String>();
    for (CaseFile.Annotation a : c.annotations()) {
      boolean found = r.diagnostics().stream().anyMatch(d -> d.severity().equals(a.severity())
          && d.code().equals(a.code()) && d.line() == a.line() && d.file().equals(a.file()));
      if (!found) {
        problems.add("expected " + a + ", not reported");
      }
    }
    if (reject) {
      for (CaseResult.Reported d : r.diagnostics()) {
        boolean annotated = !d.severity().equals("error") || c.annotations().stream().anyMatch(a ->
            a.severity().equals("error") && a.code().equals(d.code()) && a.line() == d.line() && a.file().equals(d.file()));
        if (!annotated) {
          problems.add("unexpected " + d);
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\n\nthe compiler reported:\n" + r.rendered());
    }
  }

  /** Golden files whose case no longer exists (or no longer produces them). */
  private static void staleGoldens(Suite suite) throws Exception {
    var expected = new java.util.HashSet<Path>();
    for (CaseFile c : suite.cases) {
      Suite.Outcome o = suite.outcome(c);
      if (o.compiled().isPresent() && !o.compiled().get().hasErrors()) {
        for (String go : o.compiled().get().goFiles().keySet()) {
          expected.add(Repo.GOLDEN.resolve(c.id()).resolve(go));
        }
      }
      if (o.compiled().isPresent() && !o.compiled().get().diagnostics().isEmpty()) {
        expected.add(c.approvedDiagnostics());
      }
    }
    var stale = new ArrayList<Path>();
    for (Path root : List.of(Repo.GOLDEN, Repo.CASES)) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> (p.startsWith(Repo.GOLDEN) && p.toString().endsWith(".go")) || p.toString().endsWith(".approved.txt"))
            .filter(p -> !expected.contains(p)).forEach(stale::add);
      }
    }
    if (stale.isEmpty()) {
      return;
    }
    if (Repo.APPROVE) {
      for (Path p : stale) {
        Files.delete(p);
      }
      return;
    }
    fail("golden files without a case (run tools/approve to remove them):\n"
        + String.join("\n", stale.stream().map(p -> Repo.ROOT.relativize(p).toString()).sorted().toList()));
  }
}

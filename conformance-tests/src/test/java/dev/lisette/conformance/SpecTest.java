package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lisette.diagnostics.DiagnosticRenderer;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.project.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The spec and the cases agree: rules are cited, citations exist, examples compile. */
class SpecTest {
  private static final Path SPEC = Repo.ROOT.resolve("spec");
  private static final Pattern RULE = Pattern.compile("\\*\\*\\[([a-z0-9][a-z0-9.-]*)]\\*\\*");
  private static final Pattern CODE = Pattern.compile("`(?:lex|parse|resolve|infer|lint)\\.[a-z_]+`");

  /** Rule ID → the rule's text (up to the next rule or heading). */
  static Map<String, String> rules() throws IOException {
    var rules = new LinkedHashMap<String, String>();
    try (Stream<Path> s = Files.list(SPEC)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList()) {
        String text = Files.readString(p);
        Matcher m = RULE.matcher(text);
        var starts = new ArrayList<int[]>();
        var ids = new ArrayList<String>();
        while (m.find()) {
          starts.add(new int[] {m.start()});
          ids.add(m.group(1));
        }
        for (int i = 0; i < ids.size(); i++) {
          int end = i + 1 < ids.size() ? starts.get(i + 1)[0] : text.length();
          int heading = text.indexOf("\n#", starts.get(i)[0]);
          if (heading >= 0 && heading < end) {
            end = heading;
          }
          if (rules.put(ids.get(i), text.substring(starts.get(i)[0], end)) != null) {
            fail("rule " + ids.get(i) + " is defined twice (" + p.getFileName() + ")");
          }
        }
      }
    }
    return rules;
  }

  @Test
  void everyCitedRuleExists() throws IOException {
    Set<String> known = rules().keySet();
    var unknown = new TreeSet<String>();
    for (CaseFile c : Suite.get().cases) {
      for (String r : c.rules()) {
        if (!known.contains(r)) {
          unknown.add(r + " (cited by " + c.relative() + ")");
        }
      }
    }
    for (String r : SyntaxGoldenTest.citedRules()) {
      if (!known.contains(r)) {
        unknown.add(r + " (cited by a syntax golden in conformance-tests/syntax)");
      }
    }
    if (!unknown.isEmpty()) {
      fail("cases cite rules the spec does not define:\n" + String.join("\n", unknown));
    }
  }

  @Test
  void everyRuleIsPinnedByCases() throws IOException {
    Map<String, String> rules = rules();
    var accepted = new HashSet<String>();
    var rejected = new HashSet<String>();
    for (CaseFile c : Suite.get().cases) {
      (c.mode() == CaseFile.Mode.REJECT ? rejected : accepted).addAll(c.rules());
    }
    // A parser golden shows that a form is accepted by the grammar; it pins grammar rules
    // (not rules about meaning, which need programs that run).
    SyntaxGoldenTest.citedRules().stream().filter(r -> r.startsWith("grammar.")).forEach(accepted::add);
    var gaps = new ArrayList<String>();
    rules.forEach((id, text) -> {
      if (!accepted.contains(id) && !rejected.contains(id)) {
        gaps.add(id + ": cited by no case");
      } else if (!accepted.contains(id) && !CODE.matcher(text).find()) {
        gaps.add(id + ": no run or compile case");
      } else if (CODE.matcher(text).find() && !rejected.contains(id) && forbids(text)) {
        gaps.add(id + ": names a diagnostic but no reject case cites it");
      }
    });
    System.out.println("spec coverage: " + rules.size() + " rules, " + gaps.size() + " gaps");
    if (!gaps.isEmpty()) {
      fail("spec rules not pinned by cases:\n" + String.join("\n", gaps));
    }
  }

  /** Codes outside `lint.` that are warnings (brief §23): a rule naming only these needs no reject case. */
  private static final java.util.Set<String> WARNINGS = java.util.Set.of("`infer.redundant_cast`",
      "`infer.recover_block_empty`", "`infer.redundant_arm`");

  /** A rule that names an error code (not only warnings) forbids something. */
  private static boolean forbids(String text) {
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      if (!m.group().startsWith("`lint.") && !WARNINGS.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern BLOCK = Pattern.compile("(?s)```lisette\\n(.*?)```");

  @TestFactory
  Stream<DynamicTest> specExamplesCompile() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    try (Stream<Path> s = Files.list(SPEC)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(p);
        Matcher m = BLOCK.matcher(text);
        int n = 0;
        while (m.find()) {
          n++;
          int line = (int) text.substring(0, m.start()).lines().count() + 1;
          String code = m.group(1);
          String name = p.getFileName() + ":" + line;
          tests.add(DynamicTest.dynamicTest(name, p.toUri(), () -> {
            var result = Compiler.compile(new SourceFile("spec/" + name, code));
            assertTrue(!result.hasErrors(), () -> "spec example does not compile:\n"
                + DiagnosticRenderer.render(result.source(), result.diagnostics()));
          }));
        }
      }
    }
    return tests.stream();
  }

  @Test
  void diagnosticsCatalogListsEveryCodeTheCasesExpect() throws IOException {
    String catalog = Files.readString(SPEC.resolve("diagnostics.md"));
    var missing = new TreeSet<String>();
    for (CaseFile c : Suite.get().cases) {
      for (CaseFile.Annotation a : c.annotations()) {
        if (!catalog.contains(a.code())) {
          missing.add(a.code());
        }
      }
    }
    List<String> list = List.copyOf(missing);
    if (!list.isEmpty()) {
      fail("codes expected by cases but missing from spec/diagnostics.md:\n" + String.join("\n", list));
    }
  }
}

package dev.lisette.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One conformance case as written in its file: header directives, `//~` annotations and the
 * expected output trailer (format in conformance-tests/README.md).
 */
record CaseFile(
    Path path,
    String relative,
    boolean project,
    List<String> rules,
    Mode mode,
    int exitCode,
    List<Annotation> annotations,
    Optional<String> expectedStdout) {

  enum Mode { RUN, COMPILE, REJECT }

  /** An expected diagnostic; {@code file} is "" in a single-file case, else e.g. `src/main.lis`. */
  record Annotation(String severity, String code, int line, String file) {
    @Override
    public String toString() {
      return severity + " " + code + " at " + (file.isEmpty() ? "line " : file + ":") + line;
    }
  }

  /** The case name: its file (or directory) name without `.lis`, unique across the suite. */
  String name() {
    String f = path.getFileName().toString();
    return project ? f : f.substring(0, f.length() - 4);
  }

  /** Path of the case without `.lis`, relative to the cases root, with `/` separators. */
  String id() {
    return project ? relative : relative.substring(0, relative.length() - 4);
  }

  /** The file whose rendered diagnostics are approved. */
  Path approvedDiagnostics() {
    return project ? path.resolve("diagnostics.approved.txt") : path.resolveSibling(name() + ".approved.txt");
  }

  /** A multi-module case: a directory with lisette.toml; directives in src/main.lis. */
  static CaseFile parseProject(Path dir, String relative) throws IOException {
    Path main = dir.resolve("src/main.lis");
    if (!Files.exists(main)) {
      throw new IllegalArgumentException(relative + ": a project case needs src/main.lis for its directives");
    }
    CaseFile header = parse(main, relative + "/src/main.lis");
    var annotations = new ArrayList<Annotation>();
    List<Path> files;
    try (var s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".lis") || p.equals(dir.resolve("lisette.toml"))).sorted().toList();
    }
    for (Path f : files) {
      String rel = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
      for (Annotation a : parse(f, relative + "/" + rel, false).annotations()) {
        annotations.add(new Annotation(a.severity(), a.code(), a.line(), rel));
      }
    }
    return new CaseFile(dir, relative, true, header.rules(), header.mode(), header.exitCode(),
        List.copyOf(annotations), header.expectedStdout());
  }

  private static final Pattern ANNOTATION = Pattern.compile("(?://|#)~(\\^*)\\s*(ERROR|WARNING)\\s+([A-Za-z_][A-Za-z0-9_.-]*)");
  private static final Pattern DIRECTIVE = Pattern.compile("^//\\s*([a-z]+):\\s*(.*)$");

  static CaseFile parse(Path path, String relative) throws IOException {
    return parse(path, relative, true);
  }

  private static CaseFile parse(Path path, String relative, boolean needHeader) throws IOException {
    List<String> lines = List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\n", -1));
    List<String> rules = new ArrayList<>();
    Mode mode = null;
    int exit = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (!line.startsWith("//")) {
        break;
      }
      if (line.equals("// Output:")) {
        break;
      }
      Matcher m = DIRECTIVE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      switch (m.group(1)) {
        case "spec" -> {
          for (String r : m.group(2).split(",")) {
            if (!r.isBlank()) {
              rules.add(r.strip());
            }
          }
        }
        case "mode" -> mode = switch (m.group(2).strip()) {
          case "run" -> Mode.RUN;
          case "compile" -> Mode.COMPILE;
          case "reject" -> Mode.REJECT;
          default -> throw new IllegalArgumentException(relative + ": unknown mode `" + m.group(2) + "`");
        };
        case "exit" -> exit = Integer.parseInt(m.group(2).strip());
        default -> { }
      }
    }
    if (mode == null && needHeader) {
      throw new IllegalArgumentException(relative + ": missing `// mode:` directive");
    }
    if (rules.isEmpty() && needHeader) {
      throw new IllegalArgumentException(relative + ": missing `// spec:` directive");
    }
    var annotations = new ArrayList<Annotation>();
    Optional<String> output = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals("// Output:")) {
        var sb = new StringBuilder();
        for (int j = i + 1; j < lines.size(); j++) {
          String o = lines.get(j);
          if (o.isEmpty() && j == lines.size() - 1) {
            break;
          }
          if (o.equals("//")) {
            sb.append('\n');
          } else if (o.startsWith("// ")) {
            sb.append(o.substring(3)).append('\n');
          } else if (o.isBlank()) {
            continue;
          } else {
            throw new IllegalArgumentException(relative + ":" + (j + 1) + ": output lines start with `// `");
          }
        }
        output = Optional.of(sb.toString());
        break;
      }
      Matcher m = ANNOTATION.matcher(line);
      while (m.find()) {
        String sev = m.group(2).equals("ERROR") ? "error" : "warning";
        annotations.add(new Annotation(sev, m.group(3), i + 1 - m.group(1).length(), ""));
      }
    }
    return new CaseFile(path, relative, false, List.copyOf(rules), mode, exit, List.copyOf(annotations), output);
  }
}

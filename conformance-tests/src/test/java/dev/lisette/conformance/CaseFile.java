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
    List<String> rules,
    Mode mode,
    int exitCode,
    List<Annotation> annotations,
    Optional<String> expectedStdout) {

  enum Mode { RUN, COMPILE, REJECT }

  record Annotation(String severity, String code, int line) {
    @Override
    public String toString() {
      return severity + " " + code + " at line " + line;
    }
  }

  /** The case name: its file name without `.lis`, unique across the suite. */
  String name() {
    String f = path.getFileName().toString();
    return f.substring(0, f.length() - 4);
  }

  /** Path of the case without `.lis`, relative to the cases root, with `/` separators. */
  String id() {
    return relative.substring(0, relative.length() - 4);
  }

  private static final Pattern ANNOTATION = Pattern.compile("//~(\\^*)\\s*(ERROR|WARNING)\\s+([A-Za-z_][A-Za-z0-9_.-]*)");
  private static final Pattern DIRECTIVE = Pattern.compile("^//\\s*([a-z]+):\\s*(.*)$");

  static CaseFile parse(Path path, String relative) throws IOException {
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
    if (mode == null) {
      throw new IllegalArgumentException(relative + ": missing `// mode:` directive");
    }
    if (rules.isEmpty()) {
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
        annotations.add(new Annotation(sev, m.group(3), i + 1 - m.group(1).length()));
      }
    }
    return new CaseFile(path, relative, List.copyOf(rules), mode, exit, List.copyOf(annotations), output);
  }
}

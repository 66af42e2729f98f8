package dev.lisette.project;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.SourceFile;
import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * The contents of `lisette.toml` (spec projects.config): `[project]` name and version,
 * optional `[toolchain] lis`, optional `[dependencies.go]`. Unknown keys and bad values are
 * diagnostics at their position in the file.
 */
public record ProjectConfig(String name, String version, Optional<String> toolchain, Map<String, String> goDependencies) {

  /** A parsed config, or the diagnostics that prevented it. */
  public record Loaded(Optional<ProjectConfig> config, List<Diagnostic> diagnostics) {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~/-]+");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");
  private static final Set<String> TOP = Set.of("project", "toolchain", "dependencies");
  private static final Set<String> PROJECT_KEYS = Set.of("name", "version");

  public static Loaded parse(SourceFile file) {
    var diagnostics = new ArrayList<Diagnostic>();
    TomlParseResult toml = Toml.parse(file.text());
    for (TomlParseError e : toml.errors()) {
      diagnostics.add(Diagnostic.error("project.toml_syntax", "invalid TOML", at(file, e.position()),
          e.getMessage().replaceFirst("^Unexpected", "unexpected")));
    }
    if (!diagnostics.isEmpty()) {
      return new Loaded(Optional.empty(), diagnostics);
    }
    for (String key : toml.keySet()) {
      if (!TOP.contains(key)) {
        diagnostics.add(unknown(file, toml, key, "[project], [toolchain] and [dependencies.go]"));
      }
    }
    String name = null;
    String version = null;
    TomlTable project = toml.getTable("project");
    if (project == null) {
      diagnostics.add(Diagnostic.error("project.missing_key", "missing `[project]` table", Span.at(0),
          "lisette.toml needs a [project] table").withHelp("add:\n[project]\nname = \"example\"\nversion = \"0.1.0\""));
    } else {
      for (String key : project.keySet()) {
        if (!PROJECT_KEYS.contains(key)) {
          diagnostics.add(unknown(file, project, key, "`name` and `version`"));
        }
      }
      name = string(file, project, "name", "project.name", NAME, "letters, digits and `._~/-`", diagnostics);
      version = string(file, project, "version", "project.version", VERSION, "a version such as `0.1.0`", diagnostics);
    }
    Optional<String> toolchain = Optional.empty();
    TomlTable tc = toml.getTable("toolchain");
    if (tc != null) {
      for (String key : tc.keySet()) {
        if (!key.equals("lis")) {
          diagnostics.add(unknown(file, tc, key, "`lis`"));
        }
      }
      if (tc.contains("lis")) {
        toolchain = Optional.ofNullable(string(file, tc, "lis", "toolchain.lis", VERSION, "a version such as `0.1.0`", diagnostics));
      }
    }
    var deps = new TreeMap<String, String>();
    TomlTable dependencies = toml.getTable("dependencies");
    if (dependencies != null) {
      for (String key : dependencies.keySet()) {
        if (!key.equals("go")) {
          diagnostics.add(unknown(file, dependencies, key, "[dependencies.go]"));
        }
      }
      TomlTable go = dependencies.getTable("go");
      if (go != null) {
        for (String module : go.keySet()) {
          Object v = go.get(List.of(module));
          if (v instanceof String s) {
            deps.put(module, s);
          } else if (v instanceof TomlTable t && t.getString("version") != null) {
            deps.put(module, t.getString("version"));
          } else {
            diagnostics.add(Diagnostic.error("project.invalid_value", "invalid dependency", at(file, go.inputPositionOf(List.of(module))),
                "expected a version string or { version = \"…\" }"));
          }
        }
      }
    }
    if (!diagnostics.isEmpty() || name == null || version == null) {
      return new Loaded(Optional.empty(), diagnostics);
    }
    return new Loaded(Optional.of(new ProjectConfig(name, version, toolchain, Map.copyOf(deps))), diagnostics);
  }

  private static String string(SourceFile file, TomlTable table, String key, String full, Pattern form,
      String expected, List<Diagnostic> diagnostics) {
    if (!table.contains(key)) {
      diagnostics.add(Diagnostic.error("project.missing_key", "missing `" + full + "`", Span.at(0),
          "lisette.toml must set `" + full + "`"));
      return null;
    }
    Object v = table.get(List.of(key));
    Span span = at(file, table.inputPositionOf(List.of(key)));
    if (!(v instanceof String s)) {
      diagnostics.add(Diagnostic.error("project.invalid_value", "invalid value for `" + full + "`", span,
          "expected a string: " + expected));
      return null;
    }
    if (!form.matcher(s).matches()) {
      diagnostics.add(Diagnostic.error("project.invalid_value", "invalid value for `" + full + "`", span,
          "`" + s + "` is not " + expected));
      return null;
    }
    return s;
  }

  private static Diagnostic unknown(SourceFile file, TomlTable table, String key, String allowed) {
    return Diagnostic.error("project.unknown_key", "unknown key `" + key + "`", at(file, table.inputPositionOf(List.of(key))),
        "not a lisette.toml setting").withHelp("the known settings here are " + allowed);
  }

  /** A TOML position (1-based line and column) as a span in the file. */
  private static Span at(SourceFile file, TomlPosition pos) {
    if (pos == null) {
      return Span.at(0);
    }
    int line = Math.min(Math.max(1, (int) pos.line()), file.lineCount());
    int offset = Math.min(file.lineStart(line) + Math.max(0, (int) pos.column() - 1), file.text().length());
    int end = offset;
    while (end < file.text().length() && !Character.isWhitespace(file.text().charAt(end)) && file.text().charAt(end) != '=') {
      end++;
    }
    return new Span(offset, end);
  }
}

package dev.lisette.cli;

import dev.lisette.diagnostics.SourceFile;
import dev.lisette.semantics.PreludeDocs;
import dev.lisette.syntax.DocComment;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `lis doc [QUERY]`: the prelude (`Option`, `Slice.map`) and the shipped Go declarations
 * (`go:strings`, `go:strings.Split`, `go:os.File`, `go:os.File.Close`).
 */
final class Docs {
  private Docs() {}

  static int doc(String query, PrintWriter out, PrintWriter err) throws IOException {
    if (query == null) {
      out.println("Prelude types: " + String.join(", ", PreludeDocs.names()));
      out.println("Try `lis doc Option`, `lis doc Slice.map`, `lis doc go:strings` or `lis doc go:strings.Split`.");
      return Main.OK;
    }
    if (query.startsWith("go:")) {
      return goDoc(query.substring(3), out, err);
    }
    var text = PreludeDocs.describe(query);
    if (text.isEmpty()) {
      err.println("lis: no documentation for `" + query + "`; prelude types are " + String.join(", ", PreludeDocs.names())
          + ", Go packages are `go:PATH`");
      return Main.DIAGNOSTICS;
    }
    out.print(text.get());
    return Main.OK;
  }

  private static int goDoc(String query, PrintWriter out, PrintWriter err) throws IOException {
    int dot = query.indexOf('.');
    String pkg = dot < 0 ? query : query.substring(0, dot);
    String member = dot < 0 ? "" : query.substring(dot + 1);
    Optional<String> source = typedef(pkg);
    if (source.isEmpty()) {
      err.println("lis: no declarations for Go package `" + pkg + "`");
      return Main.DIAGNOSTICS;
    }
    if (member.isEmpty()) {
      out.print(source.get());
      return Main.OK;
    }
    ParsedFile parsed = Parser.parse(new SourceFile("go:" + pkg, source.get()));
    List<String> found = find(parsed, member, source.get());
    if (found.isEmpty()) {
      err.println("lis: Go package `" + pkg + "` declares no `" + member + "`");
      return Main.DIAGNOSTICS;
    }
    out.print(String.join("\n", found));
    return Main.OK;
  }

  static Optional<String> typedef(String pkg) throws IOException {
    try (InputStream in = Docs.class.getResourceAsStream("/typedefs/go/" + pkg + ".d.lis")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The declarations named {@code member} (`Split`, `File`, `File.Close`), with their doc comments. */
  private static List<String> find(ParsedFile parsed, String member, String text) {
    var out = new ArrayList<String>();
    int dot = member.indexOf('.');
    String type = dot < 0 ? member : member.substring(0, dot);
    String method = dot < 0 ? "" : member.substring(dot + 1);
    for (Item item : parsed.items()) {
      Optional<String> name = name(item);
      if (method.isEmpty() && name.filter(type::equals).isPresent()) {
        out.add(excerpt(text, docs(item), item.span().start(), item.span().end()));
      }
      if (item instanceof Item.Impl im && im.target() instanceof dev.lisette.syntax.TypeExpr.Named n
          && n.path().get(n.path().size() - 1).name().equals(type)) {
        for (Item.Fn fn : im.methods()) {
          if (method.isEmpty() || fn.name().name().equals(method)) {
            out.add(excerpt(text, fn.docs(), fn.span().start(), fn.span().end()));
          }
        }
      }
    }
    return out;
  }

  private static String excerpt(String text, Optional<DocComment> docs, int start, int end) {
    int from = docs.map(d -> Math.min(d.span().start(), start)).orElse(start);
    int lineStart = text.lastIndexOf('\n', from - 1) + 1;
    String indent = text.substring(lineStart, from);
    var out = new StringBuilder();
    for (String line : text.substring(lineStart, end).split("\n", -1)) {
      out.append(line.startsWith(indent) && indent.isBlank() ? line.substring(indent.length()) : line).append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static Optional<String> name(Item item) {
    return switch (item) {
      case Item.Fn f -> Optional.of(f.name().name());
      case Item.Struct s -> Optional.of(s.name().name());
      case Item.Enum e -> Optional.of(e.name().name());
      case Item.ValueEnum e -> Optional.of(e.name().name());
      case Item.Interface i -> Optional.of(i.name().name());
      case Item.Const c -> Optional.of(c.name().name());
      case Item.Var v -> Optional.of(v.name().name());
      case Item.TypeAlias t -> Optional.of(t.name().name());
      case Item.Impl i -> Optional.empty();
      case Item.Import i -> Optional.empty();
    };
  }

  private static Optional<DocComment> docs(Item item) {
    return switch (item) {
      case Item.Fn f -> f.docs();
      case Item.Struct s -> s.docs();
      case Item.Enum e -> e.docs();
      case Item.ValueEnum e -> e.docs();
      case Item.Interface i -> i.docs();
      case Item.Const c -> c.docs();
      case Item.Var v -> v.docs();
      case Item.TypeAlias t -> t.docs();
      case Item.Impl i -> Optional.empty();
      case Item.Import i -> Optional.empty();
    };
  }
}

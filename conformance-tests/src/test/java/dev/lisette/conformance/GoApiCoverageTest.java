package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.diagnostics.SourceFile;
import dev.lisette.diagnostics.Span;
import dev.lisette.project.ProjectBuild;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Parser;
import dev.lisette.syntax.TypeExpr;
import dev.lisette.syntax.TypeParam;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Go declarations do not lie (issue #6, spec interop.decl.functions): for every
 * function and method of core packages, a generated Lisette function calls it with parameters
 * of exactly the declared types, once as a statement and once keeping the converted value; the
 * whole project must check without errors and the emitted Go must pass `go build` and
 * `go vet`.
 */
class GoApiCoverageTest {
  static final List<String> PACKAGES = List.of("strings", "strconv", "bytes", "unicode", "unicode/utf8", "path",
      "path/filepath", "sort", "errors", "math", "time", "net/url", "os", "io", "bufio", "fmt", "regexp", "slices",
      "maps", "encoding/base64", "encoding/hex", "encoding/json", "encoding/csv", "container/list", "html",
      "hash/fnv", "crypto/sha256", "text/tabwriter", "sync", "context");

  @Test
  void everyFunctionAndMethodOfCorePackagesBuilds(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("lisette.toml"), "[project]\nname = \"coverage\"\nversion = \"0.1.0\"\n");
    Files.createDirectories(root.resolve("src"));
    var main = new StringBuilder();
    int calls = 0;
    int skipped = 0;
    for (String pkg : PACKAGES) {
      String module = "cov_" + pkg.replace('/', '_');
      Generated g = generate(pkg);
      calls += g.calls;
      skipped += g.skipped;
      Path dir = Files.createDirectories(root.resolve("src").resolve(module));
      Files.writeString(dir.resolve(module + ".lis"), g.source);
      main.append("import \"").append(module).append("\"\n");
    }
    Files.writeString(root.resolve("src/main.lis"), main + "\nfn main() {}\n");
    long t0 = System.nanoTime();
    ProjectBuild.Result result = ProjectBuild.compile(root);
    assertFalse(result.hasErrors(), () -> result.render(root));
    ProjectBuild.write(root.resolve("target"), result);
    long t1 = System.nanoTime();
    GoCommand.Result build = GoCommand.run(root.resolve("target"), List.of("build", "./..."));
    assertEquals(0, build.exit(), build.output());
    GoCommand.Result vet = GoCommand.run(root.resolve("target"), List.of("vet", "./..."));
    assertEquals(0, vet.exit(), vet.output());
    long t2 = System.nanoTime();
    assertTrue(calls > 1000, "calls: " + calls);
    System.out.printf("Go API coverage: %d packages, %d functions and methods called (%d skipped), compile %d ms, go build+vet %d ms%n",
        PACKAGES.size(), calls, skipped, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }

  record Generated(String source, int calls, int skipped) {}

  /** One module calling every function and method of Go package {@code pkg}. */
  static Generated generate(String pkg) throws IOException {
    String text;
    try (InputStream in = GoApiCoverageTest.class.getResourceAsStream("/typedefs/go/" + pkg + ".d.lis")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParsedFile file = Parser.parse(new SourceFile(pkg + ".d.lis", text));
    Matcher nameMatch = Pattern.compile("(?m)^// Go package ([A-Za-z0-9_]+)").matcher(text);
    String local = nameMatch.find() ? nameMatch.group(1) : pkg.substring(pkg.lastIndexOf('/') + 1);
    var own = new LinkedHashSet<String>();
    var out = new StringBuilder("import \"go:" + pkg + "\"\n");
    for (Item item : file.items()) {
      switch (item) {
        case Item.Import imp -> out.append(text, imp.span().start(), imp.span().end()).append('\n');
        case Item.Struct s -> own.add(s.name().name());
        case Item.Enum e -> own.add(e.name().name());
        case Item.ValueEnum e -> own.add(e.name().name());
        case Item.Interface i -> own.add(i.name().name());
        case Item.TypeAlias a -> own.add(a.name().name());
        default -> { }
      }
    }
    var gen = new Writer(text, local, own, out);
    for (Item item : file.items()) {
      switch (item) {
        case Item.Fn fn when fn.pub() -> gen.call(fn, List.of(), java.util.Optional.empty());
        case Item.Impl im -> {
          for (Item.Fn m : im.methods()) {
            if (m.pub()) {
              gen.call(m, im.generics(), java.util.Optional.of(im.target()));
            }
          }
        }
        case Item.Interface in -> {
          for (Item.Member member : in.members()) {
            if (member instanceof Item.Member.Method m) {
              var fn = new Item.Fn(m.span(), java.util.Optional.empty(), m.attrs(), true, m.name(), List.of(), m.params(),
                  m.returnType(), java.util.Optional.empty());
              var target = new TypeExpr.Named(in.name().span(), List.of(in.name()),
                  in.generics().stream().map(g -> (TypeExpr) new TypeExpr.Named(g.name().span(), List.of(g.name()), List.of()))
                      .toList());
              gen.call(fn, in.generics(), java.util.Optional.of(target));
            }
          }
        }
        default -> { }
      }
    }
    return new Generated(out.toString(), gen.calls, gen.skipped);
  }

  /** Writes one wrapper function per callable. */
  private static final class Writer {
    final String text;
    final String local;
    final Set<String> own;
    final StringBuilder out;
    int calls;
    int skipped;

    Writer(String text, String local, Set<String> own, StringBuilder out) {
      this.text = text;
      this.local = local;
      this.own = own;
      this.out = out;
    }

    String src(Span s) {
      return text.substring(s.start(), s.end());
    }

    /** Unbounded type parameters of the function being called, replaced by concrete types. */
    java.util.Map<String, String> concrete = java.util.Map.of();

    /** A type of the declaration file, qualified for a program importing the package. */
    String type(TypeExpr t, Set<String> generics) {
      String s = src(t.span());
      for (var e : concrete.entrySet()) {
        s = s.replaceAll("(?<![.\\w])" + Pattern.quote(e.getKey()) + "(?![\\w])", e.getValue());
      }
      for (String n : own) {
        if (!generics.contains(n)) {
          s = s.replaceAll("(?<![.\\w])" + Pattern.quote(n) + "(?![\\w])", local + "." + n);
        }
      }
      return s;
    }

    void call(Item.Fn fn, List<TypeParam> implGenerics, java.util.Optional<TypeExpr> receiver) {
      var generics = new ArrayList<String>();
      var names = new LinkedHashSet<String>();
      for (TypeParam g : implGenerics) {
        names.add(g.name().name());
        generics.add(src(g.span()));
      }
      var concrete = new java.util.HashMap<String, String>();
      for (TypeParam g : fn.generics()) {
        if (g.bounds().isEmpty()) {
          // Go may constrain it as `comparable`, which declarations cannot say (spec §24.14): use int
          concrete.put(g.name().name(), "int");
          continue;
        }
        names.add(g.name().name());
        generics.add(qualifyBounds(g, names));
      }
      this.concrete = concrete;
      var params = new ArrayList<String>();
      var args = new ArrayList<String>();
      String recv = null;
      int i = 0;
      for (Item.Param p : fn.params()) {
        String name = p.name().name();
        if (name.equals("self")) {
          String self = type(receiver.get(), names);
          String declared = p.type().map(t -> type(t, names)).orElse(self);
          params.add("recv: " + declared.replace(local + "." + local + ".", local + "."));
          recv = "recv";
          continue;
        }
        TypeExpr t = p.type().orElseThrow();
        String ts = type(t, names);
        if (t instanceof TypeExpr.Named n && n.path().size() == 1 && n.path().get(0).name().equals("VarArgs")) {
          ts = type(n.args().get(0), names);
        }
        if (ts.equals("Unknown")) {
          String u = "U" + i;
          generics.add(u);
          ts = u;
        } else if (ts.contains("Unknown")) {
          skipped++;
          return;
        }
        params.add((p.mut() ? "mut " : "") + "a" + i + ": " + ts);
        args.add("a" + i);
        i++;
      }
      if (recv == null && receiver.isPresent()) {
        // an interface method: declared without `self`
        params.add(0, "recv: " + type(receiver.get(), names));
        recv = "recv";
      }
      String callee = (recv != null ? recv : local) + "." + fn.name().name() + "(" + String.join(", ", args) + ")";
      String result = fn.returnType().map(r -> src(r.span())).orElse("()");
      out.append("\n#[allow(unused_result, unused_option, unused_partial, unused_value)]\npub fn c").append(calls).append(generics.isEmpty() ? "" : "<" + String.join(", ", generics) + ">")
          .append("(").append(String.join(", ", params)).append(") {\n");
      out.append("  ").append(callee).append("\n");
      if (!result.equals("()") && !result.equals("Never")) {
        out.append("  let _v = ").append(callee).append("\n");
      }
      out.append("}\n");
      calls++;
    }

    private String qualifyBounds(TypeParam g, Set<String> names) {
      if (g.bounds().isEmpty()) {
        return g.name().name();
      }
      return g.name().name() + ": " + String.join(" + ", g.bounds().stream().map(b -> type(b, names)).toList());
    }
  }
}

package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Attribute;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings that never block a build (spec lints.*): unused bindings, parameters and imports,
 * discarded values, `mut` never used. `#[allow(code)]` on a function silences a lint inside
 * it; names starting with `_` are never unused.
 */
final class Lints {
  private final Checker c;
  /** Bindings assigned or mutated in place (through a path, `&`, a `mut` argument). */
  final Set<Integer> mutated = new HashSet<>();
  /** Lambda parameters: unused ones are reported as unused parameters. */
  final Set<Integer> lambdaParams = new HashSet<>();
  /** Module-local names of imports that were used, per file. */
  private final Map<ParsedFile, Set<String>> usedImports = new IdentityHashMap<>();

  /** The bindings created while checking one function, with the lints it allows. */
  private record Range(int first, int end, ParsedFile file, Set<String> allowed, boolean hadErrors) {}

  private final List<Range> ranges = new ArrayList<>();
  private Set<String> allowed = Set.of();
  private int first;
  private int diagnosticsMark;

  Lints(Checker checker) {
    this.c = checker;
  }

  /** Starts a function body; {@code attrs} may hold `#[allow(unused_variable, …)]`. */
  void enterFunction(List<Attribute> attrs, int firstBinding) {
    var names = new HashSet<String>();
    for (Attribute a : attrs) {
      if (a.name().name().equals("allow")) {
        for (Attribute.Arg arg : a.args()) {
          if (arg instanceof Attribute.Arg.Flag f) {
            names.add(f.name().name());
          }
        }
      }
    }
    allowed = Set.copyOf(names);
    first = firstBinding;
    diagnosticsMark = c.diagnostics.size();
  }

  void leaveFunction(int endBinding) {
    // After an error, parts of the body were not checked: their reads are unknown.
    ranges.add(new Range(first, endBinding, c.file, allowed, c.errorsSince(diagnosticsMark)));
    allowed = Set.of();
  }

  void usedImport(String localName) {
    usedImports.computeIfAbsent(c.file, k -> new HashSet<>()).add(localName);
  }

  private void warn(String lint, String message, Span at, String label, String help) {
    if (!allowed.contains(lint)) {
      c.add(Diagnostic.warning("lint." + lint, message, at, label).withHelp(help));
    }
  }

  // ---- discarded values --------------------------------------------------------------

  /** An expression statement (or the tail of a unit block) whose value is dropped. */
  void discarded(Expr e0, Type type) {
    Expr e = Expressions.unparen(e0);
    Type t = c.shallow(type);
    switch (e) {
      case Expr.IntLit i -> literal(e);
      case Expr.FloatLit f -> literal(e);
      case Expr.StringLit s -> literal(e);
      case Expr.BoolLit b -> literal(e);
      case Expr.RuneLit r -> literal(e);
      case Expr.Name n -> value(e);
      case Expr.Binary b -> value(e);
      case Expr.Unary u -> value(e);
      case Expr.Field f -> value(e);
      case Expr.TupleField f -> value(e);
      case Expr.Index i -> value(e);
      case Expr.Tuple tu -> value(e);
      case Expr.StructLit s -> value(e);
      case Expr.SliceLit s -> value(e);
      case Expr.Lambda l -> value(e);
      case Expr.Cast cast -> value(e);
      case Expr.Call call when call.callee() instanceof Expr.Field f && c.members.get(f) instanceof Symbol.Native n
          && n.name().equals("receive") && Concurrency.isChannelOwner(n.owner()) -> {
        // `done.receive()` as a statement waits for a value or the close (spec concurrency.receive.statement).
      }
      case Expr.Call call -> {
        String kind = Type.isPrelude(t, "Result") ? "result" : Type.isPrelude(t, "Option") ? "option"
            : Type.isPrelude(t, "Partial") ? "partial" : null;
        if (kind != null && !calleeAllows(call, "unused_" + kind)) {
          String name = kind.substring(0, 1).toUpperCase() + kind.substring(1);
          warn("unused_" + kind, "unused `" + name + "`", e.span(), "this `" + name + "` is dropped",
              kind.equals("result") ? "handle the error with `match` or `?`, or discard it explicitly: `let _ = …`"
                  : "use the value, or discard it explicitly: `let _ = …`");
        }
      }
      default -> { }
    }
  }

  /**
   * `#[allow(unused_result)]` on the called function's declaration (`fmt.Println`,
   * `strings.Builder.WriteString`): its callers may drop the result (spec lints.allow-callee).
   */
  private boolean calleeAllows(Expr.Call call, String lint) {
    Expr callee = call.callee() instanceof Expr.TypeApply ta ? ta.target() : call.callee();
    Symbol s = switch (callee) {
      case Expr.Name n -> c.names.get(n);
      case Expr.Field f -> c.members.get(f);
      default -> null;
    };
    java.util.List<dev.lisette.syntax.Attribute> attrs = switch (s) {
      case Symbol.Function f -> f.decl().attrs();
      case Symbol.Method m -> m.method().decl().attrs();
      case Symbol.AssociatedFunction a -> a.method().decl().attrs();
      case null, default -> java.util.List.of();
    };
    return attrs.stream().filter(a -> a.name().name().equals("allow")).flatMap(a -> a.args().stream())
        .anyMatch(a -> a instanceof dev.lisette.syntax.Attribute.Arg.Flag f && f.name().name().equals(lint));
  }

  private void literal(Expr e) {
    warn("unused_literal", "unused literal", e.span(), "this literal does nothing", "remove it");
  }

  private void value(Expr e) {
    if (Type.lenient(c.shallow(c.expressions.typeOf(e)))) {
      return;
    }
    warn("unused_value", "unused value", e.span(), "this value is computed and dropped",
        "remove it, or bind it: `let _ = …`");
  }

  // ---- bindings and imports, at the end of the module ----------------------------------

  void report() {
    // In declaration order: the declarations map is an identity map, whose order is arbitrary.
    var entries = new ArrayList<>(c.declarations.entrySet());
    entries.sort(java.util.Comparator.comparingInt(e -> e.getValue().id()));
    for (Map.Entry<Object, Binding> entry : entries) {
      Binding b = entry.getValue();
      Range r = range(b.id());
      if (r == null || r.hadErrors() || b.name().startsWith("_") || b.name().equals("self")) {
        continue;
      }
      c.enter(r.file());
      allowed = r.allowed();
      boolean read = c.read.contains(b.id());
      switch (entry.getKey()) {
        case Item.Param p when !read -> unusedParam(b);
        case Item.Param p -> unnecessaryMut(p.mut(), b);
        case Item.Const k -> { }
        case Stmt.Let let -> {
          if (!read) {
            unusedVariable(b);
          } else {
            unnecessaryMut(let.mut(), b);
          }
        }
        default -> {
          if (!read && lambdaParams.contains(b.id())) {
            unusedParam(b);
          } else if (!read) {
            unusedVariable(b);
          }
        }
      }
    }
    allowed = Set.of();
    for (ParsedFile f : c.moduleFiles()) {
      c.enter(f);
      Set<String> used = usedImports.getOrDefault(f, Set.of());
      for (Item item : f.items()) {
        if (item instanceof Item.Import imp && c.importName(imp).filter(n -> !n.equals("_") && !used.contains(n)).isPresent()) {
          warn("unused_import", "unused import", imp.span(), "`" + imp.path() + "` is never used", "remove the import");
        }
      }
    }
  }

  private void unusedParam(Binding b) {
    warn("unused_param", "unused parameter", b.span(), "`" + b.name() + "` is never used",
        "name it `_" + b.name() + "` if it is needed for the signature");
  }

  /** `mut` that could be removed without an error (spec lints.unnecessary-mut). */
  private void unnecessaryMut(boolean mut, Binding b) {
    if (mut && !mutated.contains(b.id())) {
      warn("unnecessary_mut", "unnecessary `mut`", b.span(), "`" + b.name() + "` is never changed", "remove `mut`");
    }
  }

  private void unusedVariable(Binding b) {
    warn("unused_variable", "unused variable", b.span(), "`" + b.name() + "` is never read",
        "remove it, or name it `_" + b.name() + "`");
  }

  private Range range(int id) {
    for (Range r : ranges) {
      if (id >= r.first() && id < r.end()) {
        return r;
      }
    }
    return null;
  }
}

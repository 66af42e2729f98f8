package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file after checking: the type of every expression, what every name refers to, the
 * binding each declaration introduced (keyed by the declaring node: a `let`, parameter or
 * `for`), which bindings are ever read, and the imports in use. Maps are identity maps.
 */
public record CheckedProgram(
    ParsedFile file,
    String module,
    Map<Expr, Type> types,
    Map<Expr.Name, Symbol> names,
    Map<Expr.Field, Symbol> members,
    Map<Object, Binding> declarations,
    Set<Integer> readBindings,
    Map<Item.Import, GoPackages.Pkg> imports,
    Map<Item.Import, ModuleExports> moduleImports,
    Map<Item.Fn, Type.Fn> signatures,
    Set<String> usedPackages,
    List<Diagnostic> diagnostics) {

  public Type typeOf(Expr e) {
    Type t = types.get(e);
    if (t == null) {
      throw new IllegalStateException("no type recorded for " + e.getClass().getSimpleName() + " at " + e.span());
    }
    return t;
  }

  public boolean isRead(Binding b) {
    return readBindings.contains(b.id());
  }
}

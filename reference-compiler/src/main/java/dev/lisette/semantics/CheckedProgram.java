package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file after checking: the type of every expression and pattern (fully solved: no
 * inference variables), what every name, member, pattern path and struct literal refers to,
 * the binding each declaration introduced (keyed by the declaring node: a `let`, parameter,
 * `for`, a {@link Pattern.Binding}, a shorthand {@link Pattern.FieldPattern} or a
 * {@link Pattern.Rest}), which bindings are ever read, and the imports in use. Maps are identity
 * maps. {@code typeDecls} holds every struct and enum by {@link TypeDecl#key()} (prelude ones
 * too); {@code methods} the user methods by declaration.
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
    List<Diagnostic> diagnostics,
    Map<String, TypeDecl> typeDecls,
    Map<Item.Fn, TypeDecl.Method> methods,
    Map<Pattern, Type> patternTypes,
    Map<Object, Symbol> resolved,
    Map<Item.Const, Type> constants,
    Map<Integer, List<Type>> boundsById) {

  /** The interfaces a type parameter is bounded by (`T: Shape + Named`), possibly none. */
  public List<Type> bounds(Type.Param p) {
    return boundsById.getOrDefault(p.id(), List.of());
  }

  public Type typeOf(Expr e) {
    Type t = types.get(e);
    if (t == null) {
      throw new IllegalStateException("no type recorded for " + e.getClass().getSimpleName() + " at " + e.span());
    }
    return t;
  }

  public Type typeOf(Pattern p) {
    Type t = patternTypes.get(p);
    if (t == null) {
      throw new IllegalStateException("no type recorded for pattern at " + p.span());
    }
    return t;
  }

  /** What a pattern path/tuple-struct/struct pattern or a struct literal refers to. */
  public Symbol resolution(Object node) {
    Symbol s = resolved.get(node);
    if (s == null) {
      throw new IllegalStateException("nothing resolved for " + node.getClass().getSimpleName());
    }
    return s;
  }

  public TypeDecl decl(Type.Named n) {
    TypeDecl d = typeDecls.get(n.key());
    if (d == null) {
      throw new IllegalStateException("no declaration for " + n.key());
    }
    return d;
  }

  public boolean isRead(Binding b) {
    return readBindings.contains(b.id());
  }
}

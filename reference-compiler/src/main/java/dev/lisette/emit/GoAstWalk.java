package dev.lisette.emit;

/** Queries over generated Go expressions. */
final class GoAstWalk {
  private GoAstWalk() {}

  /** Whether {@code e} refers to the Go identifier {@code name}. */
  static boolean mentions(GoAst.Expr e, String name) {
    return switch (e) {
      case GoAst.Ident i -> i.name().equals(name);
      case GoAst.Lit l -> false;
      case GoAst.Binary b -> mentions(b.left(), name) || mentions(b.right(), name);
      case GoAst.Unary u -> mentions(u.operand(), name);
      case GoAst.Paren p -> mentions(p.inner(), name);
      case GoAst.Call c -> mentions(c.fn(), name) || c.args().stream().anyMatch(a -> mentions(a, name));
      case GoAst.Selector s -> mentions(s.target(), name);
      case GoAst.Index i -> mentions(i.target(), name) || mentions(i.index(), name);
      case GoAst.SliceExpr s -> mentions(s.target(), name) || s.lo().map(x -> mentions(x, name)).orElse(false)
          || s.hi().map(x -> mentions(x, name)).orElse(false) || s.max().map(x -> mentions(x, name)).orElse(false);
      case GoAst.FuncLit f -> true; // conservatively: a closure may capture it
      case GoAst.Composite c -> c.elements().stream().anyMatch(x -> mentions(x, name));
      case GoAst.KeyValue kv -> mentions(kv.value(), name);
    };
  }
}

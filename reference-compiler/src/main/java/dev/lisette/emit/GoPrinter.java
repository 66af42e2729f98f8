package dev.lisette.emit;

import dev.lisette.emit.GoAst.Binary;
import dev.lisette.emit.GoAst.Expr;
import dev.lisette.emit.GoAst.Stmt;
import java.util.List;
import java.util.Optional;

/**
 * Prints the Go syntax tree exactly as gofmt would lay it out, so the output needs no
 * formatter: tabs for indentation, and the spacing of binary expressions computed with
 * go/printer's rule (operators of higher precedence lose their blanks in mixed expressions,
 * and call arguments of calls with several arguments count one level deeper).
 */
public final class GoPrinter {
  private final StringBuilder out = new StringBuilder();
  private int indent;

  private GoPrinter() {}

  public static String print(GoAst.File file) {
    var p = new GoPrinter();
    p.file(file);
    return p.out.toString();
  }

  private void file(GoAst.File f) {
    out.append("package ").append(f.packageName()).append("\n");
    List<GoAst.Import> imports = f.imports().stream()
        .sorted(java.util.Comparator.comparing(GoAst.Import::path)).toList();
    if (imports.size() == 1) {
      out.append("\nimport ");
      importSpec(imports.get(0));
      out.append("\n");
    } else if (imports.size() > 1) {
      out.append("\nimport (\n");
      for (GoAst.Import i : imports) {
        out.append('\t');
        importSpec(i);
        out.append('\n');
      }
      out.append(")\n");
    }
    for (GoAst.Func fn : f.funcs()) {
      out.append('\n');
      func(fn);
    }
  }

  private void importSpec(GoAst.Import i) {
    i.alias().ifPresent(a -> out.append(a).append(' '));
    out.append('"').append(i.path()).append('"');
  }

  private void func(GoAst.Func fn) {
    out.append("func ").append(fn.name()).append('(');
    List<GoAst.Param> ps = fn.params();
    for (int i = 0; i < ps.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(ps.get(i).name());
      // Consecutive parameters of one type share it: `a, b int`.
      if (i + 1 >= ps.size() || !ps.get(i + 1).type().equals(ps.get(i).type())) {
        out.append(' ').append(ps.get(i).type());
      }
    }
    out.append(')');
    fn.result().ifPresent(r -> out.append(' ').append(r));
    out.append(' ');
    block(fn.body());
    out.append('\n');
  }

  private void block(List<Stmt> body) {
    out.append("{\n");
    indent++;
    for (Stmt s : body) {
      tabs();
      stmt(s);
      out.append('\n');
    }
    indent--;
    tabs();
    out.append('}');
  }

  private void tabs() {
    out.append("\t".repeat(indent));
  }

  private void stmt(Stmt s) {
    switch (s) {
      case GoAst.ExprStmt e -> expr0(e.expr(), 1);
      case GoAst.Define d -> {
        int depth = d.names().size() > 1 && d.values().size() > 1 ? 2 : 1;
        out.append(String.join(", ", d.names())).append(" := ");
        exprList(d.values(), depth);
      }
      case GoAst.Var v -> {
        out.append("var ").append(v.name()).append(' ').append(v.type());
        v.value().ifPresent(x -> {
          out.append(" = ");
          expr0(x, 1);
        });
      }
      case GoAst.Assign a -> {
        expr0(a.target(), 1);
        out.append(' ').append(a.op()).append(' ');
        expr0(a.value(), 1);
      }
      case GoAst.Assign2 a -> {
        int depth = a.targets().size() > 1 && a.values().size() > 1 ? 2 : 1;
        exprList(a.targets(), depth);
        out.append(" = ");
        exprList(a.values(), depth);
      }
      case GoAst.IncDec i -> {
        expr0(i.target(), 1);
        out.append(i.op());
      }
      case GoAst.Return r -> {
        out.append("return");
        r.value().ifPresent(x -> {
          out.append(' ');
          expr0(x, 1);
        });
      }
      case GoAst.If i -> {
        out.append("if ");
        expr0(stripParens(i.cond()), 1);
        out.append(' ');
        block(i.then());
        i.otherwise().ifPresent(o -> {
          out.append(" else ");
          switch (o) {
            case GoAst.If nested -> stmt(nested);
            case GoAst.Block b -> block(b.body());
            default -> throw new IllegalStateException("else must be if or block");
          }
        });
      }
      case GoAst.For f -> {
        out.append("for ");
        if (f.init().isPresent() || f.post().isPresent()) {
          f.init().ifPresent(this::stmt);
          out.append("; ");
          f.cond().ifPresent(c -> expr0(stripParens(c), 1));
          out.append("; ");
          f.post().ifPresent(this::stmt);
          out.append(' ');
        } else if (f.cond().isPresent()) {
          expr0(stripParens(f.cond().get()), 1);
          out.append(' ');
        }
        block(f.body());
      }
      case GoAst.ForRange r -> {
        out.append("for ");
        if (r.key().isPresent()) {
          out.append(r.key().get());
          r.value().ifPresent(v -> out.append(", ").append(v));
          out.append(" := ");
        }
        out.append("range ");
        expr0(r.range(), 1);
        out.append(' ');
        block(r.body());
      }
      case GoAst.Block b -> block(b.body());
      case GoAst.Break b -> out.append("break");
      case GoAst.Continue c -> out.append("continue");
    }
  }

  private static Expr stripParens(Expr e) {
    while (e instanceof GoAst.Paren p) {
      e = p.inner();
    }
    return e;
  }

  private void exprList(List<Expr> xs, int depth) {
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      expr0(xs.get(i), depth);
    }
  }

  // ---- expressions: go/printer's algorithm ----------------------------------------------

  private static final int LOWEST = 0;
  private static final int UNARY = 6;
  private static final int HIGHEST = 7;

  private void expr0(Expr x, int depth) {
    expr1(x, LOWEST, depth);
  }

  private void expr1(Expr x, int prec1, int depth) {
    switch (x) {
      case Binary b -> {
        int d = Math.max(depth, 1);
        binary(b, prec1, cutoff(b, d), d);
      }
      case GoAst.Unary u -> {
        if (UNARY < prec1) {
          out.append('(');
          expr0(u, depth);
          out.append(')');
        } else {
          out.append(u.op());
          expr1(u.operand(), UNARY, depth);
        }
      }
      case GoAst.Paren p -> {
        if (p.inner() instanceof GoAst.Paren) {
          expr0(p.inner(), depth);
        } else {
          out.append('(');
          expr0(p.inner(), reduceDepth(depth));
          out.append(')');
        }
      }
      case GoAst.Call c -> {
        int d = c.args().size() > 1 ? depth + 1 : depth;
        expr1(c.fn(), HIGHEST, d);
        out.append('(');
        exprList(c.args(), d);
        out.append(')');
      }
      case GoAst.Selector s -> {
        expr1(s.target(), HIGHEST, depth);
        out.append('.').append(s.name());
      }
      case GoAst.Ident i -> out.append(i.name());
      case GoAst.Lit l -> out.append(l.text());
      case GoAst.FuncLit f -> {
        out.append("func()");
        f.result().ifPresent(r -> out.append(' ').append(r));
        out.append(' ');
        block(f.body());
      }
      case GoAst.Composite c -> {
        out.append(c.type()).append('{');
        exprList(c.elements(), 1);
        out.append('}');
      }
    }
  }

  private static int reduceDepth(int depth) {
    return Math.max(1, depth - 1);
  }

  private void binary(Binary b, int prec1, int cutoff, int depth) {
    int prec = b.precedence();
    if (prec < prec1) {
      out.append('(');
      expr0(b, reduceDepth(depth));
      out.append(')');
      return;
    }
    boolean blank = prec < cutoff;
    expr1(b.left(), prec, depth + diffPrec(b.left(), prec));
    if (blank) {
      out.append(' ');
    }
    out.append(b.op());
    if (blank) {
      out.append(' ');
    }
    expr1(b.right(), prec + 1, depth + 1);
  }

  private static int diffPrec(Expr x, int prec) {
    return x instanceof Binary b && b.precedence() == prec ? 0 : 1;
  }

  private record Walk(boolean has4, boolean has5, int maxProblem) {}

  private static int cutoff(Binary e, int depth) {
    Walk w = walk(e);
    if (w.maxProblem > 0) {
      return w.maxProblem + 1;
    }
    if (w.has4 && w.has5) {
      return depth == 1 ? 5 : 4;
    }
    return depth == 1 ? 6 : 4;
  }

  private static Walk walk(Binary e) {
    boolean has4 = e.precedence() == 4;
    boolean has5 = e.precedence() == 5;
    int maxProblem = 0;
    if (e.left() instanceof Binary l && l.precedence() >= e.precedence()) {
      Walk w = walk(l);
      has4 |= w.has4;
      has5 |= w.has5;
      maxProblem = Math.max(maxProblem, w.maxProblem);
    }
    switch (e.right()) {
      case Binary r when r.precedence() > e.precedence() -> {
        Walk w = walk(r);
        has4 |= w.has4;
        has5 |= w.has5;
        maxProblem = Math.max(maxProblem, w.maxProblem);
      }
      case GoAst.Unary u -> {
        switch (e.op() + u.op()) {
          case "/*", "&&", "&^" -> maxProblem = 5;
          case "++", "--" -> maxProblem = Math.max(maxProblem, 4);
          default -> {}
        }
      }
      default -> {}
    }
    return new Walk(has4, has5, maxProblem);
  }

  /** Exposed for tests: prints one expression as a statement-level expression. */
  static String expression(Expr e) {
    var p = new GoPrinter();
    p.expr0(e, 1);
    return p.out.toString();
  }
}

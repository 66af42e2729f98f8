package dev.lisette.emit;

import dev.lisette.emit.GoAst.Binary;
import dev.lisette.emit.GoAst.Expr;
import java.util.List;
import java.util.Optional;

/**
 * Expressions laid out exactly as gofmt would: the spacing of binary expressions follows
 * go/printer's rule (operators of higher precedence lose their blanks in mixed expressions, and
 * arguments of calls with several arguments count one level deeper).
 */
abstract class GoExprPrinter {
  protected final StringBuilder out = new StringBuilder();
  protected int indent;
  /**
   * Set while printing the header of an `if`, `for` or `switch`, where a composite literal of a
   * named type must be parenthesized; cleared inside brackets of any kind.
   */
  protected boolean header;

  /** Prints a block `{ … }` of statements at the current indentation. */
  protected abstract void block(List<GoAst.Stmt> body);

  protected void tabs() {
    out.append("\t".repeat(indent));
  }

  /** Parameters; consecutive parameters of one type share it: `a, b int`. */
  protected void params(List<GoAst.Param> ps) {
    out.append('(');
    for (int i = 0; i < ps.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(ps.get(i).name());
      if (i + 1 >= ps.size() || !ps.get(i + 1).type().equals(ps.get(i).type())) {
        out.append(' ').append(ps.get(i).type());
      }
    }
    out.append(')');
  }

  protected void exprList(List<Expr> xs, int depth) {
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      expr0(xs.get(i), depth);
    }
  }

  private static final int LOWEST = 0;
  private static final int UNARY = 6;
  private static final int HIGHEST = 7;

  protected void expr0(Expr x, int depth) {
    expr1(x, LOWEST, depth);
  }

  /** Runs {@code body} outside of any statement header (inside brackets). */
  private void bracketed(Runnable body) {
    boolean saved = header;
    header = false;
    body.run();
    header = saved;
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
          bracketed(() -> expr0(u, depth));
          out.append(')');
        } else {
          out.append(u.op());
          int at = out.length();
          expr1(u.operand(), UNARY, depth);
          separate(u.op(), at);
        }
      }
      case GoAst.Paren p -> {
        if (p.inner() instanceof GoAst.Paren) {
          expr0(p.inner(), depth);
        } else {
          out.append('(');
          bracketed(() -> expr0(p.inner(), reduceDepth(depth)));
          out.append(')');
        }
      }
      case GoAst.Call c -> {
        int d = c.args().size() > 1 ? depth + 1 : depth;
        expr1(c.fn(), HIGHEST, d);
        out.append('(');
        bracketed(() -> exprList(c.args(), d));
        if (c.spread()) {
          out.append("...");
        }
        out.append(')');
      }
      case GoAst.Selector s -> {
        expr1(s.target(), HIGHEST, depth);
        out.append('.').append(s.name());
      }
      case GoAst.Index i -> {
        expr1(i.target(), HIGHEST, 1);
        out.append('[');
        bracketed(() -> expr0(i.index(), depth + 1));
        out.append(']');
      }
      case GoAst.SliceExpr s -> slice(s, depth);
      case GoAst.Ident i -> out.append(i.name());
      case GoAst.Lit l -> out.append(l.text());
      case GoAst.FuncLit f -> {
        out.append("func");
        params(f.params());
        f.result().ifPresent(r -> out.append(' ').append(r));
        out.append(' ');
        bracketed(() -> block(f.body()));
      }
      case GoAst.Composite c -> {
        boolean paren = header && namedType(c.type());
        if (paren) {
          out.append('(');
        }
        out.append(c.type()).append('{');
        bracketed(() -> exprList(c.elements(), 1));
        out.append('}');
        if (paren) {
          out.append(')');
        }
      }
      case GoAst.KeyValue kv -> {
        out.append(kv.key()).append(": ");
        expr0(kv.value(), 1);
      }
    }
  }

  /** A composite literal type of the TypeName form (`Point`, `lisette.Option[int]`). */
  private static boolean namedType(String type) {
    return !type.isEmpty() && (Character.isLetter(type.charAt(0)) || type.charAt(0) == '_')
        && !type.startsWith("map[") && !type.startsWith("struct{") && !type.startsWith("func(");
  }

  private void slice(GoAst.SliceExpr s, int depth) {
    expr1(s.target(), HIGHEST, 1);
    out.append('[');
    List<Optional<Expr>> indices = s.max().isPresent() ? List.of(s.lo(), s.hi(), s.max()) : List.of(s.lo(), s.hi());
    boolean blanks = false;
    if (depth <= 1) {
      long count = indices.stream().filter(Optional::isPresent).count();
      boolean binaries = indices.stream().anyMatch(i -> i.isPresent() && i.get() instanceof Binary);
      blanks = count > 1 && binaries;
    }
    boolean spaced = blanks;
    bracketed(() -> {
      for (int i = 0; i < indices.size(); i++) {
        if (i > 0) {
          if (indices.get(i - 1).isPresent() && spaced) {
            out.append(' ');
          }
          out.append(':');
          if (indices.get(i).isPresent() && spaced) {
            out.append(' ');
          }
        }
        if (indices.get(i).isPresent()) {
          expr0(indices.get(i).get(), depth + 1);
        }
      }
    });
    out.append(']');
  }

  private static int reduceDepth(int depth) {
    return Math.max(1, depth - 1);
  }

  private void binary(Binary b, int prec1, int cutoff, int depth) {
    int prec = b.precedence();
    if (prec < prec1) {
      out.append('(');
      bracketed(() -> expr0(b, reduceDepth(depth)));
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
    int at = out.length();
    expr1(b.right(), prec + 1, depth + 1);
    if (!blank) {
      separate(b.op(), at);
    }
  }

  /**
   * go/printer's mayCombine: an operator directly followed by a token that would merge with it
   * (`a - -b` printed compactly as `a--b`) gets a blank in between.
   */
  private void separate(String op, int at) {
    if (at >= out.length() || op.isEmpty()) {
      return;
    }
    char last = op.charAt(op.length() - 1);
    char next = out.charAt(at);
    boolean combine = switch (last) {
      case '+' -> next == '+';
      case '-' -> next == '-';
      case '/' -> next == '*';
      case '<' -> next == '-' || next == '<';
      case '&' -> next == '&' || next == '^';
      default -> false;
    };
    if (combine) {
      out.insert(at, ' ');
    }
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
}

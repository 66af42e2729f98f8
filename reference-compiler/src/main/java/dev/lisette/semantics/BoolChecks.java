package dev.lisette.semantics;

import dev.lisette.syntax.BinaryOp;
import dev.lisette.syntax.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `go vet`'s boolean checks, as errors, so accepted programs pass vet (spec
 * expr.logic.vet-rules): a side-effect-free operand repeated in one `&&`/`||` chain
 * (`ok && ok`), and `x != 1 || x != 2` / `x == 1 && x == 2`, which are always true / false.
 */
final class BoolChecks {
  private final Checker c;
  private final Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  BoolChecks(Checker c) {
    this.c = c;
  }

  void check(Expr.Binary b) {
    if (!b.op().isLogical() || seen.contains(b)) {
      return;
    }
    var operands = new ArrayList<Expr>();
    flatten(b, b.op(), operands);
    var byText = new HashMap<String, Expr>();
    for (Expr e : operands) {
      if (!pure(e)) {
        continue;
      }
      String key = text(e);
      if (byText.putIfAbsent(key, e) != null) {
        c.error("infer.redundant_boolean_operand", "redundant operand", e.span(),
            "`" + key + "` already appears in this `" + b.op().text() + "` chain",
            "remove the repeated operand (Go vet rejects it)");
        return;
      }
    }
    BinaryOp wanted = b.op() == BinaryOp.OR ? BinaryOp.NE : BinaryOp.EQ;
    Map<String, String> constantFor = new HashMap<>();
    for (Expr e : operands) {
      if (Expressions.unparen(e) instanceof Expr.Binary cmp && cmp.op() == wanted && pure(cmp.left())
          && literal(Expressions.unparen(cmp.right()))) {
        String subject = text(cmp.left());
        String value = text(cmp.right());
        String previous = constantFor.putIfAbsent(subject, value);
        if (previous != null && !previous.equals(value)) {
          String always = b.op() == BinaryOp.OR ? "always true" : "always false";
          c.error("infer.suspect_boolean_chain", "condition is " + always, b.span(),
              b.op() == BinaryOp.OR ? "`" + subject + "` always differs from " + previous + " or from " + value
                  : "`" + subject + "` cannot equal both " + previous + " and " + value,
              b.op() == BinaryOp.OR ? "did you mean `&&`?" : "did you mean `||`?");
          return;
        }
      }
    }
  }

  private void flatten(Expr e, BinaryOp op, List<Expr> out) {
    if (Expressions.unparen(e) instanceof Expr.Binary b && b.op() == op) {
      seen.add(b);
      flatten(b.left(), op, out);
      flatten(b.right(), op, out);
    } else {
      out.add(e);
    }
  }

  private static boolean literal(Expr e) {
    return e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.StringLit
        || e instanceof Expr.RuneLit || e instanceof Expr.BoolLit
        || (e instanceof Expr.Unary u && literal(u.operand()));
  }

  /** No calls: evaluating it twice or once is the same. */
  private static boolean pure(Expr e) {
    return switch (e) {
      case Expr.Call call -> false;
      case Expr.Paren p -> pure(p.inner());
      case Expr.Unary u -> pure(u.operand());
      case Expr.Binary b -> pure(b.left()) && pure(b.right());
      case Expr.Cast cast -> pure(cast.operand());
      case Expr.Field f -> pure(f.target());
      case Expr.Name n -> true;
      default -> literal(e);
    };
  }

  private String text(Expr e) {
    Expr u = Expressions.unparen(e);
    return withoutBlanks(c.file.source().text().substring(u.span().start(), u.span().end()));
  }

  /** The source with blanks removed outside string and rune literals (`"a b"` stays distinct from `"ab"`). */
  static String withoutBlanks(String src) {
    var out = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < src.length(); i++) {
      char ch = src.charAt(i);
      if (quote != 0) {
        out.append(ch);
        if (ch == '\\' && i + 1 < src.length()) {
          out.append(src.charAt(++i));
        } else if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
        out.append(ch);
      } else if (!Character.isWhitespace(ch)) {
        out.append(ch);
      }
    }
    return out.toString();
  }
}

package dev.lisette.conformance.property;

import java.util.List;

/**
 * The small typed expression language of the property test: a subset of Lisette over
 * {@code int}, {@code bool}, {@code string}, {@code Option<int>}, {@code Option<string>} and
 * {@code Result<int, string>}, with a printer to Lisette source.
 */
final class Ast {
  private Ast() {}

  enum Ty {
    INT("int"),
    BOOL("bool"),
    STR("string"),
    OPT_INT("Option<int>"),
    OPT_STR("Option<string>"),
    RES("Result<int, string>");

    final String src;

    Ty(String src) {
      this.src = src;
    }

    /** The payload type of an Option, the Ok type of a Result. */
    Ty payload() {
      return switch (this) {
        case OPT_INT, RES -> INT;
        case OPT_STR -> STR;
        default -> throw new IllegalStateException(this + " has no payload");
      };
    }

    boolean generic() {
      return this == OPT_INT || this == OPT_STR || this == RES;
    }

    static Ty option(Ty payload) {
      return payload == INT ? OPT_INT : OPT_STR;
    }
  }

  enum Op {
    ADD("+", 6), SUB("-", 6), MUL("*", 7), DIV("/", 7), MOD("%", 7), CONCAT("+", 6),
    EQ("==", 4), NE("!=", 4), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
    AND("&&", 3), OR("||", 2);

    final String src;
    final int prec;

    Op(String src, int prec) {
      this.src = src;
      this.prec = prec;
    }

    boolean arithmetic() {
      return this == ADD || this == SUB || this == MUL || this == DIV || this == MOD;
    }
  }

  sealed interface Expr permits IntLit, BoolLit, StrLit, Var, Neg, Not, Bin, Call, SomeE, NoneE, OkE, ErrE,
      If, Match, Lambda {}

  record IntLit(long value) implements Expr {}

  record BoolLit(boolean value) implements Expr {}

  record StrLit(String value) implements Expr {}

  record Var(String name, Ty ty) implements Expr {}

  record Neg(Expr operand) implements Expr {}

  record Not(Expr operand) implements Expr {}

  record Bin(Op op, Expr left, Expr right) implements Expr {}

  /** A prelude method call {@code recv.method(args)} on a receiver of type {@code on}. */
  record Call(Expr receiver, Ty on, String method, List<Expr> args) implements Expr {}

  record SomeE(Expr payload) implements Expr {}

  record NoneE() implements Expr {}

  record OkE(Expr payload) implements Expr {}

  record ErrE(Expr payload) implements Expr {}

  /** {@code if cond { then } else { otherwise }}; an else block that is only an {@code if} prints as {@code else if}. */
  record If(Expr cond, Block then, Block otherwise) implements Expr {}

  record Match(Expr scrutinee, List<Arm> arms) implements Expr {}

  /**
   * {@code |p| body}, {@code |p: T| body}, {@code || body} (param null), or with a result type
   * {@code |p| -> R { … }} (then the body is printed as a block).
   */
  record Lambda(String param, Ty paramTy, boolean annotateParam, Ty result, Block body) implements Expr {}

  record Block(List<Let> lets, Expr tail) {}

  record Let(String name, Ty ty, boolean annotate, Expr init) {}

  record Arm(Pat pattern, Expr guard, Block body) {}

  sealed interface Pat permits PWild, PBind, PInt, PBool, PStr, PSome, PNone, POk, PErr, POr {}

  record PWild() implements Pat {}

  record PBind(String name, Ty ty) implements Pat {}

  record PInt(long value) implements Pat {}

  record PBool(boolean value) implements Pat {}

  record PStr(String value) implements Pat {}

  record PSome(Pat inner) implements Pat {}

  record PNone() implements Pat {}

  record POk(Pat inner) implements Pat {}

  record PErr(Pat inner) implements Pat {}

  record POr(List<Pat> alternatives) implements Pat {}

  // ---------------------------------------------------------------- printing

  /** The source of an expression, with the parentheses precedence needs and no others. */
  static String print(Expr e) {
    var sb = new StringBuilder();
    print(e, sb);
    return sb.toString();
  }

  static String print(Let let) {
    return "let " + let.name() + (let.annotate() ? ": " + let.ty().src : "") + " = " + print(let.init());
  }

  private static int prec(Expr e) {
    return switch (e) {
      case Bin b -> b.op().prec;
      case Neg n -> 9;
      case Not n -> 9;
      case IntLit i -> i.value() < 0 ? 9 : 10;
      case If i -> 0;
      case Match m -> 0;
      case Lambda l -> 0;
      default -> 10;
    };
  }

  private static void print(Expr e, StringBuilder sb) {
    switch (e) {
      case IntLit i -> sb.append(i.value());
      case BoolLit b -> sb.append(b.value());
      case StrLit s -> sb.append(quoteLisette(s.value()));
      case Var v -> sb.append(v.name());
      case Neg n -> {
        sb.append('-');
        operand(n.operand(), 10, sb);
      }
      case Not n -> {
        sb.append('!');
        operand(n.operand(), 10, sb);
      }
      case Bin b -> {
        operand(b.left(), b.op().prec, sb);
        sb.append(' ').append(b.op().src).append(' ');
        operand(b.right(), b.op().prec + 1, sb);
      }
      case Call c -> {
        operand(c.receiver(), 10, sb);
        sb.append('.').append(c.method()).append('(');
        for (int i = 0; i < c.args().size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          print(c.args().get(i), sb);
        }
        sb.append(')');
      }
      case SomeE s -> wrap("Some", s.payload(), sb);
      case NoneE n -> sb.append("None");
      case OkE o -> wrap("Ok", o.payload(), sb);
      case ErrE er -> wrap("Err", er.payload(), sb);
      case If i -> {
        sb.append("if ");
        print(i.cond(), sb);
        sb.append(' ');
        block(i.then(), sb);
        sb.append(" else ");
        if (i.otherwise().lets().isEmpty() && i.otherwise().tail() instanceof If) {
          print(i.otherwise().tail(), sb);
        } else {
          block(i.otherwise(), sb);
        }
      }
      case Match m -> {
        sb.append("match ");
        print(m.scrutinee(), sb);
        sb.append(" { ");
        for (int i = 0; i < m.arms().size(); i++) {
          Arm a = m.arms().get(i);
          if (i > 0) {
            sb.append(", ");
          }
          pattern(a.pattern(), sb);
          if (a.guard() != null) {
            sb.append(" if ");
            print(a.guard(), sb);
          }
          sb.append(" => ");
          if (a.body().lets().isEmpty()) {
            print(a.body().tail(), sb);
          } else {
            block(a.body(), sb);
          }
        }
        sb.append(" }");
      }
      case Lambda l -> {
        if (l.param() == null) {
          sb.append("||");
        } else {
          sb.append('|').append(l.param());
          if (l.annotateParam()) {
            sb.append(": ").append(l.paramTy().src);
          }
          sb.append('|');
        }
        sb.append(' ');
        if (l.result() != null) {
          sb.append("-> ").append(l.result().src).append(' ');
          block(l.body(), sb);
        } else if (l.body().lets().isEmpty()) {
          print(l.body().tail(), sb);
        } else {
          block(l.body(), sb);
        }
      }
    }
  }

  private static void wrap(String ctor, Expr payload, StringBuilder sb) {
    sb.append(ctor).append('(');
    print(payload, sb);
    sb.append(')');
  }

  /** Prints {@code e}, parenthesised when it binds less tightly than {@code minPrec}. */
  private static void operand(Expr e, int minPrec, StringBuilder sb) {
    if (prec(e) < minPrec) {
      sb.append('(');
      print(e, sb);
      sb.append(')');
    } else {
      print(e, sb);
    }
  }

  private static void block(Block b, StringBuilder sb) {
    sb.append("{ ");
    for (Let let : b.lets()) {
      sb.append(print(let)).append("; ");
    }
    print(b.tail(), sb);
    sb.append(" }");
  }

  private static void pattern(Pat p, StringBuilder sb) {
    switch (p) {
      case PWild w -> sb.append('_');
      case PBind b -> sb.append(b.name());
      case PInt i -> sb.append(i.value());
      case PBool b -> sb.append(b.value());
      case PStr s -> sb.append(quoteLisette(s.value()));
      case PSome s -> {
        sb.append("Some(");
        pattern(s.inner(), sb);
        sb.append(')');
      }
      case PNone n -> sb.append("None");
      case POk o -> {
        sb.append("Ok(");
        pattern(o.inner(), sb);
        sb.append(')');
      }
      case PErr er -> {
        sb.append("Err(");
        pattern(er.inner(), sb);
        sb.append(')');
      }
      case POr or -> {
        for (int i = 0; i < or.alternatives().size(); i++) {
          if (i > 0) {
            sb.append(" | ");
          }
          pattern(or.alternatives().get(i), sb);
        }
      }
    }
  }

  /** A Lisette string literal for an ASCII string. */
  static String quoteLisette(String s) {
    var sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> {
          if (ch < 0x20 || ch == 0x7f) {
            sb.append(String.format("\\x%02x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}

package dev.lisette.conformance.property;

import dev.lisette.conformance.property.Ast.Arm;
import dev.lisette.conformance.property.Ast.Bin;
import dev.lisette.conformance.property.Ast.Block;
import dev.lisette.conformance.property.Ast.BoolLit;
import dev.lisette.conformance.property.Ast.Call;
import dev.lisette.conformance.property.Ast.ErrE;
import dev.lisette.conformance.property.Ast.Expr;
import dev.lisette.conformance.property.Ast.If;
import dev.lisette.conformance.property.Ast.IntLit;
import dev.lisette.conformance.property.Ast.Lambda;
import dev.lisette.conformance.property.Ast.Let;
import dev.lisette.conformance.property.Ast.Match;
import dev.lisette.conformance.property.Ast.Neg;
import dev.lisette.conformance.property.Ast.NoneE;
import dev.lisette.conformance.property.Ast.Not;
import dev.lisette.conformance.property.Ast.OkE;
import dev.lisette.conformance.property.Ast.Pat;
import dev.lisette.conformance.property.Ast.SomeE;
import dev.lisette.conformance.property.Ast.StrLit;
import dev.lisette.conformance.property.Ast.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the value of an expression with Go's semantics and formats it the way a Lisette
 * program prints it with {@code fmt.Println}. Independent of the compiler: it only knows the
 * language brief (int64 arithmetic that wraps, division truncating toward zero, byte-wise
 * string comparison, prelude Option/Result methods, values printed in Lisette syntax).
 */
final class Evaluator {
  private Evaluator() {}

  sealed interface Val permits VInt, VBool, VStr, VOpt, VRes, VFun {}

  record VInt(long v) implements Val {}

  record VBool(boolean v) implements Val {}

  record VStr(String v) implements Val {}

  /** {@code Some(value)}, or {@code None} when value is null. */
  record VOpt(Val value) implements Val {}

  record VRes(boolean ok, Val value) implements Val {}

  record VFun(Lambda lambda, Env env) implements Val {}

  /** Variables of the enclosing scopes (names are unique in a generated program). */
  static final class Env {
    private final Env parent;
    private final Map<String, Val> vars = new HashMap<>();

    Env(Env parent) {
      this.parent = parent;
    }

    Val get(String name) {
      for (Env e = this; e != null; e = e.parent) {
        Val v = e.vars.get(name);
        if (v != null) {
          return v;
        }
      }
      throw new IllegalStateException("unbound variable " + name);
    }

    void put(String name, Val v) {
      vars.put(name, v);
    }
  }

  static void let(Let let, Env env) {
    env.put(let.name(), eval(let.init(), env));
  }

  static Val block(Block b, Env outer) {
    var env = new Env(outer);
    for (Let let : b.lets()) {
      let(let, env);
    }
    return eval(b.tail(), env);
  }

  static Val eval(Expr e, Env env) {
    return switch (e) {
      case IntLit i -> new VInt(i.value());
      case BoolLit b -> new VBool(b.value());
      case StrLit s -> new VStr(s.value());
      case Var v -> env.get(v.name());
      case Neg n -> new VInt(-integer(eval(n.operand(), env)));
      case Not n -> new VBool(!bool(eval(n.operand(), env)));
      case Bin b -> binary(b, env);
      case SomeE s -> new VOpt(eval(s.payload(), env));
      case NoneE n -> new VOpt(null);
      case OkE o -> new VRes(true, eval(o.payload(), env));
      case ErrE er -> new VRes(false, eval(er.payload(), env));
      case If i -> bool(eval(i.cond(), env)) ? block(i.then(), env) : block(i.otherwise(), env);
      case Match m -> match(m, env);
      case Lambda l -> new VFun(l, env);
      case Call c -> call(c, env);
    };
  }

  private static Val binary(Bin b, Env env) {
    switch (b.op()) {
      case AND -> {
        return new VBool(bool(eval(b.left(), env)) && bool(eval(b.right(), env)));
      }
      case OR -> {
        return new VBool(bool(eval(b.left(), env)) || bool(eval(b.right(), env)));
      }
      default -> {
      }
    }
    Val l = eval(b.left(), env);
    Val r = eval(b.right(), env);
    return switch (b.op()) {
      // Java long arithmetic is two's complement and wraps like Go's int (int64); / and %
      // truncate toward zero, MIN / -1 == MIN and MIN % -1 == 0 as in Go.
      case ADD -> new VInt(integer(l) + integer(r));
      case SUB -> new VInt(integer(l) - integer(r));
      case MUL -> new VInt(integer(l) * integer(r));
      case DIV -> new VInt(integer(l) / integer(r));
      case MOD -> new VInt(integer(l) % integer(r));
      case CONCAT -> new VStr(string(l) + string(r));
      case EQ -> new VBool(l.equals(r));
      case NE -> new VBool(!l.equals(r));
      case LT -> new VBool(compare(l, r) < 0);
      case LE -> new VBool(compare(l, r) <= 0);
      case GT -> new VBool(compare(l, r) > 0);
      case GE -> new VBool(compare(l, r) >= 0);
      case AND, OR -> throw new IllegalStateException();
    };
  }

  /** Ordering: numbers by value, strings by bytes (ASCII: by chars), false < true. */
  private static int compare(Val l, Val r) {
    return switch (l) {
      case VInt i -> Long.compare(i.v(), integer(r));
      case VStr s -> compareBytes(s.v(), string(r));
      case VBool b -> Boolean.compare(b.v(), bool(r));
      default -> throw new IllegalStateException("not ordered: " + l);
    };
  }

  private static int compareBytes(String a, String b) {
    byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }

  private static Val apply(Val f, Val arg) {
    VFun fun = (VFun) f;
    var env = new Env(fun.env());
    if (fun.lambda().param() != null) {
      env.put(fun.lambda().param(), arg);
    }
    return block(fun.lambda().body(), env);
  }

  private static Val call(Call c, Env env) {
    Val recv = eval(c.receiver(), env);
    List<Expr> args = c.args();
    Val a0 = args.isEmpty() ? null : eval(args.get(0), env);
    String m = c.method();
    if (recv instanceof VStr s) {
      return switch (m) {
        case "length" -> new VInt(s.v().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        case "contains" -> new VBool(s.v().contains(string(a0)));
        case "starts_with" -> new VBool(s.v().startsWith(string(a0)));
        default -> throw new IllegalStateException("string." + m);
      };
    }
    if (recv instanceof VOpt o) {
      boolean some = o.value() != null;
      return switch (m) {
        case "is_some" -> new VBool(some);
        case "is_none" -> new VBool(!some);
        case "unwrap_or" -> some ? o.value() : a0;
        case "map" -> some ? new VOpt(apply(a0, o.value())) : o;
        case "and_then" -> some ? apply(a0, o.value()) : o;
        case "filter" -> some && bool(apply(a0, o.value())) ? o : new VOpt(null);
        case "or_else" -> some ? o : apply(a0, null);
        case "ok_or" -> some ? new VRes(true, o.value()) : new VRes(false, a0);
        default -> throw new IllegalStateException("Option." + m);
      };
    }
    if (recv instanceof VRes r) {
      return switch (m) {
        case "is_ok" -> new VBool(r.ok());
        case "is_err" -> new VBool(!r.ok());
        case "unwrap_or" -> r.ok() ? r.value() : a0;
        case "map" -> r.ok() ? new VRes(true, apply(a0, r.value())) : r;
        case "map_err" -> r.ok() ? r : new VRes(false, apply(a0, r.value()));
        case "and_then" -> r.ok() ? apply(a0, r.value()) : r;
        case "ok" -> new VOpt(r.ok() ? r.value() : null);
        case "err" -> new VOpt(r.ok() ? null : r.value());
        default -> throw new IllegalStateException("Result." + m);
      };
    }
    throw new IllegalStateException("no method " + m + " on " + recv);
  }

  private static Val match(Match m, Env env) {
    Val v = eval(m.scrutinee(), env);
    for (Arm arm : m.arms()) {
      var armEnv = new Env(env);
      if (matches(arm.pattern(), v, armEnv) && (arm.guard() == null || bool(eval(arm.guard(), armEnv)))) {
        return block(arm.body(), armEnv);
      }
    }
    throw new IllegalStateException("no arm matches " + v + " in a generated (exhaustive) match");
  }

  private static boolean matches(Pat p, Val v, Env env) {
    return switch (p) {
      case Ast.PWild w -> true;
      case Ast.PBind b -> {
        env.put(b.name(), v);
        yield true;
      }
      case Ast.PInt i -> integer(v) == i.value();
      case Ast.PBool b -> bool(v) == b.value();
      case Ast.PStr s -> string(v).equals(s.value());
      case Ast.PSome s -> ((VOpt) v).value() != null && matches(s.inner(), ((VOpt) v).value(), env);
      case Ast.PNone n -> ((VOpt) v).value() == null;
      case Ast.POk o -> ((VRes) v).ok() && matches(o.inner(), ((VRes) v).value(), env);
      case Ast.PErr er -> !((VRes) v).ok() && matches(er.inner(), ((VRes) v).value(), env);
      case Ast.POr or -> or.alternatives().stream().anyMatch(alt -> matches(alt, v, env));
    };
  }

  private static long integer(Val v) {
    return ((VInt) v).v();
  }

  private static boolean bool(Val v) {
    return ((VBool) v).v();
  }

  private static String string(Val v) {
    return ((VStr) v).v();
  }

  // ---------------------------------------------------------------- formatting

  /** How {@code fmt.Println(v)} prints a value: strings raw at top level, quoted inside payloads. */
  static String format(Val v) {
    return v instanceof VStr s ? s.v() : payload(v);
  }

  /** The prelude's FormatValue: strings as Go strconv.Quote, everything else with %v. */
  private static String payload(Val v) {
    return switch (v) {
      case VInt i -> Long.toString(i.v());
      case VBool b -> Boolean.toString(b.v());
      case VStr s -> goQuote(s.v());
      case VOpt o -> o.value() == null ? "None" : "Some(" + payload(o.value()) + ")";
      case VRes r -> (r.ok() ? "Ok(" : "Err(") + payload(r.value()) + ")";
      case VFun f -> throw new IllegalStateException("functions are not printed");
    };
  }

  /** Go's strconv.Quote for ASCII text. */
  static String goQuote(String s) {
    var sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case 0x07 -> sb.append("\\a");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case 0x0b -> sb.append("\\v");
        default -> {
          if (ch < 0x20 || ch == 0x7f) {
            sb.append(String.format("\\x%02x", (int) ch));
          } else if (ch > 0x7f) {
            throw new IllegalArgumentException("the generator makes ASCII strings only");
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}

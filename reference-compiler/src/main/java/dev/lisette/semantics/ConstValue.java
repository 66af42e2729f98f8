package dev.lisette.semantics;

import dev.lisette.syntax.BinaryOp;
import dev.lisette.syntax.Expr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The exact value of an expression made only of literals and operators. Go evaluates such
 * expressions at compile time, exactly, and rejects results that do not fit their type; the
 * checker mirrors that so accepted programs always build (spec types.constant-expressions).
 */
public sealed interface ConstValue {
  record Int(BigInteger value) implements ConstValue {}

  record Float(BigDecimal value) implements ConstValue {}

  static Optional<ConstValue> of(Expr e, Map<Expr, Type> types) {
    return of(e, types, n -> Optional.empty());
  }

  /** As above; {@code constants} gives the initializer of a name that denotes a constant (Go folds those too). */
  static Optional<ConstValue> of(Expr e, Map<Expr, Type> types, Function<Expr.Name, Optional<Expr>> constants) {
    try {
      return Optional.ofNullable(eval(e, types, constants, 0));
    } catch (ArithmeticException ex) {
      return Optional.empty();
    }
  }

  private static ConstValue eval(Expr e, Map<Expr, Type> types, Function<Expr.Name, Optional<Expr>> constants, int depth) {
    if (depth > 100) {
      return null;
    }
    Type t = types.get(e);
    boolean floatTyped = t != null && Type.isFloat(t);
    return switch (e) {
      case Expr.IntLit lit -> {
        BigInteger v = parseInt(lit.text());
        yield floatTyped ? new Float(new BigDecimal(v)) : new Int(v);
      }
      case Expr.RuneLit r -> new Int(BigInteger.valueOf(r.value()));
      case Expr.FloatLit f -> new Float(new BigDecimal(f.text().replace("_", "")));
      case Expr.Paren p -> eval(p.inner(), types, constants, depth + 1);
      case Expr.Name n -> {
        ConstValue v = constants.apply(n).map(init -> eval(init, types, constants, depth + 1)).orElse(null);
        yield v instanceof Int i && floatTyped ? new Float(new BigDecimal(i.value())) : v;
      }
      case Expr.Unary u when u.op() == dev.lisette.syntax.UnaryOp.NEG -> {
        ConstValue v = eval(u.operand(), types, constants, depth + 1);
        yield switch (v) {
          case null -> null;
          case Int i -> new Int(i.value().negate());
          case Float f -> new Float(f.value().negate());
        };
      }
      case Expr.Binary b when b.op().isArithmetic() -> {
        ConstValue l = eval(b.left(), types, constants, depth + 1);
        ConstValue r = eval(b.right(), types, constants, depth + 1);
        if (l == null || r == null) {
          yield null;
        }
        yield arith(b.op(), l, r);
      }
      case Expr.Cast c -> {
        ConstValue v = eval(c.operand(), types, constants, depth + 1);
        if (v == null || t == null) {
          yield null;
        }
        if (Type.isInteger(t)) {
          yield v instanceof Float f ? new Int(f.value().toBigInteger()) : v;
        }
        if (Type.isFloat(t)) {
          yield v instanceof Int i ? new Float(new BigDecimal(i.value())) : v;
        }
        yield null;
      }
      default -> null;
    };
  }

  private static ConstValue arith(BinaryOp op, ConstValue l, ConstValue r) {
    if (l instanceof Int a && r instanceof Int b) {
      BigInteger x = a.value();
      BigInteger y = b.value();
      return switch (op) {
        case ADD -> new Int(x.add(y));
        case SUB -> new Int(x.subtract(y));
        case MUL -> new Int(x.multiply(y));
        case DIV -> y.signum() == 0 ? null : new Int(x.divide(y));
        case REM -> y.signum() == 0 ? null : new Int(x.remainder(y));
        default -> null;
      };
    }
    BigDecimal x = toDecimal(l);
    BigDecimal y = toDecimal(r);
    return switch (op) {
      case ADD -> new Float(x.add(y));
      case SUB -> new Float(x.subtract(y));
      case MUL -> new Float(x.multiply(y));
      case DIV -> y.signum() == 0 ? null : new Float(x.divide(y, MathContext.DECIMAL128));
      default -> null;
    };
  }

  private static BigDecimal toDecimal(ConstValue v) {
    return switch (v) {
      case Int i -> new BigDecimal(i.value());
      case Float f -> f.value();
    };
  }

  default boolean isZero() {
    return switch (this) {
      case Int i -> i.value().signum() == 0;
      case Float f -> f.value().signum() == 0;
    };
  }

  /** Parses any integer literal form: decimal, 0x, 0o, 0b, legacy octal, with `_`. */
  static BigInteger parseInt(String text) {
    String s = text.replace("_", "");
    if (s.length() > 1 && s.charAt(0) == '0') {
      char p = Character.toLowerCase(s.charAt(1));
      if (p == 'x') {
        return new BigInteger(s.substring(2), 16);
      }
      if (p == 'o') {
        return new BigInteger(s.substring(2), 8);
      }
      if (p == 'b') {
        return new BigInteger(s.substring(2), 2);
      }
      return new BigInteger(s.substring(1), 8);
    }
    return new BigInteger(s);
  }

  /** The range of an integer type. */
  static BigInteger min(Type.Prim p) {
    return p.isUnsigned() ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(p.bits() - 1).negate();
  }

  static BigInteger max(Type.Prim p) {
    return p.isUnsigned() ? BigInteger.ONE.shiftLeft(p.bits()).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(p.bits() - 1).subtract(BigInteger.ONE);
  }
}

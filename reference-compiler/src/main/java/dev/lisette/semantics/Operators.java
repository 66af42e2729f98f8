package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.BinaryOp;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.UnaryOp;
import java.util.Optional;

/** Unary and binary operators and casts (spec expressions.operators, types.cast). */
final class Operators {
  private final Checker c;
  private final Expressions ex;
  private final BoolChecks bools;

  Operators(Checker checker, Expressions expressions) {
    this.c = checker;
    this.ex = expressions;
    this.bools = new BoolChecks(checker);
  }

  Type unary(Expr.Unary u, Optional<Type> hint) {
    if (!ex.subExpression(u.operand())) {
      return Type.Error.ERROR;
    }
    return switch (u.op()) {
      case NEG -> {
        Expr operand = u.operand();
        Type t;
        if (operand instanceof Expr.IntLit lit) {
          t = ex.intLiteral(lit, hint, true);
          ex.record(lit, t);
        } else if (operand instanceof Expr.FloatLit f) {
          t = ex.floatLiteral(f, hint, true);
          ex.record(f, t);
        } else {
          t = ex.infer(operand, hint);
        }
        if (Type.lenient(t)) {
          yield t;
        }
        if (!Type.isNumeric(numericView(t))) {
          c.error("infer.type_mismatch", "invalid operation", u.span(), "cannot negate `" + t + "`", "`-` needs a number");
          yield Type.Error.ERROR;
        }
        boolean zero = operand instanceof Expr.IntLit lit && ConstValue.parseInt(lit.text()).signum() == 0;
        if (Type.prim(numericView(t)).isUnsigned() && !zero) {
          c.error("infer.cannot_negate_unsigned", "cannot negate unsigned type", u.span(),
              "`" + t + "` has no negative values", "use a signed type such as `int`");
          yield Type.Error.ERROR;
        }
        yield t;
      }
      case NOT -> {
        Type t = ex.coerce(u.operand(), Type.Prim.BOOL);
        yield Type.lenient(t) || Type.same(t, Type.Prim.BOOL) ? Type.Prim.BOOL : Type.Error.ERROR;
      }
      case REF -> ex.data().reference(u);
    };
  }

  /** Literals and arithmetic over literals: their type comes from the other operand. */
  static boolean literalLike(Expr e) {
    return switch (e) {
      case Expr.IntLit i -> true;
      case Expr.FloatLit f -> true;
      case Expr.RuneLit r -> true;
      case Expr.Paren p -> literalLike(p.inner());
      case Expr.Unary u -> u.op() == UnaryOp.NEG && literalLike(u.operand());
      case Expr.Binary b -> b.op().isArithmetic() && literalLike(b.left()) && literalLike(b.right());
      default -> false;
    };
  }

  private static boolean containsFloatLiteral(Expr e) {
    return switch (e) {
      case Expr.FloatLit f -> true;
      case Expr.Paren p -> containsFloatLiteral(p.inner());
      case Expr.Unary u -> containsFloatLiteral(u.operand());
      case Expr.Binary b -> containsFloatLiteral(b.left()) || containsFloatLiteral(b.right());
      default -> false;
    };
  }

  /** Checks two operands that must have the same type; returns that type. */
  Type operands(Expr left, Expr right, Optional<Type> hint) {
    return operands(left, right, hint, t -> true, t -> { });
  }

  /**
   * As above; when the first operand's type is not {@code acceptable} for the operator,
   * {@code reject} reports it and the other operand is not compared (one error, not two).
   */
  private Type operands(Expr left, Expr right, Optional<Type> hint,
      java.util.function.Predicate<Type> acceptable, java.util.function.Consumer<Type> reject) {
    boolean okL = ex.subExpression(left);
    boolean okR = ex.subExpression(right);
    if (!okL || !okR) {
      if (okL) {
        ex.infer(left, hint);
      }
      if (okR) {
        ex.infer(right, hint);
      }
      return Type.Error.ERROR;
    }
    boolean litL = literalLike(left);
    boolean litR = literalLike(right);
    if (litL && litR && hint.isEmpty() && (containsFloatLiteral(left) || containsFloatLiteral(right))) {
      hint = Optional.of(Type.Prim.FLOAT64);
    }
    if (litL && !litR) {
      Type tr = ex.infer(right, hint);
      if (tr instanceof Type.Var) {
        return operand(left, tr);
      }
      if (!Type.lenient(tr) && !acceptable.test(tr)) {
        ex.infer(left, Optional.empty());
        reject.accept(tr);
        return Type.Error.ERROR;
      }
      Type tl = operand(left, tr);
      return Type.lenient(tr) ? tl : tr;
    }
    Type tl = ex.infer(left, hint);
    if (tl instanceof Type.Var) {
      return operand(right, tl);
    }
    if (!Type.lenient(tl) && !acceptable.test(tl)) {
      ex.infer(right, Optional.empty());
      reject.accept(tl);
      return Type.Error.ERROR;
    }
    operand(right, tl);
    return tl;
  }

  Type operand(Expr e, Type other) {
    if (Type.lenient(other)) {
      return ex.infer(e, Optional.empty());
    }
    if (c.shallow(other) instanceof Type.Var) {
      Type t = ex.infer(e, Optional.empty());
      if (!c.unify(other, t)) {
        c.mismatch(e.span(), other, t, null);
      }
      return c.shallow(t);
    }
    Type t = ex.infer(e, Optional.of(other));
    if (namedMix && (namedUnderlying(c, t).isPresent() || namedUnderlying(c, other).isPresent())
        && Type.isNumeric(numericView(c.shallow(t))) && Type.isNumeric(numericView(c.shallow(other)))) {
      return t; // judged by `mixed` once both operands are typed
    }
    if (!Type.lenient(t) && !c.unify(t, other)) {
      c.mismatch(e.span(), other, t, Expressions.conversionHelp(t, other));
      return Type.Error.ERROR;
    }
    return t;
  }

  Type binary(Expr.Binary b, Optional<Type> hint) {
    boolean outer = namedMix;
    namedMix = b.op().isArithmetic();
    try {
      return checkBinary(b, hint);
    } finally {
      namedMix = outer;
    }
  }

  private Type checkBinary(Expr.Binary b, Optional<Type> hint) {
    BinaryOp op = b.op();
    if (op.isLogical()) {
      bools.check(b);
      ex.noPropagation(b.left());
      ex.noPropagation(b.right());
      boolean okL = ex.subExpression(b.left());
      boolean okR = ex.subExpression(b.right());
      if (okL) {
        ex.coerce(b.left(), Type.Prim.BOOL);
      }
      if (okR) {
        ex.coerce(b.right(), Type.Prim.BOOL);
      }
      return Type.Prim.BOOL;
    }
    if (op.isComparison()) {
      operands(b.left(), b.right(), Optional.empty(), t -> comparableOk(b.op(), t), t -> comparable(b, t));
      return Type.Prim.BOOL;
    }
    Type t = operands(b.left(), b.right(), hint.filter(h -> Type.isNumeric(h) || h == Type.Prim.STRING),
        x -> arithmeticOk(op, numericView(x)), x -> arithmeticAllowed(op, x, b.span(), b.opSpan()));
    if (Type.lenient(t)) {
      return t;
    }
    Type lt = c.shallow(c.types.getOrDefault(b.left(), t));
    Type rt = c.shallow(c.types.getOrDefault(b.right(), t));
    if (namedUnderlying(c, lt).isPresent() || namedUnderlying(c, rt).isPresent()) {
      boolean namedLeft = namedUnderlying(c, lt).isPresent();
      return mixed(b, namedLeft ? lt : rt, namedLeft ? rt : lt, !namedLeft);
    }
    divisionByZero(op, b.right());
    return t;
  }

  /** The underlying type of a Go named numeric type (`time.Duration` → `int64`), if {@code t} is one. */
  static Optional<Type> namedUnderlying(Checker c, Type t) {
    if (c.shallow(t) instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.ValueEnum v
        && Type.isNumeric(v.underlying())) {
      return Optional.of(v.underlying());
    }
    return Optional.empty();
  }

  /** While checking arithmetic: a named numeric type and a plain number may meet (see {@link #mixed}). */
  private boolean namedMix;

  /** A named numeric type as its underlying type, for the operator rules. */
  private Type numericView(Type t) {
    return namedUnderlying(c, t).orElse(t);
  }

  /**
   * Arithmetic involving a Go named numeric type (spec interop.named-numeric): `Named op plain`
   * and `plain op Named` give `Named`, `Named / Named` gives the underlying type, other
   * `Named op Named` keep `Named`; `plain / Named` and `plain % Named` are rejected, and so are
   * two different named types and a plain type of another family. {@code named} is the named
   * operand's type, {@code other} the other's.
   */
  private Type mixed(Expr.Binary b, Type named, Type other, boolean namedOnRight) {
    Type underlying = namedUnderlying(c, named).get();
    Optional<Type> otherUnderlying = namedUnderlying(c, other);
    BinaryOp op = b.op();
    if (otherUnderlying.isPresent()) {
      if (!c.shallow(other).equals(c.shallow(named))) {
        c.error("infer.incompatible_named_numeric_types", "mismatched named types", b.span(),
            "`" + named + "` and `" + other + "` are different types", "convert one of them with `as`");
        return Type.Error.ERROR;
      }
      if (!arithmeticOk(op, underlying)) {
        arithmeticAllowed(op, named, b.span(), b.opSpan());
        return Type.Error.ERROR;
      }
      divisionByZero(op, b.right());
      if ((op == BinaryOp.DIV || op == BinaryOp.REM) && literalLike(b.left()) && !literalLike(b.right())) {
        c.error("infer.invalid_division_order", "invalid operation", b.span(),
            "a plain number cannot be divided by `" + named + "`", "divide the `" + named + "` value instead, or cast it");
        return Type.Error.ERROR;
      }
      // Duration / Duration is a ratio; a literal operand is a plain number (`d / 2` is a Duration)
      boolean literal = literalLike(b.left()) || literalLike(b.right());
      return op == BinaryOp.DIV && !literal ? underlying : named;
    }
    if (namedOnRight && (op == BinaryOp.DIV || op == BinaryOp.REM)) {
      c.error("infer.invalid_division_order", "invalid operation", b.span(),
          "a plain number cannot be divided by `" + named + "`", "divide the `" + named + "` value instead, or cast it");
      return Type.Error.ERROR;
    }
    Type.Prim pu = Type.prim(underlying);
    Type.Prim po = Type.prim(c.shallow(other));
    if (po == null || !po.isNumeric() || family(pu) != family(po)) {
      c.error("infer.type_mismatch", "mismatched types", b.span(),
          "`" + named + "` (" + underlying + ") cannot be combined with `" + other + "`", "convert with `as`");
      return Type.Error.ERROR;
    }
    if (!arithmeticOk(op, underlying)) {
      arithmeticAllowed(op, named, b.span(), b.opSpan());
      return Type.Error.ERROR;
    }
    divisionByZero(op, b.right());
    return named;
  }

  private static int family(Type.Prim p) {
    return p.isFloat() ? 2 : p.isComplex() ? 3 : p.isUnsigned() ? 1 : 0;
  }

  static boolean arithmeticOk(BinaryOp op, Type t) {
    Type.Prim p = Type.prim(t);
    return switch (op) {
      case ADD -> p != null && (p.isNumeric() || p == Type.Prim.STRING);
      case SUB, MUL, DIV -> p != null && p.isNumeric();
      case REM -> p != null && p.isInteger();
      default -> false;
    };
  }

  void arithmeticAllowed(BinaryOp op, Type t, Span span, Span opSpan) {
    Type.Prim p = Type.prim(t);
    if (!arithmeticOk(op, t)) {
      String help = op == BinaryOp.REM && p != null && p.isFloat() ? "`%` is for integers; use `math.Mod` for floats"
          : p == Type.Prim.STRING ? "strings support `+` only" : null;
      c.add(Diagnostic.error("infer.type_mismatch", "invalid operation", opSpan,
          "`" + op.text() + "` cannot be applied to `" + t + "`").withSecondary(span, "").withHelp(help == null ? "operands of `" + op.text() + "` must be numbers" : help));
    }
  }

  void divisionByZero(BinaryOp op, Expr divisor) {
    if (op != BinaryOp.DIV && op != BinaryOp.REM) {
      return;
    }
    var v = ConstValue.of(divisor, c.types, c.constants::initializer);
    if (v.isPresent() && v.get().isZero()) {
      c.error("infer.division_by_zero", "division by zero", divisor.span(), "dividing by a constant zero",
          "a division by zero would panic; check the divisor first");
    }
  }

  private boolean comparableOk(BinaryOp op, Type t) {
    Type.Prim p = Type.prim(numericView(t));
    boolean ordering = op != BinaryOp.EQ && op != BinaryOp.NE;
    return ordering
        ? p != null && (p.isInteger() || p.isFloat() || p == Type.Prim.STRING || p == Type.Prim.BOOL)
        : Comparability.equatable(c, t);
  }

  private void comparable(Expr.Binary b, Type t) {
    if (!comparableOk(b.op(), t)) {
      c.add(Diagnostic.error("infer.type_mismatch", "invalid operation", b.opSpan(),
          "`" + b.op().text() + "` cannot compare `" + t + "` values").withSecondary(b.span(), ""));
    }
  }

  Type cast(Expr.Cast cast) {
    Type target = c.resolveType(cast.type());
    Expr operand = cast.operand();
    if (Expressions.unparen(operand) instanceof Expr.Cast) {
      c.error("infer.chained_cast", "invalid cast", cast.span(), "casts cannot be chained",
          "cast once, or hoist the first cast to a `let`");
      ex.infer(operand, Optional.empty());
      return target;
    }
    if (!ex.subExpression(operand)) {
      return target;
    }
    boolean literal = literalLike(operand);
    if (literal && containsFloatLiteral(operand) && Type.isInteger(target)) {
      ex.infer(operand, Optional.empty());
      c.error("infer.float_literal_int_cast", "cannot cast float literal to integer directly", cast.span(),
          "a float constant cannot be truncated by a cast", "write the integer literal instead");
      return target;
    }
    Type source = ex.infer(operand, literal && Type.isNumeric(target) ? Optional.of(target) : Optional.empty());
    if (Type.lenient(source) || Type.lenient(target)) {
      return target;
    }
    if (Type.isNumeric(numericView(source)) && Type.isNumeric(numericView(target))) {
      Type.Prim ps = Type.prim(numericView(source));
      Type.Prim pt = Type.prim(numericView(target));
      if (ps.isComplex() != pt.isComplex()) {
        c.error("infer.invalid_cast", "invalid cast", cast.span(), "cannot cast `" + source + "` to `" + target + "`",
            "use `real(c)` / `imaginary(c)` or `complex(r, i)`");
      } else if (!literal && Type.same(source, target) && source.equals(target)) {
        c.add(Diagnostic.warning("infer.redundant_cast", "redundant cast", cast.span(),
            "value is already `" + target + "`").withHelp("remove the cast"));
      }
      return target;
    }
    if (c.shallow(target) instanceof Type.Named iface && Interfaces.isInterface(c, iface)) {
      // `circle as Shape`: an explicit conversion to an interface it implements (spec interfaces.cast).
      c.interfaces.check(source, iface, cast.span(), "the value's type");
      return target;
    }
    if (bytesCast(source, target) || bytesCast(target, source) || newtypeCast(source, target)
        || newtypeCast(target, source)) {
      return target;
    }
    if (Type.same(source, target)) {
      c.add(Diagnostic.warning("infer.redundant_cast", "redundant cast", cast.span(),
          "value is already `" + target + "`").withHelp("remove the cast"));
      return target;
    }
    String help = target == Type.Prim.STRING && Type.isNumeric(source) ? "use `fmt.Sprintf(\"%v\", x)` to format a number"
        : source == Type.Prim.STRING && Type.isNumeric(target) ? "parse numbers with `strconv`"
        : source == Type.Prim.BOOL || target == Type.Prim.BOOL ? "booleans do not convert to numbers; use `if`" : null;
    c.error("infer.invalid_cast", "invalid cast", cast.span(), "cannot cast `" + source + "` to `" + target + "`", help);
    return target;
  }

  /** `string` ↔ `Slice<byte>` / `Slice<rune>` (spec types.cast.bytes). */
  private boolean bytesCast(Type from, Type to) {
    if (c.shallow(from) != Type.Prim.STRING || !(c.shallow(to) instanceof Type.Slice sl)) {
      return false;
    }
    Type.Prim e = Type.prim(c.shallow(sl.element()));
    return e == Type.Prim.UINT8 || e == Type.Prim.INT32;
  }

  /** A value ↔ a one-field tuple struct over its type (`km as Meters`, spec types.cast.newtype). */
  private boolean newtypeCast(Type from, Type to) {
    return c.shallow(to) instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Struct s && s.newtype()
        && c.unify(from, TypeDecl.substitute(s.fields().get(0).type(), s.params(), n.args()));
  }
}

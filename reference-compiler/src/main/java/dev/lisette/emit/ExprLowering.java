package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.ConstValue;
import dev.lisette.semantics.GoPackages;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.BinaryOp;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.UnaryOp;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Expressions that Go can write as expressions: literals, names, operators, casts, f-strings,
 * fields, references, tuples, struct literals, lambdas and calls (methods, natives and data
 * constructors are delegated).
 */
final class ExprLowering {
  private final Lowering l;
  private final CheckedProgram p;

  ExprLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  /** Lowers with {@code pre} as the sink for the temporaries the expression needs. */
  <T> T lowerInto(List<GoAst.Stmt> pre, Supplier<T> lower) {
    var saved = l.sink;
    l.sink = pre;
    T out = lower.get();
    l.sink = saved;
    return out;
  }

  static GoAst.Expr unitValue() {
    return new GoAst.Composite("struct{}", List.of());
  }

  private static final java.util.Map<String, String> OPPOSITE = java.util.Map.of("<", ">=", ">=", "<", ">", "<=",
      "<=", ">");

  /** `len(x)`: an integer, so ordering comparisons on it can be flipped. */
  private static boolean isLen(GoAst.Expr e) {
    return e instanceof GoAst.Call c && c.fn() instanceof GoAst.Ident i && i.name().equals("len");
  }

  /** The negation of a condition, flipping a comparison where possible. */
  static GoAst.Expr not(GoAst.Expr cond) {
    return switch (cond) {
      case GoAst.Binary b when b.op().equals("==") -> new GoAst.Binary("!=", b.left(), b.right());
      case GoAst.Binary b when b.op().equals("!=") -> new GoAst.Binary("==", b.left(), b.right());
      case GoAst.Unary u when u.op().equals("!") -> u.operand();
      case GoAst.Binary b when isLen(b.left()) && OPPOSITE.containsKey(b.op()) ->
          new GoAst.Binary(OPPOSITE.get(b.op()), b.left(), b.right());
      case GoAst.Binary b -> new GoAst.Unary("!", new GoAst.Paren(b));
      default -> new GoAst.Unary("!", cond);
    };
  }

  /** An expression used as a value: a call of a unit function still yields `struct{}{}`. */
  GoAst.Expr value(Expr e) {
    if (p.typeOf(e) == Type.Unit.UNIT && Lowering.unparen(e) instanceof Expr.Call) {
      return new GoAst.Call(new GoAst.FuncLit(Optional.of("struct{}"),
          List.of(new GoAst.ExprStmt(expr(e)), new GoAst.Return(Optional.of(unitValue())))), List.of());
    }
    return expr(e);
  }

  /** A value of type {@code t}: an untyped constant whose Go default type differs is converted. */
  GoAst.Expr valueAs(Expr e, Type t) {
    if (converts(e, t)) {
      return converted(e, t);
    }
    GoAst.Expr v = value(e);
    if (needsExplicitType(e, t) && Type.prim(t) != null) {
      return new GoAst.Call(new GoAst.Ident(l.types.goType(t)), List.of(v));
    }
    return v;
  }

  GoAst.Expr expr(Expr e) {
    return switch (e) {
      case Expr.IntLit i -> intLiteral(i);
      case Expr.FloatLit f -> new GoAst.Lit(GoLiterals.number(f.text()));
      case Expr.ImaginaryLit i -> new GoAst.Lit(GoLiterals.number(i.text()));
      case Expr.BoolLit b -> new GoAst.Ident(b.value() ? "true" : "false");
      case Expr.StringLit s -> new GoAst.Lit(GoLiterals.string(s.raw()));
      case Expr.RuneLit r -> new GoAst.Lit(GoLiterals.rune(r.value()));
      case Expr.FString f -> fstring(f);
      case Expr.Unit u -> unitValue();
      case Expr.Name n -> name(n);
      case Expr.Field f -> field(f);
      case Expr.Call c -> call(c);
      case Expr.Unary u -> unary(u);
      case Expr.Binary b -> binary(b);
      case Expr.Cast c -> new GoAst.Call(new GoAst.Ident(l.types.goType(p.typeOf(c))), List.of(value(c.operand())));
      case Expr.Paren paren -> new GoAst.Paren(expr(paren.inner()));
      case Expr.Pipe pipe -> expr(pipe.call());
      case Expr.TupleField t -> l.data.tupleField(t);
      case Expr.TypeApply t -> expr(t.target());
      case Expr.Index i -> l.collections.index(i);
      case Expr.Deref d -> deref(value(d.target()));
      case Expr.Tuple t -> l.data.tuple(p.typeOf(t), sequence(t.elements(), this::value));
      case Expr.SliceLit s -> l.collections.sliceLit(s);
      case Expr.StructLit s -> l.data.structLit(s);
      case Expr.Lambda x -> lambda(x);
      case Expr.BlockExpr b -> throw unexpected(e);
      case Expr.If i -> throw unexpected(e);
      case Expr.Loop x -> throw unexpected(e);
      case Expr.Break b -> throw unexpected(e);
      case Expr.Continue c -> throw unexpected(e);
      case Expr.Return r -> throw unexpected(e);
      case Expr.Range r -> throw unexpected(e);
      case Expr.Missing m -> throw unexpected(e);
      case Expr.Propagate x -> l.errors.propagate(x);
      case Expr.IfLet x -> throw unexpected(e);
      case Expr.Match x -> throw unexpected(e);
      case Expr.Task x -> throw unexpected(e);
      case Expr.Defer x -> throw unexpected(e);
      case Expr.Try x -> l.errors.tryBlock(x);
      case Expr.Recover x -> l.errors.recoverBlock(x);
      case Expr.Select x -> throw unexpected(e);
      case Expr.RawGo x -> throw unexpected(e);
    };
  }

  static IllegalStateException unexpected(Expr e) {
    return new IllegalStateException(e.getClass().getSimpleName() + " in expression position at " + e.span());
  }

  static GoAst.Expr deref(GoAst.Expr e) {
    if (e instanceof GoAst.Unary u && u.op().equals("&")) {
      return u.operand();
    }
    return new GoAst.Unary("*", e);
  }

  // ---- constants -----------------------------------------------------------------------

  private GoAst.Expr intLiteral(Expr.IntLit i) {
    Type t = p.typeOf(i);
    if (Type.isFloat(t) || isComplex(t)) {
      // Typed as a float: spell it as one, so Go's constant arithmetic is float arithmetic.
      BigInteger v = ConstValue.parseInt(i.text());
      return new GoAst.Lit(v + ".0");
    }
    return new GoAst.Lit(GoLiterals.number(i.text()));
  }

  /**
   * Whether a value of {@code e} goes where an interface {@code t} is expected (the checker
   * keeps the value's own type): Go converts in assignments, but a `:=` or a generic type
   * argument inferred from it would take the concrete type.
   */
  boolean converts(Expr e, Type t) {
    Type actual = p.typeOf(e);
    return l.types.isInterface(t) && actual != Type.Never.NEVER && !Type.same(actual, t);
  }

  /** The value of {@code e} converted to interface {@code t} when it has another type: `Shape(c)`. */
  GoAst.Expr converted(Expr e, Type t) {
    GoAst.Expr v = value(e);
    return converts(e, t) ? new GoAst.Call(new GoAst.Ident(l.types.goType(t)), List.of(v)) : v;
  }

  /** A constant expression has Go's default type (int, float64, rune…) unless typed. */
  boolean needsExplicitType(Expr init, Type t) {
    Optional<Type> dflt = constantDefault(init);
    return dflt.isPresent() && !Type.same(dflt.get(), t);
  }

  /** The type Go gives an untyped constant expression as we emit it, if it is one. */
  Optional<Type> constantDefault(Expr e) {
    return switch (e) {
      case Expr.IntLit i -> {
        Type t = p.typeOf(i);
        yield Optional.of(Type.isFloat(t) ? Type.Prim.FLOAT64 : isComplex(t) ? Type.Prim.COMPLEX128 : Type.Prim.INT);
      }
      case Expr.FloatLit f -> Optional.of(isComplex(p.typeOf(f)) ? Type.Prim.COMPLEX128 : Type.Prim.FLOAT64);
      case Expr.ImaginaryLit i -> Optional.of(Type.Prim.COMPLEX128);
      case Expr.RuneLit r -> Optional.of(Type.RUNE);
      case Expr.Paren paren -> constantDefault(paren.inner());
      // a constant is typed in Go, or untyped with its Lisette type as Go's default
      case Expr.Name n when p.names().get(n) instanceof Symbol.Constant k -> Optional.of(k.type());
      case Expr.Field f when p.members().get(f) instanceof Symbol.Constant k -> Optional.of(k.type());
      case Expr.Unary u when u.op() == UnaryOp.NEG -> constantDefault(u.operand());
      case Expr.Binary b when b.op().isArithmetic() -> {
        Optional<Type> lt = constantDefault(b.left());
        Optional<Type> rt = constantDefault(b.right());
        if (lt.isEmpty() || rt.isEmpty()) {
          yield Optional.empty();
        }
        yield Optional.of(rank(lt.get()) >= rank(rt.get()) ? lt.get() : rt.get());
      }
      default -> Optional.empty();
    };
  }

  static boolean isComplex(Type t) {
    Type.Prim prim = Type.prim(t);
    return prim != null && prim.isComplex();
  }

  private static int rank(Type t) {
    if (t == Type.Prim.INT) {
      return 0;
    }
    if (t == Type.RUNE) {
      return 1;
    }
    return t == Type.Prim.FLOAT64 ? 2 : 3;
  }

  /** An expression that reads the same value each time and has no effects (a local, a field path). */
  boolean pure(Expr e) {
    Expr u = Lowering.unparen(e);
    return switch (u) {
      case Expr.Name n -> p.names().get(n) instanceof Symbol.Local || p.names().get(n) instanceof Symbol.Constant;
      case Expr.Field f -> p.members().get(f) instanceof Symbol.Field && pure(f.target())
          || p.members().get(f) instanceof Symbol.Constant;
      case Expr.TupleField t -> pure(t.target());
      case Expr.Deref d -> pure(d.target());
      default -> constantDefault(u).isPresent() || u instanceof Expr.StringLit || u instanceof Expr.BoolLit;
    };
  }

  // ---- names and fields ----------------------------------------------------------------

  private GoAst.Expr name(Expr.Name n) {
    Symbol s = p.names().get(n);
    return switch (s) {
      case Symbol.Local loc -> new GoAst.Ident(l.goName(loc.binding()));
      case Symbol.Function f -> new GoAst.Ident(l.goFunctionName(f)
          + l.methods.explicitTypeArgs(f.params(), f.type(), p.types().get(n), true));
      case Symbol.Variable v -> l.interop.value(l.interop.member(v.module(), v.name()), v.type());
      case Symbol.Module m -> new GoAst.Ident(m.localName());
      case Symbol.Constant k -> new GoAst.Ident(l.constants.goName(k));
      case Symbol.Variant v -> l.data.variantValue(v, p.typeOf(n));
      case Symbol.Native nat when nat.name().equals("panic") -> new GoAst.Ident("panic");
      case Symbol.Native nat -> throw new IllegalStateException("native function " + nat.name() + " used as a value");
      case Symbol.TypeName t -> throw new IllegalStateException("type name " + n.ident().name() + " used as a value");
      case Symbol.Field t -> throw new IllegalStateException("field resolved for a name");
      case Symbol.Method t -> throw new IllegalStateException("method resolved for a name");
      case Symbol.AssociatedFunction t -> throw new IllegalStateException("associated function resolved for a name");
      case Symbol.InterfaceMethod t -> throw new IllegalStateException("interface method resolved for a name");
      case null -> throw new IllegalStateException("unresolved name " + n.ident().name());
    };
  }

  private GoAst.Expr field(Expr.Field f) {
    Symbol s = p.members().get(f);
    return switch (s) {
      case Symbol.Function fn when GoInterop.isGo(fn.module()) -> l.interop.value(l.interop.member(fn.module(), fn.name()),
          fn.type());
      case Symbol.Constant k when GoInterop.isGo(k.module()) -> l.interop.constant(k);
      case Symbol.Variable v -> l.interop.value(l.interop.member(v.module(), v.name()), v.type());
      case Symbol.Field fld when GoInterop.isGo(fld.owner().module()) -> {
        Expr target = Lowering.unparen(f.target());
        GoAst.Expr t = target instanceof Expr.Deref d ? value(d.target()) : value(target);
        yield l.interop.value(new GoAst.Selector(t, fld.field().name()), fld.field().type());
      }
      case Symbol.Function fn -> {
        if (f.target() instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Module m) {
          l.imports.useModule(m.localName(), m.exports().path());
          yield new GoAst.Selector(new GoAst.Ident(m.localName()), l.goFunctionName(fn)
              + l.methods.explicitTypeArgs(fn.params(), fn.type(), p.types().get(f), true));
        }
        yield new GoAst.Selector(expr(f.target()), l.goFunctionName(fn));
      }
      case Symbol.Field fld -> {
        Expr target = Lowering.unparen(f.target());
        GoAst.Expr t = target instanceof Expr.Deref d ? value(d.target()) : value(target);
        yield new GoAst.Selector(t, TypeLowering.fieldName(fld.owner(), fld.field()));
      }
      case Symbol.Variant v -> l.data.variantValue(v, p.typeOf(f));
      case Symbol.Constant k when f.target() instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Module m -> {
        l.imports.useModule(m.localName(), m.exports().path());
        yield new GoAst.Selector(new GoAst.Ident(m.localName()), l.constants.goName(k));
      }
      case Symbol.Method m -> new GoAst.Selector(value(f.target()), l.methods.goName(m.method()));
      case Symbol.InterfaceMethod m -> new GoAst.Selector(value(f.target()),
          l.types.methodNames(m.owner()).get(m.method().name()));
      case Symbol.AssociatedFunction a -> l.methods.associatedValue(a, p.typeOf(f));
      case null -> new GoAst.Selector(expr(f.target()), f.name().name());
      default -> throw new IllegalStateException("member " + f.name().name() + " used as a value: " + s);
    };
  }

  // ---- operators -----------------------------------------------------------------------

  private GoAst.Expr unary(Expr.Unary u) {
    if (u.op() == UnaryOp.REF) {
      return reference(u);
    }
    GoAst.Expr operand = value(u.operand());
    if (operand instanceof GoAst.Unary) {
      operand = new GoAst.Paren(operand);
    }
    return new GoAst.Unary(u.op().text(), operand);
  }

  /** `&x`: Go's `&` on addressable operands and composite literals, `lisette.Ptr(v)` otherwise. */
  private GoAst.Expr reference(Expr.Unary u) {
    Expr operand = Lowering.unparen(u.operand());
    if (p.typeOf(operand) instanceof Type.Ref && p.typeOf(u).equals(p.typeOf(operand))) {
      return value(operand); // `&r` of a reference is the same reference
    }
    GoAst.Expr v = value(operand);
    if (addressable(operand) || v instanceof GoAst.Composite) {
      return new GoAst.Unary("&", v);
    }
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), "Ptr"), List.of(v));
  }

  /** Whether Go can take the address of the lowered expression. */
  boolean addressable(Expr e) {
    Expr u = Lowering.unparen(e);
    return switch (u) {
      case Expr.Name n -> p.names().get(n) instanceof Symbol.Local;
      case Expr.Field f -> p.members().get(f) instanceof Symbol.Field
          && (p.typeOf(f.target()) instanceof Type.Ref || addressable(f.target()));
      case Expr.TupleField t -> !(l.data.isNewtype(p.typeOf(t.target())))
          && (p.typeOf(t.target()) instanceof Type.Ref || addressable(t.target()));
      case Expr.Index i -> p.typeOf(i.target()) instanceof Type.Slice && !(p.typeOf(i.index()) instanceof Type.Named);
      case Expr.Deref d -> true;
      default -> false;
    };
  }

  private GoAst.Expr binary(Expr.Binary b) {
    GoAst.Expr left;
    GoAst.Expr right;
    if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
      left = value(b.left());
      right = value(b.right());
    } else {
      List<GoAst.Expr> both = sequence(List.of(b.left(), b.right()), this::value);
      left = both.get(0);
      right = both.get(1);
    }
    Type t = p.typeOf(b.left());
    if ((b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE) && l.types.needsDeepEquality(t)) {
      // Recursive enum payloads are pointers: compare what they point to.
      GoAst.Expr eq = new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), "DeepEqual"),
          List.of(left, right));
      return b.op() == BinaryOp.EQ ? eq : new GoAst.Unary("!", eq);
    }
    if (b.op().isComparison() && Type.prim(t) == Type.Prim.BOOL && b.op() != BinaryOp.EQ && b.op() != BinaryOp.NE) {
      // Go has no ordering of booleans; false < true (spec expr.comparison.bool-order).
      GoAst.Expr cmp = new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), "CompareBools"),
          List.of(left, right));
      return new GoAst.Binary(b.op().text(), cmp, new GoAst.Lit("0"));
    }
    if (b.op().isArithmetic()) {
      return namedArithmetic(b, left, right);
    }
    return new GoAst.Binary(b.op().text(), left, right);
  }

  /**
   * Arithmetic with a Go named numeric type (`time.Second * n`): Go wants both operands of the
   * named type, so a plain operand that is not a constant is converted, and `Named / Named`,
   * which Lisette types as the underlying number, is converted back.
   */
  private GoAst.Expr namedArithmetic(Expr.Binary b, GoAst.Expr left, GoAst.Expr right) {
    Type lt = p.typeOf(b.left());
    Type rt = p.typeOf(b.right());
    boolean namedL = l.interop.namedNumeric(lt);
    boolean namedR = l.interop.namedNumeric(rt);
    if (namedL && !namedR && constantDefault(b.right()).isEmpty() && !(right instanceof GoAst.Lit)) {
      right = new GoAst.Call(new GoAst.Ident(l.types.goType(lt)), List.of(right));
    } else if (namedR && !namedL && constantDefault(b.left()).isEmpty() && !(left instanceof GoAst.Lit)) {
      left = new GoAst.Call(new GoAst.Ident(l.types.goType(rt)), List.of(left));
    }
    GoAst.Expr out = new GoAst.Binary(b.op().text(), left, right);
    if ((namedL || namedR) && !l.interop.namedNumeric(p.typeOf(b))) {
      out = new GoAst.Call(new GoAst.Ident(l.types.goType(p.typeOf(b))), List.of(out));
    }
    return out;
  }

  // ---- f-strings -----------------------------------------------------------------------

  static boolean hasHoles(Expr.FString f) {
    return f.parts().stream().anyMatch(part -> part instanceof Expr.FString.Hole);
  }

  private GoAst.Expr fstring(Expr.FString f) {
    if (!hasHoles(f)) {
      var sb = new StringBuilder("\"");
      for (Expr.FString.Part part : f.parts()) {
        String raw = ((Expr.FString.Text) part).raw();
        sb.append(GoLiterals.stringBody(raw.replace("{{", "{").replace("}}", "}"), false));
      }
      return new GoAst.Lit(sb.append('"').toString());
    }
    String fmt = l.imports.use("fmt");
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(fmt), "Sprintf"), formatArgs(f, ""));
  }

  List<GoAst.Expr> formatArgs(Expr.FString f, String suffix) {
    var format = new StringBuilder("\"");
    var args = new ArrayList<GoAst.Expr>();
    for (Expr.FString.Part part : f.parts()) {
      switch (part) {
        case Expr.FString.Text t -> format.append(GoLiterals.stringBody(t.raw(), true));
        case Expr.FString.Hole h -> format.append(p.typeOf(h.expr()) == Type.RUNE ? "%c" : "%v");
      }
    }
    args.addAll(sequence(f.parts().stream().filter(part -> part instanceof Expr.FString.Hole)
        .map(part -> ((Expr.FString.Hole) part).expr()).toList(), this::value));
    format.append(suffix).append('"');
    args.add(0, new GoAst.Lit(format.toString()));
    return args;
  }

  // ---- calls ---------------------------------------------------------------------------

  private GoAst.Expr call(Expr.Call c) {
    return call(c, true);
  }

  /**
   * A call; with {@code convertGo} false, a Go call's results are left as Go returns them (the
   * call is a statement whose value is dropped).
   */
  GoAst.Expr call(Expr.Call c, boolean convertGo) {
    Expr callee = c.callee() instanceof Expr.TypeApply ta ? ta.target() : c.callee();
    if (callee instanceof Expr.Field f && p.members().get(f) instanceof Symbol.Function fn && fn.module().equals("go:fmt")
        && c.args().size() == 1 && c.args().get(0) instanceof Expr.FString fs && hasHoles(fs)
        && (fn.name().equals("Println") || fn.name().equals("Print") || fn.name().equals("Printf"))) {
      // fmt.Println(f"…") prints through one Printf (spec interop.fmt.fstring-fusion).
      GoAst.Expr printf = l.interop.member(fn.module(), "Printf");
      GoAst.Expr raw = new GoAst.Call(printf, formatArgs(fs, fn.name().equals("Println") ? "\\n" : ""));
      return convertGo ? l.interop.result(raw, fn.type().result(), fn.decl().attrs()) : raw;
    }
    if (callee instanceof Expr.Field f) {
      Symbol s = p.members().get(f);
      switch (s) {
        case Symbol.Function fn when GoInterop.isGo(fn.module()) -> {
          // conversions are spelled with the instantiated types: Go's type parameters are not in scope
          Type.Fn sig = fn.params().isEmpty() ? fn.type() : instantiated(fn.type(), c);
          GoAst.Expr raw = new GoAst.Call(l.interop.member(fn.module(), fn.name()), l.interop.args(c, sig));
          return convertGo ? l.interop.result(raw, sig.result(), fn.decl().attrs()) : raw;
        }
        case Symbol.Method m when GoInterop.isGo(m.method().owner()) -> {
          GoAst.Expr raw = l.methods.call(c, f, m);
          Type.Fn sig = m.method().params().isEmpty() ? m.method().signature() : instantiated(m.method().signature(), c);
          return convertGo ? l.interop.result(raw, sig.result(), m.method().decl().attrs()) : raw;
        }
        case Symbol.InterfaceMethod m when GoInterop.isGo(m.owner().module()) -> {
          GoAst.Expr raw = l.methods.interfaceCall(c, f, m);
          return convertGo ? l.interop.result(raw, m.method().signature().result(), m.method().attrs()) : raw;
        }
        case Symbol.Method m -> {
          return l.methods.call(c, f, m);
        }
        case Symbol.AssociatedFunction a -> {
          return l.methods.associatedCall(c, f, a);
        }
        case Symbol.Native n -> {
          return l.collections.nativeCall(c, f, n);
        }
        case Symbol.InterfaceMethod m -> {
          return l.methods.interfaceCall(c, f, m);
        }
        case Symbol.Variant v -> {
          return l.data.construct(v, p.typeOf(c), args(c, null));
        }
        case Symbol.TypeName t -> {
          // `units.Meters(2.5)`: a tuple-struct constructor of another module.
          return l.data.tupleStruct(t, p.typeOf(c), args(c, null));
        }
        case null, default -> {}
      }
    }
    if (callee instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Native nat && nat.name().equals("assert_type")) {
      Type target = ((Type.Named) p.typeOf(c)).args().get(0);
      return new GoAst.Call(new GoAst.Ident(l.imports.prelude() + ".AssertType[" + l.types.goType(target) + "]"),
          args(c, null));
    }
    if (callee instanceof Expr.Name n) {
      Symbol s = p.names().get(n);
      switch (s) {
        case Symbol.Variant v -> {
          return l.data.construct(v, p.typeOf(c), args(c, null));
        }
        case Symbol.TypeName t -> {
          return l.data.tupleStruct(t, p.typeOf(c), args(c, null));
        }
        case Symbol.Function f when !f.params().isEmpty() -> {
          return new GoAst.Call(new GoAst.Ident(l.goFunctionName(f)
              + l.methods.explicitTypeArgs(f.params(), f.type(), calleeType(c), false)),
              args(c, instantiated(f.type(), c)));
        }
        case null, default -> {}
      }
    }
    if (callee instanceof Expr.Field f && p.members().get(f) instanceof Symbol.Function fn && !fn.params().isEmpty()
        && f.target() instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Module m) {
      l.imports.useModule(m.localName(), m.exports().path());
      return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(m.localName()), l.goFunctionName(fn)
          + l.methods.explicitTypeArgs(fn.params(), fn.type(), calleeType(c), false)), args(c, instantiated(fn.type(), c)));
    }
    return new GoAst.Call(expr(callee), args(c, null));
  }

  /** The instantiated type of a call's callee, rebuilt from the argument and result types. */
  private Type.Fn calleeType(Expr.Call c) {
    return new Type.Fn(c.args().stream().map(p::typeOf).toList(), p.typeOf(c), false);
  }

  /**
   * A generic callee's type at a call: its type parameters bound from the call's result type
   * first (where the expected type decided them, e.g. an interface), then from the arguments.
   */
  Type.Fn instantiated(Type.Fn generic, Expr.Call c) {
    var found = new java.util.HashMap<Type.Param, Type>();
    MethodLowering.match(generic.result(), p.typeOf(c), found);
    for (int i = 0; i < Math.min(generic.params().size(), c.args().size()); i++) {
      MethodLowering.match(generic.params().get(i), p.typeOf(c.args().get(i)), found);
    }
    var ps = new ArrayList<Type.Param>(found.keySet());
    var as = ps.stream().map(found::get).toList();
    return (Type.Fn) dev.lisette.semantics.TypeDecl.substitute(generic, ps, as);
  }

  /** Lowered arguments; against a generic callee, constants and interface values get their instantiated types. */
  List<GoAst.Expr> args(Expr.Call c, Type.Fn instantiated) {
    var indices = new java.util.IdentityHashMap<Expr, Integer>();
    for (int i = 0; i < c.args().size(); i++) {
      indices.put(c.args().get(i), i);
    }
    return sequence(c.args(), a -> {
      int i = indices.get(a);
      return instantiated != null && i < instantiated.params().size() ? valueAs(a, instantiated.params().get(i))
          : value(a);
    });
  }

  /**
   * Lowers expressions evaluated left to right. When one of them needs statements first (the
   * test of a `?`, a temporary), the earlier ones that have effects are stored in temporaries
   * before those statements, so that they still run first.
   */
  List<GoAst.Expr> sequence(List<Expr> es, java.util.function.Function<Expr, GoAst.Expr> lower) {
    var pres = new ArrayList<List<GoAst.Stmt>>();
    var values = new ArrayList<GoAst.Expr>();
    int last = -1;
    for (int i = 0; i < es.size(); i++) {
      var pre = new ArrayList<GoAst.Stmt>();
      Expr e = es.get(i);
      values.add(lowerInto(pre, () -> lower.apply(e)));
      pres.add(pre);
      if (!pre.isEmpty()) {
        last = i;
      }
    }
    for (int i = 0; i < es.size(); i++) {
      l.sink.addAll(pres.get(i));
      if (i < last && !pure(es.get(i)) && !(values.get(i) instanceof GoAst.FuncLit)) {
        String tmp = l.fresh("arg");
        l.sink.add(new GoAst.Define(List.of(tmp), List.of(values.get(i))));
        values.set(i, new GoAst.Ident(tmp));
      }
    }
    return values;
  }

  // ---- lambdas -------------------------------------------------------------------------

  private GoAst.Expr lambda(Expr.Lambda x) {
    Type.Fn ft = (Type.Fn) p.typeOf(x);
    return l.function(ft.result(), () -> {
      var body = new ArrayList<GoAst.Stmt>();
      var params = new ArrayList<GoAst.Param>();
      for (int i = 0; i < x.params().size(); i++) {
        Type t = ft.params().get(i);
        params.add(new GoAst.Param(l.parameter(x.params().get(i).pattern(), null, t, body), l.types.goType(t)));
      }
      boolean unit = ft.result() == Type.Unit.UNIT || ft.result() == Type.Never.NEVER;
      Lowering.Dest dest = unit ? Lowering.DISCARD : Lowering.RETURN;
      if (x.body() instanceof Expr.BlockExpr b) {
        l.block(b.block(), dest, body); // the closure's body is the block's scope
      } else {
        l.into(x.body(), dest, body);
      }
      return new GoAst.FuncLit(params, unit ? Optional.empty() : Optional.of(l.types.goType(ft.result())), body);
    });
  }
}

package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.BinaryOp;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Stmt;
import dev.lisette.syntax.UnaryOp;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Type checking of expressions; the statement-level state lives in {@link Checker}. */
final class Expressions {
  private final Checker c;
  /** Constant expressions already reported as overflowing, so parents stay quiet. */
  private final Set<Expr> overflowed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private final DataExpressions data;
  private final Calls calls;
  private final MatchExpressions matches;
  private final Concurrency concurrency;
  private final Operators operators;
  final ErrorHandling errors;

  Expressions(Checker checker) {
    this.c = checker;
    this.data = new DataExpressions(checker, this);
    this.calls = new Calls(checker, this);
    this.matches = new MatchExpressions(checker, this);
    this.operators = new Operators(checker, this);
    this.errors = new ErrorHandling(checker, this);
    this.concurrency = new Concurrency(checker, this);
  }

  MatchExpressions matches() {
    return matches;
  }

  DataExpressions data() {
    return data;
  }

  Type typeOf(Expr e) {
    return c.types.getOrDefault(e, Type.Error.ERROR);
  }

  Type record(Expr e, Type t) {
    if (c.types.put(e, t) == null) {
      expressionsOfFunction.add(e);
    }
    return t;
  }

  Type infer(Expr e, Optional<Type> hint) {
    return check(e, hint, true);
  }

  Type inferStatement(Expr e) {
    Type t = check(e, Optional.empty(), false);
    // `xs.append(x)` as a statement stores the result back in `xs` (spec slices.append.statement).
    if (unparen(e) instanceof Expr.Call call && call.callee() instanceof Expr.Field f
        && c.members.get(f) instanceof Symbol.Native n && n.owner().equals("Slice")
        && (n.name().equals("append") || n.name().equals("extend"))) {
      mutableRoot(unparen(f.target()), "append to it");
    }
    return t;
  }

  /**
   * Checks an argument (or field value) against a parameter type: the parameter guides literals
   * only when it is known here; a generic parameter is inferred from the argument (spec
   * types.literal-adaptation.generic).
   */
  Type argument(Expr e, Type param) {
    Type known = c.shallow(param);
    if (known instanceof Type.Var) {
      Type t = infer(e, Optional.empty());
      if (!c.unify(param, t)) {
        c.mismatch(e.span(), param, t, null);
      }
      return t;
    }
    return coerce(e, param);
  }

  /** The scrutinee of `match`, `if let`, `while let`. */
  Type scrutinee(Expr e) {
    return subExpression(e) ? infer(e, Optional.empty()) : Type.Error.ERROR;
  }

  // ---- shapes (spec expr.control-flow-positions) ---------------------------------------

  /** {@code e} without enclosing parentheses. */
  static Expr unparen(Expr e) {
    while (e instanceof Expr.Paren p) {
      e = p.inner();
    }
    return e;
  }

  /** Operands, arguments, conditions, interpolations: no control-flow expressions. */
  boolean subExpression(Expr e) {
    Expr inner = unparen(e);
    String what = switch (inner) {
      case Expr.If i -> "`if`";
      case Expr.IfLet i -> "`if let`";
      case Expr.Match m -> "`match`";
      case Expr.Loop l -> "`loop`";
      case Expr.BlockExpr b -> "a block";
      case Expr.Try t -> "a `try` block";
      case Expr.Recover r -> "a `recover` block";
      case Expr.Select s -> "`select`";
      default -> null;
    };
    if (what != null) {
      c.error("infer.complex_sub_expression", "complex expression used as sub-expression", inner.span(),
          what + " cannot be used here", "hoist it to a `let` binding and use the variable");
      record(e, Type.Error.ERROR);
      return false;
    }
    return valueOperand(e);
  }

  /** `let` initialisers and assignment values: no `return`/`break`/`continue`. */
  boolean valueOperand(Expr e) {
    Expr inner = unparen(e);
    String what = switch (inner) {
      case Expr.Return r -> "`return`";
      case Expr.Break b -> "`break`";
      case Expr.Continue k -> "`continue`";
      default -> null;
    };
    if (what != null) {
      c.error("infer.control_flow_in_expression", "control flow used as a value", inner.span(),
          what + " has no value", "use it as a statement");
      return false;
    }
    return true;
  }

  // ---- coercion: check against an expected type, reporting where the value is -----------

  Type coerce(Expr e, Type expected) {
    switch (e) {
      case Expr.Paren p -> {
        return record(e, coerce(p.inner(), expected));
      }
      case Expr.BlockExpr b when b.block().stmts().isEmpty() && b.block().tail().isEmpty()
          && c.shallow(expected) instanceof Type.MapOf -> {
        c.error("infer.invalid_map_initialization", "invalid `Map` initialization", b.span(),
            "`{}` is an empty block, not a map", "create maps with `Map.new()` or `Map.from([(k, v), …])`");
        return record(e, Type.Error.ERROR);
      }
      case Expr.BlockExpr b -> {
        Type t = c.block(b.block(), Optional.of(expected), true);
        missingBlockValue(b.block(), t, expected);
        return record(e, Type.lenient(t) ? t : expected);
      }
      case Expr.If i when i.otherwise().isPresent() -> {
        c.types.put(e, expected);
        condition(i.cond());
        Type t1 = c.block(i.then(), Optional.of(expected), true);
        missingBlockValue(i.then(), t1, expected);
        Type t2 = coerce(i.otherwise().get(), expected);
        return record(e, t1 == Type.Never.NEVER && t2 == Type.Never.NEVER ? Type.Never.NEVER : expected);
      }
      case Expr.Loop l -> {
        return record(e, loop(l, Optional.of(expected)));
      }
      case Expr.Match m -> {
        Type t = matches.match(m, Optional.of(expected), true, true);
        return record(e, c.shallow(t) == Type.Never.NEVER ? t : expected);
      }
      case Expr.IfLet i when i.otherwise().isPresent() -> {
        Type t = matches.ifLet(i, Optional.of(expected), true, true);
        return record(e, c.shallow(t) == Type.Never.NEVER ? t : expected);
      }
      case Expr.Select sel -> {
        Type t = concurrency.select(sel, Optional.of(expected), true, true);
        return record(e, c.shallow(t) == Type.Never.NEVER || Type.lenient(c.shallow(t)) ? t : expected);
      }
      default -> {
        Type known = c.shallow(expected);
        if (known instanceof Type.Named iface && Interfaces.isInterface(c, known)) {
          return toInterface(e, iface);
        }
        Type actual = check(e, known instanceof Type.Var ? Optional.empty() : Optional.of(known), true);
        if (known != Type.Unknown.UNKNOWN && !c.unify(actual, expected)) {
          c.mismatch(e.span(), expected, actual, conversionHelp(c.shallow(actual), known));
        }
        return actual;
      }
    }
  }

  /**
   * A value where an interface is expected: its type must implement the interface (spec
   * interfaces.conversion). The value keeps its own type; Go converts it.
   */
  private Type toInterface(Expr e, Type.Named iface) {
    Type actual = c.shallow(check(e, Optional.of(iface), true));
    if (Type.lenient(actual) || actual == Type.Unknown.UNKNOWN) {
      return actual;
    }
    if (actual instanceof Type.Var || actual instanceof Type.Named n && n.key().equals(iface.key())) {
      if (!c.unify(actual, iface)) {
        c.mismatch(e.span(), iface, actual, null);
      }
      return actual;
    }
    return c.interfaces.check(actual, iface, e.span(), "the value's type") ? iface : Type.Error.ERROR;
  }

  private void missingBlockValue(Block b, Type t, Type expected) {
    if (b.tail().isEmpty() && c.shallow(t) == Type.Unit.UNIT && !Type.same(c.shallow(expected), Type.Unit.UNIT)
        && !Type.lenient(c.shallow(expected)) && !(c.shallow(expected) instanceof Type.Var)) {
      {
        c.error("infer.type_mismatch", "mismatched types", new Span(b.span().end() - 1, b.span().end()),
            "expected `" + expected + "`, found `()`", "end the block with the value it should produce");
      }
    }
  }

  static String conversionHelp(Type actual, Type expected) {
    if (Type.isNumeric(actual) && Type.isNumeric(expected)) {
      return "numbers are never converted implicitly; write `value as " + expected + "`";
    }
    return null;
  }

  // ---- the main dispatch ---------------------------------------------------------------

  private Type check(Expr e, Optional<Type> hint, boolean value) {
    Type t = switch (e) {
      case Expr.IntLit lit -> intLiteral(lit, hint, false);
      case Expr.FloatLit f -> floatLiteral(f, hint, false);
      case Expr.ImaginaryLit i -> hint.filter(h -> Type.prim(h) != null && Type.prim(h).isComplex()).orElse(Type.Prim.COMPLEX128);
      case Expr.BoolLit b -> Type.Prim.BOOL;
      case Expr.StringLit s -> Type.Prim.STRING;
      case Expr.RuneLit r -> runeLiteral(r, hint);
      case Expr.FString f -> fstring(f);
      case Expr.Unit u -> Type.Unit.UNIT;
      case Expr.Name n -> name(n);
      case Expr.Field f -> field(f);
      case Expr.Call call -> call(call, hint);
      case Expr.Unary u -> operators.unary(u, hint);
      case Expr.Binary b -> operators.binary(b, hint);
      case Expr.Cast cast -> operators.cast(cast);
      case Expr.Paren p -> check(p.inner(), hint, value);
      case Expr.BlockExpr b -> c.blockWithHint(b.block(), hint, value);
      case Expr.If i -> ifExpr(i, hint, value);
      case Expr.Loop l -> loop(l, value ? hint : Optional.empty());
      case Expr.Break b -> breakExpr(b);
      case Expr.Continue k -> {
        if (c.loops.isEmpty() && !errors.jumpLeaves(k.span(), "continue")) {
          c.error("infer.continue_outside_loop", "`continue` outside of a loop", k.span(),
              "not inside `loop`, `while` or `for`", null);
        }
        yield Type.Never.NEVER;
      }
      case Expr.Return r -> returnExpr(r);
      case Expr.Range r -> {
        c.error("infer.not_supported", "range values are not supported yet", r.span(),
            "a range can only be iterated by `for` or used as a slice index in this version", null);
        yield Type.Error.ERROR;
      }
      case Expr.Missing m -> Type.Error.ERROR;
      case Expr.Pipe pipe -> check(pipe.call(), hint, value);
      case Expr.TupleField t2 -> data.tupleField(t2);
      case Expr.TypeApply t2 -> calls.callable(t2.target(), t2.args().stream().map(c::resolveType).toList(), false);
      case Expr.Index i -> data.index(i);
      case Expr.Deref d -> data.derefExpr(d);
      case Expr.Propagate q -> errors.propagate(q, propagatePosition(q));
      case Expr.Tuple t2 -> data.tuple(t2, hint);
      case Expr.SliceLit s -> data.sliceLit(s, hint);
      case Expr.StructLit s -> data.structLit(s, hint);
      case Expr.Lambda l -> matches.lambda(l, hint);
      case Expr.IfLet i -> matches.ifLet(i, hint, value, false);
      case Expr.Match m -> matches.match(m, hint, value, false);
      case Expr.Task t2 -> concurrency.task(t2, c.statementExprs.contains(t2));
      case Expr.Defer d -> errors.defer(d, c.statementExprs.contains(d));
      case Expr.Try t2 -> errors.tryBlock(t2, hint);
      case Expr.Recover r -> errors.recover(r, hint);
      case Expr.Select s -> concurrency.select(s, hint, value, false);
      case Expr.RawGo r -> c.notSupported(r.span(), "`@rawgo`");
    };
    t = c.shallow(t);
    record(e, t);
    checkConstantRange(e, t);
    return t;
  }

  // ---- literals ------------------------------------------------------------------------

  Type intLiteral(Expr.IntLit lit, Optional<Type> hint, boolean negated) {
    Optional<Type> named = hint.flatMap(h -> Operators.namedUnderlying(c, h));
    if (named.isPresent()) {
      // an untyped constant adapts to a Go named numeric type (`time.Sleep(100)`)
      intLiteral(lit, named, negated);
      return c.shallow(hint.get());
    }
    Type t = hint.filter(Type::isNumeric).orElse(Type.Prim.INT);
    BigInteger v = ConstValue.parseInt(lit.text());
    if (negated) {
      v = v.negate();
    }
    Type.Prim p = Type.prim(t);
    if (p.isInteger()) {
      if (v.compareTo(ConstValue.min(p)) < 0 || v.compareTo(ConstValue.max(p)) > 0) {
        overflow(lit, (negated ? "-" : "") + lit.text(), t, p);
      }
    }
    return t;
  }

  private void overflow(Expr e, String text, Type t, Type.Prim p) {
    overflowed.add(e);
    c.error("infer.integer_literal_overflow", "integer literal overflow", e.span(),
        "`" + text + "` does not fit in `" + t + "`",
        "the range of `" + t + "` is " + ConstValue.min(p) + " to " + ConstValue.max(p));
  }

  Type floatLiteral(Expr.FloatLit f, Optional<Type> hint, boolean negated) {
    Optional<Type> named = hint.flatMap(h -> Operators.namedUnderlying(c, h)).filter(Type::isFloat);
    if (named.isPresent()) {
      return c.shallow(hint.get());
    }
    Type t = hint.filter(h -> Type.prim(h) != null && (Type.prim(h).isFloat() || Type.prim(h).isComplex()))
        .orElse(Type.Prim.FLOAT64);
    return t;
  }

  private Type runeLiteral(Expr.RuneLit r, Optional<Type> hint) {
    if (hint.isPresent() && Type.isInteger(hint.get()) && !Type.same(hint.get(), Type.RUNE)) {
      Type.Prim p = Type.prim(hint.get());
      BigInteger v = BigInteger.valueOf(r.value());
      if (v.compareTo(ConstValue.max(p)) > 0) {
        overflow(r, "'" + r.raw() + "'", hint.get(), p);
      }
      return hint.get();
    }
    return Type.RUNE;
  }

  private static final BigDecimal FLOAT32_MAX = new BigDecimal("3.40282346638528859811704183484516925440e+38");
  private static final BigDecimal FLOAT64_MAX = new BigDecimal("1.797693134862315708145274237317043567981e+308");

  /**
   * A literal-only expression is evaluated by Go at compile time; its exact value must fit
   * its type (spec types.constant-expressions).
   */
  private void checkConstantRange(Expr e, Type t) {
    boolean shape = e instanceof Expr.Binary || e instanceof Expr.Unary || e instanceof Expr.Paren
        || e instanceof Expr.FloatLit;
    if (!shape || !constantLike(e) || overflowed.contains(e) || childOverflowed(e)) {
      return;
    }
    Type.Prim p = Type.prim(t);
    if (p == null || !(p.isInteger() || p.isFloat())) {
      return;
    }
    var value = ConstValue.of(e, c.types, c.constants::initializer);
    if (value.isEmpty()) {
      return;
    }
    switch (value.get()) {
      case ConstValue.Int i when p.isInteger() -> {
        if (i.value().compareTo(ConstValue.min(p)) < 0 || i.value().compareTo(ConstValue.max(p)) > 0) {
          overflowed.add(e);
          c.error("infer.integer_literal_overflow", "constant overflow", e.span(),
              "this constant expression is " + i.value() + ", which does not fit in `" + t + "`",
              "the range of `" + t + "` is " + ConstValue.min(p) + " to " + ConstValue.max(p));
        }
      }
      case ConstValue.Float f when p.isFloat() -> {
        BigDecimal max = p == Type.Prim.FLOAT32 ? FLOAT32_MAX : FLOAT64_MAX;
        if (f.value().abs().compareTo(max) > 0) {
          overflowed.add(e);
          c.error("infer.float_literal_overflow", "float constant overflow", e.span(),
              "this constant does not fit in `" + t + "`", null);
        }
      }
      default -> {}
    }
  }

  /** Literals and constants under operators: Go evaluates them at compile time. */
  private boolean constantLike(Expr e) {
    return switch (e) {
      case Expr.Name n -> c.constants.denotesConstant(n);
      case Expr.Paren p -> constantLike(p.inner());
      case Expr.Unary u -> u.op() == UnaryOp.NEG && constantLike(u.operand());
      case Expr.Binary b -> b.op().isArithmetic() && constantLike(b.left()) && constantLike(b.right());
      default -> Operators.literalLike(e);
    };
  }

  private boolean childOverflowed(Expr e) {
    return switch (e) {
      case Expr.Binary b -> overflowed.contains(b.left()) || overflowed.contains(b.right());
      case Expr.Unary u -> overflowed.contains(u.operand());
      case Expr.Paren p -> overflowed.contains(p.inner());
      default -> false;
    };
  }

  private Type fstring(Expr.FString f) {
    for (Expr.FString.Part part : f.parts()) {
      if (part instanceof Expr.FString.Hole hole) {
        if (subExpression(hole.expr())) {
          Type t = infer(hole.expr(), Optional.empty());
          notAValue(hole.expr(), t);
          PrintfCheck.functionValue(c, hole.expr());
        }
      }
    }
    return Type.Prim.STRING;
  }

  void notAValue(Expr e, Type t) {
    if (t instanceof Type.Package p) {
      c.error("infer.not_a_value", "package used as a value", e.span(), "`" + p.name() + "` is a package", null);
    }
  }

  // ---- names ---------------------------------------------------------------------------

  private static final Map<String, String> GO_BUILTINS = Map.ofEntries(
      Map.entry("len", "use the `.length()` method"), Map.entry("cap", "use the `.capacity()` method"),
      Map.entry("append", "use the `.append(…)` method"), Map.entry("make", "use `Slice.new()`, `Map.new()` or `Channel.new()`"),
      Map.entry("new", "take a reference with `&value`"), Map.entry("print", "use `fmt.Print` after `import \"go:fmt\"`"),
      Map.entry("println", "use `fmt.Println` after `import \"go:fmt\"`"), Map.entry("copy", "use the `.copy_from(…)` method"),
      Map.entry("delete", "use the `.delete(key)` method"), Map.entry("close", "use the `.close()` method"));

  private Type name(Expr.Name n) {
    return nameValue(n, java.util.List.of(), false);
  }

  /** A name as a value or callee; generic functions and constructors are instantiated afresh. */
  Type nameValue(Expr.Name n, java.util.List<Type> typeArgs, boolean called) {
    String name = n.ident().name();
    Optional<Binding> local = c.lookupLocal(name);
    if (local.isPresent()) {
      c.names.put(n, new Symbol.Local(local.get()));
      c.read.add(local.get().id());
      return local.get().type();
    }
    Symbol global = c.global(name);
    if (global != null) {
      c.names.put(n, global);
      return switch (global) {
        case Symbol.Function f -> f.params().isEmpty() && typeArgs.isEmpty() ? f.type()
            : inferredCall(calls.instantiate(f.type(), f.params(), typeArgs, java.util.List.of(), n.span()), typeArgs);
        case Symbol.Module m -> {
          c.lints.usedImport(m.localName());
          yield new Type.Package(m.localName(), m.exports().path());
        }
        case Symbol.Constant k -> k.type();
        case Symbol.Variable v -> v.type();
        case Symbol.Local l -> l.binding().type();
        default -> Type.Error.ERROR;
      };
    }
    if (name.equals("self")) {
      c.error("resolve.self_in_static_method", "invalid `self`", n.span(), "this function has no `self` parameter",
          "declare `self` as the first parameter to make it a method");
      return Type.Error.ERROR;
    }
    if (name.equals("assert_type")) {
      // `assert_type<T>(u)`: Go's comma-ok type assertion (spec interop.unknown.assert-type)
      c.names.put(n, new Symbol.Native("prelude", "assert_type", true));
      if (typeArgs.size() > 1) {
        c.error("infer.type_arg_count_mismatch", "wrong type argument count", n.span(),
            "`assert_type` takes 1 type argument, found " + typeArgs.size(), null);
      }
      Type target = typeArgs.size() == 1 ? typeArgs.get(0) : c.fresh();
      return new Type.Fn(java.util.List.of(Type.Unknown.UNKNOWN), Type.option(target), false);
    }
    if (name.equals("panic")) {
      c.names.put(n, new Symbol.Native("prelude", "panic", true));
      return new Type.Fn(java.util.List.of(Type.Unknown.UNKNOWN), Type.Never.NEVER, false);
    }
    var bare = Paths.bareVariant(c, name);
    if (bare.isPresent()) {
      c.names.put(n, bare.get());
      return calls.constructor(bare.get(), typeArgs, n);
    }
    var decl = c.typeDecl(name);
    if (decl.isPresent() && decl.get() instanceof TypeDecl.Struct s && s.shape() == TypeDecl.Shape.TUPLE) {
      c.names.put(n, new Symbol.TypeName(s));
      if (!called) {
        c.error("infer.native_constructor_value", "cannot use a tuple-struct constructor as a value", n.span(),
            "`" + name + "` constructs a value only when called", "wrap it in a lambda: `|x| " + name + "(x)`");
        return Type.Error.ERROR;
      }
      return calls.tupleStructConstructor(s, typeArgs);
    }
    if (decl.isPresent() || c.typeNames.containsKey(name)) {
      c.error("infer.not_a_value", "type used as a value", n.span(), "`" + name + "` is a type",
          decl.isPresent() && decl.get() instanceof TypeDecl.Struct ? "construct it with `" + name + " { … }`"
              : decl.isPresent() ? "name a variant: `" + name + ".Variant`" : null);
      return Type.Error.ERROR;
    }
    if (name.equals("nil")) {
      c.error("resolve.nil_not_supported", "`nil` is not supported", n.span(), "Lisette has no `nil`",
          "absence is `None` of an `Option`");
      return Type.Error.ERROR;
    }
    if (name.equals("_")) {
      c.error("resolve.name_not_found", "name not found", n.span(), "`_` cannot be read", null);
      return Type.Error.ERROR;
    }
    String help = GO_BUILTINS.get(name);
    if (help == null) {
      help = suggest(name).map(s -> "did you mean `" + s + "`?").orElse(null);
    }
    c.error("resolve.name_not_found", "name not found", n.span(), "no variable or function `" + name + "` in scope", help);
    return Type.Error.ERROR;
  }

  private Optional<String> suggest(String name) {
    var candidates = new java.util.TreeSet<String>(c.globalNames());
    String best = null;
    int bestDistance = Math.max(1, name.length() / 3) + 1;
    for (String cand : candidates) {
      int d = editDistance(name, cand);
      if (d < bestDistance) {
        bestDistance = d;
        best = cand;
      }
    }
    for (int scope = 0; scope < 1; scope++) {
      // locals are searched through lookupLocal for exact names only; suggestions use globals
    }
    return Optional.ofNullable(best);
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private Type field(Expr.Field f) {
    if (calls.qualifier(f.target())) {
      return calls.callable(f, java.util.List.of(), false);
    }
    Type target = f.target() instanceof Expr.Name n ? name(n) : infer(f.target(), Optional.empty());
    record(f.target(), target);
    if (Type.lenient(target)) {
      return Type.Error.ERROR;
    }
    if (target instanceof Type.Package p && f.target() instanceof Expr.Name n
        && c.names.get(n) instanceof Symbol.Module m) {
      return moduleMember(f, m);
    }
    return data.valueField(f, target);
  }

  /** `models.load`: a function of an imported module; it must be `pub` (spec projects.visibility). */
  private Type moduleMember(Expr.Field f, Symbol.Module m) {
    String member = f.name().name();
    Symbol.Function fn = m.exports().functions().get(member);
    Symbol.Constant constant = m.exports().constants().get(member);
    Symbol.Variable variable = m.exports().variables().get(member);
    if (variable != null) {
      c.members.put(f, variable);
      return variable.type();
    }
    if (constant != null) {
      if (!constant.pub()) {
        c.add(Diagnostic.error("resolve.private_item", "private constant", f.name().span(),
            "`" + member + "` is private to module `" + m.exports().path() + "`")
            .withHelp("mark it `pub const " + member + "` to use it from other modules"));
        return Type.Error.ERROR;
      }
      c.members.put(f, constant);
      return constant.type();
    }
    if (fn == null && m.exports().types().get(member) instanceof TypeDecl.Struct s && s.shape() == TypeDecl.Shape.TUPLE) {
      c.moduleType(m.localName(), f.name());
      c.members.put(f, new Symbol.TypeName(s));
      return calls.tupleStructConstructor(s, java.util.List.of());
    }
    if (fn == null && m.exports().go()) {
      var names = new java.util.TreeSet<String>(m.exports().functions().keySet());
      names.addAll(m.exports().constants().keySet());
      names.addAll(m.exports().variables().keySet());
      names.addAll(m.exports().types().keySet());
      String help = names.stream().filter(k -> editDistance(k, member) <= 2)
          .min(java.util.Comparator.comparingInt((String k) -> editDistance(k, member)).thenComparing(java.util.Comparator.naturalOrder()))
          .map(k -> "did you mean `" + m.localName() + "." + k + "`?").orElse(null);
      c.error("infer.member_not_found", "member not found", f.name().span(),
          "package `" + m.localName() + "` has no member `" + member + "`", help);
      return Type.Error.ERROR;
    }
    if (fn == null) {
      c.error("resolve.not_found_in_module", "not found in module", f.name().span(),
          "module `" + m.exports().path() + "` has no `" + member + "`", null);
      return Type.Error.ERROR;
    }
    if (!fn.pub()) {
      c.add(Diagnostic.error("resolve.private_item", "private function", f.name().span(),
          "`" + member + "` is private to module `" + m.exports().path() + "`")
          .withHelp("mark it `pub fn " + member + "` to use it from other modules"));
      return Type.Error.ERROR;
    }
    c.members.put(f, fn);
    return fn.params().isEmpty() ? fn.type() : calls.instantiate(fn.type(), fn.params(), java.util.List.of(), java.util.List.of(), f.span());
  }

  /** The Go function a callee names, if any (for printf checks and emission). */
  Optional<GoPackages.Member> goMember(Expr callee) {
    if (callee instanceof Expr.Field f && c.members.get(f) instanceof Symbol.Function fn && GoTypedefs.isGo(fn.module())
        && f.target() instanceof Expr.Name n && c.names.get(n) instanceof Symbol.Module m) {
      return GoPackages.printing(GoTypedefs.goPath(fn.module()), m.localName(), fn.name());
    }
    return Optional.empty();
  }

  private Type call(Expr.Call call, Optional<Type> hint) {
    Type t = calls.call(call, hint);
    if (call.callee() instanceof Expr.Name n && c.names.get(n) instanceof Symbol.Native nat && nat.name().equals("panic")
        && !c.statementExprs.contains(call) && !c.tailExprs.contains(call)) {
      c.error("infer.panic_in_expression_position", "`panic` in expression position", call.span(),
          "`panic` never produces a value", "call `panic(…)` as a statement or as the last expression of a branch");
    }
    mutArguments(call);
    goMember(call.callee()).ifPresent(m -> PrintfCheck.check(c, m, call));
    return t;
  }

  /** A `mut` parameter takes a mutable binding (spec bindings.params.mut-argument). */
  private void mutArguments(Expr.Call call) {
    Symbol callee = call.callee() instanceof Expr.Name n ? c.names.get(n)
        : call.callee() instanceof Expr.Field fld ? c.members.get(fld) : null;
    // a method's parameters follow its receiver
    java.util.List<dev.lisette.syntax.Item.Param> params = switch (callee) {
      case Symbol.Function f -> f.decl().params();
      case Symbol.Method m when m.method().receiver() != TypeDecl.Receiver.NONE ->
          m.method().decl().params().subList(1, m.method().decl().params().size());
      case null, default -> java.util.List.of();
    };
    for (int i = 0; i < Math.min(params.size(), call.args().size()); i++) {
      if (params.get(i).mut() && unparen(call.args().get(i)) instanceof Expr.Name used
          && c.names.get(used) instanceof Symbol.Local l) {
        c.lints.mutated.add(l.binding().id());
      }
      if (params.get(i).mut() && unparen(call.args().get(i)) instanceof Expr.Name arg
          && c.names.get(arg) instanceof Symbol.Local l && !l.binding().mutable()) {
        c.error("infer.immutable_arg_to_mut_param", "immutable argument passed to `mut` parameter", arg.span(),
            "`" + arg.ident().name() + "` is immutable, but `" + params.get(i).name().name() + "` is a `mut` parameter",
            "declare it `let mut " + arg.ident().name() + "`");
      }
    }
  }

  // ---- control flow --------------------------------------------------------------------

  /** `?` nodes already reported for their position: not checked against the result type. */
  private final Set<Expr> misplacedPropagation = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * `Err(e)?` and `None?` always fail: they are allowed only as statements and tails (spec
   * error-handling.propagate.failure-position). Returns true when the position was reported.
   */
  private boolean propagatePosition(Expr.Propagate q) {
    if (misplacedPropagation.contains(q)) {
      return true;
    }
    Expr operand = unparen(q.operand());
    if (ErrorHandling.alwaysFails(q) && !c.statementExprs.contains(q) && !c.tailExprs.contains(q)) {
      c.error("infer.failure_propagation_in_expression", "failure propagation in expression position", q.span(),
          "this `?` always returns early and has no value", "write it as a statement, or `return " + c.file.source().text().substring(operand.span().start(), operand.span().end()) + "`");
      return true;
    }
    return false;
  }

  /** `?` inside a condition or a `&&`/`||` operand (spec error-handling.propagate.condition). */
  void noPropagation(Expr e) {
    switch (e) {
      case Expr.Propagate q -> {
        if (!misplacedPropagation.add(q)) {
          return;
        }
        c.error("infer.propagate_in_condition", "`?` in a condition", q.span(), "`?` cannot be used inside a condition",
            "bind the value with `let` before the condition");
      }
      case Expr.Paren p -> noPropagation(p.inner());
      case Expr.Unary u -> noPropagation(u.operand());
      case Expr.Binary b -> {
        noPropagation(b.left());
        noPropagation(b.right());
      }
      case Expr.Call call -> {
        noPropagation(call.callee());
        call.args().forEach(this::noPropagation);
      }
      case Expr.Field f -> noPropagation(f.target());
      case Expr.Cast cast -> noPropagation(cast.operand());
      case Expr.Index i -> {
        noPropagation(i.target());
        noPropagation(i.index());
      }
      default -> { }
    }
  }

  void condition(Expr cond) {
    noPropagation(cond);
    if (subExpression(cond)) {
      coerce(cond, Type.Prim.BOOL);
    }
  }

  private Type ifExpr(Expr.If i, Optional<Type> hint, boolean value) {
    condition(i.cond());
    if (i.otherwise().isEmpty() || !value) {
      c.block(i.then(), Optional.empty(), false);
      i.otherwise().ifPresent(this::inferStatement);
      return Type.Unit.UNIT;
    }
    Expr otherwise = i.otherwise().get();
    boolean thenLiteral = i.then().tail().map(Operators::literalLike).orElse(false);
    boolean elseLiteral = branchTail(otherwise).map(Operators::literalLike).orElse(false);
    if (hint.isEmpty() && thenLiteral && !elseLiteral) {
      Type t2 = infer(otherwise, hint);
      Type t1 = c.blockWithHint(i.then(), Type.lenient(t2) ? hint : Optional.of(t2), true);
      return unifyBranches(t2, t1, i.then().tail().map(Expr::span).orElse(i.then().span()));
    }
    Type t1 = c.shallow(c.blockWithHint(i.then(), hint, true));
    Type t2 = Type.lenient(t1) || t1 instanceof Type.Var ? infer(otherwise, hint) : infer(otherwise, Optional.of(t1));
    return unifyBranches(t1, t2, branchTail(otherwise).map(Expr::span).orElse(otherwise.span()));
  }

  private Optional<Expr> branchTail(Expr e) {
    return switch (e) {
      case Expr.BlockExpr b -> b.block().tail();
      default -> Optional.of(e);
    };
  }

  private Type unifyBranches(Type first, Type second, Span secondSpan) {
    first = c.shallow(first);
    second = c.shallow(second);
    if (first == Type.Never.NEVER) {
      return second;
    }
    if (second == Type.Never.NEVER || Type.lenient(first) || Type.lenient(second)) {
      return first;
    }
    if (!c.unify(first, second)) {
      c.error("infer.type_mismatch", "`if` and `else` have incompatible types", secondSpan,
          "expected `" + c.resolve(first) + "`, found `" + c.resolve(second) + "`", "both branches must produce the same type");
      return Type.Error.ERROR;
    }
    return first;
  }

  private Type loop(Expr.Loop l, Optional<Type> expected) {
    var ctx = new Checker.LoopContext(true, expected);
    c.loops.push(ctx);
    c.block(l.body(), Optional.empty(), false);
    c.loops.pop();
    return ctx.breakType == null ? Type.Never.NEVER : ctx.breakType;
  }

  private Type breakExpr(Expr.Break b) {
    if (c.loops.isEmpty()) {
      if (!errors.jumpLeaves(b.span(), "break")) {
        c.error("infer.break_outside_loop", "`break` outside of a loop", b.span(), "not inside `loop`, `while` or `for`", null);
      }
      b.value().ifPresent(v -> infer(v, Optional.empty()));
      return Type.Never.NEVER;
    }
    Checker.LoopContext ctx = c.loops.peek();
    if (!ctx.valued) {
      if (b.value().isPresent()) {
        c.error("infer.break_value_in_non_loop", "`break` with a value in `while` or `for`", b.value().get().span(),
            "only `loop` can produce a value", "use `loop { … break value }`, or a plain `break`");
        infer(b.value().get(), Optional.empty());
      }
      return Type.Never.NEVER;
    }
    Optional<Type> want = ctx.expected.isPresent() ? ctx.expected : Optional.ofNullable(ctx.breakType);
    Type t;
    if (b.value().isPresent()) {
      Expr v = b.value().get();
      if (!valueOperand(v)) {
        return Type.Never.NEVER;
      }
      t = want.isPresent() ? coerce(v, want.get()) : infer(v, Optional.empty());
      if (want.isPresent() && !Type.lenient(t)) {
        t = want.get();
      }
    } else {
      t = Type.Unit.UNIT;
      if (want.isPresent() && !Type.same(want.get(), Type.Unit.UNIT) && !Type.lenient(want.get())) {
        c.error("infer.type_mismatch", "mismatched types", b.span(), "expected `" + want.get() + "`, found `()`",
            "give the `break` a value: `break value`");
      }
    }
    if (ctx.breakType == null && t != Type.Never.NEVER) {
      ctx.breakType = t;
    }
    return Type.Never.NEVER;
  }

  private Type returnExpr(Expr.Return r) {
    if (errors.returnLeaves(r.span())) {
      r.value().ifPresent(v -> infer(v, Optional.empty()));
      return Type.Never.NEVER;
    }
    Type expected = c.returnType();
    if (r.value().isPresent()) {
      Expr v = r.value().get();
      if (valueOperand(v)) {
        if (Type.same(expected, Type.Unit.UNIT)) {
          Type t = infer(v, Optional.empty());
          if (!Type.lenient(t) && !Type.same(t, Type.Unit.UNIT)) {
            c.mismatch(v.span(), expected, t, "this function returns nothing; add `-> " + t + "` to its signature");
          }
        } else {
          coerce(v, expected);
        }
      }
    } else if (!Type.same(expected, Type.Unit.UNIT) && !Type.lenient(expected)) {
      c.error("infer.type_mismatch", "mismatched types", r.span(), "expected `" + expected + "`, found `()`",
          "return a value: `return value`");
    }
    return Type.Never.NEVER;
  }

  // ---- statements that need expression knowledge ---------------------------------------

  void assignment(Stmt.Assign a) {
    Type target = assignTarget(a.target());
    if (!valueOperand(a.value())) {
      return;
    }
    if (Type.lenient(target)) {
      infer(a.value(), Optional.empty());
      return;
    }
    if (a.op().isPresent()) {
      if (!subExpression(a.value())) {
        return;
      }
      if (!Operators.arithmeticOk(a.op().get(), target)) {
        infer(a.value(), Optional.empty());
        operators.arithmeticAllowed(a.op().get(), target, a.span(), a.opSpan());
        return;
      }
      operators.operand(a.value(), target);
      operators.divisionByZero(a.op().get(), a.value());
    } else {
      coerce(a.value(), target);
    }
  }

  private Type assignTarget(Expr target) {
    if (target instanceof Expr.Name n) {
      Optional<Binding> b = c.lookupLocal(n.ident().name());
      if (b.isPresent()) {
        c.names.put(n, new Symbol.Local(b.get()));
        c.types.put(n, b.get().type());
        c.lints.mutated.add(b.get().id());
        if (!b.get().mutable()) {
          c.error("infer.immutable", "immutable variable", n.span(),
              "cannot assign twice to immutable variable `" + n.ident().name() + "`",
              "declare it mutable: `let mut " + n.ident().name() + " = …` (or `mut` on a parameter)");
          return Type.Error.ERROR;
        }
        return b.get().type();
      }
      Type t = name(n);
      if (Type.lenient(t)) {
        return t;
      }
      c.error("infer.immutable", "cannot assign to this", n.span(), "`" + n.ident().name() + "` is not a variable", null);
      return Type.Error.ERROR;
    }
    Type t = infer(target, Optional.empty());
    if (Type.lenient(t)) {
      return t;
    }
    switch (target) {
      case Expr.Deref d -> {
        return t;
      }
      case Expr.Field f when c.members.get(f) instanceof Symbol.Field -> {
        if (unparen(f.target()) instanceof Expr.Index i && c.shallow(typeOf(i.target())) instanceof Type.MapOf) {
          c.error("infer.map_field_chain_assignment", "cannot assign to field of map entry", target.span(),
              "a map entry is a copy", "read the entry into a `let mut`, change it, and store it back: `m[k] = entry`");
          return Type.Error.ERROR;
        }
        return mutableRoot(unparen(f.target()), "assign to its field `" + f.name().name() + "`") ? t : Type.Error.ERROR;
      }
      case Expr.TupleField f -> {
        if (data.deref(typeOf(f.target())) instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Struct s
            && s.newtype()) {
          c.error("infer.newtype_field_assignment", "cannot assign to newtype field", target.span(),
              "`" + s.name() + "` wraps a single value", "assign a new value: `x = " + s.name() + "(v)`");
          return Type.Error.ERROR;
        }
        return mutableRoot(unparen(f.target()), "assign to its element") ? t : Type.Error.ERROR;
      }
      case Expr.Index i when !(unparen(i.index()) instanceof Expr.Range) -> {
        return mutableRoot(unparen(i.target()), "assign to its element") ? t : Type.Error.ERROR;
      }
      default -> {
        c.error("infer.non_addressable_assignment", "cannot assign to this expression", target.span(),
            "not a variable, field or element", "assign to a `let mut` variable");
        return Type.Error.ERROR;
      }
    }
  }

  /**
   * The path `e` (a variable, field, element) may be changed: its root is a `let mut`
   * binding or a `mut` parameter, or the path goes through a `Ref` (spec bindings.mutability.paths).
   */
  boolean mutableRoot(Expr e, String action) {
    if (c.shallow(typeOf(e)) instanceof Type.Ref) {
      return true;
    }
    return switch (e) {
      case Expr.Name n -> {
        if (c.names.get(n) instanceof Symbol.Local l) {
          c.lints.mutated.add(l.binding().id());
          if (l.binding().mutable() || c.shallow(l.binding().type()) instanceof Type.Ref) {
            yield true;
          }
          String name = n.ident().name();
          boolean self = name.equals("self");
          c.error(self ? "infer.value_receiver_immutable" : "infer.immutable", self ? "immutable receiver" : "immutable variable",
              n.span(), "`" + name + "` is immutable; cannot " + action,
              self ? "take `self: Ref<…>` to change the receiver" : "declare it mutable: `let mut " + name + " = …`");
          yield false;
        }
        yield true;
      }
      case Expr.Paren p -> mutableRoot(p.inner(), action);
      case Expr.Field f -> mutableRoot(unparen(f.target()), action);
      case Expr.TupleField f -> mutableRoot(unparen(f.target()), action);
      case Expr.Index i -> mutableRoot(unparen(i.target()), action);
      case Expr.Deref d -> true;
      default -> true;
    };
  }

  /** At the end of a function: every `let` must have a known type (spec types.inference.local). */
  private Type inferredCall(Type.Fn fn, java.util.List<Type> typeArgs) {
    if (typeArgs.isEmpty() && calls.lastInstantiation != null) {
      calls.inferredCalls.add(calls.lastInstantiation);
    }
    return fn;
  }

  void reportUninferred(java.util.List<Stmt.Let> lets) {
    boolean reported = false;
    for (Calls.Instantiation inst : calls.inferredCalls) {
      for (int i = 0; i < inst.params().size(); i++) {
        if (c.unifier.hasVars(inst.args().get(i)) && !c.errorsSince(errorMark)) {
          String name = c.file.source().text().substring(inst.at().start(), inst.at().end());
          c.error("infer.unconstrained_type_param", "cannot infer type parameter", inst.at(),
              "nothing determines `" + inst.params().get(i).name() + "` here",
              "give it explicitly: `" + name + "<" + inst.params().get(i).name() + ">(…)` with a concrete type, or annotate the result");
          reported = true;
          break;
        }
      }
    }
    calls.inferredCalls.clear();
    if (reported) {
      expressionsOfFunction.clear();
      return;
    }
    for (Stmt.Let let : lets) {
      Binding b = c.declarations.get(let);
      Type t = b != null ? b.type() : c.patternTypes.getOrDefault(let.pattern(), Type.Error.ERROR);
      if (!c.unifier.hasVars(t)) {
        continue;
      }
      Expr init = unparen(let.init());
      if (init instanceof Expr.Call call && calls.nativeConstructors.contains(call)) {
        c.error("infer.missing_type_argument", "missing type argument", init.span(),
            "the element type of this value is not known", "give it: `" + source(call.callee()) + "<T>()`, or annotate the binding");
      } else {
        c.error("infer.type_not_inferred", "uninferrable type", let.pattern().span(),
            "the type of this binding is `" + c.resolve(t) + "` with unknown parts", "annotate it: `let name: Type = …`");
      }
      reported = true;
    }
    if (!reported && !c.errorsSince(errorMark)) {
      expressionsOfFunction.stream().filter(e -> c.unifier.hasVars(typeOf(e)))
          .min(java.util.Comparator.comparingInt(e -> e.span().start()))
          .ifPresent(e -> c.error("infer.type_not_inferred", "uninferrable type", e.span(),
              "the type of this expression is `" + c.resolve(typeOf(e)) + "` with unknown parts",
              "annotate a binding or give type arguments"));
    }
    expressionsOfFunction.clear();
  }

  private final java.util.List<Expr> expressionsOfFunction = new java.util.ArrayList<>();
  /** Diagnostics before the current function: an unknown type after an error there is a follow-on. */
  private int errorMark;

  void markFunctionStart() {
    errorMark = c.diagnostics.size();
  }

  private static String source(Expr callee) {
    return callee instanceof Expr.Field f && f.target() instanceof Expr.Name n ? n.ident().name() + "." + f.name().name() : "f";
  }

  /** The element type of a `for` iterable. */
  Type iterable(Expr e) {
    Expr inner = unparen(e);
    if (inner instanceof Expr.Range r) {
      if (r.start().isEmpty()) {
        r.end().ifPresent(x -> infer(x, Optional.empty()));
        c.error("infer.range_not_iterable", "not iterable", r.span(), "a range without a start cannot be iterated",
            "give the range a start, e.g. `0..n`");
        record(inner, Type.Error.ERROR);
        record(e, Type.Error.ERROR);
        return Type.Error.ERROR;
      }
      Type t;
      if (r.end().isPresent()) {
        t = operators.operands(r.start().get(), r.end().get(), Optional.empty());
      } else {
        t = subExpression(r.start().get()) ? infer(r.start().get(), Optional.empty()) : Type.Error.ERROR;
      }
      if (!Type.lenient(t) && !Type.isInteger(t)) {
        c.error("infer.non_int_range_not_iterable", "not iterable", r.span(), "a range of `" + t + "` cannot be iterated",
            "only integer ranges can be iterated");
        t = Type.Error.ERROR;
      }
      record(inner, t);
      record(e, t);
      return t;
    }
    if (!subExpression(e)) {
      return Type.Error.ERROR;
    }
    Type t = c.shallow(infer(e, Optional.empty()));
    if (t == Type.Prim.STRING) {
      return Type.RUNE;
    }
    switch (t) {
      case Type.Slice s -> {
        return s.element();
      }
      case Type.MapOf m -> {
        return new Type.Tuple(java.util.List.of(m.key(), m.value()));
      }
      case Type.Named n when Type.isPrelude(n, "EnumeratedSlice") -> {
        return new Type.Tuple(java.util.List.of(Type.Prim.INT, n.args().get(0)));
      }
      case Type.Named n when Type.isPrelude(n, "Channel") || Type.isPrelude(n, "Receiver") -> {
        return n.args().get(0);
      }
      case Type.Named n when Type.isPrelude(n, "Sender") -> {
        c.error("infer.not_iterable", "not iterable", e.span(), "a `Sender<T>` cannot be received from",
            "iterate over the `Receiver` that `split()` returned");
        return Type.Error.ERROR;
      }
      case Type.Var v -> {
        c.error("infer.type_not_inferred", "type annotations needed", e.span(), "the type of this value is not known here",
            "annotate the binding's type");
        return Type.Error.ERROR;
      }
      default -> { }
    }
    if (!Type.lenient(t)) {
      c.error("infer.not_iterable", "not iterable", e.span(), "`" + t + "` cannot be iterated",
          "iterate over a range such as `0..n`");
    }
    return Type.Error.ERROR;
  }
}

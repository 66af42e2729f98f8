package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.GoTypedefs;
import dev.lisette.semantics.GoViews;
import dev.lisette.semantics.Type;
import dev.lisette.semantics.TypeDecl;
import dev.lisette.syntax.Attribute;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Calls across the boundary with Go (brief §16, §22.12): a Go function's declaration gives its
 * Lisette type, from which the Go signature follows by bindgen's mapping rules. Results are
 * converted by one call of a support function applied to the Go call itself (`f(g())` passes
 * all of g's results): `(T, error)` → `lisette.ResultOf(…)`, `(T, bool)` → `lisette.OptionOf`,
 * a nilable pointer or interface → `lisette.OptionNilable`; arguments the other way
 * (`lisette.Nilable(o)`), and Lisette closures whose Go view differs are wrapped.
 */
final class GoInterop {
  private final Lowering l;
  private final CheckedProgram p;

  GoInterop(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  static boolean isGo(String module) {
    return GoTypedefs.isGo(module);
  }

  /** `strings.`: the local name of a Go package in this file, importing it when needed. */
  String qualifier(String module) {
    return l.types.goQualifier(module);
  }

  /** `strings.ToUpper`: a member of a Go package. */
  GoAst.Expr member(String module, String name) {
    return new GoAst.Selector(new GoAst.Ident(l.types.goQualifier(module).replaceAll("\\.$", "")), name);
  }

  /**
   * A Go constant: an untyped Go constant takes its default type (`int`, `float64`) where no
   * type is expected (`fmt.Println(math.MaxUint64)`), so one of another declared type is
   * converted.
   */
  GoAst.Expr constant(dev.lisette.semantics.Symbol.Constant k) {
    GoAst.Expr ref = member(k.module(), k.name());
    Type.Prim prim = Type.prim(k.type());
    boolean defaultType = prim == null || prim == Type.Prim.INT || prim == Type.Prim.FLOAT64 || prim == Type.Prim.STRING
        || prim == Type.Prim.BOOL || k.type().equals(Type.RUNE) || prim == Type.Prim.COMPLEX128;
    return defaultType ? ref : new GoAst.Call(new GoAst.Ident(l.types.goType(k.type())), List.of(ref));
  }

  /** Functions whose cancel result `go vet` requires to be kept (its lostcancel check). */
  private static final java.util.Set<String> CANCELS = java.util.Set.of("go:context.WithCancel",
      "go:context.WithCancelCause", "go:context.WithDeadline", "go:context.WithDeadlineCause", "go:context.WithTimeout",
      "go:context.WithTimeoutCause");

  /**
   * A Go call whose value is dropped (spec interop.boundary.statement): a plain call statement
   * for a declaration that allows it (`fmt.Println`) or returns nothing; otherwise `_ = call`
   * (`_, _ = …`), which `go vet` accepts for the functions it wants used (`fmt.Sprintf`,
   * `slices.Clone`, `String()`); a context's cancel function is kept in the converted value.
   */
  GoAst.Stmt dropped(Expr.Call c) {
    Expr callee = c.callee() instanceof Expr.TypeApply ta ? ta.target() : c.callee();
    Type.Fn sig = null;
    List<Attribute> attrs = List.of();
    String key = "";
    if (callee instanceof Expr.Field f) {
      switch (p.members().get(f)) {
        case dev.lisette.semantics.Symbol.Function fn -> {
          sig = fn.type();
          attrs = fn.decl().attrs();
          key = fn.module() + "." + fn.name();
        }
        case dev.lisette.semantics.Symbol.Method m -> {
          sig = m.method().signature();
          attrs = m.method().decl().attrs();
        }
        case dev.lisette.semantics.Symbol.InterfaceMethod m -> {
          sig = m.method().signature();
          attrs = m.method().attrs();
        }
        case null, default -> { }
      }
    }
    int n = sig == null ? 0 : has(attrs, "comma_ok") ? 2 : resultCount(sig.result());
    boolean allowed = attrs.stream().anyMatch(a -> a.name().name().equals("allow"));
    if (n == 0 || allowed) {
      return new GoAst.ExprStmt(l.exprs.call(c, false));
    }
    if (CANCELS.contains(key)) {
      return new GoAst.Assign(new GoAst.Ident("_"), "=", l.exprs.call(c, true));
    }
    GoAst.Expr raw = l.exprs.call(c, false);
    var blanks = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < n; i++) {
      blanks.add(new GoAst.Ident("_"));
    }
    return n == 1 ? new GoAst.Assign(blanks.get(0), "=", raw) : new GoAst.Assign2(blanks, List.of(raw));
  }

  /** How many results the Go function declared with Lisette result {@code r} returns. */
  private static int resultCount(Type r) {
    if (r == Type.Unit.UNIT || r == Type.Never.NEVER) {
      return 0;
    }
    if (r instanceof Type.Named n && (Type.isPrelude(r, "Result") || Type.isPrelude(r, "Partial"))) {
      Type v = n.args().get(0);
      return v == Type.Unit.UNIT ? 1 : v instanceof Type.Tuple tu && Type.isPrelude(r, "Result") ? tu.elements().size() + 1 : 2;
    }
    return r instanceof Type.Tuple tu ? tu.elements().size() : 1;
  }

  /** Whether {@code c} calls a Go function or a method of a Go type or interface. */
  boolean isGoCall(Expr e) {
    if (!(Lowering.unparen(e) instanceof Expr.Call c)) {
      return false;
    }
    Expr callee = c.callee() instanceof Expr.TypeApply ta ? ta.target() : c.callee();
    if (!(callee instanceof Expr.Field f)) {
      return false;
    }
    return switch (p.members().get(f)) {
      case dev.lisette.semantics.Symbol.Function fn -> isGo(fn.module());
      case dev.lisette.semantics.Symbol.Method m -> isGo(m.method().owner());
      case dev.lisette.semantics.Symbol.InterfaceMethod m -> isGo(m.owner().module());
      case null, default -> false;
    };
  }

  /** The Go name of a declared Go type: bindgen appends `_` to names that collide with the prelude's. */
  static String typeName(TypeDecl d) {
    String n = d.name();
    return n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
  }

  // ---- the Go view of declared types ----------------------------------------------------

  /** A Go named numeric type (`time.Duration`): a value enum over a number. */
  boolean namedNumeric(Type t) {
    return t instanceof Type.Named n && p.typeDecls().get(n.key()) instanceof TypeDecl.ValueEnum v
        && Type.isNumeric(v.underlying());
  }

  private Optional<Type> nilableOption(Type t) {
    return GoViews.nilableOption(t, p.typeDecls());
  }

  /** Whether a value of declared type {@code t} is represented differently in Go. */
  boolean differs(Type t) {
    return GoViews.differs(t, p.typeDecls());
  }

  /** The Go spelling of declared type {@code t} as Go sees it. */
  String goType(Type t) {
    if (nilableOption(t).isPresent()) {
      return goType(nilableOption(t).get());
    }
    return switch (t) {
      case Type.Fn f when differs(f) -> {
        String ps = f.params().stream().map(this::goType).collect(Collectors.joining(", "));
        String rs = goResults(f.result());
        yield "func(" + ps + ")" + (rs.isEmpty() ? "" : " " + rs);
      }
      case Type.Slice s when differs(s) -> "[]" + goType(s.element());
      case Type.MapOf m when differs(m) -> "map[" + goType(m.key()) + "]" + goType(m.value());
      default -> l.types.goType(t);
    };
  }

  String goResults(Type r) {
    if (r == Type.Unit.UNIT || r == Type.Never.NEVER) {
      return "";
    }
    if (r instanceof Type.Named n && (Type.isPrelude(r, "Result") || Type.isPrelude(r, "Partial"))) {
      Type v = n.args().get(0);
      if (v == Type.Unit.UNIT) {
        return "error";
      }
      var parts = new ArrayList<String>();
      if (v instanceof Type.Tuple tu && Type.isPrelude(r, "Result")) {
        tu.elements().forEach(e -> parts.add(goType(e)));
      } else {
        parts.add(goType(v));
      }
      parts.add("error");
      return "(" + String.join(", ", parts) + ")";
    }
    if (r instanceof Type.Tuple tu && !tu.elements().isEmpty()) {
      return "(" + tu.elements().stream().map(this::goType).collect(Collectors.joining(", ")) + ")";
    }
    return goType(r);
  }

  // ---- Go → Lisette --------------------------------------------------------------------

  /**
   * The Lisette value of a Go call whose declared result is {@code declared}: multiple results
   * repacked, nil made `None`. {@code attrs} are the declaration's (`#[go(comma_ok)]`,
   * `#[go(array_return)]`).
   */
  GoAst.Expr result(GoAst.Expr call, Type declared, List<Attribute> attrs) {
    if (has(attrs, "array_return") && declared instanceof Type.Slice s) {
      String tmp = "a";
      return new GoAst.Call(new GoAst.FuncLit(Optional.of("[]" + goType(s.element())), List.of(
          new GoAst.Define(List.of(tmp), List.of(call)),
          new GoAst.Return(Optional.of(new GoAst.SliceExpr(new GoAst.Ident(tmp), Optional.empty(), Optional.empty(),
              Optional.empty()))))), List.of());
    }
    if (has(attrs, "comma_ok") && Type.isPrelude(declared, "Option")) {
      return support("OptionOf", call);
    }
    if (declared instanceof Type.Named n && Type.isPrelude(declared, "Result")) {
      Type v = n.args().get(0);
      if (v == Type.Unit.UNIT) {
        return support("ResultOfErr", call);
      }
      if (differs(v) || v instanceof Type.Tuple tu && tu.elements().stream().anyMatch(this::differs)) {
        return repack(call, declared, v instanceof Type.Tuple tu ? tu.elements() : List.of(v), true);
      }
      if (v instanceof Type.Tuple tu && tu.elements().size() >= 2) {
        return support("ResultOf" + tu.elements().size(), call);
      }
      if (v instanceof Type.Ref) {
        return support("ResultOfPtr", call);
      }
      return support("ResultOf", call);
    }
    if (Type.isPrelude(declared, "Partial")) {
      return support("PartialOf", call);
    }
    if (declared instanceof Type.Tuple tu && tu.elements().size() >= 2) {
      if (tu.elements().stream().anyMatch(this::differs)) {
        return repack(call, declared, tu.elements(), false);
      }
      return support("MakeTuple" + tu.elements().size(), call);
    }
    return value(call, declared);
  }

  /**
   * Go results some of which Lisette sees differently (`(Context, CancelFunc)`, a nilable
   * pointer inside a `Result`): received into variables by a function literal, converted one by
   * one and repacked.
   */
  private GoAst.Expr repack(GoAst.Expr call, Type declared, List<Type> values, boolean withError) {
    var names = new ArrayList<String>();
    var converted = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < values.size(); i++) {
      names.add("v" + i);
      converted.add(value(new GoAst.Ident("v" + i), values.get(i)));
    }
    GoAst.Expr packed = values.size() == 1 ? converted.get(0)
        : new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), "MakeTuple" + values.size()), converted);
    if (withError) {
      names.add("err");
      packed = new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), "ResultOf"),
          List.of(packed, new GoAst.Ident("err")));
    }
    return new GoAst.Call(new GoAst.FuncLit(Optional.of(l.types.goType(declared)), List.of(
        new GoAst.Define(names, List.of(call)), new GoAst.Return(Optional.of(packed)))), List.of());
  }

  /** A single Go value (a field, a variable, a callback's parameter) as Lisette sees it. */
  GoAst.Expr value(GoAst.Expr go, Type declared) {
    return convert(go, declared, false);
  }

  // ---- Lisette → Go --------------------------------------------------------------------

  /** A Lisette value handed to Go where {@code declared} is expected. */
  GoAst.Expr argument(GoAst.Expr v, Type declared) {
    return convert(v, declared, true);
  }

  /** A value converted between the views of {@code declared}, towards Go when {@code toGo}. */
  private GoAst.Expr convert(GoAst.Expr v, Type declared, boolean toGo) {
    if (nilableOption(declared).isPresent()) {
      return support(toGo ? "Nilable" : "OptionNilable", v);
    }
    if (declared instanceof Type.Fn f && differs(f)) {
      return wrapFunction(v, f, toGo);
    }
    if (declared instanceof Type.Slice s && differs(s)) {
      return elements("SliceMap", v, s.element(), toGo);
    }
    if (declared instanceof Type.MapOf m && differs(m.value())) {
      return elements("MapConvert", v, m.value(), toGo);
    }
    return v;
  }

  /**
   * A function converted between its Lisette and Go views: `toGo` wraps a Lisette closure so
   * Go can call it (Go's parameters converted in, its result converted out), otherwise a Go
   * function value is wrapped for Lisette.
   */
  private GoAst.Expr wrapFunction(GoAst.Expr fn, Type.Fn f, boolean toGo) {
    var params = new ArrayList<GoAst.Param>();
    var args = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < f.params().size(); i++) {
      Type t = f.params().get(i);
      String name = "p" + i;
      params.add(new GoAst.Param(name, toGo ? goType(t) : l.types.goType(t)));
      args.add(toGo ? value(new GoAst.Ident(name), t) : argument(new GoAst.Ident(name), t));
    }
    GoAst.Expr target = fn instanceof GoAst.FuncLit ? new GoAst.Paren(fn) : fn;
    GoAst.Expr call = new GoAst.Call(target, args);
    Type r = f.result();
    String results = toGo ? goResults(r) : (r == Type.Unit.UNIT || r == Type.Never.NEVER ? "" : l.types.goType(r));
    List<GoAst.Stmt> body;
    if (results.isEmpty()) {
      body = List.of(new GoAst.ExprStmt(call));
    } else {
      body = List.of(new GoAst.Return(Optional.of(toGo ? toGoResult(call, r) : result(call, r, List.of()))));
    }
    return new GoAst.FuncLit(params, Optional.of(results).filter(s -> !s.isEmpty()), body);
  }

  /** A Lisette result returned to Go: `lisette.ResultToGo(r)` gives Go's `(T, error)`. */
  GoAst.Expr toGoResult(GoAst.Expr v, Type r) {
    if (r instanceof Type.Named n && Type.isPrelude(r, "Result")) {
      if (n.args().get(0) == Type.Unit.UNIT) {
        return support("ResultToGoErr", v);
      }
      if (n.args().get(0) instanceof Type.Tuple tu && (tu.elements().size() == 2 || tu.elements().size() == 3)) {
        return support("ResultToGo" + tu.elements().size(), v);
      }
      return support("ResultToGo", v);
    }
    if (Type.isPrelude(r, "Partial")) {
      return support("PartialToGo", v);
    }
    if (r instanceof Type.Tuple tu && (tu.elements().size() == 2 || tu.elements().size() == 3)) {
      return support("TupleToGo" + tu.elements().size(), v);
    }
    return argument(v, r);
  }

  /** A slice or map whose elements differ between the views, copied element by element. */
  private GoAst.Expr elements(String helper, GoAst.Expr xs, Type e, boolean toGo) {
    String from = toGo ? l.types.goType(e) : goType(e);
    String to = toGo ? goType(e) : l.types.goType(e);
    GoAst.Expr conv = convert(new GoAst.Ident("x"), e, toGo);
    var fn = new GoAst.FuncLit(List.of(new GoAst.Param("x", from)), Optional.of(to), List.of(new GoAst.Return(Optional.of(conv))));
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), helper), List.of(xs, fn));
  }

  private GoAst.Expr support(String name, GoAst.Expr arg) {
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), name), List.of(arg));
  }

  // ---- calls ---------------------------------------------------------------------------

  /** The lowered arguments of a call of a Go function or method declared as {@code declared}. */
  List<GoAst.Expr> args(Expr.Call c, Type.Fn declared) {
    var indices = new java.util.IdentityHashMap<Expr, Integer>();
    for (int i = 0; i < c.args().size(); i++) {
      indices.put(c.args().get(i), i);
    }
    int n = declared.params().size();
    return l.exprs.sequence(c.args(), a -> {
      int i = indices.get(a);
      Type t = i < n ? declared.params().get(i) : declared.params().get(n - 1);
      return argument(l.exprs.valueAs(a, p.typeOf(a)), t);
    });
  }

  /** `#[go(comma_ok)]`: an argument of the declaration's `go` attribute. */
  static boolean has(List<Attribute> attrs, String flag) {
    return attrs.stream().filter(a -> a.name().name().equals("go")).flatMap(a -> a.args().stream())
        .anyMatch(arg -> arg instanceof Attribute.Arg.Flag f && f.name().name().equals(flag));
  }

  /** `#[go("Name")]`: the Go name of a declaration whose Lisette name differs. */
  static Optional<String> goName(List<Attribute> attrs) {
    return attrs.stream().filter(a -> a.name().name().equals("go")).flatMap(a -> a.args().stream())
        .filter(arg -> arg instanceof Attribute.Arg.Str).map(arg -> ((Attribute.Arg.Str) arg).value()).findFirst();
  }

  static List<Attribute> attrs(Item.Fn decl) {
    return decl.attrs();
  }
}

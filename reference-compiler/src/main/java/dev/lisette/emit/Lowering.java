package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.GoPackages;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.Stmt;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lowers a checked program to the Go syntax tree. Lisette expressions that Go can only
 * write as statements (`if`, blocks and `loop` used as values) are lowered into a
 * destination: a `return`, an assignment to a pre-declared variable, or nothing.
 */
public final class Lowering {
  /** Import path of the Go support package. */
  public static final String PRELUDE_PATH = "lisette.dev/prelude";

  private final CheckedProgram p;
  private final Map<Integer, String> goNames = new HashMap<>();
  private final Set<String> reserved = new HashSet<>();
  private final Deque<Set<String>> scopes = new ArrayDeque<>();
  private final Deque<Dest> loopDests = new ArrayDeque<>();
  private final Set<String> imports = new HashSet<>();
  private String fmtName = "fmt";
  private Type returnType = Type.Unit.UNIT;

  /** Where the value of a lowered expression goes. */
  private sealed interface Dest {
    record Return() implements Dest {}

    record Assign(GoAst.Expr target) implements Dest {}

    record Discard() implements Dest {}
  }

  private static final Dest RETURN = new Dest.Return();
  private static final Dest DISCARD = new Dest.Discard();

  private final String goModulePath;
  /** Local names of the imported project modules the lowered code uses. */
  private final Set<String> usedModules = new HashSet<>();

  private Lowering(CheckedProgram p, String goModulePath) {
    this.p = p;
    this.goModulePath = goModulePath;
  }

  /** Lowers a standalone program file. */
  public static GoAst.File lower(CheckedProgram p) {
    return new Lowering(p, "").file();
  }

  /** Lowers one file of a project whose Go module path is {@code goModulePath}. */
  public static GoAst.File lower(CheckedProgram p, String goModulePath) {
    return new Lowering(p, goModulePath).file();
  }

  /** The Go package name of a Lisette module: `main` for the entry module, else its last segment. */
  public static String packageName(String module) {
    if (module.isEmpty()) {
      return "main";
    }
    String last = module.substring(module.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_]", "_");
    if (last.isEmpty() || Character.isDigit(last.charAt(0))) {
      last = "m" + last;
    }
    return GoNames.mangle(last);
  }

  /** Go name of a function: `pub` functions are exported (capitalised) (spec projects.go-names). */
  static String functionName(Symbol.Function f) {
    return functionName(f.name(), f.pub());
  }

  static String functionName(String name, boolean pub) {
    if (pub && !name.equals("main") && !name.isEmpty() && Character.isLowerCase(name.charAt(0))) {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
    return GoNames.mangle(name);
  }

  private GoAst.File file() {
    for (Binding b : p.declarations().values()) {
      reserved.add(b.name());
    }
    var userImports = new ArrayList<GoAst.Import>();
    boolean fmtNamed = false;
    for (Item item : p.file().items()) {
      if (item instanceof Item.Fn fn) {
        reserved.add(functionName(fn.name().name(), fn.pub()));
      } else if (item instanceof Item.Import imp && p.imports().containsKey(imp)) {
        GoPackages.Pkg pkg = p.imports().get(imp);
        Optional<String> alias = imp.alias().map(a -> a.name());
        boolean blank = alias.isPresent() && alias.get().equals("_");
        boolean used = p.usedPackages().contains(pkg.path());
        if (pkg.path().equals("fmt") && !blank) {
          fmtName = alias.orElse("fmt");
          fmtNamed = used;
        }
        if (blank || used) {
          userImports.add(new GoAst.Import(alias.filter(a -> !a.equals(pkg.name())), pkg.path()));
        }
      }
    }
    var funcs = new ArrayList<GoAst.Func>();
    for (Item item : p.file().items()) {
      if (item instanceof Item.Fn fn && fn.body().isPresent()) {
        funcs.add(function(fn));
      }
    }
    if (imports.contains("fmt") && !fmtNamed) {
      // f-strings print through fmt.Sprintf even when the program never imports fmt.
      userImports.add(new GoAst.Import(Optional.of(fmtName).filter(a -> !a.equals("fmt")), "fmt"));
    }
    if (imports.contains("lisette")) {
      userImports.add(new GoAst.Import(Optional.of("lisette"), PRELUDE_PATH));
    }
    for (Item item : p.file().items()) {
      if (item instanceof Item.Import imp && p.moduleImports().containsKey(imp)) {
        var exports = p.moduleImports().get(imp);
        String local = imp.alias().map(a -> a.name()).orElse(exports.defaultName());
        if (usedModules.contains(local)) {
          String goPackage = packageName(exports.path());
          userImports.add(new GoAst.Import(Optional.of(local).filter(a -> !a.equals(goPackage)),
              goModulePath + "/" + exports.path()));
        }
      }
    }
    return new GoAst.File(packageName(p.module()), userImports, funcs);
  }

  // ---- functions and names -------------------------------------------------------------

  private GoAst.Func function(Item.Fn fn) {
    for (Item.Param param : fn.params()) {
      reserved.add(param.name().name());
    }
    returnType = fn.returnType().isPresent() ? resultOf(fn) : Type.Unit.UNIT;
    scopes.clear();
    scopes.push(new HashSet<>());
    var params = new ArrayList<GoAst.Param>();
    for (Item.Param param : fn.params()) {
      Binding b = p.declarations().get(param);
      params.add(new GoAst.Param(declare(b, false), goType(b.type())));
    }
    var body = new ArrayList<GoAst.Stmt>();
    block(fn.body().get(), returnType == Type.Unit.UNIT ? DISCARD : RETURN, body);
    scopes.pop();
    Optional<String> result = returnType == Type.Unit.UNIT ? Optional.empty() : Optional.of(goType(returnType));
    return new GoAst.Func(functionName(fn.name().name(), fn.pub()), params, result, body);
  }

  private Type resultOf(Item.Fn fn) {
    return p.signatures().get(fn).result();
  }

  /** Declares a binding in the current Go block and returns its Go name. */
  private String declare(Binding b, boolean freshIfVisible) {
    if (b.name().equals("_")) {
      goNames.put(b.id(), "_");
      return "_";
    }
    String base = GoNames.mangle(b.name());
    String name = base;
    boolean clash = scopes.peek().contains(name) || (freshIfVisible && visible(name));
    if (clash) {
      int i = 2;
      while (reserved.contains(base + i) || visible(base + i)) {
        i++;
      }
      name = base + i;
    }
    reserved.add(name);
    scopes.peek().add(name);
    goNames.put(b.id(), name);
    return name;
  }

  private boolean visible(String name) {
    return scopes.stream().anyMatch(s -> s.contains(name));
  }

  private String fresh(String base) {
    String name = base;
    int i = 2;
    while (reserved.contains(name) || visible(name)) {
      name = base + i++;
    }
    reserved.add(name);
    scopes.peek().add(name);
    return name;
  }

  private List<GoAst.Stmt> scoped(java.util.function.Consumer<List<GoAst.Stmt>> body) {
    scopes.push(new HashSet<>());
    var out = new ArrayList<GoAst.Stmt>();
    body.accept(out);
    scopes.pop();
    return out;
  }

  static String goType(Type t) {
    return switch (t) {
      case Type.Prim prim -> prim.goName();
      case Type.Alias a -> a.name();
      case Type.Unit u -> "struct{}";
      case Type.Never n -> "struct{}";
      case Type.Fn fn -> {
        var sb = new StringBuilder("func(");
        for (int i = 0; i < fn.params().size(); i++) {
          sb.append(i > 0 ? ", " : "").append(goType(fn.params().get(i)));
        }
        sb.append(')');
        if (fn.result() != Type.Unit.UNIT) {
          sb.append(' ').append(goType(fn.result()));
        }
        yield sb.toString();
      }
      case Type.Unknown u -> "any";
      case Type.Error e -> throw new IllegalStateException("error type reached the emitter");
      case Type.Package pk -> throw new IllegalStateException("package type reached the emitter");
      case Type.Var v -> throw new IllegalStateException("inference variable reached the emitter");
      case Type.Param tp -> tp.name();
      case Type.Tuple tu -> throw new IllegalStateException("tuples are not lowered yet");
      case Type.Slice sl -> "[]" + goType(sl.element());
      case Type.MapOf m -> "map[" + goType(m.key()) + "]" + goType(m.value());
      case Type.Ref r -> "*" + goType(r.target());
      case Type.Named nm -> throw new IllegalStateException("named types are not lowered yet");
    };
  }

  // ---- blocks and statements -----------------------------------------------------------

  private void block(Block b, Dest d, List<GoAst.Stmt> out) {
    for (Stmt s : b.stmts()) {
      statement(s, out);
      if (diverges(s)) {
        return; // what follows is unreachable (and `go vet` would say so)
      }
    }
    b.tail().ifPresent(t -> into(t, d, out));
  }

  private boolean diverges(Stmt s) {
    return switch (s) {
      case Stmt.ExprStmt e -> p.typeOf(e.expr()) == Type.Never.NEVER;
      case Stmt.Let l -> p.typeOf(l.init()) == Type.Never.NEVER;
      default -> false;
    };
  }

  private static Expr unparen(Expr e) {
    while (true) {
      if (e instanceof Expr.Paren paren) {
        e = paren.inner();
      } else if (e instanceof Expr.Pipe pipe) {
        e = pipe.call();
      } else {
        return e;
      }
    }
  }

  private static boolean isControl(Expr e) {
    Expr u = unparen(e);
    return u instanceof Expr.If || u instanceof Expr.BlockExpr || u instanceof Expr.Loop
        || u instanceof Expr.Return || u instanceof Expr.Break || u instanceof Expr.Continue;
  }

  private void statement(Stmt s, List<GoAst.Stmt> out) {
    switch (s) {
      case Stmt.Let let -> let(let, out);
      case Stmt.Assign a -> assign(a, out);
      case Stmt.ExprStmt e -> into(e.expr(), DISCARD, out);
      case Stmt.While w -> {
        GoAst.Expr cond = expr(w.cond());
        loopDests.push(DISCARD);
        List<GoAst.Stmt> body = scoped(o -> block(w.body(), DISCARD, o));
        loopDests.pop();
        out.add(new GoAst.For(Optional.empty(), Optional.of(cond), Optional.empty(), body));
      }
      case Stmt.For f -> forLoop(f, out);
      case Stmt.NestedItem n -> throw new IllegalStateException("nested item reached the emitter");
      case Stmt.WhileLet w -> throw new IllegalStateException("`while let` reached the emitter");
    }
  }

  private void let(Stmt.Let let, List<GoAst.Stmt> out) {
    Binding b = p.declarations().get(let);
    Expr init = let.init();
    if (b.name().equals("_")) {
      into(init, DISCARD, out);
      return;
    }
    Type t = b.type();
    String name;
    if (isControl(init)) {
      name = declare(b, true);
      out.add(new GoAst.Var(name, goType(t), Optional.empty()));
      into(init, new Dest.Assign(new GoAst.Ident(name)), out);
    } else if (t == Type.Unit.UNIT) {
      if (!(unparen(init) instanceof Expr.Unit)) {
        into(init, DISCARD, out);
      }
      name = declare(b, false);
      out.add(new GoAst.Var(name, "struct{}", Optional.empty()));
    } else {
      GoAst.Expr value = expr(init);
      name = declare(b, false);
      if (needsExplicitType(init, t)) {
        out.add(new GoAst.Var(name, goType(t), Optional.of(value)));
      } else {
        out.add(new GoAst.Define(List.of(name), List.of(value)));
      }
    }
    if (!p.isRead(b)) {
      out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", new GoAst.Ident(name)));
    }
  }

  /** A constant expression has Go's default type (int, float64, rune…) unless typed. */
  private boolean needsExplicitType(Expr init, Type t) {
    Optional<Type> dflt = constantDefault(init);
    return dflt.isPresent() && !Type.same(dflt.get(), t);
  }

  /** The type Go gives an untyped constant expression as we emit it, if it is one. */
  private Optional<Type> constantDefault(Expr e) {
    return switch (e) {
      case Expr.IntLit i -> {
        Type t = p.typeOf(i);
        yield Optional.of(Type.isFloat(t) ? Type.Prim.FLOAT64 : isComplex(t) ? Type.Prim.COMPLEX128 : Type.Prim.INT);
      }
      case Expr.FloatLit f -> Optional.of(isComplex(p.typeOf(f)) ? Type.Prim.COMPLEX128 : Type.Prim.FLOAT64);
      case Expr.ImaginaryLit i -> Optional.of(Type.Prim.COMPLEX128);
      case Expr.RuneLit r -> Optional.of(Type.RUNE);
      case Expr.Paren paren -> constantDefault(paren.inner());
      case Expr.Unary u when u.op() == dev.lisette.syntax.UnaryOp.NEG -> constantDefault(u.operand());
      case Expr.Binary b when b.op().isArithmetic() -> {
        Optional<Type> l = constantDefault(b.left());
        Optional<Type> r = constantDefault(b.right());
        if (l.isEmpty() || r.isEmpty()) {
          yield Optional.empty();
        }
        yield Optional.of(rank(l.get()) >= rank(r.get()) ? l.get() : r.get());
      }
      default -> Optional.empty();
    };
  }

  private static boolean isComplex(Type t) {
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

  private void assign(Stmt.Assign a, List<GoAst.Stmt> out) {
    Expr.Name target = (Expr.Name) a.target();
    GoAst.Expr goTarget = name(target);
    if (a.op().isEmpty() && isControl(a.value())) {
      into(a.value(), new Dest.Assign(goTarget), out);
      return;
    }
    if (a.op().isEmpty() && unparen(a.value()) instanceof Expr.Name n
        && p.names().get(n) instanceof Symbol.Local l && p.names().get(target) instanceof Symbol.Local t
        && l.binding().id() == t.binding().id()) {
      // `x = x` does nothing; Go vet rejects a self-assignment.
      out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", goTarget));
      return;
    }
    String op = a.op().map(o -> o.text() + "=").orElse("=");
    out.add(new GoAst.Assign(goTarget, op, value(a.value())));
  }

  private void forLoop(Stmt.For f, List<GoAst.Stmt> out) {
    Binding b = p.declarations().get(f);
    Expr iterable = unparen(f.iterable());
    if (iterable instanceof Expr.Range r) {
      Type t = b.type();
      GoAst.Expr start = expr(r.start().get());
      if (needsExplicitType(r.start().get(), t)) {
        start = new GoAst.Call(new GoAst.Ident(goType(t)), List.of(start));
      }
      Optional<GoAst.Expr> end = r.end().map(this::expr);
      scopes.push(new HashSet<>());
      String name = b.name().equals("_") ? fresh("i") : declare(b, true);
      GoAst.Ident var = new GoAst.Ident(name);
      GoAst.Stmt init;
      Optional<GoAst.Expr> cond = Optional.empty();
      GoAst.Stmt post = new GoAst.IncDec(var, "++");
      if (end.isPresent() && r.inclusive() && !belowMax(r.end().get(), t)) {
        // `a..=b` may end at the type's maximum, where `i <= b` would never become false:
        // a flag says whether another iteration follows (spec control-flow.for.type-max).
        String more = fresh("more");
        if (!stableBound(r.start().get())) {
          String startName = fresh("start");
          out.add(new GoAst.Define(List.of(startName), List.of(start)));
          start = new GoAst.Ident(startName);
        }
        GoAst.Expr endExpr = end.get();
        if (!stableBound(r.end().get())) {
          String endName = fresh("end");
          out.add(new GoAst.Define(List.of(endName), List.of(endExpr)));
          endExpr = new GoAst.Ident(endName);
        }
        init = new GoAst.Define(List.of(name, more), List.of(start, new GoAst.Binary("<=", start, endExpr)));
        cond = Optional.of(new GoAst.Ident(more));
        post = new GoAst.Assign2(List.of(var, new GoAst.Ident(more)),
            List.of(new GoAst.Binary("+", var, new GoAst.Lit("1")), new GoAst.Binary("<", var, endExpr)));
      } else if (end.isPresent() && !stableBound(r.end().get())) {
        String endName = fresh("end");
        init = new GoAst.Define(List.of(name, endName), List.of(start, end.get()));
        cond = Optional.of(new GoAst.Binary(r.inclusive() ? "<=" : "<", var, new GoAst.Ident(endName)));
      } else {
        init = new GoAst.Define(List.of(name), List.of(start));
        if (end.isPresent()) {
          cond = Optional.of(new GoAst.Binary(r.inclusive() ? "<=" : "<", var, end.get()));
        }
      }
      loopDests.push(DISCARD);
      List<GoAst.Stmt> body = scoped(o -> block(f.body(), DISCARD, o));
      loopDests.pop();
      scopes.pop();
      out.add(new GoAst.For(Optional.of(init), cond, Optional.of(post), body));
      return;
    }
    GoAst.Expr range = expr(f.iterable());
    scopes.push(new HashSet<>());
    boolean used = p.isRead(b);
    String name = used ? declare(b, true) : "_";
    loopDests.push(DISCARD);
    List<GoAst.Stmt> body = scoped(o -> block(f.body(), DISCARD, o));
    loopDests.pop();
    scopes.pop();
    out.add(used
        ? new GoAst.ForRange(Optional.of("_"), Optional.of(name), range, body)
        : new GoAst.ForRange(Optional.empty(), Optional.empty(), range, body));
  }

  /** A constant bound strictly below the maximum of the loop variable's type. */
  private boolean belowMax(Expr end, Type t) {
    var v = dev.lisette.semantics.ConstValue.of(end, p.types());
    Type.Prim prim = Type.prim(t);
    return v.isPresent() && v.get() instanceof dev.lisette.semantics.ConstValue.Int i && prim != null
        && i.value().compareTo(dev.lisette.semantics.ConstValue.max(prim)) < 0;
  }

  /** A range bound that cannot change while the loop runs, so Go may re-read it. */
  private boolean stableBound(Expr e) {
    Expr u = unparen(e);
    if (constantDefault(u).isPresent()) {
      return true;
    }
    return u instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Local l && !l.binding().mutable();
  }

  // ---- expressions into destinations ---------------------------------------------------

  private void into(Expr e, Dest d, List<GoAst.Stmt> out) {
    switch (e) {
      case Expr.Paren paren when isControl(paren.inner()) -> into(paren.inner(), d, out);
      case Expr.BlockExpr b -> {
        if (b.block().stmts().isEmpty() && b.block().tail().isPresent()) {
          into(b.block().tail().get(), d, out);
        } else {
          out.add(new GoAst.Block(scoped(o -> block(b.block(), d, o))));
        }
      }
      case Expr.If i -> out.add(ifStmt(i, d));
      case Expr.Loop l -> {
        loopDests.push(d);
        List<GoAst.Stmt> body = scoped(o -> block(l.body(), DISCARD, o));
        loopDests.pop();
        out.add(new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(), body));
      }
      case Expr.Break b -> {
        Dest ld = loopDests.isEmpty() ? DISCARD : loopDests.peek();
        if (b.value().isPresent()) {
          into(b.value().get(), ld, out);
          if (ld instanceof Dest.Return) {
            return;
          }
        }
        out.add(new GoAst.Break());
      }
      case Expr.Continue c -> out.add(new GoAst.Continue());
      case Expr.Return r -> {
        if (r.value().isPresent()) {
          if (returnType == Type.Unit.UNIT) {
            into(r.value().get(), DISCARD, out);
            out.add(new GoAst.Return(Optional.empty()));
          } else {
            into(r.value().get(), RETURN, out);
          }
        } else {
          out.add(new GoAst.Return(Optional.empty()));
        }
      }
      default -> simpleInto(e, d, out);
    }
  }

  private GoAst.If ifStmt(Expr.If i, Dest d) {
    GoAst.Expr cond = expr(i.cond());
    Dest branch = i.otherwise().isPresent() ? d : DISCARD;
    List<GoAst.Stmt> then = scoped(o -> block(i.then(), branch, o));
    Optional<GoAst.Stmt> otherwise = i.otherwise().map(o -> switch (o) {
      case Expr.If nested -> ifStmt(nested, d);
      case Expr.BlockExpr b -> new GoAst.Block(scoped(out -> block(b.block(), d, out)));
      default -> throw new IllegalStateException("else branch must be a block or if");
    });
    return new GoAst.If(cond, then, otherwise);
  }

  private void simpleInto(Expr e, Dest d, List<GoAst.Stmt> out) {
    Type t = p.typeOf(e);
    switch (d) {
      case Dest.Return r -> out.add(new GoAst.Return(Optional.of(value(e))));
      case Dest.Assign a -> {
        if (t == Type.Unit.UNIT && unparen(e) instanceof Expr.Call) {
          out.add(new GoAst.ExprStmt(expr(e)));
          out.add(new GoAst.Assign(a.target(), "=", unitValue()));
        } else {
          out.add(new GoAst.Assign(a.target(), "=", value(e)));
        }
      }
      case Dest.Discard x -> {
        Expr u = unparen(e);
        if (u instanceof Expr.Unit) {
          return; // `()` has nothing to evaluate
        }
        if (u instanceof Expr.Call && (t == Type.Unit.UNIT || t == Type.Never.NEVER)) {
          out.add(new GoAst.ExprStmt(expr(u)));
        } else {
          out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", value(e)));
        }
      }
    }
  }

  private static GoAst.Expr unitValue() {
    return new GoAst.Composite("struct{}", List.of());
  }

  // ---- simple expressions --------------------------------------------------------------

  /** An expression used as a value: a call of a unit function still yields `struct{}{}`. */
  private GoAst.Expr value(Expr e) {
    if (p.typeOf(e) == Type.Unit.UNIT && unparen(e) instanceof Expr.Call) {
      return new GoAst.Call(new GoAst.FuncLit(Optional.of("struct{}"),
          List.of(new GoAst.ExprStmt(expr(e)), new GoAst.Return(Optional.of(unitValue())))), List.of());
    }
    return expr(e);
  }

  private GoAst.Expr expr(Expr e) {
    return switch (e) {
      case Expr.IntLit i -> intLiteral(i);
      case Expr.FloatLit f -> new GoAst.Lit(f.text());
      case Expr.ImaginaryLit i -> new GoAst.Lit(i.text());
      case Expr.BoolLit b -> new GoAst.Ident(b.value() ? "true" : "false");
      case Expr.StringLit s -> new GoAst.Lit(GoLiterals.string(s.raw()));
      case Expr.RuneLit r -> new GoAst.Lit(GoLiterals.rune(r.value()));
      case Expr.FString f -> fstring(f);
      case Expr.Unit u -> unitValue();
      case Expr.Name n -> name(n);
      case Expr.Field f -> field(f);
      case Expr.Call c -> call(c);
      case Expr.Unary u -> {
        GoAst.Expr operand = value(u.operand());
        if (operand instanceof GoAst.Unary) {
          operand = new GoAst.Paren(operand);
        }
        yield new GoAst.Unary(u.op().text(), operand);
      }
      case Expr.Binary b -> binary(b);
      case Expr.Cast c -> cast(c);
      case Expr.Paren paren -> new GoAst.Paren(expr(paren.inner()));
      case Expr.BlockExpr b -> throw unexpected(e);
      case Expr.If i -> throw unexpected(e);
      case Expr.Loop l -> throw unexpected(e);
      case Expr.Break b -> throw unexpected(e);
      case Expr.Continue c -> throw unexpected(e);
      case Expr.Return r -> throw unexpected(e);
      case Expr.Range r -> throw unexpected(e);
      case Expr.Missing m -> throw unexpected(e);
      case Expr.Pipe pipe -> expr(pipe.call());
      case Expr.TupleField x -> throw unexpected(e);
      case Expr.TypeApply x -> throw unexpected(e);
      case Expr.Index x -> throw unexpected(e);
      case Expr.Deref x -> throw unexpected(e);
      case Expr.Propagate x -> throw unexpected(e);
      case Expr.Tuple x -> throw unexpected(e);
      case Expr.SliceLit x -> throw unexpected(e);
      case Expr.StructLit x -> throw unexpected(e);
      case Expr.Lambda x -> throw unexpected(e);
      case Expr.IfLet x -> throw unexpected(e);
      case Expr.Match x -> throw unexpected(e);
      case Expr.Task x -> throw unexpected(e);
      case Expr.Defer x -> throw unexpected(e);
      case Expr.Try x -> throw unexpected(e);
      case Expr.Recover x -> throw unexpected(e);
      case Expr.Select x -> throw unexpected(e);
      case Expr.RawGo x -> throw unexpected(e);
    };
  }

  private static IllegalStateException unexpected(Expr e) {
    return new IllegalStateException(e.getClass().getSimpleName() + " in expression position at " + e.span());
  }

  private GoAst.Expr intLiteral(Expr.IntLit i) {
    Type t = p.typeOf(i);
    if (Type.isFloat(t) || isComplex(t)) {
      // Typed as a float: spell it as one, so Go's constant arithmetic is float arithmetic.
      BigInteger v = dev.lisette.semantics.ConstValue.parseInt(i.text());
      return new GoAst.Lit(v + ".0");
    }
    return new GoAst.Lit(i.text());
  }

  private GoAst.Expr name(Expr.Name n) {
    Symbol s = p.names().get(n);
    return switch (s) {
      case Symbol.Local l -> new GoAst.Ident(goNames.get(l.binding().id()));
      case Symbol.Function f -> new GoAst.Ident(functionName(f));
      case Symbol.GoFunction g -> new GoAst.Selector(new GoAst.Ident(g.member().pkgName()), g.member().name());
      case Symbol.Package pk -> new GoAst.Ident(pk.localName());
      case Symbol.Module m -> new GoAst.Ident(m.localName());
      case Symbol.TypeName t -> throw new IllegalStateException("not lowered yet: type name");
      case Symbol.Field t -> throw new IllegalStateException("not lowered yet: field");
      case Symbol.Variant t -> throw new IllegalStateException("not lowered yet: variant");
      case Symbol.Method t -> throw new IllegalStateException("not lowered yet: method");
      case Symbol.AssociatedFunction t -> throw new IllegalStateException("not lowered yet: associated function");
      case Symbol.Native t -> throw new IllegalStateException("not lowered yet: native");
      case null -> throw new IllegalStateException("unresolved name " + n.ident().name());
    };
  }

  private GoAst.Expr field(Expr.Field f) {
    if (p.members().get(f) instanceof Symbol.Function fn && f.target() instanceof Expr.Name n
        && p.names().get(n) instanceof Symbol.Module m) {
      usedModules.add(m.localName());
      return new GoAst.Selector(new GoAst.Ident(m.localName()), functionName(fn));
    }
    return new GoAst.Selector(expr(f.target()), f.name().name());
  }

  private Optional<GoPackages.Member> goMember(Expr callee) {
    if (callee instanceof Expr.Field f && f.target() instanceof Expr.Name n
        && p.names().get(n) instanceof Symbol.Package pk) {
      return Optional.ofNullable(pk.pkg().members().get(f.name().name()));
    }
    return Optional.empty();
  }

  private GoAst.Expr call(Expr.Call c) {
    Optional<GoPackages.Member> member = goMember(c.callee());
    if (member.isPresent() && member.get().pkgPath().equals("fmt") && c.args().size() == 1
        && c.args().get(0) instanceof Expr.FString f && hasHoles(f)) {
      // fmt.Println(f"…") prints through one Printf (spec interop.fmt.fstring-fusion).
      String name = member.get().name();
      if (name.equals("Println") || name.equals("Print") || name.equals("Printf")) {
        GoAst.Expr fn = new GoAst.Selector(expr(((Expr.Field) c.callee()).target()), "Printf");
        return new GoAst.Call(fn, formatArgs(f, name.equals("Println") ? "\\n" : ""));
      }
    }
    var args = new ArrayList<GoAst.Expr>();
    for (Expr a : c.args()) {
      args.add(value(a));
    }
    return new GoAst.Call(expr(c.callee()), args);
  }

  private static boolean hasHoles(Expr.FString f) {
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
    imports.add("fmt");
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(fmtName), "Sprintf"), formatArgs(f, ""));
  }

  private List<GoAst.Expr> formatArgs(Expr.FString f, String suffix) {
    var format = new StringBuilder("\"");
    var args = new ArrayList<GoAst.Expr>();
    for (Expr.FString.Part part : f.parts()) {
      switch (part) {
        case Expr.FString.Text t -> format.append(GoLiterals.stringBody(t.raw(), true));
        case Expr.FString.Hole h -> {
          format.append(p.typeOf(h.expr()) == Type.RUNE ? "%c" : "%v");
          args.add(value(h.expr()));
        }
      }
    }
    format.append(suffix).append('"');
    args.add(0, new GoAst.Lit(format.toString()));
    return args;
  }

  private GoAst.Expr binary(Expr.Binary b) {
    GoAst.Expr l = value(b.left());
    GoAst.Expr r = value(b.right());
    Type t = p.typeOf(b.left());
    if (b.op().isComparison() && Type.prim(t) == Type.Prim.BOOL
        && b.op() != dev.lisette.syntax.BinaryOp.EQ && b.op() != dev.lisette.syntax.BinaryOp.NE) {
      // Go has no ordering of booleans; false < true (spec expr.comparison.bool-order).
      imports.add("lisette");
      GoAst.Expr cmp = new GoAst.Call(new GoAst.Selector(new GoAst.Ident("lisette"), "CompareBools"), List.of(l, r));
      return new GoAst.Binary(b.op().text(), cmp, new GoAst.Lit("0"));
    }
    return new GoAst.Binary(b.op().text(), l, r);
  }

  private GoAst.Expr cast(Expr.Cast c) {
    Type target = p.typeOf(c);
    return new GoAst.Call(new GoAst.Ident(goType(target)), List.of(value(c.operand())));
  }

  /** Whether the lowered file needs the prelude package. */
  boolean usesPrelude() {
    return imports.contains("lisette");
  }
}

package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.semantics.TypeDecl;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lowers a checked program to the Go syntax tree. Lisette expressions that Go can only
 * write as statements (`if`, `match`, blocks and `loop` used as values) are lowered into a
 * destination: a `return`, an assignment to a pre-declared variable, or nothing. This class
 * holds the state of a file (names, scopes, loops) and lowers functions, blocks and
 * statements; expressions, types, collections, methods and patterns have their own classes.
 */
public final class Lowering {
  /** Import path of the Go support package. */
  public static final String PRELUDE_PATH = GoImports.PRELUDE_PATH;

  final CheckedProgram p;
  final GoImports imports;
  final TypeLowering types;
  final ExprLowering exprs;
  final CollectionLowering collections;
  final MethodLowering methods;
  final DataLowering data;
  final PatternLowering patterns;
  final ErrorLowering errors;
  final ConstLowering constants;
  final ChannelLowering channels;
  final SelectLowering selects;
  /** A standalone program (one file): no other module can close its channels. */
  final boolean standalone;
  final GoInterop interop;
  private final TypeDecls typeDecls;
  /** In a debug build, the .lis path `//line` directives name (else null) and the lines found. */
  private final String lineFile;
  private final Map<Object, Integer> lines = new java.util.IdentityHashMap<>();

  private final Map<Integer, String> goNames = new HashMap<>();
  private final Set<String> reserved = new HashSet<>();
  private final Deque<Set<String>> scopes = new ArrayDeque<>();
  private Deque<LoopFrame> loops = new ArrayDeque<>();
  Type returnType = Type.Unit.UNIT;
  /** Where statements that an expression needs first (temporaries) go. */
  List<GoAst.Stmt> sink = new ArrayList<>();

  /** Where the value of a lowered expression goes. */
  sealed interface Dest {
    /** `return wrap(value)`: a `try` block's closure returns its tail wrapped in `Ok`/`Some`. */
    record Return(java.util.function.UnaryOperator<GoAst.Expr> wrap) implements Dest {}

    record Assign(GoAst.Expr target) implements Dest {}

    record Discard() implements Dest {}
  }

  static final Dest RETURN = new Dest.Return(v -> v);
  static final Dest DISCARD = new Dest.Discard();

  /** An enclosing loop: where `break value` goes, and its label once a `break` needs one. */
  static final class LoopFrame {
    final Dest dest;
    String label;
    /** How many Go `switch` statements lie between the loop and the code being lowered. */
    int switches;

    LoopFrame(Dest dest) {
      this.dest = dest;
    }
  }

  private Lowering(CheckedProgram p, String goModulePath, String lineFile) {
    this.p = p;
    this.lineFile = lineFile;
    this.standalone = goModulePath.isEmpty();
    this.imports = new GoImports(p, goModulePath);
    this.types = new TypeLowering(p, imports);
    this.typeDecls = new TypeDecls(p, types, imports);
    this.exprs = new ExprLowering(this);
    this.collections = new CollectionLowering(this);
    this.methods = new MethodLowering(this);
    this.data = new DataLowering(this);
    this.patterns = new PatternLowering(this);
    this.errors = new ErrorLowering(this);
    this.constants = new ConstLowering(this);
    this.channels = new ChannelLowering(this);
    this.selects = new SelectLowering(this);
    this.interop = new GoInterop(this);
  }

  /** Lowers a standalone program file. */
  public static GoAst.File lower(CheckedProgram p) {
    return new Lowering(p, "", null).file();
  }

  /** Lowers one file of a project whose Go module path is {@code goModulePath}. */
  public static GoAst.File lower(CheckedProgram p, String goModulePath) {
    return new Lowering(p, goModulePath, null).file();
  }

  /** A debug build: statements and functions are mapped to lines of {@code lineFile} (spec projects.cli.debug-line-directives). */
  public static GoAst.File lower(CheckedProgram p, String goModulePath, String lineFile) {
    return new Lowering(p, goModulePath, lineFile).file();
  }

  /** In a debug build, maps the Go statements or declarations {@code out} gained since {@code from} to the line of {@code at}. */
  private void mapLine(List<?> out, int from, dev.lisette.diagnostics.Span at) {
    if (lineFile != null && out.size() > from) {
      lines.putIfAbsent(out.get(from), p.file().source().line(at.start()));
    }
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

  /**
   * Go name of a module function: `pub` functions are exported (capitalised), and a `_` is
   * appended when that spells a type-level name of its module (spec projects.go-names).
   */
  String goFunctionName(Symbol.Function f) {
    return GoNames.function(f.name(), f.pub(), moduleTypes(f.module()));
  }

  /** The struct and enum declarations of {@code module} (all of them, private ones too). */
  java.util.Collection<TypeDecl> moduleTypes(String module) {
    if (!module.equals(p.module())) {
      for (var exports : p.moduleImports().values()) {
        if (exports.path().equals(module)) {
          return exports.types().values();
        }
      }
    }
    return p.typeDecls().values().stream().filter(d -> d.module().equals(module)).toList();
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
    for (Item item : p.file().items()) {
      switch (item) {
        case Item.Fn fn -> reserved.add(GoNames.function(fn.name().name(), fn.pub(), moduleTypes(p.module())));
        case Item.Struct s -> reserved.add(s.name().name());
        case Item.Enum e -> reserved.add(e.name().name());
        case Item.Interface i -> reserved.add(i.name().name());
        case Item.Const k -> reserved.add(GoNames.function(k.name().name(), k.pub(), moduleTypes(p.module())));
        default -> {}
      }
    }
    var decls = new ArrayList<GoAst.Decl>();
    for (Item item : p.file().items()) {
      int from = decls.size();
      switch (item) {
        case Item.Fn fn when fn.body().isPresent() -> decls.add(function(fn));
        case Item.Struct s -> decls.addAll(typeDecls.declare(localDecl(s.name().name())));
        case Item.Enum e -> decls.addAll(typeDecls.declare(localDecl(e.name().name())));
        case Item.Interface i -> decls.addAll(typeDecls.declare(localDecl(i.name().name())));
        case Item.Impl impl -> impl.methods().stream().filter(m -> m.body().isPresent())
            .forEach(m -> {
              GoAst.Func f = methods.declare(m);
              int at = decls.size();
              decls.add(f);
              methods.goFacing(m, f).ifPresent(decls::add);
              for (int i = at; i < decls.size(); i++) {
                mapLine(decls, i, m.name().span());
              }
            });
        case Item.Const k when k.value().isPresent() -> decls.add(constants.declare(k));
        default -> {}
      }
      for (int i = from; i < decls.size(); i++) {
        mapLine(decls, i, item instanceof Item.Fn fn ? fn.name().span() : item.span());
      }
    }
    return lineFile == null ? new GoAst.File(packageName(p.module()), imports.imports(), decls)
        : new GoAst.File(packageName(p.module()), imports.imports(), decls, lineFile, lines);
  }

  private TypeDecl localDecl(String name) {
    TypeDecl d = p.typeDecls().get(p.module() + "." + name);
    if (d == null) {
      throw new IllegalStateException("no declaration for type " + name);
    }
    return d;
  }

  // ---- functions and names -------------------------------------------------------------

  private GoAst.Func function(Item.Fn fn) {
    Type.Fn sig = p.signatures().get(fn);
    List<Type.Param> params = fn.generics().stream().map(g -> typeParam(fn, g.name().name(), sig)).toList();
    String tp = typeParams(fn, params, sig);
    return body(Optional.empty(), GoNames.function(fn.name().name(), fn.pub(), moduleTypes(p.module())), tp, false,
        fn, fn.params(), sig);
  }

  /** The type parameter {@code name} of a function, as its signature or body uses it (it carries the bounds). */
  private Type.Param typeParam(Item.Fn fn, String name, Type.Fn sig) {
    var found = new java.util.ArrayList<Type.Param>();
    collectParams(sig, found);
    for (var entry : p.types().entrySet()) {
      var span = entry.getKey().span();
      if (span.start() >= fn.span().start() && span.end() <= fn.span().end()) {
        collectParams(entry.getValue(), found);
      }
    }
    return found.stream().filter(tp -> tp.name().equals(name)).findFirst().orElse(new Type.Param(name, -1));
  }

  private static void collectParams(Type t, List<Type.Param> out) {
    switch (t) {
      case Type.Param tp -> out.add(tp);
      case Type.Tuple tu -> tu.elements().forEach(x -> collectParams(x, out));
      case Type.Slice s -> collectParams(s.element(), out);
      case Type.MapOf m -> {
        collectParams(m.key(), out);
        collectParams(m.value(), out);
      }
      case Type.Ref r -> collectParams(r.target(), out);
      case Type.Named n -> n.args().forEach(x -> collectParams(x, out));
      case Type.Fn f -> {
        f.params().forEach(x -> collectParams(x, out));
        collectParams(f.result(), out);
      }
      default -> {}
    }
  }

  /** `[T any, K comparable, S Shape]` for the type parameters {@code params} of a function. */
  String typeParams(Item.Fn fn, List<Type.Param> params, Type.Fn sig) {
    if (params.isEmpty()) {
      return "";
    }
    var found = new HashSet<Type.Param>();
    types.collectComparable(sig, false, found);
    for (var entry : p.types().entrySet()) {
      var span = entry.getKey().span();
      if (span.start() >= fn.span().start() && span.end() <= fn.span().end()) {
        types.collectComparable(entry.getValue(), false, found);
      }
    }
    Set<String> comparable = new HashSet<>();
    found.forEach(tp -> comparable.add(tp.name()));
    var need = new HashSet<Type.Param>();
    params.stream().filter(tp -> comparable.contains(tp.name())).forEach(need::add);
    return types.typeParams(params, need);
  }

  /**
   * A Go function for {@code fn}: receiver (a method's `self`), parameters (pattern parameters
   * destructured at the start of the body) and the body lowered into a `return`.
   */
  GoAst.Func body(Optional<Item.Param> receiver, String name, String typeParams, boolean asMethod, Item.Fn fn,
      List<Item.Param> params, Type.Fn sig) {
    Type saved = returnType;
    var savedLoops = loops;
    loops = new ArrayDeque<>();
    returnType = sig.result();
    scopes.clear();
    scopes.push(new HashSet<>());
    var body = new ArrayList<GoAst.Stmt>();
    Optional<GoAst.Param> recv = receiver.map(r -> {
      Binding b = p.declarations().get(r);
      return new GoAst.Param(declare(b, false), types.goType(b.type()));
    });
    var goParams = new ArrayList<GoAst.Param>();
    for (int i = 0; i < params.size(); i++) {
      Item.Param param = params.get(i);
      Type t = sig.params().get(i);
      goParams.add(new GoAst.Param(parameter(param.pattern(), p.declarations().get(param), t, body),
          types.goType(t)));
    }
    block(fn.body().get(), returnType == Type.Unit.UNIT ? DISCARD : RETURN, body);
    scopes.pop();
    Optional<String> result = returnType == Type.Unit.UNIT ? Optional.empty() : Optional.of(types.goType(returnType));
    returnType = saved;
    loops = savedLoops;
    if (asMethod) {
      return new GoAst.Func(recv, name, "", goParams, result, body);
    }
    var all = new ArrayList<GoAst.Param>();
    recv.ifPresent(all::add);
    all.addAll(goParams);
    return new GoAst.Func(Optional.empty(), name, typeParams, all, result, body);
  }

  /**
   * Declares a parameter (of a function or lambda) and returns its Go name; a destructuring
   * pattern gets a fresh name and its bindings are read from it at the start of {@code body}.
   */
  String parameter(Pattern pattern, Binding simple, Type t, List<GoAst.Stmt> body) {
    Pattern inner = pattern;
    while (inner instanceof Pattern.Paren paren) {
      inner = paren.inner();
    }
    if (inner instanceof Pattern.Wildcard) {
      return "_";
    }
    if (inner instanceof Pattern.Binding bp) {
      Binding b = simple != null ? simple : p.declarations().get(bp);
      return declare(b, false);
    }
    String name = fresh("arg");
    patterns.destructure(pattern, new GoAst.Ident(name), t, body);
    return name;
  }

  /** Declares a binding in the current Go block and returns its Go name. */
  String declare(Binding b, boolean freshIfVisible) {
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

  String goName(Binding b) {
    String n = goNames.get(b.id());
    if (n == null) {
      throw new IllegalStateException("binding " + b.name() + " used before its declaration was lowered");
    }
    return n;
  }

  private boolean visible(String name) {
    return scopes.stream().anyMatch(s -> s.contains(name));
  }

  /** A new Go name that no Lisette name and no visible Go name uses. */
  String fresh(String base) {
    String name = base;
    int i = 2;
    while (reserved.contains(name) || visible(name)) {
      name = base + i++;
    }
    reserved.add(name);
    scopes.peek().add(name);
    return name;
  }

  /** Lowers into a new Go block (its own scope, its own statement sink). */
  List<GoAst.Stmt> scoped(Consumer<List<GoAst.Stmt>> body) {
    scopes.push(new HashSet<>());
    var savedSink = sink;
    var out = new ArrayList<GoAst.Stmt>();
    sink = out;
    body.accept(out);
    sink = savedSink;
    scopes.pop();
    return out;
  }

  /** Runs {@code body} with {@code out} as the statement sink. */
  void into(List<GoAst.Stmt> out, Runnable body) {
    var saved = sink;
    sink = out;
    body.run();
    sink = saved;
  }

  // ---- loops ---------------------------------------------------------------------------

  LoopFrame pushLoop(Dest d) {
    var frame = new LoopFrame(d);
    loops.push(frame);
    return frame;
  }

  /** Pops the loop and labels its statement if a `break` inside a Go `switch` needed it. */
  GoAst.Stmt popLoop(LoopFrame frame, GoAst.Stmt loop) {
    loops.pop();
    return frame.label == null ? loop : new GoAst.Labeled(frame.label, loop);
  }

  /** Lowers {@code body} as the body of a Go `switch` case (a `break` there needs a label). */
  void inSwitch(Runnable body) {
    LoopFrame frame = loops.peek();
    if (frame != null) {
      frame.switches++;
    }
    body.run();
    if (frame != null) {
      frame.switches--;
    }
  }

  /** A `break` out of the innermost loop (labelled when a Go `switch` is in between). */
  GoAst.Stmt breakLoop() {
    LoopFrame frame = loops.peek();
    if (frame == null || frame.switches == 0) {
      return new GoAst.Break();
    }
    if (frame.label == null) {
      frame.label = fresh("loop");
    }
    return new GoAst.Break(Optional.of(frame.label));
  }

  /** Runs a lambda body: its own return type and no enclosing loops. */
  <T> T function(Type result, java.util.function.Supplier<T> body) {
    Type saved = returnType;
    var savedLoops = loops;
    var savedSink = sink;
    returnType = result;
    loops = new ArrayDeque<>();
    scopes.push(new HashSet<>());
    T out = body.get();
    scopes.pop();
    returnType = saved;
    loops = savedLoops;
    sink = savedSink;
    return out;
  }

  // ---- blocks and statements -----------------------------------------------------------

  void block(Block b, Dest d, List<GoAst.Stmt> out) {
    for (Stmt s : b.stmts()) {
      int from = out.size();
      statement(s, out);
      mapLine(out, from, s.span());
      if (diverges(s)) {
        return; // what follows is unreachable (and `go vet` would say so)
      }
    }
    b.tail().ifPresent(t -> {
      int from = out.size();
      into(t, d, out);
      mapLine(out, from, t.span());
    });
  }

  private boolean diverges(Stmt s) {
    return switch (s) {
      case Stmt.ExprStmt e -> p.typeOf(e.expr()) == Type.Never.NEVER
          || unparen(e.expr()) instanceof Expr.Propagate q && errors.failureLiteral(q);
      case Stmt.Let l -> p.typeOf(l.init()) == Type.Never.NEVER;
      default -> false;
    };
  }

  static Expr unparen(Expr e) {
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

  static boolean isControl(Expr e) {
    Expr u = unparen(e);
    return u instanceof Expr.If || u instanceof Expr.BlockExpr || u instanceof Expr.Loop
        || u instanceof Expr.Return || u instanceof Expr.Break || u instanceof Expr.Continue
        || u instanceof Expr.Match || u instanceof Expr.IfLet || u instanceof Expr.Select;
  }

  void statement(Stmt s, List<GoAst.Stmt> out) {
    var saved = sink;
    sink = out;
    switch (s) {
      case Stmt.Let let -> let(let, out);
      case Stmt.Assign a -> assign(a, out);
      case Stmt.ExprStmt e -> into(e.expr(), DISCARD, out);
      case Stmt.While w -> {
        var pre = new ArrayList<GoAst.Stmt>();
        GoAst.Expr cond = exprs.lowerInto(pre, () -> exprs.expr(w.cond()));
        LoopFrame frame = pushLoop(DISCARD);
        List<GoAst.Stmt> body = scoped(o -> {
          if (!pre.isEmpty()) {
            o.addAll(pre);
            o.add(new GoAst.If(ExprLowering.not(cond), List.of(new GoAst.Break()), Optional.empty()));
          }
          block(w.body(), DISCARD, o);
        });
        GoAst.Stmt loop = pre.isEmpty() ? new GoAst.For(Optional.empty(), Optional.of(cond), Optional.empty(), body)
            : new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(), body);
        out.add(popLoop(frame, loop));
      }
      case Stmt.For f -> {
        if (!channels.sendLoop(f, out)) {
          collections.forLoop(f, out);
        }
      }
      case Stmt.WhileLet w -> patterns.whileLet(w, out);
      case Stmt.NestedItem n -> throw new IllegalStateException("nested item reached the emitter");
    }
    sink = saved;
  }

  private void let(Stmt.Let let, List<GoAst.Stmt> out) {
    if (let.otherwise().isPresent() || !p.declarations().containsKey(let)) {
      patterns.let(let, out);
      return;
    }
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
      out.add(new GoAst.Var(name, types.goType(t), Optional.empty()));
      into(init, new Dest.Assign(new GoAst.Ident(name)), out);
    } else if (t == Type.Unit.UNIT) {
      if (!(unparen(init) instanceof Expr.Unit)) {
        into(init, DISCARD, out);
      }
      name = declare(b, false);
      out.add(new GoAst.Var(name, "struct{}", Optional.empty()));
    } else {
      GoAst.Expr value = b.mutable() ? collections.ownedValue(init) : exprs.value(init);
      name = declare(b, false);
      if (exprs.needsExplicitType(init, t) || exprs.converts(init, t)) {
        out.add(new GoAst.Var(name, types.goType(t), Optional.of(value)));
      } else {
        out.add(new GoAst.Define(List.of(name), List.of(value)));
      }
    }
    if (!p.isRead(b)) {
      out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", new GoAst.Ident(name)));
    }
  }

  private void assign(Stmt.Assign a, List<GoAst.Stmt> out) {
    GoAst.Expr goTarget = exprs.expr(a.target());
    if (a.op().isEmpty() && isControl(a.value())) {
      into(a.value(), new Dest.Assign(goTarget), out);
      return;
    }
    if (a.op().isEmpty() && unparen(a.value()) instanceof Expr.Name n && a.target() instanceof Expr.Name target
        && p.names().get(n) instanceof Symbol.Local l && p.names().get(target) instanceof Symbol.Local t
        && l.binding().id() == t.binding().id()) {
      // `x = x` does nothing; Go vet rejects a self-assignment.
      out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", goTarget));
      return;
    }
    String op = a.op().map(o -> o.text() + "=").orElse("=");
    out.add(new GoAst.Assign(goTarget, op, exprs.value(a.value())));
  }

  // ---- expressions into destinations ---------------------------------------------------

  void into(Expr e, Dest d, List<GoAst.Stmt> out) {
    var saved = sink;
    sink = out;
    switch (e) {
      case Expr.Paren paren when isControl(paren.inner()) -> into(paren.inner(), d, out);
      case Expr.BlockExpr b when b.block().stmts().isEmpty() && b.block().tail().isEmpty() && d == DISCARD -> {}
      case Expr.BlockExpr b -> {
        if (b.block().stmts().isEmpty() && b.block().tail().isPresent()) {
          into(b.block().tail().get(), d, out);
        } else {
          out.add(new GoAst.Block(scoped(o -> block(b.block(), d, o))));
        }
      }
      case Expr.If i -> out.add(ifStmt(i, d));
      case Expr.Match m -> patterns.match(m, d, out);
      case Expr.IfLet i -> patterns.ifLet(i, d, out);
      case Expr.Loop l -> {
        LoopFrame frame = pushLoop(d);
        List<GoAst.Stmt> body = scoped(o -> block(l.body(), DISCARD, o));
        out.add(popLoop(frame, new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(), body)));
      }
      case Expr.Break b -> {
        Dest ld = loops.isEmpty() ? DISCARD : loops.peek().dest;
        if (b.value().isPresent()) {
          into(b.value().get(), ld, out);
          if (ld instanceof Dest.Return) {
            break;
          }
        }
        out.add(breakLoop());
      }
      case Expr.Continue c -> out.add(new GoAst.Continue());
      case Expr.Defer x -> errors.defer(x, out);
      case Expr.Task x -> selects.task(x, out);
      case Expr.Select x -> selects.select(x, d, out);
      case Expr.Propagate q when errors.failureLiteral(q) -> out.add(errors.failureReturn(q));
      case Expr.Propagate q when d instanceof Dest.Discard -> errors.propagate(q); // only the check
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
    sink = saved;
  }

  private GoAst.If ifStmt(Expr.If i, Dest d) {
    GoAst.Expr cond = exprs.expr(i.cond());
    Dest branch = i.otherwise().isPresent() ? d : DISCARD;
    List<GoAst.Stmt> then = scoped(o -> block(i.then(), branch, o));
    Optional<GoAst.Stmt> otherwise = i.otherwise().map(o -> switch (o) {
      case Expr.If nested -> elseIf(nested, d);
      case Expr.IfLet nested -> new GoAst.Block(scoped(out -> patterns.ifLet(nested, d, out)));
      case Expr.BlockExpr b -> new GoAst.Block(scoped(out -> block(b.block(), d, out)));
      default -> throw new IllegalStateException("else branch must be a block or if");
    });
    return new GoAst.If(cond, then, otherwise);
  }

  /** An `else if`, or `else { temporaries; if … }` when its condition needs statements first. */
  private GoAst.Stmt elseIf(Expr.If nested, Dest d) {
    var pre = new ArrayList<GoAst.Stmt>();
    var holder = new GoAst.If[1];
    List<GoAst.Stmt> block = scoped(o -> {
      holder[0] = exprs.lowerInto(pre, () -> ifStmt(nested, d));
      o.addAll(pre);
      o.add(holder[0]);
    });
    return pre.isEmpty() ? holder[0] : new GoAst.Block(block);
  }

  /**
   * A call that never returns: Go knows that only of `panic`, so after any other (`os.Exit`, a
   * Lisette `-> Never` function) a `panic("unreachable")` ends the Go block.
   */
  private void neverCall(GoAst.Expr call, List<GoAst.Stmt> out) {
    GoAst.Stmt stmt = new GoAst.ExprStmt(call);
    out.add(stmt);
    if (!GoFlow.terminates(stmt)) {
      out.add(PatternLowering.unreachable());
    }
  }

  void simpleInto(Expr e, Dest d, List<GoAst.Stmt> out) {
    Type t = p.typeOf(e);
    switch (d) {
      case Dest.Return r -> {
        if (t == Type.Never.NEVER && unparen(e) instanceof Expr.Call) {
          neverCall(exprs.expr(e), out);
        } else {
          out.add(new GoAst.Return(Optional.of(r.wrap().apply(exprs.value(e)))));
        }
      }
      case Dest.Assign a -> {
        if ((t == Type.Unit.UNIT || t == Type.Never.NEVER) && unparen(e) instanceof Expr.Call) {
          if (t == Type.Never.NEVER) {
            neverCall(exprs.expr(e), out);
          } else {
            out.add(new GoAst.ExprStmt(exprs.expr(e)));
          }
          if (t == Type.Unit.UNIT) {
            out.add(new GoAst.Assign(a.target(), "=", ExprLowering.unitValue()));
          }
        } else {
          GoAst.Expr v = exprs.value(e);
          if (!(v.equals(a.target()) && plainPath(v))) {
            out.add(new GoAst.Assign(a.target(), "=", v)); // `x = x` does nothing (and vet rejects it)
          }
        }
      }
      case Dest.Discard x -> {
        Expr u = unparen(e);
        if (u instanceof Expr.Unit || collections.appendStatement(u, out) || channels.statement(u, out)) {
          return; // `()` has nothing to evaluate; `xs.append(v)` is `xs = append(xs, v)`
        }
        if (u instanceof Expr.Call call && interop.isGoCall(call) && t == Type.Never.NEVER) {
          neverCall(exprs.call(call, false), out); // `os.Exit(1)`
        } else if (u instanceof Expr.Call call && interop.isGoCall(call)) {
          out.add(interop.dropped(call));
        } else if (u instanceof Expr.Call && (t == Type.Unit.UNIT || t == Type.Never.NEVER)) {
          if (t == Type.Never.NEVER) {
            neverCall(exprs.expr(u), out);
          } else {
            out.add(new GoAst.ExprStmt(exprs.expr(u)));
          }
        } else {
          out.add(new GoAst.Assign(new GoAst.Ident("_"), "=", exprs.value(e)));
        }
      }
    }
  }

  /** A variable or a field path of one: reading it has no effect. */
  private static boolean plainPath(GoAst.Expr e) {
    return e instanceof GoAst.Ident || e instanceof GoAst.Selector s && plainPath(s.target());
  }

  /** Whether the lowered file needs the prelude package. */
  boolean usesPrelude() {
    return imports.usesPrelude();
  }
}

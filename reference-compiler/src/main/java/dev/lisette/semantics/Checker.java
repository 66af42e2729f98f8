package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Stmt;
import dev.lisette.syntax.TypeExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Name resolution and type checking of one program file. Types flow inward from what the
 * context expects (an annotation, a parameter, the other operand), which is how literals
 * adapt (spec types.literal-adaptation); errors are reported once and then silenced by
 * {@link Type.Error}.
 */
public final class Checker {
  private final ModuleInput module;
  /** The file being checked; imports are per file, functions per module. */
  ParsedFile file;
  List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<ParsedFile, List<Diagnostic>> diagnosticsByFile = new IdentityHashMap<>();
  private final Map<ParsedFile, Map<String, Symbol>> fileScopes = new IdentityHashMap<>();
  final Map<Expr.Field, Symbol> members = new IdentityHashMap<>();
  final Map<Item.Import, ModuleExports> moduleImports = new IdentityHashMap<>();
  final Map<Expr, Type> types = new IdentityHashMap<>();
  final Map<Expr.Name, Symbol> names = new IdentityHashMap<>();
  final Map<Object, Binding> declarations = new IdentityHashMap<>();
  final Set<Integer> read = new HashSet<>();
  /** The module's functions: one namespace across its files. */
  final Map<String, Symbol> functions = new LinkedHashMap<>();
  /** The current file's imports. */
  Map<String, Symbol> globals = new LinkedHashMap<>();
  final Map<Item.Import, GoPackages.Pkg> imports = new IdentityHashMap<>();
  final Set<String> usedPackages = new HashSet<>();
  final Map<Item.Fn, Type.Fn> signatures = new IdentityHashMap<>();
  private final Deque<Map<String, Binding>> scopes = new ArrayDeque<>();
  final Deque<LoopContext> loops = new ArrayDeque<>();
  private int nextBinding;
  private Type returnType = Type.Unit.UNIT;
  private final Expressions expressions = new Expressions(this);

  /** The innermost loop: `loop` collects break values, `while`/`for` take none. */
  static final class LoopContext {
    final boolean valued;
    final Optional<Type> expected;
    Type breakType;

    LoopContext(boolean valued, Optional<Type> expected) {
      this.valued = valued;
      this.expected = expected;
    }
  }

  private Checker(ModuleInput module) {
    this.module = module;
  }

  /** Checks a standalone program file. */
  public static CheckedProgram check(ParsedFile file) {
    return checkModule(ModuleInput.standalone(file)).files().get(0);
  }

  /** The result of checking a module: one checked program per file, and its exports. */
  public record CheckedModule(List<CheckedProgram> files, ModuleExports exports) {}

  public static CheckedModule checkModule(ModuleInput module) {
    var c = new Checker(module);
    c.run();
    var read = Set.copyOf(c.read);
    var used = Set.copyOf(c.usedPackages);
    var files = new ArrayList<CheckedProgram>();
    for (ParsedFile f : module.files()) {
      files.add(new CheckedProgram(f, module.path(), c.types, c.names, c.members, c.declarations, read, c.imports,
          c.moduleImports, c.signatures, used, List.copyOf(c.diagnosticsByFile.get(f)), Map.of(), Map.of(), Map.of(), Map.of()));
    }
    var exports = new LinkedHashMap<String, Symbol.Function>();
    c.functions.forEach((name, sym) -> {
      if (sym instanceof Symbol.Function f) {
        exports.put(name, f);
      }
    });
    return new CheckedModule(List.copyOf(files), new ModuleExports(module.path(), Map.copyOf(exports)));
  }

  /** Makes {@code f} the current file: its imports and its diagnostics list. */
  private void enter(ParsedFile f) {
    file = f;
    diagnostics = diagnosticsByFile.computeIfAbsent(f, k -> new ArrayList<>());
    globals = fileScopes.computeIfAbsent(f, k -> new LinkedHashMap<>());
  }

  /** A top-level name: the file's imports, then the module's functions. */
  Symbol global(String name) {
    Symbol s = globals.get(name);
    return s != null ? s : functions.get(name);
  }

  java.util.Set<String> globalNames() {
    var all = new java.util.HashSet<>(globals.keySet());
    all.addAll(functions.keySet());
    return all;
  }

  // ---- reporting -----------------------------------------------------------------------

  void error(String code, String message, Span span, String label, String help) {
    var d = Diagnostic.error(code, message, span, label);
    diagnostics.add(help == null ? d : d.withHelp(help));
  }

  void add(Diagnostic d) {
    diagnostics.add(d);
  }

  void mismatch(Span span, Type expected, Type actual, String help) {
    if (Type.lenient(actual) || Type.lenient(expected)) {
      return;
    }
    error("infer.type_mismatch", "mismatched types", span,
        "expected `" + expected + "`, found `" + actual + "`", help);
  }

  // ---- items ---------------------------------------------------------------------------

  private void run() {
    Item.Fn main = null;
    for (ParsedFile f : module.files()) {
      enter(f);
      for (Item item : f.items()) {
        switch (item) {
          case Item.Import imp -> { }
          case Item.Fn fn -> {
            declareFunction(fn);
            if (fn.name().name().equals("main") && main == null) {
              main = fn;
            }
          }
          case Item.Struct st -> notSupported(st.span(), "struct declarations");
          case Item.Enum en -> notSupported(en.span(), "enum declarations");
          case Item.ValueEnum en -> notSupported(en.span(), "value enums");
          case Item.Interface in -> notSupported(in.span(), "interfaces");
          case Item.Impl im -> notSupported(im.span(), "`impl` blocks");
          case Item.Const co -> notSupported(co.span(), "`const` declarations");
          case Item.Var va -> notSupported(va.span(), "`var` declarations");
          case Item.TypeAlias ta -> notSupported(ta.span(), "type aliases");
        }
      }
    }
    for (ParsedFile f : module.files()) {
      enter(f);
      for (Item item : f.items()) {
        if (item instanceof Item.Import imp) {
          declareImport(imp);
        }
      }
    }
    if (module.entry()) {
      enter(module.files().get(0));
      if (main == null) {
        Span at = file.items().isEmpty() ? Span.at(0) : file.items().get(0).span();
        error("resolve.missing_main", "no `main` function", new Span(at.start(), at.start()),
            "a program needs `fn main()`", "add `fn main() { … }`: the program starts there");
      } else if (!main.params().isEmpty() || main.returnType().isPresent()) {
        for (ParsedFile f : module.files()) {
          if (f.items().contains(main)) {
            enter(f);
          }
        }
        error("infer.invalid_main_signature", "invalid `main` signature", main.name().span(),
            "`main` takes no parameters and returns nothing", "write `fn main() { … }`");
      }
    }
    for (ParsedFile f : module.files()) {
      enter(f);
      for (Item item : f.items()) {
        if (item instanceof Item.Fn fn) {
          checkFunction(fn);
        }
      }
    }
  }

  private void declareImport(Item.Import imp) {
    String path = imp.path();
    if (!path.startsWith("go:")) {
      declareModuleImport(imp);
      return;
    }
    var pkg = GoPackages.find(path.substring(3));
    if (pkg.isEmpty()) {
      error("resolve.module_not_found", "Go package not available", imp.pathSpan(),
          "no declarations for `" + path + "`", "this version of the compiler knows only `go:fmt`");
      return;
    }
    String local = imp.alias().map(a -> a.name()).orElse(pkg.get().name());
    imports.put(imp, pkg.get());
    if (local.equals("_")) {
      return;
    }
    if (global(local) != null) {
      error("resolve.import_conflict", "import conflict", imp.span(), "`" + local + "` is already declared", null);
      return;
    }
    globals.put(local, new Symbol.Package(pkg.get(), local));
  }

  /** `import "models"` / `import m "models"` of a module of the same project. */
  private void declareModuleImport(Item.Import imp) {
    String path = imp.path();
    if (module.standalone()) {
      error("resolve.module_not_found", "module not found", imp.pathSpan(),
          "no module `" + path + "`", "a single-file program can only import Go packages, e.g. `import \"go:fmt\"`");
      return;
    }
    ModuleExports exports = module.dependencies().get(path);
    if (exports == null) {
      // The project builder has already reported missing modules, bad paths and cycles.
      return;
    }
    String local = imp.alias().map(a -> a.name()).orElse(exports.defaultName());
    if (local.equals("_")) {
      error("resolve.blank_import_non_go", "invalid import", imp.span(), "only Go packages can be imported as `_`",
          "remove the `_`, or the whole import");
      return;
    }
    if (global(local) != null) {
      error("resolve.import_conflict", "import conflict", imp.span(), "`" + local + "` is already declared",
          "give one of them another name: `import other \"" + path + "\"`");
      return;
    }
    moduleImports.put(imp, exports);
    globals.put(local, new Symbol.Module(exports, local));
  }

  private void declareFunction(Item.Fn fn) {
    String name = fn.name().name();
    var params = new ArrayList<Type>();
    for (Item.Param p : fn.params()) {
      params.add(p.type().map(this::resolveType).orElse(Type.Error.ERROR));
    }
    Type result = fn.returnType().map(this::resolveType).orElse(Type.Unit.UNIT);
    var symbol = new Symbol.Function(name, new Type.Fn(params, result, false), fn, module.path());
    signatures.put(fn, symbol.type());
    if (functions.containsKey(name)) {
      error("infer.duplicate_definition", "duplicate function", fn.name().span(),
          "`" + name + "` is defined more than once", "rename one of them");
      return;
    }
    functions.put(name, symbol);
  }

  /** Reports a construct the grammar accepts but this version cannot check yet. */
  Type notSupported(Span span, String what) {
    error("infer.not_supported", what + " is not supported yet", span, "not supported by this version of the compiler",
        null);
    return Type.Error.ERROR;
  }

  /** Generic functions, attributes, receivers and destructuring parameters are not checked yet. */
  private boolean unsupportedSignature(Item.Fn fn) {
    if (!fn.attrs().isEmpty()) {
      notSupported(fn.attrs().get(0).span(), "attributes");
      return true;
    }
    if (!fn.generics().isEmpty()) {
      notSupported(fn.generics().get(0).span().to(fn.generics().get(fn.generics().size() - 1).span()),
          "generic functions");
      return true;
    }
    for (Item.Param p : fn.params()) {
      if (p.type().isEmpty()) {
        notSupported(p.span(), "`self` parameters");
        return true;
      }
      if (dev.lisette.syntax.Pattern.simpleName(p.pattern()).isEmpty()) {
        notSupported(p.pattern().span(), "destructuring parameters");
        return true;
      }
    }
    return false;
  }

  private void checkFunction(Item.Fn fn) {
    if (unsupportedSignature(fn)) {
      return;
    }
    if (fn.body().isEmpty()) {
      error("infer.bodyless_function_outside_typedef", "missing function body", fn.name().span(),
          "`" + fn.name().name() + "` has no body", "bodiless functions are only allowed in `.d.lis` declaration files");
      return;
    }
    Type.Fn sig = signatures.get(fn);
    returnType = sig.result();
    scopes.clear();
    loops.clear();
    pushScope();
    for (int i = 0; i < fn.params().size(); i++) {
      Item.Param p = fn.params().get(i);
      Binding b = declare(p.name().name(), sig.params().get(i), p.mut(), p.name().span());
      declarations.put(p, b);
    }
    Block body = fn.body().get();
    boolean explicitUnit = fn.returnType().isPresent();
    if (returnType == Type.Unit.UNIT && !explicitUnit) {
      block(body, Optional.empty(), false);
    } else {
      Type t = block(body, Optional.of(returnType), true);
      if (body.tail().isEmpty() && !Type.lenient(t) && !Type.same(t, returnType)) {
        Span at = fn.returnType().get().span();
        {
          error("infer.type_mismatch", "mismatched types", at,
              "expected `" + returnType + "`, found `()`",
              "the body has no final expression; end it with the value to return");
        }
      }
    }
    popScope();
  }

  // ---- types ---------------------------------------------------------------------------

  private static final Map<String, Type> PRIMITIVES = primitives();

  private static Map<String, Type> primitives() {
    var m = new HashMap<String, Type>();
    for (Type.Prim p : Type.Prim.values()) {
      m.put(p.goName(), p);
    }
    m.put("byte", Type.BYTE);
    m.put("rune", Type.RUNE);
    return Map.copyOf(m);
  }

  private static final Map<String, String> FOREIGN_TYPE_NAMES = Map.of(
      "i32", "int32", "i64", "int64", "u8", "byte", "f64", "float64", "f32", "float32",
      "usize", "int", "String", "string", "str", "string", "boolean", "bool", "char", "rune");

  Type resolveType(TypeExpr t) {
    return switch (t) {
      case TypeExpr.Unit u -> Type.Unit.UNIT;
      case TypeExpr.Named n -> {
        if (n.path().size() == 1 && n.args().isEmpty()) {
          String name = n.path().get(0).name();
          Type p = PRIMITIVES.get(name);
          if (p != null) {
            yield p;
          }
          if (name.equals("Never")) {
            yield Type.Never.NEVER;
          }
          String hint = FOREIGN_TYPE_NAMES.get(name);
          error("resolve.type_not_found", "type not found", n.span(), "no type named `" + name + "`",
              hint != null ? "did you mean `" + hint + "`?" : null);
          yield Type.Error.ERROR;
        }
        error("resolve.type_not_found", "type not found", n.span(), "no type `" + n.display() + "`",
            "this version of the compiler supports the primitive types only");
        yield Type.Error.ERROR;
      }
      case TypeExpr.Function f -> new Type.Fn(f.params().stream().map(this::resolveType).toList(), resolveType(f.result()), false);
      case TypeExpr.Tuple tu -> {
        error("resolve.type_not_found", "tuple types are not supported yet", tu.span(), "not supported by this version", null);
        yield Type.Error.ERROR;
      }
    };
  }

  // ---- scopes --------------------------------------------------------------------------

  void pushScope() {
    scopes.push(new HashMap<>());
  }

  void popScope() {
    scopes.pop();
  }

  Binding declare(String name, Type type, boolean mutable, Span span) {
    Binding b = new Binding(nextBinding++, name, type, mutable, span);
    if (!name.equals("_")) {
      // `_` binds nothing: it can never be read (spec bindings.names.wildcard).
      scopes.peek().put(name, b);
    }
    return b;
  }

  Optional<Binding> lookupLocal(String name) {
    for (Map<String, Binding> scope : scopes) {
      Binding b = scope.get(name);
      if (b != null) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  Type returnType() {
    return returnType;
  }

  // ---- blocks and statements -----------------------------------------------------------

  /**
   * Checks a block. {@code expected} is the type the context wants; {@code valuePosition}
   * says whether the block's value is used (then its last item must be an expression).
   */
  Type block(Block block, Optional<Type> expected, boolean valuePosition) {
    return block(block, expected, valuePosition, true);
  }

  /** Like {@link #block} but the tail only takes {@code hint} for its literals: no mismatch is reported. */
  Type blockWithHint(Block block, Optional<Type> hint, boolean valuePosition) {
    return block(block, hint, valuePosition, false);
  }

  private Type block(Block block, Optional<Type> expected, boolean valuePosition, boolean coerceTail) {
    pushScope();
    boolean diverges = false;
    for (Stmt s : block.stmts()) {
      if (statement(s) == Type.Never.NEVER) {
        diverges = true;
      }
    }
    Type result;
    if (block.tail().isPresent()) {
      Expr tail = block.tail().get();
      if (expected.isPresent() && valuePosition && coerceTail) {
        result = expressions.coerce(tail, expected.get());
      } else if (valuePosition) {
        result = expressions.infer(tail, expected);
      } else {
        expressions.inferStatement(tail);
        result = Type.Unit.UNIT;
        if (expressions.typeOf(tail) == Type.Never.NEVER) {
          result = Type.Never.NEVER;
        }
      }
    } else if (valuePosition && !diverges && !expected.filter(t -> Type.same(t, Type.Unit.UNIT)).isPresent()
        && reportStatementAsTail(block)) {
      result = Type.Error.ERROR;
    } else {
      result = diverges ? Type.Never.NEVER : Type.Unit.UNIT;
    }
    popScope();
    return result;
  }

  /** `let` or an assignment as the last item where a value is needed. */
  boolean reportStatementAsTail(Block block) {
    if (block.tail().isPresent() || block.stmts().isEmpty()) {
      return false;
    }
    Stmt last = block.stmts().get(block.stmts().size() - 1);
    if (last instanceof Stmt.Let || last instanceof Stmt.Assign) {
      error("infer.statement_as_tail", "statement used as value", last.span(),
          (last instanceof Stmt.Let ? "a `let`" : "an assignment") + " has no value",
          "end the block with an expression that gives its value");
      return true;
    }
    return false;
  }

  /** Checks a statement; returns Never when it always diverges. */
  Type statement(Stmt s) {
    return switch (s) {
      case Stmt.Let let -> {
        var simple = dev.lisette.syntax.Pattern.simpleName(let.pattern());
        if (simple.isEmpty() || let.otherwise().isPresent()) {
          notSupported(simple.isEmpty() ? let.pattern().span() : let.span(),
              simple.isEmpty() ? "destructuring `let`" : "`let … else`");
          for (var name : dev.lisette.syntax.Pattern.bindings(let.pattern())) {
            declare(name.name(), Type.Error.ERROR, let.mut(), name.span());
          }
          yield Type.Unit.UNIT;
        }
        Type declared;
        expressions.valueOperand(let.init());
        if (let.type().isPresent()) {
          declared = resolveType(let.type().get());
          expressions.coerce(let.init(), declared);
        } else {
          declared = expressions.infer(let.init(), Optional.empty());
          if (declared == Type.Never.NEVER) {
            declared = Type.Error.ERROR;
          }
        }
        Binding b = declare(simple.get().name(), declared, let.mut(), simple.get().span());
        declarations.put(let, b);
        yield expressions.typeOf(let.init()) == Type.Never.NEVER ? Type.Never.NEVER : Type.Unit.UNIT;
      }
      case Stmt.Assign a -> {
        expressions.assignment(a);
        yield Type.Unit.UNIT;
      }
      case Stmt.ExprStmt e -> {
        Type t = expressions.inferStatement(e.expr());
        yield t == Type.Never.NEVER ? Type.Never.NEVER : Type.Unit.UNIT;
      }
      case Stmt.While w -> {
        expressions.condition(w.cond());
        loops.push(new LoopContext(false, Optional.empty()));
        block(w.body(), Optional.empty(), false);
        loops.pop();
        yield Type.Unit.UNIT;
      }
      case Stmt.WhileLet w -> {
        notSupported(w.span(), "`while let`");
        yield Type.Unit.UNIT;
      }
      case Stmt.For f -> {
        var simple = dev.lisette.syntax.Pattern.simpleName(f.pattern());
        if (simple.isEmpty() || f.type().isPresent()) {
          notSupported(simple.isEmpty() ? f.pattern().span() : f.type().get().span(),
              simple.isEmpty() ? "destructuring `for` patterns" : "type annotations on `for` bindings");
          yield Type.Unit.UNIT;
        }
        Type element = expressions.iterable(f.iterable());
        pushScope();
        Binding b = declare(simple.get().name(), element, false, simple.get().span());
        declarations.put(f, b);
        loops.push(new LoopContext(false, Optional.empty()));
        block(f.body(), Optional.empty(), false);
        loops.pop();
        popScope();
        yield Type.Unit.UNIT;
      }
      case Stmt.NestedItem n when !(n.item() instanceof Item.Fn) -> {
        notSupported(n.span(), "local `const`");
        yield Type.Unit.UNIT;
      }
      case Stmt.NestedItem n -> {
        Span at = n.item() instanceof Item.Fn fn ? fn.name().span() : n.span();
        error("infer.nested_function", "nested function declaration", at,
            "functions cannot be declared inside functions", "move it to the top level");
        yield Type.Unit.UNIT;
      }
    };
  }
}

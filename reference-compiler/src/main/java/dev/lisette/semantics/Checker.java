package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Pattern;
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
 * Name resolution and type checking of one module: Hindley–Milner inference with expected
 * types flowing inward (which is how literals adapt, spec types.literal-adaptation). Errors are
 * reported once and then silenced by {@link Type.Error}. Declarations are in
 * {@link Declarations} and {@link TypeResolver}, statements in {@link Statements}, expressions
 * in {@link Expressions} and {@link DataExpressions}, patterns in {@link Patterns}.
 */
public final class Checker {
  private final ModuleInput module;
  /** The file being checked; imports are per file, functions and types per module. */
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
  /** Expressions used as statements (their value dropped): `defer`, `panic`, `Err(e)?` may stand here. */
  final Set<Expr> statementExprs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  /** Tails of blocks, arms and lambdas in value position: `panic` and `Err(e)?` may stand here. */
  final Set<Expr> tailExprs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
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
  final Unifier unifier = new Unifier();
  /** The module's type names (structs, enums, aliases) → declaring item. */
  final Map<String, Item> typeNames = new LinkedHashMap<>();
  /** Every struct and enum by key, prelude ones included. */
  final Map<String, TypeDecl> typeDecls = new LinkedHashMap<>(Declarations.prelude());
  final Map<Item.Fn, TypeDecl.Method> methods = new IdentityHashMap<>();
  /** Methods and associated functions by owner key, then name. */
  final Map<String, Map<String, TypeDecl.Method>> methodsByOwner = new LinkedHashMap<>();
  final Map<Pattern, Type> patternTypes = new IdentityHashMap<>();
  final Map<Object, Symbol> resolved = new IdentityHashMap<>();
  /** The type parameters in scope (of the item being declared or checked). */
  private Map<String, Type.Param> typeParams = Map.of();
  /** Type parameter ids are unique across modules: a generic item of one module is used in others. */
  private static final java.util.concurrent.atomic.AtomicInteger nextParam = new java.util.concurrent.atomic.AtomicInteger();
  /**
   * Bounds of type parameters by id; global like the ids, since a generic item of one module is
   * instantiated in others.
   */
  static final Map<Integer, List<Type>> BOUNDS = new java.util.concurrent.ConcurrentHashMap<>();
  /** The module's function names, known before its imports are declared (an import may not reuse one). */
  private final Set<String> functionNames = new HashSet<>();
  /** `let` statements of the current function, whose types must be known at its end. */
  final List<Stmt.Let> lets = new ArrayList<>();
  final Declarations decls = new Declarations(this);
  final Expressions expressions = new Expressions(this);
  final Patterns patterns = new Patterns(this);
  final Constants constants = new Constants(this);
  final Interfaces interfaces = new Interfaces(this);
  final Lints lints = new Lints(this);
  final Attributes attributes = new Attributes(this);
  /** The file declaring each top-level constant (its diagnostics go there). */
  final Map<Item.Const, ParsedFile> constFiles = new IdentityHashMap<>();
  final TypeResolver typeResolver = new TypeResolver(this);

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
    var solved = new Solved(c);
    var read = Set.copyOf(c.read);
    var used = Set.copyOf(c.usedPackages);
    var files = new ArrayList<CheckedProgram>();
    for (ParsedFile f : module.files()) {
      files.add(new CheckedProgram(f, module.path(), solved.types, solved.names, solved.members, solved.declarations,
          read, c.imports, c.moduleImports, c.signatures, used, List.copyOf(c.diagnosticsByFile.get(f)),
          java.util.Collections.unmodifiableMap(c.typeDecls), c.methods, solved.patternTypes, c.resolved,
          java.util.Collections.unmodifiableMap(c.constants.types()), java.util.Collections.unmodifiableMap(BOUNDS)));
    }
    var exports = new LinkedHashMap<String, Symbol.Function>();
    var constants = new LinkedHashMap<String, Symbol.Constant>();
    var variables = new LinkedHashMap<String, Symbol.Variable>();
    c.functions.forEach((name, sym) -> {
      if (sym instanceof Symbol.Function f) {
        exports.put(name, f);
      } else if (sym instanceof Symbol.Constant k) {
        constants.put(name, k);
      } else if (sym instanceof Symbol.Variable v) {
        variables.put(name, v);
      }
    });
    var types = new LinkedHashMap<String, TypeDecl>();
    var reachable = new LinkedHashMap<String, TypeDecl>();
    var methods = new LinkedHashMap<String, Map<String, TypeDecl.Method>>();
    c.typeDecls.forEach((key, d) -> {
      if (d.module().equals(module.path())) {
        types.put(d.name(), d);
      }
      if (!d.module().equals(Type.PRELUDE)) {
        reachable.put(key, d);
        methods.put(key, Map.copyOf(c.methodsByOwner.getOrDefault(key, Map.of())));
      }
    });
    return new CheckedModule(List.copyOf(files), new ModuleExports(module.path(), Map.copyOf(exports),
        java.util.Collections.unmodifiableMap(types), Map.copyOf(methods), java.util.Collections.unmodifiableMap(reachable),
        Map.copyOf(constants), Map.copyOf(variables), c.decls.exportedAliases()));
  }

  String modulePath() {
    return module.path();
  }

  String key(String typeName) {
    return module.path() + "." + typeName;
  }

  /** Makes {@code f} the current file: its imports and its diagnostics list. */
  void enter(ParsedFile f) {
    file = f;
    diagnostics = diagnosticsByFile.computeIfAbsent(f, k -> new ArrayList<>());
    globals = fileScopes.computeIfAbsent(f, k -> new LinkedHashMap<>());
  }

  /** A top-level name: the file's imports, then the module's functions. */
  Symbol global(String name) {
    Symbol s = globals.get(name);
    return s != null ? s : functions.get(name);
  }

  Set<String> globalNames() {
    var all = new HashSet<>(globals.keySet());
    all.addAll(functions.keySet());
    all.addAll(typeNames.keySet());
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
    Type e = unifier.resolve(expected);
    Type a = unifier.resolve(actual);
    if (Type.lenient(a) || Type.lenient(e) || mentionsError(a) || mentionsError(e)) {
      return;
    }
    error("infer.type_mismatch", "mismatched types", span, "expected `" + e + "`, found `" + a + "`", help);
  }

  private static boolean mentionsError(Type t) {
    return t.toString().contains("{unknown}");
  }

  /** Reports a construct the grammar accepts but this version cannot check yet. */
  /** Whether an error was reported in the current file after the first {@code mark} diagnostics. */
  boolean errorsSince(int mark) {
    return diagnostics.subList(Math.min(mark, diagnostics.size()), diagnostics.size()).stream().anyMatch(Diagnostic::isError);
  }

  Type notSupported(Span span, String what) {
    error("infer.not_supported", what + " is not supported yet", span, "not supported by this version of the compiler",
        null);
    return Type.Error.ERROR;
  }

  // ---- types ---------------------------------------------------------------------------

  Type resolve(Type t) {
    return unifier.resolve(t);
  }

  Type shallow(Type t) {
    return unifier.shallow(t);
  }

  boolean unify(Type a, Type b) {
    return unifier.unify(a, b);
  }

  Type.Var fresh() {
    return unifier.fresh();
  }

  Type.Param freshParam(String name) {
    return new Type.Param(name, nextParam.getAndIncrement());
  }

  Type resolveType(TypeExpr t) {
    return typeResolver.resolve(t);
  }

  Optional<Type.Param> typeParam(String name) {
    return Optional.ofNullable(typeParams.get(name));
  }

  /** Runs {@code body} with {@code params} in scope (added to those already in scope). */
  void withTypeParams(List<Type.Param> params, Runnable body) {
    var saved = typeParams;
    var scope = new LinkedHashMap<>(typeParams);
    params.forEach(p -> scope.put(p.name(), p));
    typeParams = scope;
    try {
      body.run();
    } finally {
      typeParams = saved;
    }
  }

  /** A declared struct or enum by name in this module (aliases excluded). */
  Optional<TypeDecl> typeDecl(String name) {
    return Optional.ofNullable(typeDecls.get(key(name)));
  }

  /** A fresh instance of a declaration's type: `Box<?1>`. */
  Type.Named instantiate(TypeDecl d, List<Type> args) {
    return new Type.Named(d.module(), d.name(), args);
  }

  List<Type> freshArgs(TypeDecl d) {
    var out = new ArrayList<Type>();
    d.params().forEach(p -> out.add(fresh()));
    return out;
  }

  /** `iter.Seq<V>`: an alias of an imported module, if it has one by that name. */
  Optional<ModuleExports.Alias> moduleAlias(String moduleName, String name) {
    if (lookupLocal(moduleName).isPresent() || !(global(moduleName) instanceof Symbol.Module m)) {
      return Optional.empty();
    }
    return Optional.ofNullable(m.exports().aliases().get(name));
  }

  /** `models.User`: a struct or enum of an imported module; it must be `pub` (spec projects.visibility). */
  Optional<TypeDecl> moduleType(String moduleName, dev.lisette.syntax.Ident name) {
    if (lookupLocal(moduleName).isPresent() || !(global(moduleName) instanceof Symbol.Module m)) {
      return Optional.empty();
    }
    lints.usedImport(moduleName);
    TypeDecl d = m.exports().types().get(name.name());
    if (d == null) {
      error("resolve.not_found_in_module", "not found in module", name.span(),
          "module `" + m.exports().path() + "` has no type `" + name.name() + "`", null);
      return Optional.empty();
    }
    if (!d.pub()) {
      error("resolve.private_item", "private type", name.span(),
          "`" + name.name() + "` is private to module `" + m.exports().path() + "`",
          "mark it `pub` to use it from other modules");
    }
    return Optional.of(d);
  }

  /** A field, method or type of another module that is not `pub` (spec projects.visibility). */
  boolean foreign(TypeDecl owner) {
    return !owner.module().equals(module.path()) && !owner.module().equals(Type.PRELUDE);
  }

  Optional<TypeDecl.Method> method(TypeDecl owner, String name) {
    return Optional.ofNullable(methodsByOwner.getOrDefault(owner.key(), Map.of()).get(name));
  }

  // ---- items ---------------------------------------------------------------------------

  private void run() {
    for (ParsedFile f : module.files()) {
      enter(f);
      f.items().forEach(decls::declareName);
    }
    // Imports come before declarations, whose types may name other modules' types.
    for (ParsedFile f : module.files()) {
      for (Item item : f.items()) {
        if (item instanceof Item.Fn fn) {
          functionNames.add(fn.name().name());
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
    for (ParsedFile f : module.files()) {
      enter(f);
      f.items().forEach(decls::declareStub);
    }
    for (ParsedFile f : module.files()) {
      enter(f);
      f.items().forEach(decls::declareShape);
    }
    for (ParsedFile f : module.files()) {
      enter(f);
      f.items().forEach(decls::checkRecursion);
    }
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
          case Item.Struct st -> { }
          case Item.Enum en -> attributes.checkEnum(en);
          case Item.TypeAlias ta -> {
            attributes.checkOther(ta);
            if (ta.target().isPresent() || !module.typedef()) {
              typeResolver.checkAlias(ta);
            }
          }
          case Item.Impl im -> {
            attributes.checkOther(im);
            decls.declareImpl(im);
          }
          case Item.ValueEnum en -> {
            if (!module.typedef()) {
              error("infer.value_enum_outside_typedef", "invalid value enum", en.name().span(),
                  "value enums are only allowed in declaration files", "use a plain enum");
            }
          }
          case Item.Interface in -> attributes.checkOther(in);
          case Item.Const co -> {
            attributes.checkOther(co);
            constants.declare(co);
            constFiles.put(co, f);
          }
          case Item.Var va -> {
            if (module.typedef()) {
              declareVariable(va);
            } else {
              error("infer.variable_declaration_outside_typedef", "invalid `var` declaration",
                  va.span(), "`var` is only allowed in declaration files", "use `let` inside a function");
            }
          }
        }
      }
    }
    constants.checkAll();
    if (module.typedef()) {
      return; // declarations only: no bodies, no lints
    }
    if (module.entry()) {
      checkMain(main);
    }
    for (ParsedFile f : module.files()) {
      enter(f);
      for (Item item : f.items()) {
        if (item instanceof Item.Fn fn) {
          checkFunction(fn, signatures.get(fn), List.of(), Optional.empty());
        } else if (item instanceof Item.Impl im) {
          for (Item.Fn m : im.methods()) {
            TypeDecl.Method method = methods.get(m);
            if (method != null) {
              checkFunction(m, method.signature(), method.params(), Optional.of(method));
            }
          }
        }
      }
    }
    lints.report();
  }

  List<ParsedFile> moduleFiles() {
    return module.files();
  }

  int bindingCount() {
    return nextBinding;
  }

  /** The name an import binds in its file (`_` for a blank import), if it was declared. */
  Optional<String> importName(Item.Import imp) {
    if (imports.containsKey(imp)) {
      return Optional.of(imp.alias().map(a -> a.name()).orElse(imports.get(imp).name()));
    }
    if (moduleImports.containsKey(imp)) {
      return Optional.of(imp.alias().map(a -> a.name()).orElse(moduleImports.get(imp).defaultName()));
    }
    return Optional.empty();
  }

  private void checkMain(Item.Fn main) {
    enter(module.files().get(0));
    if (main == null) {
      Span at = file.items().isEmpty() ? Span.at(0) : file.items().get(0).span();
      error("resolve.missing_main", "no `main` function", new Span(at.start(), at.start()),
          "a program needs `fn main()`", "add `fn main() { … }`: the program starts there");
    } else if (!main.params().isEmpty() || main.returnType().isPresent() || !main.generics().isEmpty()) {
      for (ParsedFile f : module.files()) {
        if (f.items().contains(main)) {
          enter(f);
        }
      }
      error("infer.invalid_main_signature", "invalid `main` signature", main.name().span(),
          "`main` takes no parameters and returns nothing", "write `fn main() { … }`");
    }
  }

  private void declareImport(Item.Import imp) {
    String path = imp.path();
    if (!path.startsWith("go:")) {
      declareModuleImport(imp);
      return;
    }
    var pkg = GoTypedefs.load(path.substring(GoTypedefs.PREFIX.length()));
    if (pkg.isEmpty()) {
      error("resolve.module_not_found", "Go package not available", imp.pathSpan(),
          "no declarations for `" + path + "`", "the compiler declares the Go standard library; see `lis doc go:PATH`");
      return;
    }
    ModuleExports exports = pkg.get().exports();
    String local = imp.alias().map(a -> a.name()).orElse(pkg.get().name());
    imports.put(imp, new GoPackages.Pkg(pkg.get().path(), pkg.get().name()));
    exports.reachable().values().forEach(d -> typeDecls.putIfAbsent(d.key(), d));
    exports.methods().forEach((owner, table) -> methodsByOwner.putIfAbsent(owner, table));
    if (local.equals("_")) {
      return;
    }
    if (global(local) != null || functionNames.contains(local)) {
      error("resolve.import_conflict", "import conflict", imp.span(), "`" + local + "` is already declared", null);
      return;
    }
    globals.put(local, new Symbol.Module(exports, local));
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
    if (global(local) != null || functionNames.contains(local)) {
      error("resolve.import_conflict", "import conflict", imp.span(), "`" + local + "` is already declared",
          "give one of them another name: `import other \"" + path + "\"`");
      return;
    }
    moduleImports.put(imp, exports);
    globals.put(local, new Symbol.Module(exports, local));
    exports.reachable().values().forEach(d -> typeDecls.putIfAbsent(d.key(), d));
    exports.methods().forEach((owner, table) -> methodsByOwner.putIfAbsent(owner, table));
  }

  /** `var Name: T` of a declaration file: a Go package variable. */
  private void declareVariable(Item.Var va) {
    String name = va.name().name();
    var symbol = new Symbol.Variable(name, resolveType(va.type()), modulePath());
    if (functions.putIfAbsent(name, symbol) != null) {
      error("infer.duplicate_definition", "duplicate variable", va.name().span(), "`" + name + "` is defined more than once",
          null);
    }
  }

  boolean typedef() {
    return module.typedef();
  }

  private void declareFunction(Item.Fn fn) {
    String name = fn.name().name();
    var params = decls.typeParams(fn.generics());
    Type.Fn[] sig = new Type.Fn[1];
    withTypeParams(params, () -> sig[0] = decls.signature(fn, Optional.empty()));
    var symbol = new Symbol.Function(name, sig[0], fn, module.path(), params);
    signatures.put(fn, symbol.type());
    if (functions.containsKey(name)) {
      error("infer.duplicate_definition", "duplicate function", fn.name().span(),
          "`" + name + "` is defined more than once", "rename one of them");
      return;
    }
    functions.put(name, symbol);
  }

  private void checkFunction(Item.Fn fn, Type.Fn sig, List<Type.Param> params, Optional<TypeDecl.Method> method) {
    attributes.checkFunction(fn);
    if (fn.body().isEmpty()) {
      error("infer.bodyless_function_outside_typedef", "missing function body", fn.name().span(),
          "`" + fn.name().name() + "` has no body", "bodiless functions are only allowed in `.d.lis` declaration files");
      return;
    }
    List<Type.Param> all = new ArrayList<>(params);
    if (method.isEmpty()) {
      functions.values().stream().filter(s -> s instanceof Symbol.Function f && f.decl() == fn)
          .findFirst().ifPresent(s -> all.addAll(((Symbol.Function) s).params()));
    }
    withTypeParams(all, () -> checkBody(fn, sig, method));
  }

  private void checkBody(Item.Fn fn, Type.Fn sig, Optional<TypeDecl.Method> method) {
    returnType = sig.result();
    expressions.errors.enterFunction();
    lints.enterFunction(fn.attrs(), nextBinding);
    expressions.markFunctionStart();
    scopes.clear();
    loops.clear();
    lets.clear();
    pushScope();
    int p = 0;
    for (Item.Param param : fn.params()) {
      if (method.isPresent() && param.type().isEmpty() || isReceiver(method, param)) {
        Type self = decls.receiverType(method.get());
        Binding b = declare("self", self, false, param.pattern().span());
        declarations.put(param, b);
        continue;
      }
      Type t = sig.params().get(p++);
      if (Pattern.simpleName(param.pattern()).isPresent()) {
        Binding b = declare(param.name().name(), t, param.mut(), param.name().span());
        declarations.put(param, b);
      } else {
        patterns.bindIrrefutable(param.pattern(), t, "a parameter");
      }
    }
    Block body = fn.body().get();
    boolean explicitUnit = fn.returnType().isPresent();
    if (returnType == Type.Unit.UNIT && !explicitUnit) {
      block(body, Optional.empty(), false);
    } else {
      Type t = block(body, Optional.of(returnType), true);
      if (body.tail().isEmpty() && !Type.lenient(shallow(t)) && !unify(t, returnType)) {
        error("infer.type_mismatch", "mismatched types", fn.returnType().get().span(),
            "expected `" + returnType + "`, found `()`", "the body has no final expression; end it with the value to return");
      }
    }
    popScope();
    interfaces.checkPending();
    expressions.reportUninferred(lets);
    lints.leaveFunction(nextBinding);
  }

  private static boolean isReceiver(Optional<TypeDecl.Method> method, Item.Param param) {
    return method.isPresent() && method.get().receiver() != TypeDecl.Receiver.NONE
        && Pattern.simpleName(param.pattern()).map(i -> i.name().equals("self")).orElse(false);
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

  /** What a lambda body replaces: `return` and loops refer to the lambda inside it. */
  record Enclosing(Type returnType, List<LoopContext> loops) {}

  Enclosing enterLambda(Type result) {
    var saved = new Enclosing(returnType, new ArrayList<>(loops));
    returnType = result;
    loops.clear();
    expressions.errors.enterLambda();
    return saved;
  }

  void leaveLambda(Enclosing saved) {
    expressions.errors.leaveLambda();
    returnType = saved.returnType();
    loops.clear();
    loops.addAll(saved.loops());
  }

  // ---- blocks --------------------------------------------------------------------------

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
      if (Statements.statement(this, s) == Type.Never.NEVER) {
        diverges = true;
      }
    }
    Type result;
    if (block.tail().isPresent() && valuePosition && !expected.filter(t -> shallow(t) == Type.Unit.UNIT).isPresent()
        && (Expressions.unparen(block.tail().get()) instanceof Expr.Defer || Expressions.unparen(block.tail().get()) instanceof Expr.Task)) {
      Expr tail = Expressions.unparen(block.tail().get());
      error("infer.statement_as_tail", "statement used as value", tail.span(),
          (tail instanceof Expr.Defer ? "a `defer`" : "a `task`") + " has no value", "end the block with an expression that gives its value");
      statementExprs.add(tail);
      expressions.inferStatement(tail);
      popScope();
      return Type.Error.ERROR;
    }
    if (block.tail().isPresent()) {
      Expr tail = block.tail().get();
      (valuePosition ? tailExprs : statementExprs).add(Expressions.unparen(tail));
      if (expected.isPresent() && valuePosition && coerceTail) {
        result = expressions.coerce(tail, expected.get());
      } else if (valuePosition) {
        result = expressions.infer(tail, expected);
      } else {
        Type dropped = expressions.inferStatement(tail);
        lints.discarded(tail, dropped);
        result = Type.Unit.UNIT;
        if (shallow(expressions.typeOf(tail)) == Type.Never.NEVER) {
          result = Type.Never.NEVER;
        }
      }
      if (diverges && valuePosition && !(shallow(result) instanceof Type.Never)) {
        // the tail is dead code after a diverging statement; the block never produces it
      }
    } else if (valuePosition && !diverges && !expected.filter(t -> shallow(t) == Type.Unit.UNIT).isPresent()
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

  static final Map<String, Type> PRIMITIVES = primitives();

  private static Map<String, Type> primitives() {
    var m = new HashMap<String, Type>();
    for (Type.Prim p : Type.Prim.values()) {
      m.put(p.goName(), p);
    }
    m.put("byte", Type.BYTE);
    m.put("rune", Type.RUNE);
    return Map.copyOf(m);
  }
}

package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link SendSafety} reads of a program's syntax: the parent of every node, the channel
 * `send`s and `close`s (a Go function handed a `Channel`/`Sender` counts as a close), the
 * bindings of fresh channels with the `let` that created them, and the uses of every local.
 */
final class ChannelSyntax {
  private final CheckedProgram p;
  /** Parent of every syntax node (expressions, statements, blocks, items). */
  private final Map<Object, Object> parents = new IdentityHashMap<>();
  private final List<Expr.Call> closes = new ArrayList<>();
  /** Every `send` call on a channel, sender or receiver. */
  private final List<Expr.Call> sends = new ArrayList<>();
  /** Bindings declared by `let` from a fresh channel: `Channel.new()`, `Channel.buffered(n)`, `….split()`. */
  private final Map<Integer, Stmt.Let> freshBindings = new HashMap<>();
  /** The names that refer to each local binding, by binding id. */
  private final Map<Integer, List<Expr.Name>> uses = new HashMap<>();
  /** The `let` declaring each binding of a simple `let name = …`, by binding id. */
  private final Map<Integer, Stmt.Let> declarations = new HashMap<>();

  ChannelSyntax(CheckedProgram p) {
    this.p = p;
    for (Item item : p.file().items()) {
      walk(item, null);
    }
  }

  List<Expr.Call> closes() {
    return closes;
  }

  /** The bindings holding the channel created by {@code origin}. */
  List<Integer> bindingsOf(Stmt.Let origin) {
    return freshBindings.entrySet().stream().filter(e -> e.getValue() == origin).map(Map.Entry::getKey).sorted().toList();
  }

  /** The immutable binding {@code target} names when it holds a fresh channel (see {@link #origin}). */
  Optional<Binding> freshBinding(Expr target) {
    return binding(target).filter(b -> !b.mutable() && freshBindings.containsKey(b.id()));
  }

  Optional<Stmt.Let> origin(Binding b) {
    return Optional.ofNullable(freshBindings.get(b.id()));
  }

  /** The target of {@code e} when it is a call of the channel method {@code name}. */
  Optional<Expr> channelMethod(Expr e, String name) {
    if (Lowering.unparen(e) instanceof Expr.Call c && Lowering.unparen(c.callee()) instanceof Expr.Field f
        && p.members().get(f) instanceof Symbol.Native n && !n.isStatic() && ChannelLowering.isChannelOwner(n.owner())
        && n.name().equals(name)) {
      return Optional.of(f.target());
    }
    return Optional.empty();
  }

  /** The channel method called with {@code use} as its receiver (`use.send(…)`), if that is how it is used. */
  Optional<String> methodCalledOn(Expr.Name use) {
    if (parents.get(use) instanceof Expr.Field f && parents.get(f) instanceof Expr.Call c && c.callee() == f
        && p.members().get(f) instanceof Symbol.Native n && !n.isStatic() && ChannelLowering.isChannelOwner(n.owner())) {
      return Optional.of(n.name());
    }
    return Optional.empty();
  }

  /** The `send` calls whose target names {@code b}. */
  List<Expr.Call> sendsOn(Binding b) {
    return sends.stream().filter(c -> binding(((Expr.Field) Lowering.unparen(c.callee())).target())
        .filter(x -> x.id() == b.id()).isPresent()).toList();
  }

  Optional<Stmt.Let> declaration(Binding b) {
    return Optional.ofNullable(declarations.get(b.id()));
  }

  List<Expr.Name> uses(Binding b) {
    return uses(b.id());
  }

  List<Expr.Name> uses(int bindingId) {
    return uses.getOrDefault(bindingId, List.of());
  }

  CheckedProgram program() {
    return p;
  }

  Map<Object, Object> parents() {
    return parents;
  }

  Optional<Binding> binding(Expr target) {
    if (Lowering.unparen(target) instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Local loc) {
      return Optional.of(loc.binding());
    }
    return Optional.empty();
  }

  /** The innermost function, lambda or `task { … }` block around {@code node}. */
  Object body(Object node) {
    Object at = parents.get(node);
    while (at != null) {
      if (at instanceof Item.Fn || at instanceof Expr.Lambda || at instanceof Expr.Task t && t.body() instanceof Expr.BlockExpr
          || at instanceof Expr.Defer) {
        return at;
      }
      at = parents.get(at);
    }
    return null;
  }

  /** The body creating the channel runs once per channel; a task block of it must not sit in a loop or lambda. */
  boolean runsOncePerChannel(Object body, Stmt.Let creation) {
    Object creator = body(creation);
    if (body == creator) {
      return true;
    }
    if (!(body instanceof Expr.Task) || creator == null) {
      return false;
    }
    Object at = parents.get(body);
    while (at != null && at != creator) {
      if (at instanceof Stmt.For || at instanceof Stmt.While || at instanceof Stmt.WhileLet || at instanceof Expr.Loop
          || at instanceof Expr.Lambda || at instanceof Expr.Task || at instanceof Expr.Defer) {
        return false;
      }
      at = parents.get(at);
    }
    return at == creator;
  }

  /** Whether {@code e} is itself a top-level statement of {@code body} (so it runs at most once per run of it). */
  boolean statement(Expr e, Object body) {
    Block block = block(body).orElse(null);
    Object parent = parents.get(e);
    return block != null && (parent == block || parent instanceof Stmt.ExprStmt && parents.get(parent) == block);
  }

  /**
   * The body (function or `task { … }` block) of which `defer call` is a top-level statement:
   * the deferred call then runs once per run of that body, after all of its statements.
   */
  Optional<Object> deferredStatementOf(Expr.Call call) {
    if (parents.get(call) instanceof Expr.Defer d && body(d) instanceof Object owner && statement(d, owner)) {
      return Optional.of(owner);
    }
    return Optional.empty();
  }

  /** The index of the top-level statement of {@code body}'s block that holds {@code node} (the tail counts last), or -1. */
  int topIndex(Object node, Object body) {
    Block block = block(body).orElse(null);
    if (block == null) {
      return -1;
    }
    Object at = node;
    while (at != null && parents.get(at) != block) {
      at = parents.get(at);
    }
    if (at == null) {
      return -1;
    }
    for (int i = 0; i < block.stmts().size(); i++) {
      if (block.stmts().get(i) == at) {
        return i;
      }
    }
    return block.tail().isPresent() && block.tail().get() == at ? block.stmts().size() : -1;
  }

  /** The block of a function or `task { … }` body. */
  static Optional<Block> block(Object body) {
    return Optional.ofNullable(switch (body) {
      case Item.Fn fn -> fn.body().orElse(null);
      case Expr.Task t when t.body() instanceof Expr.BlockExpr be -> be.block();
      default -> null;
    });
  }

  private void walk(Object node, Object parent) {
    if (node == null) {
      return;
    }
    if (node instanceof Optional<?> o) {
      o.ifPresent(x -> walk(x, parent));
      return;
    }
    if (node instanceof List<?> list) {
      list.forEach(x -> walk(x, parent));
      return;
    }
    if (!(node instanceof Expr || node instanceof Stmt || node instanceof Block || node instanceof Item
        || node instanceof Expr.MatchArm || node instanceof Expr.SelectArm || node instanceof Expr.FString.Part
        || node instanceof Expr.FieldInit || node instanceof Item.Param)) {
      return;
    }
    parents.put(node, parent);
    visit(node);
    if (!node.getClass().isRecord()) {
      return;
    }
    for (RecordComponent rc : node.getClass().getRecordComponents()) {
      try {
        walk(rc.getAccessor().invoke(node), node);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private void visit(Object node) {
    if (node instanceof Expr.Call c && Lowering.unparen(c.callee()) instanceof Expr.Field f) {
      Symbol s = p.members().get(f);
      if (s instanceof Symbol.Native n && !n.isStatic() && ChannelLowering.isChannelOwner(n.owner())
          && n.name().equals("close")) {
        closes.add(c);
      }
      if (s instanceof Symbol.Native n && !n.isStatic() && ChannelLowering.isChannelOwner(n.owner())
          && n.name().equals("send")) {
        sends.add(c);
      }
      boolean go = s instanceof Symbol.Function fn && dev.lisette.semantics.GoTypedefs.isGo(fn.module())
          || s instanceof Symbol.Method m && m.method().owner().startsWith("go:");
      if (go) {
        // A Go function handed a channel it could close counts as a close of that type.
        for (Expr arg : c.args()) {
          Type t = TypeLowering.deref(p.types().getOrDefault(arg, Type.Unit.UNIT));
          if (Type.isPrelude(t, "Channel") || Type.isPrelude(t, "Sender")) {
            closes.add(syntheticClose(arg));
          }
        }
      }
    }
    if (node instanceof Expr.Name n && p.names().get(n) instanceof Symbol.Local loc) {
      uses.computeIfAbsent(loc.binding().id(), k -> new ArrayList<>()).add(n);
    }
    if (node instanceof Stmt.Let let && p.declarations().get(let) != null) {
      declarations.put(p.declarations().get(let).id(), let);
    }
    if (node instanceof Stmt.Let let) {
      Optional<Stmt.Let> origin = origin(let.init(), let);
      if (origin.isPresent()) {
        Binding simple = p.declarations().get(let);
        if (simple != null) {
          freshBindings.put(simple.id(), origin.get());
        }
        bindings(let.pattern(), origin.get());
      }
    }
  }

  /** A stand-in close call on {@code arg} (never matches a binding rule, so only rule 1 sees it). */
  private Expr.Call syntheticClose(Expr arg) {
    var field = new Expr.Field(arg.span(), new Expr.Paren(arg.span(), arg), new dev.lisette.syntax.Ident("close", arg.span()));
    return new Expr.Call(arg.span(), field, List.of());
  }

  private void bindings(Pattern pat, Stmt.Let let) {
    switch (pat) {
      case Pattern.Binding b -> {
        Binding binding = p.declarations().get(b);
        if (binding != null) {
          freshBindings.put(binding.id(), let);
        }
      }
      case Pattern.Tuple t -> t.elements().forEach(e -> bindings(e, let));
      case Pattern.Paren pp -> bindings(pp.inner(), let);
      default -> {}
    }
  }

  /**
   * The `let` that created the channel {@code init} evaluates to: {@code let} itself for
   * `Channel.new()`/`Channel.buffered(n)` (or their `split()`), the creating `let` of `ch` for
   * `ch.split()` with an immutable `ch` created so; empty otherwise.
   */
  private Optional<Stmt.Let> origin(Expr init, Stmt.Let let) {
    Expr e = Lowering.unparen(init);
    if (e instanceof Expr.Name) {
      return Optional.empty();
    }
    if (!(e instanceof Expr.Call c)) {
      return Optional.empty();
    }
    Expr callee = c.callee() instanceof Expr.TypeApply ta ? ta.target() : c.callee();
    if (!(Lowering.unparen(callee) instanceof Expr.Field f) || !(p.members().get(f) instanceof Symbol.Native n)
        || !n.owner().equals("Channel")) {
      return Optional.empty();
    }
    if (n.isStatic()) {
      return Optional.of(let);
    }
    if (!n.name().equals("split")) {
      return Optional.empty();
    }
    Optional<Binding> b = binding(f.target());
    if (b.isPresent()) {
      return b.get().mutable() ? Optional.empty() : Optional.ofNullable(freshBindings.get(b.get().id()));
    }
    return origin(f.target(), let);
  }

  /** The element type of the channel {@code target} evaluates to. */
  Type element(Expr target) {
    return elementOf(p.typeOf(Lowering.unparen(target)));
  }

  /** The element type of a channel type (through a `Ref`). */
  static Type elementOf(Type channel) {
    Type t = TypeLowering.deref(channel);
    return t instanceof Type.Named n && !n.args().isEmpty() ? n.args().get(0) : t;
  }
}

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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a `send` may be lowered to Go's raw `ch <- v` (spec concurrency.impl.raw-send): a raw
 * send panics on a closed channel, so it is used only where no channel of that type can be
 * closed before the send completes.
 *
 * <ol>
 *   <li><b>Never closed.</b> In a standalone program, no `close()` anywhere applies to a
 *   channel of the element type (a close on a channel whose element type involves a type
 *   parameter counts for every type), and no Go function receives such a `Channel`/`Sender`.
 *   <li><b>Closed only by the sender, after its sends.</b> The send's channel is an immutable
 *   binding initialised in a `let` by `Channel.new`/`Channel.buffered` or `….split()`; every
 *   close of that element type is `b.close()` on the same binding, written as a statement of the
 *   same body (function or `task { … }` block, not a nested lambda or task) after the send; and
 *   that body runs once per channel: it is the function that creates the channel, or a
 *   `task { … }` block of that function that no loop or lambda encloses. (A channel no close
 *   can reach is covered too.)
 *   <li><b>Closed after counted signals</b> ({@link SignalledClose}).
 *   <li><b>Closed after a WaitGroup</b> ({@link WaitGroupClose}).
 * </ol>
 * In a module of a project, rules 2–4 also need the channel confined to the module. Everything
 * else keeps the safe helper (`lisette.ChannelSend`), which recovers the panic. The same facts
 * decide when a close may be Go's raw `close(ch)` ({@link #rawClose}).
 */
final class SendSafety {
  private final CheckedProgram p;
  private final boolean standalone;
  /** Parent of every syntax node (expressions, statements, blocks, items). */
  private final Map<Object, Object> parents = new IdentityHashMap<>();
  private final List<Expr.Call> closes = new ArrayList<>();
  /** Element types closed (or handed to Go) somewhere; a type parameter in one blocks rule 1. */
  private final List<Type> closedTypes = new ArrayList<>();
  private boolean closesGeneric;
  /** Bindings declared by `let` from a fresh channel: `Channel.new()`, `Channel.buffered(n)`, `….split()`. */
  private final Map<Integer, Stmt.Let> freshBindings = new java.util.HashMap<>();
  /** Every `send` call on a channel, sender or receiver. */
  private final List<Expr.Call> sends = new ArrayList<>();
  /** The names that refer to each local binding, by binding id. */
  private final Map<Integer, List<Expr.Name>> uses = new java.util.HashMap<>();
  private final SignalledClose signalled = new SignalledClose(this);
  private final WaitGroupClose waitGroups = new WaitGroupClose(this);
  /** The `let` declaring each binding of a simple `let name = …`, by binding id. */
  private final Map<Integer, Stmt.Let> declarations = new java.util.HashMap<>();

  SendSafety(CheckedProgram p, boolean standalone) {
    this.p = p;
    this.standalone = standalone;
    for (Item item : p.file().items()) {
      walk(item, null);
    }
    for (Expr.Call c : closes) {
      Type element = element(((Expr.Field) Lowering.unparen(c.callee())).target());
      closedTypes.add(element);
      closesGeneric |= generic(element);
    }
  }

  private Type element(Expr target) {
    Type t = TypeLowering.deref(p.typeOf(Lowering.unparen(target)));
    return t instanceof Type.Named n && !n.args().isEmpty() ? n.args().get(0) : t;
  }

  // ---- the decision ----------------------------------------------------------------------

  boolean raw(Expr.Call send) {
    Type element = element(((Expr.Field) Lowering.unparen(send.callee())).target());
    if (standalone && !closesGeneric && !generic(element) && closedTypes.stream().noneMatch(element::equals)) {
      return true;
    }
    Optional<Binding> b = freshBinding(((Expr.Field) Lowering.unparen(send.callee())).target());
    if (b.isEmpty()) {
      return false;
    }
    Stmt.Let origin = freshBindings.get(b.get().id());
    Optional<List<Expr.Call>> closesOf = closesOf(origin, element);
    if (closesOf.isEmpty() || !standalone && !confined(origin)) {
      return false;
    }
    return closesOf.get().isEmpty() // never closed: its element type is closed only on other channels
        || closedBySenderAfterwards(send, origin, closesOf.get()) || signalled.proves(send, origin, closesOf.get())
        || waitGroups.proves(send, origin, closesOf.get());
  }

  /**
   * Whether the channel created by {@code origin} stays in this module: every use of a binding
   * holding it is the target of a channel method or the iterable of a `for`. In a module of a
   * project, another module could close a channel handed to it.
   */
  private boolean confined(Stmt.Let origin) {
    for (var e : freshBindings.entrySet()) {
      if (e.getValue() != origin) {
        continue;
      }
      for (Expr.Name use : uses.getOrDefault(e.getKey(), List.of())) {
        Object parent = parents.get(use);
        boolean method = parent instanceof Expr.Field f && parents.get(f) instanceof Expr.Call c && c.callee() == f
            && p.members().get(f) instanceof Symbol.Native n && ChannelLowering.isChannelOwner(n.owner());
        boolean iterated = parent instanceof Stmt.For f && f.iterable() == use;
        if (!method && !iterated) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a close of a channel created by {@code origin} may be Go's raw `close(ch)`: it is the
   * only close of that channel and a statement that runs at most once per channel (spec
   * concurrency.impl.raw-close).
   */
  boolean rawClose(Expr.Call close) {
    Expr target = ((Expr.Field) Lowering.unparen(close.callee())).target();
    Optional<Binding> b = freshBinding(target);
    if (b.isEmpty()) {
      return false;
    }
    Stmt.Let origin = freshBindings.get(b.get().id());
    Optional<List<Expr.Call>> closesOf = closesOf(origin, element(target));
    Object body = body(close);
    return closesOf.isPresent() && (standalone || confined(origin)) && closesOf.get().size() == 1 && closesOf.get().get(0) == close && body != null
        && runsOncePerChannel(body, origin) && topLevel(body).stream().anyMatch(st -> st instanceof Stmt.ExprStmt e
            && Lowering.unparen(e.expr()) == close);
  }

  /**
   * The closes of the channel created by {@code origin} (of element type {@code element}); empty
   * when some close of that element type may reach it through a channel of unknown origin.
   */
  private Optional<List<Expr.Call>> closesOf(Stmt.Let origin, Type element) {
    if (closesGeneric || generic(element)) {
      return Optional.empty();
    }
    var out = new ArrayList<Expr.Call>();
    for (int i = 0; i < closedTypes.size(); i++) {
      if (!closedTypes.get(i).equals(element)) {
        continue;
      }
      Expr.Call close = closes.get(i);
      Optional<Binding> cb = freshBinding(((Expr.Field) Lowering.unparen(close.callee())).target());
      if (cb.isEmpty()) {
        return Optional.empty(); // a channel of unknown origin: it may be this one
      }
      if (freshBindings.get(cb.get().id()) == origin) {
        out.add(close);
      }
    }
    return Optional.of(out);
  }

  /** Rule 2: every close is a statement of the sending body, after the send, and that body runs once per channel. */
  private boolean closedBySenderAfterwards(Expr.Call send, Stmt.Let origin, List<Expr.Call> closesOf) {
    Object body = body(send);
    if (body == null || !runsOncePerChannel(body, origin)) {
      return false;
    }
    List<Stmt> top = topLevel(body);
    for (Expr.Call close : closesOf) {
      boolean statement = top.stream().anyMatch(st -> st instanceof Stmt.ExprStmt e && Lowering.unparen(e.expr()) == close);
      if (body(close) != body || !statement || close.span().start() < send.span().end()) {
        return false;
      }
    }
    return true;
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

  /** Whether some close (or a Go function) may close the channel {@code b} holds. */
  boolean mayBeClosed(Binding b) {
    Stmt.Let origin = freshBindings.get(b.id());
    return origin == null || closesOf(origin, b.type() instanceof Type.Named n && !n.args().isEmpty() ? n.args().get(0) : b.type())
        .map(cs -> !cs.isEmpty()).orElse(true);
  }

  /**
   * Whether {@code b} is the only binding of a `let b = Channel.new()/buffered(n)` and every use
   * of it is the target of `send`, `receive`, `length`, `capacity` or `is_empty`: the channel has
   * no alias.
   */
  boolean onlyChannelMethods(Binding b) {
    Stmt.Let origin = freshBindings.get(b.id());
    if (origin == null || !(origin.pattern() instanceof dev.lisette.syntax.Pattern.Binding)
        || !(Lowering.unparen(origin.init()) instanceof Expr.Call)
        || channelMethod(origin.init(), "split").isPresent()) {
      return false;
    }
    for (Expr.Name use : uses.getOrDefault(b.id(), List.of())) {
      Object field = parents.get(use);
      Object call = parents.get(field);
      if (!(field instanceof Expr.Field f) || !(call instanceof Expr.Call c) || c.callee() != f
          || !(p.members().get(f) instanceof Symbol.Native n) || n.isStatic() || !ChannelLowering.isChannelOwner(n.owner())
          || !List.of("send", "receive", "length", "capacity", "is_empty").contains(n.name())) {
        return false;
      }
    }
    return true;
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
    return uses.getOrDefault(b.id(), List.of());
  }

  CheckedProgram program() {
    return p;
  }

  Map<Object, Object> parents() {
    return parents;
  }

  private Optional<Binding> binding(Expr target) {
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

  /** Whether {@code call} is itself a top-level statement of {@code body} (so it runs at most once per run of it). */
  boolean statement(Expr.Call call, Object body) {
    Block block = block(body).orElse(null);
    Object parent = parents.get(call);
    return block != null && (parent == block || parent instanceof Stmt.ExprStmt && parents.get(parent) == block);
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

  private static List<Stmt> topLevel(Object body) {
    Block b = block(body).orElse(null);
    if (b == null) {
      return List.of();
    }
    var out = new ArrayList<Stmt>(b.stmts());
    b.tail().ifPresent(t -> out.add(new Stmt.ExprStmt(t.span(), t)));
    return out;
  }

  private static boolean generic(Type t) {
    return switch (t) {
      case Type.Param tp -> true;
      case Type.Named n -> n.args().stream().anyMatch(SendSafety::generic);
      case Type.Slice s -> generic(s.element());
      case Type.MapOf m -> generic(m.key()) || generic(m.value());
      case Type.Ref r -> generic(r.target());
      case Type.Tuple tu -> tu.elements().stream().anyMatch(SendSafety::generic);
      case Type.Fn f -> f.params().stream().anyMatch(SendSafety::generic) || generic(f.result());
      default -> false;
    };
  }

  // ---- walking the syntax tree -------------------------------------------------------------

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

}

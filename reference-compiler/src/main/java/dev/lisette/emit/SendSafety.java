package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
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
 *   same body (function or `task { … }` block, not a nested lambda or task) after the send, or
 *   deferred by a statement of it; and
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
  private final ChannelSyntax syntax;
  /** Element types closed (or handed to Go) somewhere, one per close; a type parameter in one blocks rule 1. */
  private final List<Type> closedTypes = new ArrayList<>();
  private boolean closesGeneric;
  private final SignalledClose signalled = new SignalledClose(this);
  private final WaitGroupClose waitGroups = new WaitGroupClose(this);

  SendSafety(CheckedProgram p, boolean standalone) {
    this.p = p;
    this.standalone = standalone;
    this.syntax = new ChannelSyntax(p);
    for (Expr.Call c : syntax.closes()) {
      Type element = syntax.element(((Expr.Field) Lowering.unparen(c.callee())).target());
      closedTypes.add(element);
      closesGeneric |= generic(element);
    }
  }

  ChannelSyntax syntax() {
    return syntax;
  }

  // ---- the decision ----------------------------------------------------------------------

  boolean raw(Expr.Call send) {
    Type element = syntax.element(((Expr.Field) Lowering.unparen(send.callee())).target());
    if (standalone && !closesGeneric && !generic(element) && closedTypes.stream().noneMatch(element::equals)) {
      return true;
    }
    Optional<Binding> b = syntax.freshBinding(((Expr.Field) Lowering.unparen(send.callee())).target());
    if (b.isEmpty()) {
      return false;
    }
    Stmt.Let origin = syntax.origin(b.get()).orElseThrow();
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
    for (int id : syntax.bindingsOf(origin)) {
      for (Expr.Name use : syntax.uses(id)) {
        boolean iterated = syntax.parents().get(use) instanceof Stmt.For f && f.iterable() == use;
        if (syntax.methodCalledOn(use).isEmpty() && !iterated) {
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
    Optional<Binding> b = syntax.freshBinding(target);
    if (b.isEmpty()) {
      return false;
    }
    Stmt.Let origin = syntax.origin(b.get()).orElseThrow();
    Optional<List<Expr.Call>> closesOf = closesOf(origin, syntax.element(target));
    // The close runs at most once per run of its body when it is a statement of it, or deferred by one.
    Optional<Object> deferredIn = syntax.deferredStatementOf(close);
    Object body = deferredIn.orElseGet(() -> syntax.body(close));
    return closesOf.isPresent() && (standalone || confined(origin)) && closesOf.get().size() == 1
        && closesOf.get().get(0) == close && body != null && syntax.runsOncePerChannel(body, origin)
        && (deferredIn.isPresent() || syntax.statement(close, body));
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
      Expr.Call close = syntax.closes().get(i);
      Optional<Binding> cb = syntax.freshBinding(((Expr.Field) Lowering.unparen(close.callee())).target());
      if (cb.isEmpty()) {
        return Optional.empty(); // a channel of unknown origin: it may be this one
      }
      if (syntax.origin(cb.get()).orElseThrow() == origin) {
        out.add(close);
      }
    }
    return Optional.of(out);
  }

  /** Rule 2: every close is a statement of the sending body, after the send, and that body runs once per channel. */
  private boolean closedBySenderAfterwards(Expr.Call send, Stmt.Let origin, List<Expr.Call> closesOf) {
    Object body = syntax.body(send);
    if (body == null || !syntax.runsOncePerChannel(body, origin)) {
      return false;
    }
    for (Expr.Call close : closesOf) {
      // `defer ch.close()` as a statement of the sending body runs after all of its statements.
      Optional<Object> deferredIn = syntax.deferredStatementOf(close);
      boolean after = deferredIn.isPresent() ? deferredIn.get() == body
          : syntax.body(close) == body && syntax.statement(close, body) && close.span().start() >= send.span().end();
      if (!after) {
        return false;
      }
    }
    return true;
  }

  /** Whether some close (or a Go function) may close the channel {@code b} holds. */
  boolean mayBeClosed(Binding b) {
    Stmt.Let origin = syntax.origin(b).orElse(null);
    return origin == null || closesOf(origin, ChannelSyntax.elementOf(b.type())).map(cs -> !cs.isEmpty()).orElse(true);
  }

  /**
   * Whether {@code b} is the only binding of a `let b = Channel.new()/buffered(n)` and every use
   * of it is the target of `send`, `receive`, `length`, `capacity` or `is_empty`: the channel has
   * no alias.
   */
  boolean onlyChannelMethods(Binding b) {
    Stmt.Let origin = syntax.origin(b).orElse(null);
    if (origin == null || !(origin.pattern() instanceof dev.lisette.syntax.Pattern.Binding)
        || !(Lowering.unparen(origin.init()) instanceof Expr.Call)
        || syntax.channelMethod(origin.init(), "split").isPresent()) {
      return false;
    }
    return syntax.uses(b.id()).stream().allMatch(use -> syntax.methodCalledOn(use)
        .filter(List.of("send", "receive", "length", "capacity", "is_empty")::contains).isPresent());
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
}

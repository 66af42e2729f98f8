package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.ConstValue;
import dev.lisette.semantics.Symbol;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.Stmt;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Rule 3 of {@link SendSafety} (spec concurrency.impl.raw-send, "closed after counted
 * signals"): the fan-in shape
 *
 * <pre>
 *   for _ in 0..4 { task { for … { out.send(v) }; done.send(()) } }
 *   task { for _ in 0..4 { done.receive() }; out.close() }
 * </pre>
 *
 * A send on `out` in such a task happens before the task's later `done.send`, which happens
 * before the receive that takes it; `out` is closed only after as many receives as `done` can
 * ever carry signals, so the close comes after every such send. Proved syntactically:
 * <ul>
 *   <li>`done` is an immutable binding of a fresh channel, never closed, used only as the
 *   target of `send`/`receive` and the buffer queries (no alias, no Go function sees it);
 *   every `done.send` is a top-level statement of a `task { … }` block spawned by the function
 *   that creates `out`, enclosed there only by counted loops (`for _ in a..b` with literal bounds,
 *   or `0..k` with an immutable `k`), so the signals are at most M = the sum of their counts;
 *   <li>every close of `out` is a top-level statement of a body that runs once per channel,
 *   after a top-level `for _ in a..b { done.receive() }` of K iterations, with M ≤ K;
 *   <li>the send is in such a task, before one of its `done.send` statements.
 * </ul>
 */
final class SignalledClose {
  private final SendSafety s;

  SignalledClose(SendSafety s) {
    this.s = s;
  }

  /** An iteration count: {@code factor} times the value of {@code symbol} (an immutable binding), or a constant. */
  private record Count(BigInteger factor, Optional<Integer> symbol) {
    static final Count ZERO = new Count(BigInteger.ZERO, Optional.empty());

    Optional<Count> times(Count o) {
      if (symbol.isPresent() && o.symbol.isPresent()) {
        return Optional.empty();
      }
      return Optional.of(new Count(factor.multiply(o.factor), symbol.isPresent() ? symbol : o.symbol));
    }

    Optional<Count> plus(Count o) {
      if (factor.signum() == 0) {
        return Optional.of(o);
      }
      if (o.factor.signum() == 0) {
        return Optional.of(this);
      }
      return symbol.equals(o.symbol) ? Optional.of(new Count(factor.add(o.factor), symbol)) : Optional.empty();
    }

    boolean atMost(Count o) {
      return factor.signum() == 0 || symbol.equals(o.symbol) && factor.compareTo(o.factor) <= 0;
    }
  }

  /** Whether {@code send} on the fresh channel created by {@code origin} is proved to precede every close of it. */
  boolean proves(Expr.Call send, Stmt.Let origin, List<Expr.Call> closesOfChannel) {
    if (closesOfChannel.isEmpty() || !(s.syntax().body(send) instanceof Expr.Task task)) {
      return false;
    }
    Object creator = s.syntax().body(origin);
    for (Expr.Call close : closesOfChannel) {
      Optional<Count> k = countedReceivesBefore(close, origin, creator);
      if (k.isEmpty()) {
        return false;
      }
      Binding done = signalOf(close).orElseThrow();
      Optional<Count> m = signals(done, creator);
      if (m.isEmpty() || !m.get().atMost(k.get()) || !signalsAfter(send, task, done)) {
        return false;
      }
    }
    return true;
  }

  /** The signal channel of the receive loop before {@code close} (set by {@link #countedReceivesBefore}). */
  private Optional<Binding> signalOf(Expr.Call close) {
    return receiveLoopBefore(close).flatMap(loop -> receiveTarget(loop.body()));
  }

  /**
   * K: the iterations of the top-level `for _ in a..b { d.receive() }` before {@code close}, when
   * the close is a top-level statement of a body running once per channel.
   */
  private Optional<Count> countedReceivesBefore(Expr.Call close, Stmt.Let origin, Object creator) {
    Object body = s.syntax().body(close);
    if (body == null || !s.syntax().runsOncePerChannel(body, origin) || !s.syntax().statement(close, body)) {
      return Optional.empty();
    }
    return receiveLoopBefore(close).flatMap(loop -> count(loop.iterable()));
  }

  private Optional<Stmt.For> receiveLoopBefore(Expr.Call close) {
    Object body = s.syntax().body(close);
    Block block = ChannelSyntax.block(body).orElse(null);
    int at = s.syntax().topIndex(close, body);
    if (block == null || at < 0) {
      return Optional.empty();
    }
    for (int i = at - 1; i >= 0; i--) {
      if (block.stmts().get(i) instanceof Stmt.For f && receiveTarget(f.body()).isPresent()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** `d` when {@code loop} is exactly `{ d.receive() }` on an immutable fresh `d`. */
  private Optional<Binding> receiveTarget(Block loop) {
    Optional<Expr> only = loop.stmts().isEmpty() ? loop.tail()
        : loop.stmts().size() == 1 && loop.tail().isEmpty() && loop.stmts().get(0) instanceof Stmt.ExprStmt e
            ? Optional.of(e.expr()) : Optional.empty();
    return only.flatMap(e -> s.syntax().channelMethod(e, "receive")).flatMap(s.syntax()::freshBinding);
  }

  /**
   * M: how many signals `done` can carry, when it is a never-closed fresh channel of the creator
   * used only by channel methods, and every send on it is a top-level statement of a task block
   * spawned under counted loops only.
   */
  private Optional<Count> signals(Binding done, Object creator) {
    Stmt.Let doneOrigin = s.syntax().origin(done).orElse(null);
    if (doneOrigin == null || s.syntax().body(doneOrigin) != creator || s.mayBeClosed(done) || !s.onlyChannelMethods(done)) {
      return Optional.empty();
    }
    Count total = Count.ZERO;
    for (Expr.Call send : s.syntax().sendsOn(done)) {
      if (!(s.syntax().body(send) instanceof Expr.Task task) || !s.syntax().statement(send, task)) {
        return Optional.empty();
      }
      Optional<Count> spawns = spawns(task, creator);
      Optional<Count> sum = spawns.flatMap(total::plus);
      if (sum.isEmpty()) {
        return Optional.empty();
      }
      total = sum.get();
    }
    return Optional.of(total);
  }

  /** How many times {@code task} is spawned by one run of {@code creator}: the product of its enclosing counted loops. */
  private Optional<Count> spawns(Expr.Task task, Object creator) {
    Count n = new Count(BigInteger.ONE, Optional.empty());
    Object at = s.syntax().parents().get(task);
    while (at != null && at != creator) {
      if (at instanceof Stmt.For f) {
        Optional<Count> c = count(f.iterable()).flatMap(n::times);
        if (c.isEmpty()) {
          return Optional.empty();
        }
        n = c.get();
      } else if (at instanceof Stmt.While || at instanceof Stmt.WhileLet || at instanceof Expr.Loop
          || at instanceof Expr.Lambda || at instanceof Expr.Task || at instanceof Expr.Defer || at instanceof Item) {
        return Optional.empty();
      }
      at = s.syntax().parents().get(at);
    }
    return at == creator ? Optional.of(n) : Optional.empty();
  }

  /** Whether a top-level `done.send` of {@code task} comes after the top-level statement holding {@code send}. */
  private boolean signalsAfter(Expr.Call send, Expr.Task task, Binding done) {
    int at = s.syntax().topIndex(send, task);
    return at >= 0 && s.syntax().sendsOn(done).stream().anyMatch(d -> s.syntax().body(d) == task && s.syntax().topIndex(d, task) > at);
  }

  /** The iterations of a `for` over `a..b` (literal bounds) or `0..k` (immutable `k`). */
  private Optional<Count> count(Expr iterable) {
    if (!(Lowering.unparen(iterable) instanceof Expr.Range r) || r.start().isEmpty() || r.end().isEmpty()) {
      return Optional.empty();
    }
    Optional<BigInteger> from = literal(r.start().get());
    Optional<BigInteger> to = literal(r.end().get());
    if (from.isPresent() && to.isPresent()) {
      BigInteger n = to.get().subtract(from.get()).add(r.inclusive() ? BigInteger.ONE : BigInteger.ZERO);
      return Optional.of(new Count(n.max(BigInteger.ZERO), Optional.empty()));
    }
    if (from.equals(Optional.of(BigInteger.ZERO)) && !r.inclusive()
        && Lowering.unparen(r.end().get()) instanceof Expr.Name name
        && s.syntax().program().names().get(name) instanceof Symbol.Local loc && !loc.binding().mutable()) {
      return Optional.of(new Count(BigInteger.ONE, Optional.of(loc.binding().id())));
    }
    return Optional.empty();
  }

  private static Optional<BigInteger> literal(Expr e) {
    return Lowering.unparen(e) instanceof Expr.IntLit i ? Optional.of(ConstValue.parseInt(i.text())) : Optional.empty();
  }
}

package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 4 of {@link SendSafety} (spec concurrency.impl.raw-send, "closed after a WaitGroup"):
 * the worker-pool shape
 *
 * <pre>
 *   let mut wg = sync.WaitGroup{}
 *   for _ in 0..4 { wg.Add(1); task { defer wg.Done(); for j in jobs { out.send(j) } } }
 *   wg.Wait()
 *   out.close()
 * </pre>
 *
 * Every `Done` is the first statement of a task, deferred, so it runs after all of the task's
 * sends; every such task is spawned right after its own `wg.Add(1)`, and all `Add`s happen
 * before the `Wait` that precedes the close, so `Wait` returns only when every task spawned
 * with the counter has finished.
 * <ul>
 *   <li>`wg` is a binding of a `let wg = sync.WaitGroup{}` in the function creating the channel;
 *   every use of it is `wg.Add(1)` as a statement of that function (not inside a lambda or
 *   task) immediately followed by a `task { defer wg.Done(); … }` statement, that `defer
 *   wg.Done()` itself, `wg.Go(|| { … })` with a lambda, called in that function, or `wg.Wait()`;
 *   <li>every close of the channel is a statement of a body that runs once per channel, after a
 *   statement `wg.Wait()` of that body; that body is the creating function (the `Wait` comes
 *   after every statement holding an `Add`) or a task block spawned by it after all of them;
 *   <li>the send is in one of the counted tasks or lambdas.
 * </ul>
 */
final class WaitGroupClose {
  private final SendSafety s;

  WaitGroupClose(SendSafety s) {
    this.s = s;
  }

  boolean proves(Expr.Call send, Stmt.Let origin, List<Expr.Call> closesOf) {
    Object sender = s.syntax().body(send);
    if (closesOf.isEmpty() || sender == null) {
      return false;
    }
    Object creator = s.syntax().body(origin);
    for (Expr.Call close : closesOf) {
      Object body = s.syntax().body(close);
      if (body == null || !s.syntax().runsOncePerChannel(body, origin) || !s.syntax().statement(close, body)) {
        return false;
      }
      Optional<Expr.Call> wait = waitBefore(close, body);
      Optional<Binding> wg = wait.flatMap(w -> target(w, "Wait"));
      Optional<Counted> counted = wg.flatMap(g -> counted(g, creator));
      if (counted.isEmpty() || !counted.get().bodies().contains(sender)) {
        return false;
      }
      // All `Add`s happen before the `Wait`: in the creator, the statement holding the `Wait` (or
      // spawning the closer task) comes after every statement holding an `Add`.
      int waitAt = body == creator ? s.syntax().topIndex(wait.get(), creator) : s.syntax().topIndex(body, creator);
      if (waitAt < 0 || waitAt <= counted.get().lastAdd()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The bodies counted by a WaitGroup (task blocks after `Add(1)`, lambdas given to `Go`), and the
   * top-level index in the creator of the last statement holding an `Add` or `Go`.
   */
  private record Counted(Set<Object> bodies, int lastAdd) {}

  /** The top-level `wg.Wait()` statement of {@code body} before {@code close}. */
  private Optional<Expr.Call> waitBefore(Expr.Call close, Object body) {
    Block block = ChannelSyntax.block(body).orElse(null);
    int at = s.syntax().topIndex(close, body);
    if (block == null || at < 0) {
      return Optional.empty();
    }
    for (int i = at - 1; i >= 0; i--) {
      if (block.stmts().get(i) instanceof Stmt.ExprStmt e && Lowering.unparen(e.expr()) instanceof Expr.Call c
          && target(c, "Wait").isPresent()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The WaitGroup binding when {@code call} is `wg.NAME(…)` on a local `sync.WaitGroup`. */
  private Optional<Binding> target(Expr call, String name) {
    if (Lowering.unparen(call) instanceof Expr.Call c && Lowering.unparen(c.callee()) instanceof Expr.Field f
        && f.name().name().equals(name) && s.syntax().program().members().get(f) instanceof Symbol.Method
        && Lowering.unparen(f.target()) instanceof Expr.Name n && s.syntax().program().names().get(n) instanceof Symbol.Local loc
        && isWaitGroup(loc.binding().type())) {
      return Optional.of(loc.binding());
    }
    return Optional.empty();
  }

  private static boolean isWaitGroup(Type t) {
    return TypeLowering.deref(t) instanceof Type.Named n && n.module().equals("go:sync") && n.name().equals("WaitGroup");
  }

  /** The tasks counted by {@code wg}, when every use of it has one of the three allowed forms. */
  private Optional<Counted> counted(Binding wg, Object creator) {
    Optional<Stmt.Let> declaration = s.syntax().declaration(wg);
    if (declaration.isEmpty() || s.syntax().body(declaration.get()) != creator
        || !(Lowering.unparen(declaration.get().init()) instanceof Expr.StructLit lit) || !lit.fields().isEmpty()
        || lit.spread().isPresent()) {
      return Optional.empty();
    }
    var tasks = new java.util.HashSet<Expr.Task>();
    var dones = new ArrayList<Expr.Task>();
    var bodies = new java.util.HashSet<Object>();
    int lastAdd = -1;
    for (Expr.Name use : s.syntax().uses(wg)) {
      Object call = s.syntax().parents().get(s.syntax().parents().get(use));
      if (!(call instanceof Expr.Call c)) {
        return Optional.empty();
      }
      if (target(c, "Wait").isPresent()) {
        continue;
      }
      if (target(c, "Add").isPresent()) {
        Optional<Expr.Task> task = spawnedAfter(c, wg, creator);
        if (task.isEmpty() || !tasks.add(task.get())) {
          return Optional.empty();
        }
        lastAdd = Math.max(lastAdd, s.syntax().topIndex(c, creator));
        continue;
      }
      if (target(c, "Go").isPresent()) {
        // `wg.Go(|| { … })` adds one and runs the lambda in a goroutine, `Done` when it returns.
        if (s.syntax().body(c) != creator || !(Lowering.unparen(c.args().get(0)) instanceof Expr.Lambda f)) {
          return Optional.empty();
        }
        bodies.add(f);
        lastAdd = Math.max(lastAdd, s.syntax().topIndex(c, creator));
        continue;
      }
      Optional<Expr.Task> owner = target(c, "Done").flatMap(d -> deferredFirst(c));
      if (owner.isEmpty()) {
        return Optional.empty();
      }
      dones.add(owner.get());
    }
    // Each counted task has exactly its one deferred `Done`, and no `Done` is elsewhere.
    if (dones.size() != tasks.size() || !tasks.containsAll(dones)) {
      return Optional.empty();
    }
    bodies.addAll(tasks);
    return Optional.of(new Counted(bodies, lastAdd));
  }

  /**
   * The task of `wg.Add(1); task { defer wg.Done(); … }`: {@code add} is a statement of the
   * creator (not inside a lambda or task) whose next statement spawns that task.
   */
  private Optional<Expr.Task> spawnedAfter(Expr.Call add, Binding wg, Object creator) {
    if (add.args().size() != 1 || !(Lowering.unparen(add.args().get(0)) instanceof Expr.IntLit one)
        || !one.text().equals("1") || s.syntax().body(add) != creator || !(s.syntax().parents().get(add) instanceof Stmt.ExprStmt stmt)
        || !(s.syntax().parents().get(stmt) instanceof Block block)) {
      return Optional.empty();
    }
    int i = indexOf(block.stmts(), stmt);
    Optional<Expr> next = i + 1 < block.stmts().size()
        ? Optional.of(block.stmts().get(i + 1)).filter(Stmt.ExprStmt.class::isInstance).map(x -> ((Stmt.ExprStmt) x).expr())
        : block.tail();
    if (next.isEmpty() || !(Lowering.unparen(next.get()) instanceof Expr.Task task)
        || !(task.body() instanceof Expr.BlockExpr body) || body.block().stmts().isEmpty()
        || !(body.block().stmts().get(0) instanceof Stmt.ExprStmt first) || !(first.expr() instanceof Expr.Defer d)
        || target(d.body(), "Done").filter(b -> b.id() == wg.id()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(task);
  }

  /** The task whose first statement is `defer wg.Done()` when {@code done} is that call. */
  private Optional<Expr.Task> deferredFirst(Expr.Call done) {
    if (!(s.syntax().parents().get(done) instanceof Expr.Defer d) || !(s.syntax().parents().get(d) instanceof Stmt.ExprStmt stmt)
        || !(s.syntax().parents().get(stmt) instanceof Block block) || block.stmts().isEmpty() || block.stmts().get(0) != stmt
        || !(s.syntax().parents().get(block) instanceof Expr.BlockExpr be) || !(s.syntax().parents().get(be) instanceof Expr.Task task)) {
      return Optional.empty();
    }
    return Optional.of(task);
  }

  private static int indexOf(List<Stmt> stmts, Stmt stmt) {
    for (int i = 0; i < stmts.size(); i++) {
      if (stmts.get(i) == stmt) {
        return i;
      }
    }
    return -1;
  }
}

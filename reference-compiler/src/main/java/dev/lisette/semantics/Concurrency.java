package dev.lisette.semantics;

import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `task`, channels and `select` (spec concurrency.*, brief §17): the native methods of
 * `Channel<T>`, `Sender<T>` and `Receiver<T>`, the direction rules, `task` statements and the
 * arms of `select`.
 */
final class Concurrency {
  private final Checker c;
  private final Expressions x;

  Concurrency(Checker c, Expressions x) {
    this.c = c;
    this.x = x;
  }

  /** The native methods (spec concurrency.channel.*). */
  static void natives() {
    Type t = Natives.T;
    Type chan = new Type.Named(Type.PRELUDE, "Channel", List.of(t));
    Type sender = new Type.Named(Type.PRELUDE, "Sender", List.of(t));
    Type receiver = new Type.Named(Type.PRELUDE, "Receiver", List.of(t));
    Natives.statik("Channel", "new", Natives.fn(chan));
    Natives.statik("Channel", "buffered", Natives.fn(chan, Type.Prim.INT));
    for (String owner : List.of("Channel", "Sender", "Receiver")) {
      if (!owner.equals("Receiver")) {
        Natives.method(owner, "send", Natives.fn(Type.Prim.BOOL, t));
        Natives.method(owner, "close", Natives.fn(Type.Unit.UNIT));
      }
      if (!owner.equals("Sender")) {
        Natives.method(owner, "receive", Natives.fn(Type.option(t)));
      }
      Natives.method(owner, "length", Natives.fn(Type.Prim.INT));
      Natives.method(owner, "capacity", Natives.fn(Type.Prim.INT));
      Natives.method(owner, "is_empty", Natives.fn(Type.Prim.BOOL));
    }
    Natives.method("Channel", "split", Natives.fn(new Type.Tuple(List.of(sender, receiver))));
  }

  static boolean isChannelOwner(String owner) {
    return owner.equals("Channel") || owner.equals("Sender") || owner.equals("Receiver");
  }

  static boolean isChannel(Type t) {
    return Type.isPrelude(t, "Channel") || Type.isPrelude(t, "Sender") || Type.isPrelude(t, "Receiver");
  }

  /** `rx.send(v)`, `tx.receive()`, `tx.split()`: the direction rules (spec concurrency.split.direction). */
  static boolean wrongDirection(Checker c, Expr.Field f, String owner) {
    String name = f.name().name();
    if (owner.equals("Receiver") && (name.equals("send") || name.equals("close"))) {
      c.error("infer.expected_channel_send", "cannot " + name + " on a `Receiver`", f.name().span(),
          "a `Receiver<T>` can only receive", "send and close through the `Sender` that `split()` returned");
      return true;
    }
    if (owner.equals("Sender") && name.equals("receive")) {
      c.error("infer.expected_channel_receive", "cannot receive from a `Sender`", f.name().span(),
          "a `Sender<T>` can only send and close", "receive through the `Receiver` that `split()` returned");
      return true;
    }
    if (!owner.equals("Channel") && name.equals("split")) {
      c.error("infer.member_not_found", "method not found", f.name().span(),
          "only a `Channel<T>` can be split", "split the channel before handing out its ends");
      return true;
    }
    return false;
  }

  // ---- task ------------------------------------------------------------------------------

  /** `task f(x)` / `task { … }` (spec concurrency.task.*). */
  Type task(Expr.Task t, boolean statement) {
    if (!statement) {
      c.error("infer.task_in_expression_position", "invalid `task`", t.span(), "`task` produces no value",
          "use `task` as a statement; send results back over a channel");
    }
    Expr body = Expressions.unparen(t.body());
    switch (body) {
      case Expr.BlockExpr b -> {
        var saved = c.enterLambda(Type.Unit.UNIT);
        c.block(b.block(), Optional.empty(), false);
        c.leaveLambda(saved);
      }
      case Expr.Propagate q -> {
        x.infer(q.operand(), Optional.empty());
        c.error("infer.propagate_in_task", "`?` in `task`", q.span(), "a task runs on its own; nothing receives its failure",
            "handle the failure inside a `task { … }` block, or send it over a channel");
      }
      default -> x.inferStatement(body);
    }
    return Type.Unit.UNIT;
  }

  // ---- select ----------------------------------------------------------------------------

  /** A channel operation of an arm: its channel operand, its kind, and the sent value. */
  record Operation(Expr.Call call, Expr channel, boolean send, Optional<Expr> value) {}

  /** `ch.receive()` / `ch.send(v)` in a `select` arm, or empty. */
  static Optional<Operation> operation(Expr e) {
    if (Expressions.unparen(e) instanceof Expr.Call call && Expressions.unparen(call.callee()) instanceof Expr.Field f) {
      String name = f.name().name();
      if (name.equals("receive") && call.args().isEmpty()) {
        return Optional.of(new Operation(call, f.target(), false, Optional.empty()));
      }
      if (name.equals("send") && call.args().size() == 1) {
        return Optional.of(new Operation(call, f.target(), true, Optional.of(call.args().get(0))));
      }
    }
    return Optional.empty();
  }

  Type select(Expr.Select s, Optional<Type> expected, boolean value, boolean coerce) {
    if (s.arms().isEmpty()) {
      c.error("infer.empty_select", "empty `select`", s.span(), "a `select` without arms would wait forever",
          "add an arm, or a `_ =>` arm");
      return Type.Error.ERROR;
    }
    var branches = x.matches().new Branches(expected, coerce, "`select` arms");
    boolean shorthand = false;
    boolean hasDefault = false;
    for (Expr.SelectArm arm : s.arms()) {
      switch (arm) {
        case Expr.SelectArm.Default d -> {
          if (hasDefault) {
            c.error("infer.duplicate_select_default", "duplicate `_` arm", d.span(), "a `select` has at most one `_` arm",
                "merge the two default arms");
          }
          hasDefault = true;
          armBody(d.body(), value, branches);
        }
        case Expr.SelectArm.Receive r -> {
          if (shorthand) {
            c.error("infer.multiple_select_receives", "invalid select", r.span(),
                "a `select` has at most one `let Some(…) = ….receive()` arm",
                "use `match ch.receive() { Some(v) => …, None => … }` for the others");
          }
          shorthand = true;
          receiveArm(r, value, branches);
        }
        case Expr.SelectArm.MatchReceive m -> matchArm(m, value, branches);
        case Expr.SelectArm.Operation o -> {
          Optional<Operation> op = operation(o.operation());
          if (op.isEmpty()) {
            x.infer(o.operation(), Optional.empty());
            c.error("infer.invalid_select_arm", "invalid select arm", o.operation().span(),
                "this is not a channel operation", "a `select` arm is `ch.receive()`, `ch.send(v)`, a `let Some(v) = "
                    + "ch.receive()` or `match ch.receive() { … }` arm, or `_`");
          } else {
            channelOperation(op.get());
          }
          c.pushScope();
          armBody(o.body(), value, branches);
          c.popScope();
        }
      }
    }
    if (!value) {
      return Type.Unit.UNIT;
    }
    Type t = c.shallow(branches.type);
    if (shorthand && !hasDefault && !Type.lenient(t) && t != Type.Unit.UNIT && t != Type.Never.NEVER
        && !(t instanceof Type.Var)) {
      c.error("infer.non_exhaustive_select_expression", "`select` may not produce a value", s.span(),
          "once its channel is closed, the `let Some(…)` arm is disabled and no arm may be left to give the value",
          "add a `_ =>` arm, or use `match ch.receive() { Some(v) => …, None => … }`");
    }
    return branches.type;
  }

  private void armBody(Stmt body, boolean value, MatchExpressions.Branches branches) {
    switch (body) {
      case Stmt.ExprStmt e when value -> {
        c.tailExprs.add(Expressions.unparen(e.expr()));
        branches.add(e.expr());
      }
      case Stmt.ExprStmt e -> {
        c.statementExprs.add(Expressions.unparen(e.expr()));
        c.lints.discarded(e.expr(), x.inferStatement(e.expr()));
      }
      default -> {
        Statements.statement(c, body);
        branches.join(Type.Unit.UNIT, body.span());
      }
    }
  }

  /** Checks the channel operation of an arm; returns the element type (error type if invalid). */
  private Type channelOperation(Operation op) {
    Expr channel = Expressions.unparen(op.channel());
    if (complex(channel) || op.value().isPresent() && complex(Expressions.unparen(op.value().get()))) {
      Expr bad = complex(channel) ? channel : Expressions.unparen(op.value().get());
      c.error("infer.complex_select_expression", "complex expression in `select` arm", bad.span(),
          "the channel and the sent value of an arm must be simple expressions", "hoist it to a `let` before the `select`");
      x.record(op.call(), Type.Error.ERROR);
      return Type.Error.ERROR;
    }
    Type chanType = c.shallow(x.infer(op.channel(), Optional.empty()));
    Type base = x.data().deref(chanType);
    if (Type.lenient(base)) {
      op.value().ifPresent(v -> x.infer(v, Optional.empty()));
      x.record(op.call(), Type.Error.ERROR);
      return Type.Error.ERROR;
    }
    boolean ok = op.send() ? Type.isPrelude(base, "Channel") || Type.isPrelude(base, "Sender")
        : Type.isPrelude(base, "Channel") || Type.isPrelude(base, "Receiver");
    if (!ok) {
      op.value().ifPresent(v -> x.infer(v, Optional.empty()));
      String code = op.send() ? "infer.expected_channel_send" : "infer.expected_channel_receive";
      c.error(code, op.send() ? "expected a channel send" : "expected a channel receive", op.channel().span(),
          "`" + c.resolve(base) + "` cannot " + (op.send() ? "send" : "receive") + " in a `select` arm",
          Type.isPrelude(base, "Receiver") ? "send through the `Sender` that `split()` returned"
              : Type.isPrelude(base, "Sender") ? "receive through the `Receiver` that `split()` returned"
                  : "a `select` arm operates on a `Channel`, `Sender` or `Receiver`");
      x.record(op.call(), Type.Error.ERROR);
      return Type.Error.ERROR;
    }
    // Checks the call itself (records the native method and the argument's type).
    Type t = x.infer(op.call(), Optional.empty());
    x.record(op.call(), t);
    return ((Type.Named) base).args().get(0);
  }

  private static boolean complex(Expr e) {
    return e instanceof Expr.If || e instanceof Expr.IfLet || e instanceof Expr.Match || e instanceof Expr.Loop
        || e instanceof Expr.BlockExpr || e instanceof Expr.Select || e instanceof Expr.Try || e instanceof Expr.Recover
        || e instanceof Expr.Return || e instanceof Expr.Break || e instanceof Expr.Continue;
  }

  /** The receive of a `let Some(p) = ….receive()` or `match ….receive()` arm; empty if invalid (reported). */
  private Optional<Type> receiveOperand(Expr receive) {
    Optional<Operation> op = operation(receive).filter(o -> !o.send());
    if (op.isEmpty()) {
      x.infer(receive, Optional.empty());
      c.error("infer.expected_channel_receive", "expected a channel receive", receive.span(),
          "this arm needs `ch.receive()`", "receive from a `Channel` or `Receiver` here");
      return Optional.empty();
    }
    Type element = channelOperation(op.get());
    return Type.lenient(c.shallow(element)) ? Optional.empty() : Optional.of(element);
  }

  private void receiveArm(Expr.SelectArm.Receive r, boolean value, MatchExpressions.Branches branches) {
    Optional<Type> element = receiveOperand(r.receive());
    c.pushScope();
    Pattern p = unparen(r.pattern());
    Type elementType = element.orElse(Type.Error.ERROR);
    if (p instanceof Pattern.Binding || p instanceof Pattern.Wildcard) {
      c.error("infer.bare_identifier_in_select_receive", "invalid select case", p.span(),
          "a receive arm binds `Some(…)`: the receive gives an `Option`", "write `let Some(" + text(p) + ") = ….receive()`");
    } else if (isNone(p)) {
      c.error("infer.none_pattern_in_select_receive", "invalid select case", p.span(),
          "a `let None` arm would never run: a closed channel disables the arm",
          "use `match ch.receive() { Some(v) => …, None => … }` to handle the close");
    } else if (someInner(p).isPresent()) {
      Pattern inner = someInner(p).get();
      c.patterns.bind(p, Type.option(elementType));
      if (element.isPresent() && !c.patterns.irrefutable(inner, elementType)) {
        c.error("infer.select_receive_refutable_pattern", "refutable pattern in select receive", inner.span(),
            "this pattern might not match the received value", "bind the value and `match` on it in the arm");
      }
    } else {
      c.error("infer.select_receive_refutable_pattern", "refutable pattern in select receive", p.span(),
          "a receive arm binds `Some(pattern)` with an irrefutable pattern", "write `let Some(v) = ….receive()`");
    }
    armBody(r.body(), value, branches);
    c.popScope();
  }

  private void matchArm(Expr.SelectArm.MatchReceive m, boolean value, MatchExpressions.Branches branches) {
    Optional<Type> element = receiveOperand(m.receive());
    Type elementType = element.orElse(Type.Error.ERROR);
    boolean some = false;
    boolean none = false;
    boolean invalid = false;
    for (Expr.MatchArm arm : m.arms()) {
      c.pushScope();
      Pattern p = unparen(arm.pattern());
      if (isNone(p)) {
        if (none) {
          c.error("infer.select_match_duplicate_none_arm", "invalid select match", p.span(), "a second `None` arm",
              "remove it");
        }
        none = true;
      } else if (someInner(p).isPresent()) {
        if (some) {
          c.error("infer.select_match_duplicate_some_arm", "invalid select match", p.span(), "a second `Some` arm",
              "bind the value once and `match` on it in the arm");
        }
        some = true;
        Pattern inner = someInner(p).get();
        c.patterns.bind(p, Type.option(elementType));
        if (element.isPresent() && !c.patterns.irrefutable(inner, elementType)) {
          c.error("infer.select_receive_refutable_pattern", "refutable pattern in select receive", inner.span(),
              "this pattern might not match the received value", "bind the value and `match` on it in the arm");
        }
      } else {
        invalid = true;
        c.error("infer.select_match_invalid_pattern", "invalid select match", p.span(),
            "the arms of a receive `match` are `Some(v)` and `None`", "bind the value with `Some(v)`, and handle the close with `None`");
      }
      if (arm.guard().isPresent()) {
        c.error("infer.select_match_guard_not_allowed", "invalid select match", arm.guard().get().span(),
            "a guard would leave the received value unhandled", "test the condition inside the arm");
        x.infer(arm.guard().get(), Optional.empty());
      }
      armBody(arm.body(), value, branches);
      c.popScope();
    }
    if (invalid) {
      return;
    }
    Span at = new Span(m.span().start(), m.span().start() + "match".length());
    if (!some) {
      c.error("infer.select_match_missing_some_arm", "invalid select match", at, "no `Some(v)` arm",
          "add `Some(v) => …` for a received value");
    }
    if (!none) {
      c.error("infer.select_match_missing_none_arm", "invalid select match", at, "no `None` arm",
          "add `None => …` for the closed channel");
    }
  }

  private static Pattern unparen(Pattern p) {
    while (p instanceof Pattern.Paren paren) {
      p = paren.inner();
    }
    return p;
  }

  private static boolean isNone(Pattern p) {
    return p instanceof Pattern.Path path && path.path().get(path.path().size() - 1).name().equals("None")
        && (path.path().size() == 1 || path.path().get(0).name().equals("Option"))
        || p instanceof Pattern.Binding b && b.name().name().equals("None");
  }

  private static Optional<Pattern> someInner(Pattern p) {
    if (p instanceof Pattern.TupleStruct ts && ts.elements().size() == 1 && !ts.rest()
        && ts.path().get(ts.path().size() - 1).name().equals("Some")
        && (ts.path().size() == 1 || ts.path().get(0).name().equals("Option"))) {
      return Optional.of(ts.elements().get(0));
    }
    return Optional.empty();
  }

  private static String text(Pattern p) {
    return p instanceof Pattern.Binding b ? b.name().name() : "_";
  }
}

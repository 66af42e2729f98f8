package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import java.util.List;
import java.util.Optional;

/**
 * Channels (spec concurrency.channel.*, brief §22.7): `Channel.new<T>()` is `make(chan T)`;
 * `send` and `close` go through the support package's safe helpers unless {@link SendSafety}
 * proves that no alias of the channel can be closed before the send (then `ch <- v`), or that
 * the close runs once (then `close(ch)`); a receive used as a statement is `<-ch`; the buffer
 * queries are `len`/`cap`.
 */
final class ChannelLowering {
  private final Lowering l;
  private final CheckedProgram p;
  private SendSafety safety;
  /** Sends lowered raw inside a `lisette.UntilClosed` frame ({@link #sendLoop}). */
  private final java.util.Set<Expr.Call> framedSends = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  ChannelLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  private SendSafety safety() {
    if (safety == null) {
      safety = new SendSafety(p, l.standalone);
    }
    return safety;
  }

  static boolean isChannelOwner(String owner) {
    return owner.equals("Channel") || owner.equals("Sender") || owner.equals("Receiver");
  }

  private GoAst.Ident lisette(String name) {
    return new GoAst.Ident(l.imports.prelude() + "." + name);
  }

  private static GoAst.Expr call(GoAst.Expr fn, GoAst.Expr... args) {
    return new GoAst.Call(fn, List.of(args));
  }

  /** The channel operand as a Go value (a `Ref` to a channel is dereferenced). */
  GoAst.Expr channel(Expr target) {
    GoAst.Expr v = l.exprs.value(target);
    return p.typeOf(target) instanceof Type.Ref ? ExprLowering.deref(v) : v;
  }

  GoAst.Expr nativeCall(Expr.Call c, Expr.Field f, Symbol.Native n, List<GoAst.Expr> args) {
    if (n.isStatic()) {
      String type = l.types.goType(p.typeOf(c));
      return switch (n.name()) {
        case "new" -> call(new GoAst.Ident("make"), new GoAst.Ident(type));
        case "buffered" -> call(new GoAst.Ident("make"), new GoAst.Ident(type), args.get(0));
        default -> throw new IllegalStateException("unknown static native Channel." + n.name());
      };
    }
    GoAst.Expr recv = channel(Lowering.unparen(f.target()));
    return switch (n.name()) {
      case "send" -> call(lisette(n.owner().equals("Sender") ? "SenderSend" : "ChannelSend"), recv, args.get(0));
      case "receive" -> call(lisette(n.owner().equals("Receiver") ? "ReceiverReceive" : "ChannelReceive"), recv);
      case "close" -> safety().rawClose(c) ? call(new GoAst.Ident("close"), recv)
          : call(lisette(n.owner().equals("Sender") ? "SenderClose" : "ChannelClose"), recv);
      case "length" -> call(new GoAst.Ident("len"), recv);
      case "capacity" -> call(new GoAst.Ident("cap"), recv);
      case "is_empty" -> new GoAst.Binary("==", call(new GoAst.Ident("len"), recv), new GoAst.Lit("0"));
      case "split" -> call(lisette("ChannelSplit"), recv);
      default -> throw new IllegalStateException("unknown channel method " + n.name());
    };
  }

  /** A channel call: the native symbol of its method, or empty. */
  Optional<Symbol.Native> channelCall(Expr e) {
    if (Lowering.unparen(e) instanceof Expr.Call c && Lowering.unparen(c.callee()) instanceof Expr.Field f
        && p.members().get(f) instanceof Symbol.Native n && !n.isStatic() && isChannelOwner(n.owner())) {
      return Optional.of(n);
    }
    return Optional.empty();
  }

  /** The channel expression of {@code e} when it is a `receive()` call. */
  Optional<Expr> receiveTarget(Expr e) {
    return channelCall(e).filter(n -> n.name().equals("receive"))
        .map(n -> Lowering.unparen(((Expr.Field) Lowering.unparen(((Expr.Call) Lowering.unparen(e)).callee())).target()));
  }

  /**
   * A channel operation whose value is dropped: `<-ch` for a receive, `ch <- v` for a send the
   * safety rules allow (spec concurrency.impl.raw-send). False when {@code e} is something else.
   */
  boolean statement(Expr e, List<GoAst.Stmt> out) {
    Optional<Symbol.Native> n = channelCall(e);
    if (n.isEmpty()) {
      return false;
    }
    var c = (Expr.Call) Lowering.unparen(e);
    var f = (Expr.Field) Lowering.unparen(c.callee());
    switch (n.get().name()) {
      case "receive" -> {
        out.add(new GoAst.ExprStmt(new GoAst.Unary("<-", channel(Lowering.unparen(f.target())))));
        return true;
      }
      case "send" -> {
        if (!safety().raw(c) && !framedSends.contains(c)) {
          return false;
        }
        GoAst.Expr ch = channel(Lowering.unparen(f.target()));
        GoAst.Expr v = sentValue(c);
        out.add(new GoAst.Send(ch, v));
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * `for x in a..b { ch.send(v) }` (or over a slice) whose only effect is a send that no rule
   * proves raw, with a name for `ch` and a `v` that cannot panic: once the channel is closed every
   * later iteration would only send `false`, so one recover frame around the loop,
   * `lisette.UntilClosed(func() { for … { ch <- v } })`, ends it there instead of paying a
   * deferred recover per send (spec concurrency.impl.send-loop).
   */
  boolean sendLoop(dev.lisette.syntax.Stmt.For f, List<GoAst.Stmt> out) {
    var body = f.body();
    Optional<Expr> only = body.stmts().isEmpty() ? body.tail()
        : body.stmts().size() == 1 && body.tail().isEmpty() && body.stmts().get(0) instanceof dev.lisette.syntax.Stmt.ExprStmt e
            ? Optional.of(e.expr()) : Optional.empty();
    boolean iterable = Lowering.unparen(f.iterable()) instanceof Expr.Range
        || TypeLowering.deref(p.typeOf(f.iterable())) instanceof Type.Slice;
    if (only.isEmpty() || !iterable || channelCall(only.get()).filter(n -> n.name().equals("send")).isEmpty()) {
      return false;
    }
    var c = (Expr.Call) Lowering.unparen(only.get());
    var target = ((Expr.Field) Lowering.unparen(c.callee())).target();
    if (!(Lowering.unparen(target) instanceof Expr.Name) || !cannotPanic(c.args().get(0)) || safety().raw(c)) {
      return false;
    }
    framedSends.add(c);
    var loop = new java.util.ArrayList<GoAst.Stmt>();
    l.collections.forLoop(f, loop);
    out.add(new GoAst.ExprStmt(call(lisette("UntilClosed"), new GoAst.FuncLit(Optional.empty(), loop))));
    return true;
  }

  /** An expression without effects that cannot panic in Go: names, literals, arithmetic other than `/` and `%`. */
  private static boolean cannotPanic(Expr e) {
    return switch (e) {
      case Expr.Name n -> true;
      case Expr.IntLit i -> true;
      case Expr.FloatLit x -> true;
      case Expr.BoolLit b -> true;
      case Expr.StringLit s -> true;
      case Expr.RuneLit r -> true;
      case Expr.Paren x -> cannotPanic(x.inner());
      case Expr.Unary u -> u.op() != dev.lisette.syntax.UnaryOp.REF && cannotPanic(u.operand());
      case Expr.Binary b -> b.op() != dev.lisette.syntax.BinaryOp.DIV && b.op() != dev.lisette.syntax.BinaryOp.REM
          && b.op() != dev.lisette.syntax.BinaryOp.PIPE && cannotPanic(b.left()) && cannotPanic(b.right());
      default -> false;
    };
  }

  /** The value of a send, converted to the element type when it is an interface. */
  GoAst.Expr sentValue(Expr.Call c) {
    Expr arg = c.args().get(0);
    var f = (Expr.Field) Lowering.unparen(c.callee());
    Type element = ((Type.Named) TypeLowering.deref(p.typeOf(f.target()))).args().get(0);
    GoAst.Expr v = l.exprs.value(arg);
    if (l.exprs.converts(arg, element) || l.exprs.needsExplicitType(arg, element)) {
      return call(new GoAst.Ident(l.types.goType(element)), v);
    }
    return v;
  }
}

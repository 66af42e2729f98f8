package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Block;
import dev.lisette.syntax.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * `?`, `try`, `recover` and `defer` (spec error-handling.*, defer.*). Each of them opens or
 * consults a {@link Frame}: the innermost function, lambda, `try`, `recover` or `defer` body
 * decides where `?` returns to and which `return`/`break`/`continue` may leave it.
 */
final class ErrorHandling {
  private final Checker c;
  private final Expressions x;

  enum Kind { FUNCTION, LAMBDA, TRY, RECOVER, DEFER }

  /** One enclosing construct. For `try`, {@code carrier} is fixed by the first `?`. */
  static final class Frame {
    final Kind kind;
    final List<Checker.LoopContext> outerLoops;
    Optional<Type.Named> carrier = Optional.empty();
    boolean propagates;
    /** A `?` of this block that may succeed (not `Err(e)?` / `None?`). */
    boolean mayContinue;
    /** An error was reported inside (a `return` leaving it …): its type is not reported again. */
    boolean poisoned;

    Frame(Kind kind, List<Checker.LoopContext> outerLoops) {
      this.kind = kind;
      this.outerLoops = outerLoops;
    }
  }

  private final Deque<Frame> frames = new ArrayDeque<>();

  ErrorHandling(Checker checker, Expressions expressions) {
    this.c = checker;
    this.x = expressions;
  }


  /** A function body starts with a fresh frame stack. */
  void enterFunction() {
    frames.clear();
    frames.push(new Frame(Kind.FUNCTION, List.of()));
  }

  void enterLambda() {
    frames.push(new Frame(Kind.LAMBDA, List.of()));
  }

  void leaveLambda() {
    frames.pop();
  }

  Kind innermost() {
    return frames.isEmpty() ? Kind.FUNCTION : frames.peek().kind;
  }

  /** Runs {@code body} inside a `try`/`recover`/`defer` frame, loops of the outside hidden. */
  private <T> T inFrame(Frame f, java.util.function.Supplier<T> body) {
    var saved = new ArrayList<>(c.loops);
    c.loops.clear();
    frames.push(f);
    try {
      return body.get();
    } finally {
      frames.pop();
      c.loops.clear();
      c.loops.addAll(saved);
    }
  }

  /** Whether a loop encloses the current point within the current function or lambda. */
  boolean insideLoop() {
    if (!c.loops.isEmpty()) {
      return true;
    }
    for (Frame f : frames) {
      if (f.kind == Kind.FUNCTION || f.kind == Kind.LAMBDA) {
        return false;
      }
      if (!f.outerLoops.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // ---- `return`, `break`, `continue` leaving a block that may not be left -------------

  /** Reports `return` inside try/recover/defer; true when it was reported. */
  boolean returnLeaves(Span at) {
    return leaves(at, "return", "infer.try_block_return", "infer.recover_block_return", "infer.return_in_defer_block");
  }

  /** `break`/`continue` with no loop inside the innermost try/recover/defer. */
  boolean jumpLeaves(Span at, String keyword) {
    if (!c.loops.isEmpty()) {
      return false;
    }
    return leaves(at, keyword, "infer.try_block_" + keyword, "infer.recover_block_" + keyword,
        "infer." + keyword + "_in_defer_block");
  }

  private boolean leaves(Span at, String keyword, String inTry, String inRecover, String inDefer) {
    Kind k = innermost();
    String code = switch (k) {
      case TRY -> inTry;
      case RECOVER -> inRecover;
      case DEFER -> inDefer;
      case FUNCTION, LAMBDA -> null;
    };
    if (code == null) {
      return false;
    }
    frames.peek().poisoned = true;
    String block = switch (k) {
      case TRY -> "`try` block";
      case RECOVER -> "`recover` block";
      default -> "`defer` block";
    };
    c.error(code, "`" + keyword + "` in " + block, at, "`" + keyword + "` cannot leave a " + block,
        k == Kind.TRY && keyword.equals("return") ? "use `?` to leave the block with a failure, or end it with its value"
            : "restructure the code so the block ends normally");
    return true;
  }

  // ---- `?` -------------------------------------------------------------------------------

  Type propagate(Expr.Propagate q, boolean reportedPosition) {
    Type operand = c.shallow(x.infer(q.operand(), Optional.empty()));
    if (Type.lenient(operand) || reportedPosition) {
      return payloadOrError(operand);
    }
    Frame frame = frames.isEmpty() ? new Frame(Kind.FUNCTION, List.of()) : frames.peek();
    if (frame.kind == Kind.DEFER) {
      c.error("infer.propagate_in_defer", "`?` in `defer`", q.span(), "a deferred call runs after the function has returned",
          "handle the failure inside the deferred code with `match`");
      return payloadOrError(operand);
    }
    if (frame.kind == Kind.RECOVER) {
      c.error("infer.recover_cannot_use_question_mark", "`?` in `recover` block", q.span(),
          "`?` cannot leave a `recover` block", "nest a `try { … }` block inside it");
      return payloadOrError(operand);
    }
    if (Type.isPrelude(operand, "Partial")) {
      c.error("infer.propagate_on_partial", "cannot use `?` on `Partial`", q.span(),
          "a `Partial` may hold a value and an error at once", "match on `Partial.Ok`, `Partial.Err` and `Partial.Both`");
      return Type.Error.ERROR;
    }
    if (!(Type.isPrelude(operand, "Result") || Type.isPrelude(operand, "Option"))) {
      c.error("infer.try_requires_result_or_option", "`?` needs a `Result` or an `Option`", q.operand().span(),
          "this is `" + c.resolve(operand) + "`", "`?` unwraps `Ok`/`Some` and returns early on `Err`/`None`");
      return Type.Error.ERROR;
    }
    Type.Named carrier = (Type.Named) operand;
    frame.propagates = true;
    frame.mayContinue |= !alwaysFails(q);
    if (frame.kind == Kind.TRY) {
      tryCarrier(frame, carrier, q);
    } else {
      enclosingResult(carrier, q);
    }
    if (alwaysFails(q)) {
      // `Err(e)?` / `None?`: the payload type is never used; it must still be known for Go.
      if (c.shallow(carrier.args().get(0)) instanceof Type.Var v) {
        c.unify(v, Type.Unit.UNIT);
      }
      return Type.Never.NEVER;
    }
    return carrier.args().get(0);
  }

  static boolean alwaysFails(Expr.Propagate q) {
    Expr operand = Expressions.unparen(q.operand());
    return operand instanceof Expr.Name n && n.ident().name().equals("None")
        || operand instanceof Expr.Call call && call.callee() instanceof Expr.Name n2 && n2.ident().name().equals("Err");
  }

  private static Type payloadOrError(Type operand) {
    return operand instanceof Type.Named n && !n.args().isEmpty() ? n.args().get(0) : Type.Error.ERROR;
  }

  /** The function's or lambda's result must be the same carrier with the same error type. */
  private void enclosingResult(Type.Named carrier, Expr.Propagate q) {
    Type result = c.shallow(c.returnType());
    if (Type.lenient(result)) {
      return;
    }
    boolean option = carrier.name().equals("Option");
    if (result instanceof Type.Var) {
      c.unify(result, option ? Type.option(c.fresh()) : Type.result(c.fresh(), carrier.args().get(1)));
      return;
    }
    if (result instanceof Type.Named r && r.module().equals(Type.PRELUDE) && r.name().equals(carrier.name())
        && (option || c.unify(r.args().get(1), carrier.args().get(1)))) {
      return;
    }
    String where = innermost() == Kind.LAMBDA ? "the lambda" : "the function";
    String help = option ? where.substring(0, 1).toUpperCase() + where.substring(1) + " must return `Option<…>` for `?` on an `Option`"
        : result instanceof Type.Named r && Type.isPrelude(r, "Result")
            ? "the error types must be identical; convert with `.map_err(…)` before `?`"
            : where.substring(0, 1).toUpperCase() + where.substring(1) + " must return `Result<…, "
                + c.resolve(carrier.args().get(1)) + ">` for `?` on this `Result`";
    c.error("infer.try_return_type_mismatch", "`?` does not match the result type", q.span(),
        "`?` on `" + c.resolve(carrier) + "` in " + where + " returning `" + c.resolve(result) + "`", help);
  }

  private void tryCarrier(Frame frame, Type.Named carrier, Expr.Propagate q) {
    if (frame.carrier.isEmpty()) {
      frame.carrier = Optional.of(carrier);
      return;
    }
    Type.Named first = frame.carrier.get();
    if (!first.name().equals(carrier.name())) {
      c.error("infer.try_block_mixed_carriers", "mixed `try` block", q.span(),
          "`?` on `" + carrier.name() + "` in a `try` block that already uses `?` on `" + first.name() + "`",
          "use one carrier per `try` block; convert with `.ok_or(…)` or `.ok()`");
      return;
    }
    if (carrier.name().equals("Result") && !c.unify(first.args().get(1), carrier.args().get(1))) {
      c.error("infer.try_return_type_mismatch", "`?` does not match the `try` block", q.span(),
          "the error type is `" + c.resolve(carrier.args().get(1)) + "`, but this block fails with `"
              + c.resolve(first.args().get(1)) + "`", "the error types must be identical; convert with `.map_err(…)`");
    }
  }

  // ---- `try { … }` ---------------------------------------------------------------------

  Type tryBlock(Expr.Try t, Optional<Type> hint) {
    Block body = t.body();
    if (body.stmts().isEmpty() && body.tail().isEmpty()) {
      c.error("infer.try_block_empty", "empty `try` block", t.span(), "this block has nothing to try",
          "remove it, or put the fallible code inside");
      return Type.Error.ERROR;
    }
    var frame = new Frame(Kind.TRY, new ArrayList<>(c.loops));
    Optional<Type> hinted = hint.map(c::shallow).filter(h -> Type.isPrelude(h, "Result") || Type.isPrelude(h, "Option"));
    hinted.ifPresent(h -> frame.carrier = Optional.of((Type.Named) h));
    Optional<Type> tailHint = hinted.map(h -> ((Type.Named) h).args().get(0));
    Type tail = inFrame(frame, () -> tailHint.isPresent() ? c.block(body, tailHint, true)
        : c.blockWithHint(body, Optional.empty(), true));
    if (!frame.propagates) {
      c.error("infer.try_block_no_question_mark", "useless `try` block", t.span(), "this `try` block contains no `?`",
          "remove `try`, or use `?` inside it");
      return Type.Error.ERROR;
    }
    if (frame.carrier.isEmpty() || frame.poisoned) {
      return Type.Error.ERROR;
    }
    if (!frame.mayContinue) {
      c.add(Diagnostic.warning("lint.try_block_no_success_path", "`try` block always fails",
          new Span(t.span().start(), t.span().start() + "try".length()),
          "every `?` in this block is `Err(…)?` or `None?`").withHelp("write the failure directly: `Err(…)` or `None`"));
    }
    Type.Named carrier = frame.carrier.get();
    Type value = c.shallow(tail) == Type.Never.NEVER ? tailHint.orElseGet(c::fresh) : tail;
    return carrier.name().equals("Option") ? Type.option(value) : Type.result(value, carrier.args().get(1));
  }

  // ---- `recover { … }` -----------------------------------------------------------------

  Type recover(Expr.Recover r, Optional<Type> hint) {
    Block body = r.body();
    if (body.stmts().isEmpty() && body.tail().isEmpty()) {
      c.add(Diagnostic.warning("infer.recover_block_empty", "empty `recover` block", r.span(), "nothing can panic here")
          .withHelp("remove the `recover` block"));
      return Type.result(Type.Unit.UNIT, Type.PANIC_VALUE);
    }
    Optional<Type> tailHint = hint.map(c::shallow).filter(h -> Type.isPrelude(h, "Result"))
        .map(h -> ((Type.Named) h).args().get(0));
    var frame = new Frame(Kind.RECOVER, new ArrayList<>(c.loops));
    Type tail = inFrame(frame, () -> tailHint.isPresent() ? c.block(body, tailHint, true)
        : body.tail().isEmpty() ? c.block(body, Optional.empty(), false) : c.blockWithHint(body, Optional.empty(), true));
    Type value = c.shallow(tail) == Type.Never.NEVER ? tailHint.orElse(Type.Unit.UNIT) : tail;
    return Type.result(value, Type.PANIC_VALUE);
  }

  // ---- `defer` ---------------------------------------------------------------------------

  Type defer(Expr.Defer d, boolean statement) {
    if (!statement) {
      c.error("infer.defer_in_expression_position", "invalid `defer`", d.span(), "`defer` produces no value",
          "use `defer` as a statement");
    } else if (insideLoop()) {
      c.error("infer.defer_in_loop", "`defer` inside loop", d.span(),
          "this would defer once per iteration, all running at function exit",
          "move the loop body into a function, or defer inside a lambda");
    }
    var frame = new Frame(Kind.DEFER, new ArrayList<>(c.loops));
    inFrame(frame, () -> switch (d.body()) {
      case Expr.BlockExpr b -> c.block(b.block(), Optional.empty(), false);
      case Expr.Call call -> {
        Type t = x.inferStatement(call);
        c.lints.discarded(call, t);
        yield t;
      }
      default -> x.inferStatement(d.body());
    });
    return Type.Unit.UNIT;
  }
}

package dev.lisette.semantics;

import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.Stmt;
import java.util.Optional;

/** Statements: `let` (with patterns and `else`), assignments, loops (spec bindings, control-flow, patterns). */
final class Statements {
  private Statements() {}

  /** Checks a statement; returns Never when it always diverges. */
  static Type statement(Checker c, Stmt s) {
    Expressions x = c.expressions;
    return switch (s) {
      case Stmt.Let let -> let(c, let);
      case Stmt.Assign a -> {
        x.assignment(a);
        yield Type.Unit.UNIT;
      }
      case Stmt.ExprStmt e -> {
        c.statementExprs.add(Expressions.unparen(e.expr()));
        Type t = x.inferStatement(e.expr());
        c.lints.discarded(e.expr(), t);
        yield c.shallow(t) == Type.Never.NEVER ? Type.Never.NEVER : Type.Unit.UNIT;
      }
      case Stmt.While w -> {
        x.condition(w.cond());
        c.loops.push(new Checker.LoopContext(false, Optional.empty()));
        c.block(w.body(), Optional.empty(), false);
        c.loops.pop();
        yield Type.Unit.UNIT;
      }
      case Stmt.WhileLet w -> {
        Type t = x.scrutinee(w.scrutinee());
        c.pushScope();
        c.patterns.bind(w.pattern(), t);
        if (!Type.lenient(c.shallow(t)) && c.patterns.irrefutable(w.pattern(), t)) {
          c.error("infer.irrefutable_while_let", "pattern always matches", w.pattern().span(),
              "this `while let` never stops by itself", "use `loop` with `let`, or `while true`");
        }
        c.loops.push(new Checker.LoopContext(false, Optional.empty()));
        c.block(w.body(), Optional.empty(), false);
        c.loops.pop();
        c.popScope();
        yield Type.Unit.UNIT;
      }
      case Stmt.For f -> forLoop(c, f);
      case Stmt.NestedItem n when n.item() instanceof Item.Const k -> {
        c.constants.local(k);
        yield Type.Unit.UNIT;
      }
      case Stmt.NestedItem n -> {
        Span at = n.item() instanceof Item.Fn fn ? fn.name().span() : n.span();
        c.error("infer.nested_function", "nested function declaration", at,
            "functions cannot be declared inside functions", "move it to the top level, or use a lambda");
        if (n.item() instanceof Item.Fn fn) {
          // Calls of it are not reported again.
          c.declare(fn.name().name(), Type.Error.ERROR, false, fn.name().span());
        }
        yield Type.Unit.UNIT;
      }
    };
  }

  private static Type let(Checker c, Stmt.Let let) {
    Expressions x = c.expressions;
    var simple = Pattern.simpleName(let.pattern());
    x.valueOperand(let.init());
    Type declared;
    if (let.type().isPresent()) {
      declared = c.resolveType(let.type().get());
      x.coerce(let.init(), declared);
    } else {
      declared = x.infer(let.init(), Optional.empty());
      if (c.shallow(declared) == Type.Never.NEVER) {
        declared = Type.Error.ERROR;
      }
      if (declared instanceof Type.Package) {
        x.notAValue(let.init(), declared); // `let s = strings`
        declared = Type.Error.ERROR;
      }
    }
    boolean diverges = c.shallow(x.typeOf(let.init())) == Type.Never.NEVER;
    if (let.otherwise().isPresent()) {
      if (let.mut()) {
        c.error("infer.mut_not_allowed", "invalid `mut`", let.span(), "`let mut … else` is not allowed",
            "bind with `let … else`, then `let mut x = x`");
      }
      // The else block runs without the pattern's bindings and must leave the scope.
      Type t = c.block(let.otherwise().get(), Optional.empty(), false);
      if (c.shallow(t) != Type.Never.NEVER) {
        Span b = let.otherwise().get().span();
        c.error("infer.let_else_must_diverge", "invalid `else` block", b,
            "this block can finish normally", "end it with `return`, `break`, `continue` or `panic(…)`");
      }
      c.patterns.bind(let.pattern(), declared);
      if (!Type.lenient(c.shallow(declared)) && c.patterns.irrefutable(let.pattern(), declared)) {
        c.add(dev.lisette.diagnostics.Diagnostic.warning("lint.redundant_let_else", "redundant `else`",
            let.otherwise().get().span(), "the pattern always matches").withHelp("remove the `else` block"));
      }
      c.lets.add(let);
      return diverges ? Type.Never.NEVER : Type.Unit.UNIT;
    }
    if (simple.isPresent()) {
      Binding b = c.declare(simple.get().name(), declared, let.mut(), simple.get().span());
      c.declarations.put(let, b);
    } else {
      if (let.mut()) {
        c.error("infer.mut_not_allowed", "invalid `mut`", let.span(), "`mut` cannot be used with a destructuring pattern",
            "bind the parts, then re-bind the one to change with `let mut`");
      }
      c.patterns.bindIrrefutable(let.pattern(), declared, "a `let`");
    }
    c.lets.add(let);
    return diverges ? Type.Never.NEVER : Type.Unit.UNIT;
  }

  private static Type forLoop(Checker c, Stmt.For f) {
    Type element = c.expressions.iterable(f.iterable());
    if (f.type().isPresent()) {
      Type declared = c.resolveType(f.type().get());
      if (!c.unify(element, declared)) {
        c.mismatch(f.type().get().span(), element, declared, null);
      }
    }
    c.pushScope();
    var simple = Pattern.simpleName(f.pattern());
    if (simple.isPresent()) {
      Binding b = c.declare(simple.get().name(), element, false, simple.get().span());
      c.declarations.put(f, b);
    } else {
      c.patterns.bindIrrefutable(f.pattern(), element, "a `for` loop");
    }
    c.loops.push(new Checker.LoopContext(false, Optional.empty()));
    c.block(f.body(), Optional.empty(), false);
    c.loops.pop();
    c.popScope();
    return Type.Unit.UNIT;
  }
}

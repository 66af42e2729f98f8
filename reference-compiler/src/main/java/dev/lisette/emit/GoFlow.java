package dev.lisette.emit;

import java.util.List;

/** Control-flow facts about generated Go statements. */
final class GoFlow {
  private GoFlow() {}

  /** Go's "terminating statement" (spec Terminating statements): a function may end with it. */
  static boolean terminates(List<GoAst.Stmt> body) {
    return !body.isEmpty() && terminates(body.get(body.size() - 1));
  }

  static boolean terminates(GoAst.Stmt s) {
    return switch (s) {
      case GoAst.Return r -> true;
      case GoAst.ExprStmt e -> e.expr() instanceof GoAst.Call c && c.fn() instanceof GoAst.Ident i
          && i.name().equals("panic");
      case GoAst.Block b -> terminates(b.body());
      case GoAst.If i -> i.otherwise().isPresent() && terminates(i.then()) && terminates(i.otherwise().get());
      case GoAst.For f -> f.cond().isEmpty() && f.init().isEmpty() && !breaks(f.body(), null, true);
      case GoAst.Labeled l -> switch (l.stmt()) {
        case GoAst.For f -> f.cond().isEmpty() && f.init().isEmpty() && !breaks(f.body(), null, true)
            && !breaks(f.body(), l.label(), false);
        case GoAst.Switch sw -> switchTerminates(sw) && !breaksIn(sw, l.label());
        case GoAst.Select sel -> terminates(sel) && sel.clauses().stream().noneMatch(c -> breaks(c.body(), l.label(), false));
        default -> terminates(l.stmt());
      };
      case GoAst.Switch sw -> switchTerminates(sw);
      case GoAst.Select sel -> sel.clauses().stream().allMatch(c -> terminates(c.body()) && !breaks(c.body(), null, true));
      case GoAst.Goto g -> true;
      default -> false;
    };
  }

  private static boolean switchTerminates(GoAst.Switch sw) {
    boolean hasDefault = sw.cases().stream().anyMatch(c -> c.labels().isEmpty());
    return hasDefault && sw.cases().stream().allMatch(c -> terminates(c.body()) && !breaks(c.body(), null, true));
  }

  private static boolean breaksIn(GoAst.Switch sw, String label) {
    return sw.cases().stream().anyMatch(c -> breaks(c.body(), label, false));
  }

  /**
   * Whether a `break` in {@code body} leaves the enclosing statement: an unlabelled one not
   * nested in another loop or switch (when {@code unlabelled}), or one naming {@code label}.
   */
  private static boolean breaks(List<GoAst.Stmt> body, String label, boolean unlabelled) {
    for (GoAst.Stmt s : body) {
      if (breaks(s, label, unlabelled)) {
        return true;
      }
    }
    return false;
  }

  private static boolean breaks(GoAst.Stmt s, String label, boolean unlabelled) {
    return switch (s) {
      case GoAst.Break b -> b.label().isEmpty() ? unlabelled : b.label().get().equals(label);
      case GoAst.Block b -> breaks(b.body(), label, unlabelled);
      case GoAst.If i -> breaks(i.then(), label, unlabelled)
          || i.otherwise().map(o -> breaks(o, label, unlabelled)).orElse(false);
      case GoAst.For f -> label != null && breaks(f.body(), label, false);
      case GoAst.ForRange f -> label != null && breaks(f.body(), label, false);
      case GoAst.Switch sw -> label != null && sw.cases().stream().anyMatch(c -> breaks(c.body(), label, false));
      case GoAst.Select sel -> label != null && sel.clauses().stream().anyMatch(c -> breaks(c.body(), label, false));
      case GoAst.Labeled l -> breaks(l.stmt(), label, unlabelled);
      default -> false;
    };
  }

  /** Whether control never continues past {@code body} (it returns, panics, breaks or continues). */
  static boolean exits(List<GoAst.Stmt> body) {
    if (body.isEmpty()) {
      return false;
    }
    GoAst.Stmt last = body.get(body.size() - 1);
    return terminates(last) || last instanceof GoAst.Break || last instanceof GoAst.Continue
        || last instanceof GoAst.Block b && exits(b.body())
        || last instanceof GoAst.If i && i.otherwise().isPresent() && exits(i.then()) && exits(List.of(i.otherwise().get()));
  }
}

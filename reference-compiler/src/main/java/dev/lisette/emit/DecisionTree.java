package dev.lisette.emit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles the rows of a `match` (one per arm, or per alternative of an or-pattern) into a
 * decision tree (Maranget's scheme with the first-row heuristic): every sub-value is tested
 * once on any path, a failed guard falls through to the next candidate rows, and rows that do
 * not test a sub-value go to every branch (so a body may appear on several paths). The tree
 * knows nothing about Lisette: sub-values are Go expressions ({@link Access}), tests are
 * constructors ({@link Ctor}) of a {@link Column}.
 */
final class DecisionTree {
  private DecisionTree() {}

  /** How Go reads a sub-value of the scrutinee; equal accesses denote the same sub-value. */
  record Access(GoAst.Expr expr) {}

  /** What kind of test a sub-value gets. */
  enum Kind {
    /** An enum tag: `switch v.Tag`; complete when every variant has a branch. */
    ENUM,
    /** Integer, string or rune literals: `switch v`; never complete. */
    LITERAL,
    /** `true` / `false`: `if v`; complete with both. */
    BOOL,
    /** Slice lengths: `switch { case len(v) == 2: … case len(v) >= 1: … }`. */
    SLICE
  }

  /**
   * A tested sub-value: {@code subject} is what a Go `switch` inspects (absent for slices, whose
   * cases are conditions), {@code all} the keys of every constructor (enums and booleans).
   */
  record Column(Kind kind, Optional<GoAst.Expr> subject, List<String> all) {}

  /**
   * One constructor: {@code label} is its `case` label, {@code cond} the condition that tests for
   * it. Slice constructors carry a length: exactly {@code length} elements, or at least that many
   * when {@code rest}.
   */
  record Ctor(String key, GoAst.Expr label, GoAst.Expr cond, int length, boolean rest) {
    static Ctor of(String key, GoAst.Expr label, GoAst.Expr cond) {
      return new Ctor(key, label, cond, 0, false);
    }
  }

  /** What a row still has to do: bind a sub-value, or test it (and then its parts). */
  sealed interface Pat {
    Access at();

    record Bind(Access at, Object binding) implements Pat {}

    record Test(Access at, Column column, Ctor ctor, List<Pat> subs) implements Pat {}
  }

  /** A row: arm {@code arm} applies when every pending test succeeds (and its guard holds). */
  record Row(int arm, List<Pat> pending, boolean guarded) {}

  sealed interface Node {}

  /** Arm {@code arm} with its bindings; when guarded, {@code onGuardFail} continues matching. */
  record Leaf(int arm, List<Pat.Bind> binds, Optional<Node> onGuardFail) implements Node {}

  /** No row applies: unreachable after the checker's exhaustiveness check. */
  record Fail() implements Node {}

  /** Branches on a column; {@code otherwise} covers the constructors without a branch. */
  record Switch(Column column, List<Branch> branches, Optional<Node> otherwise) implements Node {}

  /** A branch taken for any of {@code ctors} (several when their subtrees are equal). */
  record Branch(List<Ctor> ctors, Node body) {}

  /** A guard on how large a tree may grow before the caller should use another strategy. */
  static final int MAX_NODES = 4000;

  static Node compile(List<Row> rows) {
    var state = new int[] {0};
    return compile(rows.stream().map(r -> new Work(r.arm(), r.pending(), List.of(), r.guarded())).toList(), state);
  }

  private record Work(int arm, List<Pat> pending, List<Pat.Bind> binds, boolean guarded) {}

  /** Moves bindings out of the pending list. */
  private static Work simplify(Work w) {
    if (w.pending.stream().noneMatch(p -> p instanceof Pat.Bind)) {
      return w;
    }
    var pending = new ArrayList<Pat>();
    var binds = new ArrayList<>(w.binds);
    for (Pat p : w.pending) {
      switch (p) {
        case Pat.Bind b -> binds.add(b);
        case Pat.Test t -> pending.add(t);
      }
    }
    return new Work(w.arm, pending, binds, w.guarded);
  }

  private static Node compile(List<Work> input, int[] size) {
    if (++size[0] > MAX_NODES) {
      throw new TooLarge();
    }
    if (input.isEmpty()) {
      return new Fail();
    }
    List<Work> rows = input.stream().map(DecisionTree::simplify).toList();
    Work first = rows.get(0);
    if (first.pending.isEmpty()) {
      Optional<Node> rest = first.guarded ? Optional.of(compile(rows.subList(1, rows.size()), size)) : Optional.empty();
      return new Leaf(first.arm, first.binds, rest);
    }
    Pat.Test head = (Pat.Test) first.pending.get(0);
    Access at = head.at();
    Column column = head.column();
    List<Ctor> ctors = constructors(rows, at, column.kind());
    var branches = new ArrayList<Branch>();
    for (Ctor c : ctors) {
      var sub = new ArrayList<Work>();
      for (Work w : rows) {
        specialize(w, at, c).ifPresent(sub::add);
      }
      branches.add(new Branch(List.of(c), compile(sub, size)));
    }
    Optional<Node> otherwise = Optional.empty();
    if (!complete(column, ctors)) {
      otherwise = Optional.of(compile(rows.stream().filter(w -> testAt(w, at).isEmpty()).toList(), size));
    }
    return new Switch(column, column.kind() == Kind.SLICE ? branches : merge(branches), otherwise);
  }

  /** Thrown when a tree exceeds {@link #MAX_NODES}. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("decision tree too large", null, false, false);
    }
  }

  private static Optional<Pat.Test> testAt(Work w, Access at) {
    for (Pat p : w.pending) {
      if (p instanceof Pat.Test t && t.at().equals(at)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The constructors tested on {@code at}, in order of first appearance; for slices the exact
   * lengths first (ascending), then the at-least lengths from the largest down, as a Go
   * `switch` must try them.
   */
  private static List<Ctor> constructors(List<Work> rows, Access at, Kind kind) {
    var seen = new LinkedHashMap<String, Ctor>();
    for (Work w : rows) {
      testAt(w, at).ifPresent(t -> seen.putIfAbsent(t.ctor().key(), t.ctor()));
    }
    var list = new ArrayList<>(seen.values());
    if (kind == Kind.SLICE) {
      list.sort(Comparator.comparing((Ctor c) -> c.rest())
          .thenComparing(c -> c.rest() ? -c.length() : c.length()));
    }
    return list;
  }

  private static boolean complete(Column column, List<Ctor> ctors) {
    return switch (column.kind()) {
      case ENUM, BOOL -> ctors.stream().map(Ctor::key).distinct().count() == column.all().size();
      case LITERAL -> false;
      case SLICE -> {
        var rests = ctors.stream().filter(Ctor::rest).mapToInt(Ctor::length).min();
        if (rests.isEmpty()) {
          yield false;
        }
        for (int n = 0; n < rests.getAsInt(); n++) {
          int len = n;
          if (ctors.stream().noneMatch(c -> !c.rest() && c.length() == len)) {
            yield false;
          }
        }
        yield true;
      }
    };
  }

  /**
   * Whether a row testing for {@code have} on a sub-value can match in the branch of
   * {@code branch}: equal keys, or for slices a rest pattern whose prefix fits every length
   * the branch stands for.
   */
  static boolean compatible(Ctor have, Ctor branch) {
    if (have.key().equals(branch.key())) {
      return true;
    }
    return have.rest() && have.length() <= branch.length();
  }

  private static Optional<Work> specialize(Work w, Access at, Ctor c) {
    Optional<Pat.Test> t = testAt(w, at);
    if (t.isEmpty()) {
      return Optional.of(w);
    }
    if (!compatible(t.get().ctor(), c)) {
      return Optional.empty();
    }
    var pending = new ArrayList<Pat>(t.get().subs());
    for (Pat p : w.pending) {
      if (p != t.get()) {
        pending.add(p);
      }
    }
    return Optional.of(new Work(w.arm, pending, w.binds, w.guarded));
  }

  /** Branches with equal subtrees share one `case` (or-patterns without bindings). */
  private static List<Branch> merge(List<Branch> branches) {
    Map<Node, List<Ctor>> byBody = new LinkedHashMap<>();
    for (Branch b : branches) {
      byBody.computeIfAbsent(b.body(), k -> new ArrayList<>()).addAll(b.ctors());
    }
    var out = new ArrayList<Branch>();
    byBody.forEach((body, ctors) -> out.add(new Branch(List.copyOf(ctors), body)));
    return out;
  }

  /** How many leaves lead to arm {@code arm}. */
  static int leaves(Node n, int arm) {
    return switch (n) {
      case Leaf l -> (l.arm() == arm ? 1 : 0) + l.onGuardFail().map(x -> leaves(x, arm)).orElse(0);
      case Fail f -> 0;
      case Switch s -> s.branches().stream().mapToInt(b -> leaves(b.body(), arm)).sum()
          + s.otherwise().map(x -> leaves(x, arm)).orElse(0);
    };
  }

  /** Whether the tree reads Go variable {@code name} (in a test or a binding). */
  static boolean reads(Node n, String name) {
    return switch (n) {
      case Leaf l -> l.binds().stream().anyMatch(b -> GoAstWalk.mentions(b.at().expr(), name))
          || l.onGuardFail().map(x -> reads(x, name)).orElse(false);
      case Fail f -> false;
      case Switch s -> s.column().subject().map(e -> GoAstWalk.mentions(e, name)).orElse(false)
          || s.branches().stream().anyMatch(b -> b.ctors().stream().anyMatch(c -> GoAstWalk.mentions(c.cond(), name))
              || reads(b.body(), name))
          || s.otherwise().map(x -> reads(x, name)).orElse(false);
    };
  }
}

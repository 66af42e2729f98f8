package dev.lisette.semantics.patterns;

import dev.lisette.semantics.patterns.Constructor.SliceRest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exhaustiveness and redundancy of a match, by Maranget's usefulness algorithm ("Warnings for
 * pattern matching", JFP 2007). A pattern vector q is useful against a matrix P when some value
 * matches q and no row of P; an arm is redundant when it is not useful against the arms before it,
 * and the match is exhaustive when the wildcard vector is not useful against all of its arms. The
 * search for usefulness yields a witness: a value (as a pattern) that only q matches.
 */
public final class Usefulness {
  private Usefulness() {}

  /**
   * Analyses the arms {@code rows} of a match whose scrutinee has one column per entry of
   * {@code columnTypes}. Guarded rows are checked for reachability but cover nothing.
   */
  public static <T> Report analyze(List<T> columnTypes, List<Row> rows, TypeShapes<T> shapes) {
    var search = new Search<>(shapes);
    Stack<Column<T>> columns = Stack.of(columnTypes.stream().map(t -> new Column<>(t, true)).toList());
    var matrix = new ArrayList<Stack<Pat>>();
    var redundant = new ArrayList<Redundancy>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.pats().size() != columnTypes.size()) {
        throw new IllegalArgumentException("arm " + i + " has " + row.pats().size() + " patterns for "
            + columnTypes.size() + " columns");
      }
      Stack<Pat> vector = search.pushAll(Stack.empty(), row.pats());
      if (!vector.isEmpty() && vector.head() instanceof Pat.Or or) {
        // Each alternative is checked against the earlier arms and the earlier alternatives, so
        // `A | A` reports the second A; an arm none of whose alternatives is reachable is
        // reported once, as an arm.
        var seen = new ArrayList<>(matrix);
        var dead = new ArrayList<Integer>();
        for (int j = 0; j < or.alternatives().size(); j++) {
          Stack<Pat> alternative = search.push(vector.tail(), or.alternatives().get(j));
          if (search.useful(seen, alternative, columns).isEmpty()) {
            dead.add(j);
          }
          seen.add(alternative);
        }
        if (dead.size() == or.alternatives().size()) {
          redundant.add(Redundancy.arm(i));
        } else {
          for (int j : dead) {
            redundant.add(Redundancy.alternative(i, j));
          }
        }
      } else if (search.useful(matrix, vector, columns).isEmpty()) {
        redundant.add(Redundancy.arm(i));
      }
      if (!row.guarded()) {
        matrix.add(vector);
      }
    }
    Stack<Pat> anything = Stack.of(Pat.wildcards(columnTypes.size()));
    return new Report(redundant, search.useful(matrix, anything, columns).map(Stack::toList));
  }

  /**
   * The type of a matrix column; {@code scrutinee} for the columns of the matched value itself,
   * where a missing case is named by a constructor even when no arm mentions one (a match on
   * {@code Option<int>} with no arms misses {@code None}, not {@code _}), whereas inside a
   * constructor a column no arm inspects is reported as {@code _}.
   */
  private record Column<T>(T type, boolean scrutinee) {}

  private static final class Search<T> {
    private final TypeShapes<T> shapes;
    private final Map<Pat, Boolean> matchesEverythingMemo = new IdentityHashMap<>();

    Search(TypeShapes<T> shapes) {
      this.shapes = shapes;
    }

    /** A witness vector (one pattern per column) when {@code query} is useful against {@code matrix}. */
    Optional<Stack<Pat>> useful(List<Stack<Pat>> matrix, Stack<Pat> query, Stack<Column<T>> columns) {
      if (query.isEmpty()) {
        return matrix.isEmpty() ? Optional.of(Stack.empty()) : Optional.empty();
      }
      List<Stack<Pat>> rows = expandOrHeads(matrix);
      for (Stack<Pat> row : rows) {
        // A row matching everything left leaves nothing for the query.
        if (row.matchesAll()) {
          return Optional.empty();
        }
      }
      return switch (query.head()) {
        case Pat.Or or -> {
          for (Pat alternative : or.alternatives()) {
            var witness = useful(rows, push(query.tail(), alternative), columns);
            if (witness.isPresent()) {
              yield witness;
            }
          }
          yield Optional.empty();
        }
        case Pat.Ctor ctor -> {
          for (Constructor c : queryClasses(ctor.ctor(), rows)) {
            var witness = specialised(c, rows, query, columns);
            if (witness.isPresent()) {
              yield witness;
            }
          }
          yield Optional.empty();
        }
        case Pat.Wild w -> usefulWildcard(rows, query, columns);
      };
    }

    private Optional<Stack<Pat>> usefulWildcard(List<Stack<Pat>> rows, Stack<Pat> query, Stack<Column<T>> columns) {
      Column<T> column = columns.head();
      List<Constructor> heads = heads(rows);
      Signature signature = Signature.of(shapes.domain(column.type()), heads);
      if (signature.complete()) {
        // Declaration order, so the first witness found names the first missing case.
        for (Constructor c : signature.all()) {
          var witness = specialised(c, rows, query, columns);
          if (witness.isPresent()) {
            return witness;
          }
        }
        return Optional.empty();
      }
      // Some constructor is matched by the wildcard rows only: the question reduces to the rest of
      // the columns of those rows (the default matrix), whatever the missing constructor's arguments.
      var defaults = new ArrayList<Stack<Pat>>();
      for (Stack<Pat> row : rows) {
        if (row.head() instanceof Pat.Wild) {
          defaults.add(row.tail());
        }
      }
      var rest = useful(defaults, query.tail(), columns.tail());
      Pat head = signature.missing().isEmpty() || (heads.isEmpty() && !column.scrutinee())
          ? Pat.wild()
          : Pat.ctorOfWildcards(signature.missing().getFirst());
      return rest.map(r -> r.push(head));
    }

    /**
     * Usefulness among the values built with {@code c}: rows whose head covers {@code c} with the
     * head replaced by its arguments, the column replaced by the argument types; the witness found
     * there is wrapped back into {@code c}.
     */
    private Optional<Stack<Pat>> specialised(Constructor c, List<Stack<Pat>> rows, Stack<Pat> query,
        Stack<Column<T>> columns) {
      List<T> argumentTypes = shapes.argumentTypes(columns.head().type(), c);
      if (argumentTypes.size() != c.arity()) {
        throw new IllegalStateException("TypeShapes gave " + argumentTypes.size() + " argument types for " + c);
      }
      Stack<Column<T>> inner = columns.tail().pushAll(argumentTypes.stream().map(t -> new Column<>(t, false)).toList());
      var specialisedRows = new ArrayList<Stack<Pat>>();
      for (Stack<Pat> row : rows) {
        specialise(row, c).ifPresent(specialisedRows::add);
      }
      Stack<Pat> specialisedQuery = specialise(query, c)
          .orElseThrow(() -> new IllegalStateException(query.head() + " does not cover " + c));
      return useful(specialisedRows, specialisedQuery, inner)
          .map(w -> w.drop(c.arity()).push(Pat.ctor(c, w.take(c.arity()))));
    }

    /** The row with its head replaced by the head's arguments for class {@code c}, if it covers {@code c}. */
    private Optional<Stack<Pat>> specialise(Stack<Pat> row, Constructor c) {
      return switch (row.head()) {
        case Pat.Wild w -> Optional.of(pushWildcards(row.tail(), c.arity()));
        // `[a, ..]` seen as a slice of a longer class: its elements past the prefix are wildcards.
        case Pat.Ctor ctor when Signature.covers(ctor.ctor(), c) ->
            Optional.of(pushAll(pushWildcards(row.tail(), c.arity() - ctor.args().size()), ctor.args()));
        case Pat.Ctor ctor -> Optional.empty();
        case Pat.Or or -> throw new IllegalStateException("or-pattern heads are expanded before specialising");
      };
    }

    private static Stack<Pat> pushWildcards(Stack<Pat> s, int n) {
      for (int i = 0; i < n; i++) {
        s = s.push(Pat.wild());
      }
      return s;
    }

    /**
     * The classes a constructor in the query stands for: itself, except that {@code [a, ..]} covers
     * several length classes of the column and is useful if it is useful in any one of them.
     */
    private static List<Constructor> queryClasses(Constructor c, List<Stack<Pat>> rows) {
      if (c instanceof SliceRest r) {
        return Signature.sliceClasses(r.prefix(), Signature.splitLength(heads(rows), r.prefix()));
      }
      return List.of(c);
    }

    private static List<Constructor> heads(List<Stack<Pat>> rows) {
      var heads = new ArrayList<Constructor>();
      for (Stack<Pat> row : rows) {
        if (row.head() instanceof Pat.Ctor ctor) {
          heads.add(ctor.ctor());
        }
      }
      return heads;
    }

    /** One row per alternative of an or-pattern in head position, recursively; copies only if needed. */
    private List<Stack<Pat>> expandOrHeads(List<Stack<Pat>> rows) {
      boolean any = false;
      for (Stack<Pat> row : rows) {
        any |= row.head() instanceof Pat.Or;
      }
      if (!any) {
        return rows;
      }
      var out = new ArrayList<Stack<Pat>>();
      for (Stack<Pat> row : rows) {
        expandInto(row.head(), row.tail(), out);
      }
      return out;
    }

    private void expandInto(Pat head, Stack<Pat> tail, List<Stack<Pat>> out) {
      if (head instanceof Pat.Or or) {
        or.alternatives().forEach(alternative -> expandInto(alternative, tail, out));
      } else {
        out.add(push(tail, head));
      }
    }

    Stack<Pat> push(Stack<Pat> stack, Pat p) {
      return stack.push(p, matchesEverything(p));
    }

    Stack<Pat> pushAll(Stack<Pat> stack, List<Pat> front) {
      for (int i = front.size() - 1; i >= 0; i--) {
        stack = push(stack, front.get(i));
      }
      return stack;
    }

    /**
     * Whether {@code p} matches every value of its type, whatever the type: wildcards, and tuples
     * or structs (a {@link Constructor.Product} is its type's only constructor) of such patterns.
     * Memoised per pattern object, as the same sub-pattern is pushed again at every specialisation.
     */
    private boolean matchesEverything(Pat p) {
      return switch (p) {
        case Pat.Wild w -> true;
        case Pat.Ctor c when !(c.ctor() instanceof Constructor.Product) -> false;
        default -> {
          Boolean known = matchesEverythingMemo.get(p);
          if (known == null) {
            known = switch (p) {
              case Pat.Ctor c -> c.args().stream().allMatch(this::matchesEverything);
              case Pat.Or or -> or.alternatives().stream().anyMatch(this::matchesEverything);
              case Pat.Wild w -> true;
            };
            matchesEverythingMemo.put(p, known);
          }
          yield known;
        }
      };
    }
  }
}

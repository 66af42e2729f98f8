package dev.lisette.semantics.patterns;

import dev.lisette.semantics.patterns.Constructor.Slice;
import dev.lisette.semantics.patterns.Constructor.SliceRest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The constructors of one column, computed once per step of the algorithm: the constructors that
 * split the column's values into classes every head pattern treats alike ({@code all}), and those
 * of them no head covers ({@code missing}). When nothing is missing the column is complete and the
 * algorithm specialises by each constructor; otherwise it only looks at the default matrix, which
 * is what keeps wide enums and wildcard-heavy rows from being enumerated.
 */
record Signature(List<Constructor> all, List<Constructor> missing, boolean enumerable) {

  static Signature of(Domain domain, List<Constructor> heads) {
    return switch (domain) {
      case Domain.Finite f when heads.isEmpty() -> new Signature(f.all(), f.all(), true);
      case Domain.Finite f -> {
        var present = new HashSet<>(heads);
        yield new Signature(f.all(), f.all().stream().filter(c -> !present.contains(c)).toList(), true);
      }
      case Domain.Infinite i -> new Signature(List.of(), List.of(), false);
      case Domain.SliceOf s -> {
        List<Constructor> split = sliceClasses(0, splitLength(heads, 0));
        yield new Signature(split, split.stream().filter(c -> !coveredByAny(heads, c)).toList(), true);
      }
    };
  }

  boolean complete() {
    return enumerable && missing.isEmpty();
  }

  /**
   * The length L from which on all lengths are alike for these heads (rustc's "slice splitting"):
   * above every fixed length and at least every prefix. It is at least {@code floor} and at least 1,
   * so the first missing class is {@code []} rather than {@code [..]}.
   */
  static int splitLength(List<Constructor> heads, int floor) {
    int length = Math.max(1, floor);
    for (Constructor c : heads) {
      switch (c) {
        case Slice s -> length = Math.max(length, s.length() + 1);
        case SliceRest r -> length = Math.max(length, r.prefix());
        default -> {}
      }
    }
    return length;
  }

  /** {@code Slice(from) .. Slice(length - 1)} and {@code SliceRest(length)}, shortest first. */
  static List<Constructor> sliceClasses(int from, int length) {
    var out = new ArrayList<Constructor>();
    for (int n = from; n < length; n++) {
      out.add(new Slice(n));
    }
    out.add(new SliceRest(length));
    return out;
  }

  /**
   * Whether a head pattern with constructor {@code head} matches every value of class {@code c}.
   * Classes are split so that a head matches a class wholly or not at all.
   */
  static boolean covers(Constructor head, Constructor c) {
    return switch (head) {
      case SliceRest r -> switch (c) {
        case Slice s -> s.length() >= r.prefix();
        case SliceRest other -> other.prefix() >= r.prefix();
        default -> false;
      };
      default -> head.equals(c);
    };
  }

  private static boolean coveredByAny(List<Constructor> heads, Constructor c) {
    for (Constructor h : heads) {
      if (covers(h, c)) {
        return true;
      }
    }
    return false;
  }
}

package dev.lisette.semantics.patterns;

import java.util.OptionalInt;

/**
 * An unreachable arm ({@code alternative} empty), or one unreachable alternative of the top-level
 * or-pattern in the arm's first column while other alternatives of that arm are reachable.
 */
public record Redundancy(int arm, OptionalInt alternative) {
  public static Redundancy arm(int arm) {
    return new Redundancy(arm, OptionalInt.empty());
  }

  public static Redundancy alternative(int arm, int alternative) {
    return new Redundancy(arm, OptionalInt.of(alternative));
  }
}

package dev.lisette.semantics.patterns;

import java.util.List;

/**
 * One match arm: its patterns, one per analysed column (usually one: the arm's pattern), and
 * whether it has a guard. A guarded arm may fail at run time, so it never covers anything.
 */
public record Row(List<Pat> pats, boolean guarded) {
  public Row {
    pats = List.copyOf(pats);
  }

  public static Row of(Pat pat) {
    return new Row(List.of(pat), false);
  }

  public static Row guarded(Pat pat) {
    return new Row(List.of(pat), true);
  }
}

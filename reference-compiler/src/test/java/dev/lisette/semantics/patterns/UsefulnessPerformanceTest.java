package dev.lisette.semantics.patterns;

import static dev.lisette.semantics.patterns.FakeTypes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.semantics.patterns.FakeTypes.EnumT;
import dev.lisette.semantics.patterns.FakeTypes.Ty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Shapes that are instant for Maranget's algorithm with the default-matrix step and that blow up
 * for anything enumerating constructors or values: each must finish well within a second.
 */
class UsefulnessPerformanceTest {
  private static final Duration BOUND = Duration.ofSeconds(1);
  private static final Duration HARD_BOUND = Duration.ofSeconds(10);
  private static final EnumT WIDE = wideEnum("Wide", 300);

  /**
   * Runs {@code work} once to warm up class loading and the JIT, then up to three more times: one
   * run within {@link #BOUND} passes (the others absorb load from other processes on a small
   * machine). Every run is cut off at {@link #HARD_BOUND}, so exponential behaviour fails instead of
   * hanging.
   */
  private static <R> R fast(Supplier<R> work) {
    R result = assertTimeoutPreemptively(HARD_BOUND, work::get);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3 && best > BOUND.toNanos(); run++) {
      long start = System.nanoTime();
      result = assertTimeoutPreemptively(HARD_BOUND, work::get);
      best = Math.min(best, System.nanoTime() - start);
    }
    assertTrue(best <= BOUND.toNanos(), "took " + best / 1_000_000 + " ms at best");
    return result;
  }

  private static List<Row> everyWideVariant() {
    var rows = new ArrayList<Row>();
    for (int i = 0; i < 300; i++) {
      rows.add(arm(variant(WIDE, "V" + i)));
    }
    return rows;
  }

  @Test
  void anEnumWith300VariantsAnd300Arms() {
    Report r = fast(() -> analyze(WIDE, everyWideVariant()));
    assertEquals(Optional.empty(), r.missing());
    assertEquals(List.of(), r.redundant());
  }

  @Test
  void anEnumWith300VariantsMissingOne() {
    var rows = everyWideVariant();
    rows.remove(150);
    Collections.reverse(rows);
    Report r = fast(() -> analyze(WIDE, rows));
    assertEquals(Optional.of("Wide.V150"), missing(WIDE, r));
  }

  @Test
  void anOrPatternOf300AlternativesAndARepeatedArm() {
    var alternatives = everyWideVariant().stream().map(row -> row.pats().getFirst()).toArray(Pat[]::new);
    Report r = fast(() -> analyze(WIDE, arm(or(alternatives)), arm(variant(WIDE, "V7"))));
    assertEquals(List.of(Redundancy.arm(1)), r.redundant());
    assertEquals(Optional.empty(), r.missing());
  }

  @Test
  void aTupleOfFiveWideEnumsIsNotEnumerated() {
    Ty t = tuple(WIDE, WIDE, WIDE, WIDE, WIDE);
    var v0 = variant(WIDE, "V0");
    Report partial = fast(() -> analyze(t, arm(tup(v0, v0, v0, v0, v0)), arm(tup(any(), v0, any(), any(), any()))));
    assertEquals(Optional.of("(Wide.V1, Wide.V1, _, _, _)"), missing(t, partial));
    var rows = new ArrayList<Row>();
    for (int i = 0; i < 300; i++) {
      rows.add(arm(tup(variant(WIDE, "V" + i), any(), any(), any(), any())));
    }
    rows.add(arm(tup(any(), v0, any(), any(), any())));
    Report full = fast(() -> analyze(t, rows));
    assertEquals(Optional.empty(), full.missing());
    assertEquals(List.of(Redundancy.arm(300)), full.redundant());
  }

  @Test
  void wildcardColumnsOfWideEnumsAreNotSplit() {
    // Only the default matrix keeps this linear: splitting each enum column into its 300 variants
    // would explore 300^4 combinations before reaching the bool column that decides.
    Ty t = tuple(WIDE, WIDE, WIDE, WIDE, BOOL);
    var v0 = variant(WIDE, "V0");
    Row zeros = arm(tup(v0, v0, v0, v0, any()));
    Row whenTrue = arm(tup(any(), any(), any(), any(), bool(true)));
    Row whenFalse = arm(tup(any(), any(), any(), any(), bool(false)));
    Report r = fast(() -> analyze(t, zeros, whenTrue, whenFalse));
    assertEquals(Optional.empty(), r.missing());
    assertEquals(List.of(), r.redundant());
    assertEquals(Optional.of("(Wide.V1, _, _, _, false)"), missing(t, fast(() -> analyze(t, zeros, whenTrue))));
  }

  @Test
  void patternsNested40Deep() {
    Ty t = nestedOption(40, BOOL);
    var rows = new ArrayList<Row>();
    for (int depth = 0; depth < 40; depth++) {
      rows.add(arm(nest(depth, none())));
    }
    rows.add(arm(nest(40, bool(true))));
    Report r = fast(() -> analyze(t, rows));
    assertEquals(Optional.of("Some(".repeat(40) + "false" + ")".repeat(40)), missing(t, r));
    rows.add(arm(nest(40, bool(false))));
    rows.add(arm(nest(20, any())));
    Report complete = fast(() -> analyze(t, rows));
    assertEquals(Optional.empty(), complete.missing());
    assertEquals(List.of(Redundancy.arm(42)), complete.redundant());
  }

  @Test
  void tuplesOfFiveTuplesOfFiveOptionsOfOptions() {
    Ty leaf = option(option(BOOL));
    Ty inner = tuple(leaf, leaf, leaf, leaf, leaf);
    Ty t = tuple(inner, inner, inner, inner, inner);
    // 25 leaves, 4^25 values. Per leaf, arms for None, Some(None) and Some(Some(true)) with
    // wildcards elsewhere; only all-Some(Some(false)) is left. Each arm is a catch-all once its leaf
    // is matched, and noticing that keeps the search from splitting the other 24 leaves.
    var rows = new ArrayList<Row>();
    for (int leafIndex = 0; leafIndex < 25; leafIndex++) {
      for (Pat p : List.of(none(), some(none()), some(some(bool(true))))) {
        rows.add(arm(atLeaf(leafIndex, p)));
      }
    }
    Report r = fast(() -> analyze(t, rows));
    String innerWitness = "(" + String.join(", ", Collections.nCopies(5, "Some(Some(false))")) + ")";
    assertEquals(Optional.of("(" + String.join(", ", Collections.nCopies(5, innerWitness)) + ")"), missing(t, r));
    assertEquals(List.of(), r.redundant());
    rows.add(arm(atLeaf(24, some(some(bool(false))))));
    rows.add(arm(atLeaf(3, some(any()))));
    Report complete = fast(() -> analyze(t, rows));
    assertEquals(Optional.empty(), complete.missing());
    assertEquals(List.of(Redundancy.arm(76)), complete.redundant());
  }

  /** {@code ((_, ..), .., (_, .., p, ..), ..)} with {@code p} at leaf {@code index} of 25. */
  private static Pat atLeaf(int index, Pat p) {
    var outer = new Pat[5];
    for (int i = 0; i < 5; i++) {
      var leaves = new Pat[] {any(), any(), any(), any(), any()};
      if (i == index / 5) {
        leaves[index % 5] = p;
      }
      outer[i] = tup(leaves);
    }
    return tup(outer);
  }

  @Test
  void nestedTuplesOfOptionsWithWildcardsEverywhere() {
    // ((((bool, Option<bool>), Option<bool>) ...) 40 deep; each arm fixes one level only. Every
    // arm is a catch-all once its level is matched: the search must notice, not split all levels.
    Ty t = BOOL;
    for (int i = 0; i < 40; i++) {
      t = tuple(t, option(BOOL));
    }
    var rows = new ArrayList<Row>();
    for (int level = 0; level < 40; level++) {
      rows.add(arm(atLevel(level, none())));
      rows.add(arm(atLevel(level, some(bool(true)))));
    }
    Ty type = t;
    Report r = fast(() -> analyze(type, rows));
    assertEquals(List.of(), r.redundant());
    String witness = "_";
    for (int level = 39; level >= 0; level--) {
      witness = "(" + witness + ", Some(false))";
    }
    assertEquals(Optional.of(witness), missing(type, r), "Some(false) is left at every level");
    rows.add(arm(atLevel(17, some(bool(false)))));
    assertEquals(Optional.empty(), fast(() -> analyze(type, rows)).missing());
  }

  /** The pattern of {@code ((((_, _), _) ..., _)} with {@code p} in the option at {@code level}. */
  private static Pat atLevel(int level, Pat p) {
    Pat pat = any();
    for (int i = 0; i < 40; i++) {
      pat = tup(pat, i == 39 - level ? p : any());
    }
    return pat;
  }

  @Test
  void thousandsOfLiteralArms() {
    var rows = new ArrayList<Row>();
    for (int i = 0; i < 1000; i++) {
      rows.add(arm(integer(i)));
    }
    rows.add(arm(integer(17)));
    Report r = fast(() -> analyze(INT, rows));
    assertEquals(List.of(Redundancy.arm(1000)), r.redundant());
    assertEquals(Optional.of("_"), missing(INT, r));
  }
}

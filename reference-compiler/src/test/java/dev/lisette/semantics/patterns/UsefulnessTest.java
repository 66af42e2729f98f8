package dev.lisette.semantics.patterns;

import static dev.lisette.semantics.patterns.FakeTypes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.semantics.patterns.FakeTypes.EnumT;
import dev.lisette.semantics.patterns.FakeTypes.Ty;
import dev.lisette.semantics.patterns.FakeTypes.VariantDecl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exhaustiveness and redundancy as the language brief states them (§11, §5). */
class UsefulnessTest {
  static final EnumT SHAPE = new EnumT("Shape", List.of(
      new VariantDecl("Circle", List.of(INT)),
      new VariantDecl("Square", List.of(INT)),
      new VariantDecl("Triangle", List.of(INT))));

  private static void assertExhaustive(Report r) {
    assertEquals(Optional.empty(), r.missing(), "expected an exhaustive match");
  }

  private static void assertMissing(String expected, Ty type, Report r) {
    assertEquals(Optional.of(expected), missing(type, r));
  }

  // Booleans, literals, catch-alls.

  @Test
  void aMatchOnBoolNeedsTrueAndFalse() {
    assertMissing("false", BOOL, analyze(BOOL, arm(bool(true))));
    assertMissing("true", BOOL, analyze(BOOL, arm(bool(false))));
    Report both = analyze(BOOL, arm(bool(true)), arm(bool(false)));
    assertExhaustive(both);
    assertEquals(List.of(), both.redundant());
  }

  @Test
  void integersAndStringsNeedACatchAllAndTheWitnessIsAWildcard() {
    assertMissing("_", INT, analyze(INT, arm(integer(0)), arm(integer(1))));
    assertMissing("_", STRING, analyze(STRING, arm(str("a"))));
    assertExhaustive(analyze(INT, arm(integer(0)), arm(any())));
  }

  @Test
  void aRepeatedLiteralIsRedundant() {
    Report r = analyze(INT, arm(integer(1)), arm(integer(2)), arm(integer(1)), arm(any()));
    assertEquals(List.of(Redundancy.arm(2)), r.redundant());
  }

  @Test
  void anArmAfterACatchAllIsRedundant() {
    Report r = analyze(BOOL, arm(any()), arm(bool(true)));
    assertEquals(List.of(Redundancy.arm(1)), r.redundant());
    assertExhaustive(r);
  }

  @Test
  void aMatchWithNoArmsOnAnInhabitedTypeMissesItsFirstConstructor() {
    assertMissing("None", option(BOOL), analyze(option(BOOL)));
    assertMissing("false", BOOL, analyze(BOOL));
    assertMissing("(_, _)", tuple(BOOL, INT), analyze(tuple(BOOL, INT)));
    assertMissing("_", INT, analyze(INT));
    assertMissing("[]", slice(INT), analyze(slice(INT)));
  }

  // Guards.

  @Test
  void guardedArmDoesNotCount() {
    Report r = analyze(BOOL, guarded(bool(true)), arm(bool(false)));
    assertMissing("true", BOOL, r);
    assertEquals(List.of(), r.redundant());
  }

  @Test
  void aGuardedCatchAllDoesNotMakeAMatchExhaustive() {
    assertMissing("Shape.Circle(_)", SHAPE, analyze(SHAPE, guarded(any())));
  }

  @Test
  void aGuardedArmDoesNotMakeALaterIdenticalArmRedundant() {
    Report r = analyze(BOOL, guarded(bool(true)), arm(bool(true)), arm(bool(false)));
    assertEquals(List.of(), r.redundant());
    assertExhaustive(r);
  }

  @Test
  void anUnreachableGuardedArmIsStillReported() {
    Report r = analyze(BOOL, arm(bool(true)), guarded(bool(true)), arm(bool(false)));
    assertEquals(List.of(Redundancy.arm(1)), r.redundant());
  }

  // Or-patterns.

  @Test
  void orAlternativeCoveredByAnEarlierArmIsRedundant() {
    Report r = analyze(SHAPE,
        arm(variant(SHAPE, "Circle", any())),
        arm(or(variant(SHAPE, "Square", any()), variant(SHAPE, "Circle", integer(0)))),
        arm(variant(SHAPE, "Triangle", any())));
    assertEquals(List.of(Redundancy.alternative(1, 1)), r.redundant());
    assertExhaustive(r);
  }

  @Test
  void orAlternativeCoveredByAnEarlierAlternativeOfTheSameArmIsRedundant() {
    Report r = analyze(BOOL, arm(or(bool(true), bool(false), bool(true))));
    assertEquals(List.of(Redundancy.alternative(0, 2)), r.redundant());
    assertExhaustive(r);
  }

  @Test
  void anOrPatternWhoseAlternativesAreAllCoveredIsReportedAsTheArm() {
    Report r = analyze(BOOL, arm(bool(true)), arm(bool(false)), arm(or(bool(true), bool(false))));
    assertEquals(List.of(Redundancy.arm(2)), r.redundant());
  }

  @Test
  void alternativesCoverTogether() {
    assertExhaustive(analyze(SHAPE,
        arm(or(variant(SHAPE, "Circle", any()), variant(SHAPE, "Triangle", any()))),
        arm(variant(SHAPE, "Square", any()))));
  }

  @Test
  void nestedOrPatternsAreExpandedWhereverTheyAre() {
    Ty t = option(BOOL);
    Report r = analyze(t, arm(some(or(bool(true), bool(false)))), arm(none()), arm(some(bool(true))));
    assertEquals(List.of(Redundancy.arm(2)), r.redundant());
    assertExhaustive(r);
    assertMissing("Some(false)", t, analyze(t, arm(none()), arm(some(or(bool(true))))));
  }

  // Enums, Option, Result.

  @Test
  void optionOfBoolMissingSomeFalse() {
    Ty t = option(BOOL);
    assertMissing("Some(false)", t, analyze(t, arm(some(bool(true))), arm(none())));
  }

  @Test
  void theWitnessIsTheFirstMissingVariantInDeclarationOrder() {
    Report r = analyze(SHAPE, arm(variant(SHAPE, "Square", any())));
    assertMissing("Shape.Circle(_)", SHAPE, r);
    assertMissing("Shape.Triangle(_)", SHAPE,
        analyze(SHAPE, arm(variant(SHAPE, "Circle", any())), arm(variant(SHAPE, "Square", any()))));
  }

  @Test
  void resultMissingErr() {
    Ty t = result(INT, STRING);
    assertMissing("Err(_)", t, analyze(t, arm(ok(any()))));
  }

  @Test
  void aLiteralInsideAVariantDoesNotCoverIt() {
    Ty t = option(INT);
    assertMissing("Some(_)", t, analyze(t, arm(none()), arm(some(integer(3)))));
    assertExhaustive(analyze(t, arm(none()), arm(some(integer(3))), arm(some(any()))));
  }

  // Tuples.

  @Test
  void nestedTuples() {
    Ty t = tuple(BOOL, tuple(BOOL, option(BOOL)));
    Report r = analyze(t,
        arm(tup(bool(true), any())),
        arm(tup(bool(false), tup(bool(true), any()))),
        arm(tup(bool(false), tup(bool(false), none()))));
    assertMissing("(false, (false, Some(_)))", t, r);
    Report complete = analyze(t,
        arm(tup(bool(true), any())),
        arm(tup(bool(false), tup(bool(true), any()))),
        arm(tup(bool(false), tup(bool(false), none()))),
        arm(tup(bool(false), tup(bool(false), some(any())))),
        arm(tup(any(), tup(bool(true), none()))));
    assertExhaustive(complete);
    assertEquals(List.of(Redundancy.arm(4)), complete.redundant());
  }

  @Test
  void columnsNoArmInspectsAreReportedAsWildcards() {
    Ty t = tuple(BOOL, BOOL);
    assertMissing("(false, _)", t, analyze(t, arm(tup(bool(true), any()))));
  }

  @Test
  void unitIsCoveredByItsOnePattern() {
    Report r = analyze(UNIT, arm(tup()), arm(any()));
    assertExhaustive(r);
    assertEquals(List.of(Redundancy.arm(1)), r.redundant());
  }

  @Test
  void severalColumnsAreAnalysedTogether() {
    Report r = Usefulness.analyze(List.of(BOOL, option(INT)),
        List.of(new Row(List.of(bool(true), any()), false), new Row(List.of(any(), none()), false)),
        SHAPES);
    assertEquals(Optional.of(List.of("false", "Some(_)")),
        r.missing().map(w -> SYNTAX.patterns(List.of(BOOL, option(INT)), w, SHAPES)));
  }

  // Slices.

  @Test
  void emptySliceAndAtLeastOneElementAreExhaustive() {
    Ty t = slice(INT);
    Report r = analyze(t, arm(exactly()), arm(atLeast(any())));
    assertExhaustive(r);
    assertEquals(List.of(), r.redundant());
  }

  @Test
  void oneElementAndAtLeastTwoMissEmpty() {
    Ty t = slice(INT);
    assertMissing("[]", t, analyze(t, arm(exactly(any())), arm(atLeast(any(), any()))));
  }

  @Test
  void fixedLengthsAloneMissTheLongerSlices() {
    Ty t = slice(INT);
    assertMissing("[_, _, ..]", t, analyze(t, arm(exactly()), arm(exactly(any()))));
    assertMissing("[_, ..]", t, analyze(t, arm(exactly())));
  }

  @Test
  void sliceElementsAreCheckedInEveryLength() {
    Ty t = slice(BOOL);
    Report r = analyze(t, arm(exactly()), arm(atLeast(bool(true))), arm(exactly(bool(false))));
    assertMissing("[false, _, ..]", t, r);
    assertExhaustive(analyze(t, arm(exactly()), arm(atLeast(bool(true))), arm(atLeast(bool(false)))));
  }

  @Test
  void aSlicePatternCoveredByALongerRestIsRedundant() {
    Ty t = slice(INT);
    Report r = analyze(t, arm(atLeast()), arm(exactly(any(), any())));
    assertEquals(List.of(Redundancy.arm(1)), r.redundant());
    Report partly = analyze(t, arm(exactly()), arm(exactly(any())), arm(atLeast(any())));
    assertEquals(List.of(), partly.redundant(), "[_, ..] still covers lengths 2 and more");
    Report covered = analyze(t, arm(exactly()), arm(atLeast(any())), arm(atLeast(any(), any())));
    assertEquals(List.of(Redundancy.arm(2)), covered.redundant());
  }

  // Uninhabited types.

  @Test
  void neverIsMatchedExhaustivelyByZeroArms() {
    Report r = analyze(NEVER);
    assertExhaustive(r);
  }

  @Test
  void anEnumWhoseVariantsAreAllUninhabitedNeedsNoArms() {
    Ty empty = new EnumT("Void", List.of(new VariantDecl("A", List.of(NEVER)), new VariantDecl("B", List.of(tuple(INT, NEVER)))));
    assertExhaustive(analyze(empty));
  }

  @Test
  void uninhabitedVariantsNeedNoArm() {
    Ty t = result(INT, NEVER);
    assertExhaustive(analyze(t, arm(ok(any()))));
    Ty maybeNever = option(NEVER);
    assertExhaustive(analyze(maybeNever, arm(none())));
  }

  @Test
  void anArmForAnUninhabitedVariantMatchesNothingAndIsRedundant() {
    Ty t = result(INT, NEVER);
    Report r = analyze(t, arm(ok(any())), arm(err(any())));
    assertEquals(List.of(Redundancy.arm(1)), r.redundant());
  }

  @Test
  void aCatchAllOnNeverMatchesNothingAndIsRedundant() {
    assertEquals(List.of(Redundancy.arm(0)), analyze(NEVER, arm(any())).redundant());
  }

  // The API's contracts.

  @Test
  void aConstructorPatternMustHaveOneSubPatternPerArgument() {
    assertThrows(IllegalArgumentException.class, () -> Pat.ctor(new Constructor.Product(2), any()));
    assertThrows(IllegalArgumentException.class, () -> Pat.or());
  }

  @Test
  void aRowMustHaveOnePatternPerColumn() {
    assertThrows(IllegalArgumentException.class,
        () -> Usefulness.analyze(List.of(BOOL), List.of(new Row(List.of(any(), any()), false)), SHAPES));
  }

  @Test
  void reportsAreValues() {
    Report r = analyze(BOOL, arm(bool(true)), arm(bool(true)));
    assertEquals(new Report(List.of(Redundancy.arm(1)), Optional.of(List.of(bool(false)))), r);
    assertTrue(analyze(BOOL, arm(any())).exhaustive());
  }
}

package dev.lisette.semantics.patterns;

import static dev.lisette.semantics.patterns.FakeTypes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lisette.semantics.patterns.Constructor.Literal;
import dev.lisette.semantics.patterns.FakeTypes.Ty;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Witnesses and patterns in Lisette syntax. */
class UsefulnessRenderingTest {
  private static String render(Ty type, Pat p) {
    return SYNTAX.pattern(type, p, SHAPES);
  }

  private static String standard(Ty type, Pat p) {
    return PatternSyntax.<Ty>standard().pattern(type, p, SHAPES);
  }

  @Test
  void wildcardsAndSlices() {
    Ty t = slice(option(INT));
    assertEquals("_", render(t, any()));
    assertEquals("[]", render(t, exactly()));
    assertEquals("[_, Some(_)]", render(t, exactly(any(), some(any()))));
    assertEquals("[_, _, ..]", render(t, atLeast(any(), any())));
    assertEquals("[..]", render(t, atLeast()));
  }

  @Test
  void tuplesBoolsAndLiterals() {
    Ty t = tuple(BOOL, INT, STRING, UNIT);
    assertEquals("(true, -3, \"a\\\"b\\n\", ())", standard(t, tup(bool(true), integer(-3), str("a\"b\n"), tup())));
    assertEquals("'x'", PatternSyntax.standard(new Literal('x'), List.of()));
    assertEquals("'\\''", PatternSyntax.standard(new Literal('\''), List.of()));
    assertEquals("42", PatternSyntax.standard(new Literal(BigInteger.valueOf(42)), List.of()));
  }

  @Test
  void variantsByDefaultUseTheirBareNameAndTheCheckerMayQualifyThem() {
    var shape = UsefulnessTest.SHAPE;
    assertEquals("Triangle(_)", standard(shape, variant(shape, "Triangle", any())));
    assertEquals("Shape.Triangle(_)", render(shape, variant(shape, "Triangle", any())));
    assertEquals("Some(Shape.Circle(7))", render(option(shape), some(variant(shape, "Circle", integer(7)))));
    assertEquals("None", render(option(shape), none()));
  }

  @Test
  void orPatterns() {
    assertEquals("true | false", render(BOOL, or(bool(true), bool(false))));
  }

  @Test
  void severalColumnsRenderOneByOne() {
    assertEquals(List.of("false", "[]"), SYNTAX.patterns(List.of(BOOL, slice(INT)), List.of(bool(false), exactly()), SHAPES));
  }
}

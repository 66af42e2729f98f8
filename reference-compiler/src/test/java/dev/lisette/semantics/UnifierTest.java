package dev.lisette.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unification as the spec describes it (types.inference): one substitution, occurs check, byte = uint8. */
class UnifierTest {
  private final Unifier u = new Unifier();

  @Test
  void aVariableTakesTheTypeItIsUnifiedWith() {
    var v = u.fresh();
    assertTrue(u.unify(new Type.Slice(v), new Type.Slice(Type.Prim.INT)));
    assertEquals(Type.Prim.INT, u.resolve(v));
  }

  @Test
  void solutionsFlowThroughChainsOfVariables() {
    var a = u.fresh();
    var b = u.fresh();
    assertTrue(u.unify(a, b));
    assertTrue(u.unify(b, Type.option(Type.Prim.STRING)));
    assertEquals(Type.option(Type.Prim.STRING), u.resolve(a));
  }

  @Test
  void aTypeCannotContainItself() {
    var v = u.fresh();
    assertFalse(u.unify(v, new Type.Slice(v)));
  }

  @Test
  void byteIsUint8AndRuneIsInt32() {
    assertTrue(u.unify(new Type.Slice(Type.BYTE), new Type.Slice(Type.Prim.UINT8)));
    assertTrue(u.unify(Type.RUNE, Type.Prim.INT32));
    assertFalse(u.unify(Type.RUNE, Type.Prim.INT));
  }

  @Test
  void namedTypesAreNominalAndTheirArgumentsInvariant() {
    var point = new Type.Named("", "Point", List.of());
    var other = new Type.Named("models", "Point", List.of());
    assertFalse(u.unify(point, other));
    assertFalse(u.unify(Type.option(Type.Prim.INT), Type.option(Type.Prim.INT64)));
    assertTrue(u.unify(Type.result(Type.Prim.INT, Type.Prim.STRING), Type.result(Type.Prim.INT, Type.Prim.STRING)));
  }

  @Test
  void neverAndTheErrorTypeUnifyWithAnything() {
    assertTrue(u.unify(Type.Never.NEVER, Type.Prim.BOOL));
    assertTrue(u.unify(new Type.Tuple(List.of(Type.Prim.INT, Type.Error.ERROR)),
        new Type.Tuple(List.of(Type.Prim.INT, Type.Prim.STRING))));
  }

  @Test
  void tuplesOfDifferentLengthsDiffer() {
    assertFalse(u.unify(new Type.Tuple(List.of(Type.Prim.INT, Type.Prim.INT)),
        new Type.Tuple(List.of(Type.Prim.INT, Type.Prim.INT, Type.Prim.INT))));
  }
}

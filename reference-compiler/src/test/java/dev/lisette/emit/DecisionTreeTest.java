package dev.lisette.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.emit.DecisionTree.Access;
import dev.lisette.emit.DecisionTree.Column;
import dev.lisette.emit.DecisionTree.Ctor;
import dev.lisette.emit.DecisionTree.Kind;
import dev.lisette.emit.DecisionTree.Leaf;
import dev.lisette.emit.DecisionTree.Node;
import dev.lisette.emit.DecisionTree.Pat;
import dev.lisette.emit.DecisionTree.Row;
import dev.lisette.emit.DecisionTree.Switch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision tree tests each sub-value once per path and falls through failed guards. */
class DecisionTreeTest {
  private static final Access ROOT = new Access(new GoAst.Ident("s"));
  private static final Column SHAPE = new Column(Kind.ENUM, Optional.of(new GoAst.Selector(ROOT.expr(), "Tag")),
      List.of("Circle", "Rect", "Empty"));

  private static Pat variant(String name, Pat... subs) {
    GoAst.Expr label = new GoAst.Ident("Shape" + name);
    return new Pat.Test(ROOT, SHAPE, Ctor.of(name, label, new GoAst.Binary("==", SHAPE.subject().get(), label)),
        List.of(subs));
  }

  private static Access payload(String field) {
    return new Access(new GoAst.Selector(ROOT.expr(), field));
  }

  private static Pat literal(Access at, int value) {
    var column = new Column(Kind.LITERAL, Optional.of(at.expr()), List.of());
    GoAst.Expr lit = new GoAst.Lit(Integer.toString(value));
    return new Pat.Test(at, column, Ctor.of("i:" + value, lit, new GoAst.Binary("==", at.expr(), lit)), List.of());
  }

  private static Pat bind(Access at, String name) {
    return new Pat.Bind(at, name);
  }

  @Test
  void oneBranchPerVariantWithPayloadBindings() {
    Node tree = DecisionTree.compile(List.of(
        new Row(0, List.of(variant("Circle", bind(payload("Circle"), "r"))), false),
        new Row(1, List.of(variant("Rect")), false),
        new Row(2, List.of(variant("Empty")), false)));
    Switch sw = assertInstanceOf(Switch.class, tree);
    assertEquals(3, sw.branches().size());
    assertTrue(sw.otherwise().isEmpty(), "all variants covered: no default");
    Leaf circle = assertInstanceOf(Leaf.class, sw.branches().get(0).body());
    assertEquals(List.of(new Pat.Bind(payload("Circle"), "r")), circle.binds());
  }

  @Test
  void wildcardRowsGoToEveryBranchAndTheDefault() {
    Node tree = DecisionTree.compile(List.of(
        new Row(0, List.of(variant("Circle", literal(payload("Circle"), 0))), false),
        new Row(1, List.of(), false)));
    Switch sw = assertInstanceOf(Switch.class, tree);
    assertEquals(1, sw.branches().size());
    assertEquals(new Leaf(1, List.of(), Optional.empty()), sw.otherwise().get());
    Switch inner = assertInstanceOf(Switch.class, sw.branches().get(0).body());
    assertEquals(new Leaf(0, List.of(), Optional.empty()), inner.branches().get(0).body());
    assertEquals(new Leaf(1, List.of(), Optional.empty()), inner.otherwise().get());
    assertEquals(2, DecisionTree.leaves(tree, 1), "the wildcard arm is reachable on two paths");
  }

  @Test
  void failedGuardContinuesWithTheLaterRowsOfTheSameBranch() {
    Node tree = DecisionTree.compile(List.of(
        new Row(0, List.of(variant("Circle", bind(payload("Circle"), "r"))), true),
        new Row(1, List.of(variant("Circle")), false),
        new Row(2, List.of(), false)));
    Switch sw = assertInstanceOf(Switch.class, tree);
    Leaf guarded = assertInstanceOf(Leaf.class, sw.branches().get(0).body());
    assertEquals(0, guarded.arm());
    assertEquals(new Leaf(1, List.of(), Optional.empty()), guarded.onGuardFail().get());
  }

  @Test
  void orAlternativesWithEqualSubtreesShareACase() {
    Node tree = DecisionTree.compile(List.of(
        new Row(0, List.of(variant("Circle")), false),
        new Row(0, List.of(variant("Rect")), false),
        new Row(1, List.of(), false)));
    Switch sw = assertInstanceOf(Switch.class, tree);
    assertEquals(1, sw.branches().size());
    assertEquals(List.of("Circle", "Rect"), sw.branches().get(0).ctors().stream().map(Ctor::key).toList());
  }

  private static final Column SLICE = new Column(Kind.SLICE, Optional.empty(), List.of());

  private static Pat slice(int length, boolean rest, Pat... subs) {
    String key = (rest ? "len>=" : "len==") + length;
    GoAst.Expr cond = new GoAst.Lit(key);
    return new Pat.Test(ROOT, SLICE, new Ctor(key, cond, cond, length, rest), List.of(subs));
  }

  @Test
  void sliceLengthsExactFirstThenAtLeastFromTheLongest() {
    Access first = new Access(new GoAst.Index(ROOT.expr(), new GoAst.Lit("0")));
    Node tree = DecisionTree.compile(List.of(
        new Row(0, List.of(slice(0, false)), false),
        new Row(1, List.of(slice(2, false)), false),
        new Row(2, List.of(slice(1, true, bind(first, "x"))), false),
        new Row(3, List.of(slice(3, true)), false)));
    Switch sw = assertInstanceOf(Switch.class, tree);
    assertEquals(List.of("len==0", "len==2", "len>=3", "len>=1"),
        sw.branches().stream().map(b -> b.ctors().get(0).key()).toList());
    assertTrue(sw.otherwise().isEmpty(), "lengths 0 and >= 1 cover every slice");
    assertEquals(1, ((Leaf) sw.branches().get(1).body()).arm());
    // Lengths >= 3 try `[x, ..]` (row 2) before `[_, _, _, ..]` (row 3).
    Leaf atLeast3 = (Leaf) sw.branches().get(2).body();
    assertEquals(2, atLeast3.arm());
    assertEquals(List.of(new Pat.Bind(first, "x")), atLeast3.binds());
  }

  @Test
  void anEarlierRestRowWinsOverALaterExactRow() {
    Node tree = DecisionTree.compile(List.of(
        new Row(0, List.of(slice(1, true)), false),
        new Row(1, List.of(slice(2, false)), false),
        new Row(2, List.of(), false)));
    Switch sw = assertInstanceOf(Switch.class, tree);
    assertEquals("len==2", sw.branches().get(0).ctors().get(0).key());
    assertEquals(0, ((Leaf) sw.branches().get(0).body()).arm(), "arms are tried in order");
  }

  @Test
  void incompleteSliceLengthsGetADefault() {
    Node tree = DecisionTree.compile(List.of(
        new Row(0, List.of(slice(0, false)), false),
        new Row(1, List.of(slice(2, true)), false),
        new Row(2, List.of(), false)));
    Switch sw = assertInstanceOf(Switch.class, tree);
    assertEquals(new Leaf(2, List.of(), Optional.empty()), sw.otherwise().get(), "length 1 is not covered");
  }

  @Test
  void hugeTreesAreRefused() {
    var rows = new ArrayList<Row>();
    int k = 12;
    for (int combo = 0; combo < 1 << k; combo++) {
      var pats = new ArrayList<Pat>();
      for (int i = 0; i < k; i++) {
        pats.add(literal(new Access(new GoAst.Ident("x" + i)), (combo >> i) & 1));
      }
      rows.add(new Row(combo, pats, false));
    }
    assertThrows(DecisionTree.TooLarge.class, () -> DecisionTree.compile(rows));
  }
}

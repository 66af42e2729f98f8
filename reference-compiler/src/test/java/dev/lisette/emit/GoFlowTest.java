package dev.lisette.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Go's terminating-statement rule decides where `panic("unreachable")` is needed. */
class GoFlowTest {
  private static final GoAst.Stmt RETURN = new GoAst.Return(Optional.of(new GoAst.Ident("x")));

  private static GoAst.Switch sw(boolean withDefault, GoAst.Stmt... last) {
    var cases = new java.util.ArrayList<GoAst.Case>();
    cases.add(new GoAst.Case(List.of(new GoAst.Ident("A")), List.of(last)));
    if (withDefault) {
      cases.add(new GoAst.Case(List.of(), List.of(RETURN)));
    }
    return new GoAst.Switch(Optional.of(new GoAst.Ident("t")), cases);
  }

  @Test
  void aSwitchTerminatesOnlyWithADefaultAndNoBreak() {
    assertFalse(GoFlow.terminates(sw(false, RETURN)), "an enum switch listing every tag still falls through for Go");
    assertTrue(GoFlow.terminates(sw(true, RETURN)));
    assertFalse(GoFlow.terminates(sw(true, new GoAst.Break())));
  }

  @Test
  void ifTerminatesWhenBothBranchesDo() {
    var cond = new GoAst.Ident("c");
    assertTrue(GoFlow.terminates(new GoAst.If(cond, List.of(RETURN), Optional.of(new GoAst.Block(List.of(RETURN))))));
    assertFalse(GoFlow.terminates(new GoAst.If(cond, List.of(RETURN), Optional.empty())));
  }

  @Test
  void anInfiniteLoopTerminatesUnlessABreakLeavesIt() {
    var forever = new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(), List.of(RETURN));
    assertTrue(GoFlow.terminates(forever));
    var leaves = new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(new GoAst.If(new GoAst.Ident("c"), List.of(new GoAst.Break()), Optional.empty())));
    assertFalse(GoFlow.terminates(leaves));
    var inner = new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(), List.of(sw(true, new GoAst.Break())));
    assertTrue(GoFlow.terminates(inner), "a break inside a switch leaves the switch, not the loop");
    var labelled = new GoAst.Labeled("loop", new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(sw(true, new GoAst.Break(Optional.of("loop"))))));
    assertFalse(GoFlow.terminates(labelled));
  }

  @Test
  void numberLiteralsAreSpelledAsGofmtDoes() {
    assertEquals("0xFF", GoLiterals.number("0XFF"));
    assertEquals("0x1p-2", GoLiterals.number("0x1P-2"));
    assertEquals("0b101", GoLiterals.number("0B101"));
    assertEquals("0o17", GoLiterals.number("0O17"));
    assertEquals("1.5e3", GoLiterals.number("1.5E3"));
    assertEquals("755i", GoLiterals.number("0755i"));
    assertEquals("0i", GoLiterals.number("00i"));
    assertEquals("0755", GoLiterals.number("0755"));
  }
}

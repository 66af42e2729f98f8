package dev.lisette.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lisette.emit.GoAst.Binary;
import dev.lisette.emit.GoAst.Call;
import dev.lisette.emit.GoAst.Expr;
import dev.lisette.emit.GoAst.Ident;
import dev.lisette.emit.GoAst.Paren;
import dev.lisette.emit.GoAst.Unary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printer lays out expressions exactly as gofmt does (checked against gofmt 1.26). */
class GoPrinterTest {
  private static Expr id(String n) {
    return new Ident(n);
  }

  private static Expr bin(String op, Expr l, Expr r) {
    return new Binary(op, l, r);
  }

  @Test
  void mixedPrecedenceDropsBlanksAroundTheTighterOperator() {
    assertEquals("a*b + c", GoPrinter.expression(bin("+", bin("*", id("a"), id("b")), id("c"))));
    assertEquals("total%2 == 0", GoPrinter.expression(bin("==", bin("%", id("total"), id("2")), id("0"))));
  }

  @Test
  void singlePrecedenceKeepsBlanks() {
    assertEquals("a + b + c", GoPrinter.expression(bin("+", bin("+", id("a"), id("b")), id("c"))));
    assertEquals("a * b", GoPrinter.expression(bin("*", id("a"), id("b"))));
  }

  @Test
  void argumentsOfACallWithSeveralArgumentsAreOneLevelDeeper() {
    Expr call = new Call(id("f"), List.of(bin("+", id("a"), id("b")), id("c")));
    assertEquals("f(a+b, c)", GoPrinter.expression(call));
    Expr single = new Call(id("f"), List.of(bin("+", id("a"), id("b"))));
    assertEquals("f(a + b)", GoPrinter.expression(single));
  }

  @Test
  void parenthesesUndoOneLevelOfDepth() {
    Expr e = bin("*", new Paren(bin("+", id("a"), id("b"))), id("c"));
    assertEquals("(a + b) * c", GoPrinter.expression(e));
  }

  @Test
  void minusFollowedByUnaryMinusKeepsItsBlanks() {
    assertEquals("a - -b", GoPrinter.expression(bin("-", id("a"), new Unary("-", id("b")))));
  }

  @Test
  void logicalChains() {
    Expr e = bin("&&", bin("<", id("a"), id("b")), bin(">", id("c"), id("d")));
    assertEquals("a < b && c > d", GoPrinter.expression(e));
  }
}

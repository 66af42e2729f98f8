package dev.lisette.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lisette.emit.GoAst.Binary;
import dev.lisette.emit.GoAst.Call;
import dev.lisette.emit.GoAst.Expr;
import dev.lisette.emit.GoAst.Ident;
import dev.lisette.emit.GoAst.Paren;
import dev.lisette.emit.GoAst.Unary;
import java.util.List;
import java.util.Optional;
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

  @Test
  void structFieldTypesAreAligned() {
    var decl = new GoAst.StructType("Shape", "", List.of(new GoAst.Field("Tag", "ShapeTag"),
        new GoAst.Field("Circle", "float64"), new GoAst.Field("W", "*Shape")));
    assertEquals("type Shape struct {\n\tTag    ShapeTag\n\tCircle float64\n\tW      *Shape\n}\n",
        GoPrinter.declaration(decl));
    assertEquals("type Flag struct{}\n", GoPrinter.declaration(new GoAst.StructType("Flag", "", List.of())));
  }

  @Test
  void iotaConstantsNameTheTypeOnce() {
    var decl = new GoAst.IotaConsts("ColorTag", List.of("ColorRed", "ColorGreen"));
    assertEquals("const (\n\tColorRed ColorTag = iota\n\tColorGreen\n)\n", GoPrinter.declaration(decl));
  }

  @Test
  void switchCasesAtTheSwitchIndentation() {
    var sw = new GoAst.Switch(Optional.of(new GoAst.Selector(id("s"), "Tag")), List.of(
        new GoAst.Case(List.of(id("A"), id("B")), List.of(new GoAst.Return(Optional.of(id("x"))))),
        new GoAst.Case(List.of(), List.of())));
    assertEquals("\tswitch s.Tag {\n\tcase A, B:\n\t\treturn x\n\tdefault:\n\t}\n", GoPrinter.statement(sw));
  }

  @Test
  void labelsAreOneLevelOut() {
    var loop = new GoAst.Labeled("loop", new GoAst.For(Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(new GoAst.Break(Optional.of("loop")))));
    assertEquals("loop:\n\tfor {\n\t\tbreak loop\n\t}\n", GoPrinter.statement(loop));
  }

  @Test
  void compositeLiteralsOfNamedTypesAreParenthesizedInHeaders() {
    Expr lit = new GoAst.Composite("Point", List.of(new GoAst.KeyValue("x", id("a"))));
    var ifStmt = new GoAst.If(bin("==", id("p"), lit), List.of(), Optional.empty());
    assertEquals("\tif p == (Point{x: a}) {\n\t}\n", GoPrinter.statement(ifStmt));
    var call = new GoAst.If(new Call(id("f"), List.of(lit)), List.of(), Optional.empty());
    assertEquals("\tif f(Point{x: a}) {\n\t}\n", GoPrinter.statement(call));
    var slice = new GoAst.If(bin("==", new Call(id("len"), List.of(new GoAst.Composite("[]int", List.of()))),
        new GoAst.Lit("0")), List.of(), Optional.empty());
    assertEquals("\tif len([]int{}) == 0 {\n\t}\n", GoPrinter.statement(slice));
  }

  @Test
  void sliceExpressionsSpaceColonsAroundBinaryIndices() {
    Expr plain = new GoAst.SliceExpr(id("s"), Optional.of(id("a")), Optional.of(id("b")), Optional.of(id("b")));
    assertEquals("s[a:b:b]", GoPrinter.expression(plain));
    Expr hi = bin("+", id("b"), new GoAst.Lit("1"));
    Expr spaced = new GoAst.SliceExpr(id("s"), Optional.of(id("a")), Optional.of(hi), Optional.of(hi));
    assertEquals("s[a : b+1 : b+1]", GoPrinter.expression(spaced));
    Expr tail = new GoAst.SliceExpr(id("s"), Optional.empty(), Optional.of(hi), Optional.empty());
    assertEquals("s[:b+1]", GoPrinter.expression(tail));
  }

  @Test
  void dereferenceInsideSelectorsAndIndexesIsParenthesized() {
    assertEquals("(*r).x", GoPrinter.expression(new GoAst.Selector(new Unary("*", id("r")), "x")));
    assertEquals("(*r)[0]", GoPrinter.expression(new GoAst.Index(new Unary("*", id("r")), new GoAst.Lit("0"))));
  }

  @Test
  void deferredCallsAndClosures() {
    var call = new Call(new GoAst.Selector(id("fmt"), "Println"), List.of(new GoAst.Lit("\"bye\"")));
    assertEquals("\tdefer fmt.Println(\"bye\")\n", GoPrinter.statement(new GoAst.Defer(call)));
    var closure = new Call(new GoAst.FuncLit(Optional.empty(), List.of(new GoAst.ExprStmt(call))), List.of());
    assertEquals("\tdefer func() {\n\t\tfmt.Println(\"bye\")\n\t}()\n", GoPrinter.statement(new GoAst.Defer(closure)));
  }

  @Test
  void constantsWithAndWithoutType() {
    assertEquals("const MAX = 10\n", GoPrinter.declaration(new GoAst.Const("MAX", Optional.empty(), id("10"), false)));
    assertEquals("const RATE float64 = 2\n",
        GoPrinter.declaration(new GoAst.Const("RATE", Optional.of("float64"), id("2"), false)));
    assertEquals("\tconst limit = 3\n", GoPrinter.statement(new GoAst.Const("limit", Optional.empty(), id("3"), false)));
    assertEquals("var ORIGIN = p\n", GoPrinter.declaration(new GoAst.Const("ORIGIN", Optional.empty(), id("p"), true)));
  }

  @Test
  void interfacesWithEmbeddingsAndMethods() {
    var shape = new GoAst.InterfaceType("Shape", "", List.of("Named"), List.of(
        new GoAst.Method("Area", List.of(), Optional.of("float64")),
        new GoAst.Method("Scale", List.of(new GoAst.Param("f", "float64")), Optional.of("Shape")),
        new GoAst.Method("Reset", List.of(), Optional.empty())));
    assertEquals("type Shape interface {\n\tNamed\n\tArea() float64\n\tScale(f float64) Shape\n\tReset()\n}\n",
        GoPrinter.declaration(shape));
    assertEquals("type Empty interface{}\n",
        GoPrinter.declaration(new GoAst.InterfaceType("Empty", "", List.of(), List.of())));
  }
}

package dev.lisette.syntax;

/** Binary operators with their precedence level (spec expr.precedence; higher binds tighter). */
public enum BinaryOp {
  PIPE("|>", 1), OR("||", 2), AND("&&", 3),
  EQ("==", 4), NE("!=", 4), LT("<", 4), GT(">", 4), LE("<=", 4), GE(">=", 4),
  ADD("+", 6), SUB("-", 6), MUL("*", 7), DIV("/", 7), REM("%", 7);

  private final String text;
  private final int precedence;

  BinaryOp(String text, int precedence) {
    this.text = text;
    this.precedence = precedence;
  }

  public String text() {
    return text;
  }

  public int precedence() {
    return precedence;
  }

  public boolean isComparison() {
    return precedence == 4;
  }

  public boolean isArithmetic() {
    return precedence >= 6;
  }

  public boolean isLogical() {
    return this == OR || this == AND;
  }
}

package dev.lisette.syntax;

public enum UnaryOp {
  NEG("-"), NOT("!"), REF("&");

  private final String text;

  UnaryOp(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}

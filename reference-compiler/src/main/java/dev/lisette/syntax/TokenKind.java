package dev.lisette.syntax;

import java.util.Map;

public enum TokenKind {
  IDENT, INT, FLOAT, IMAGINARY, STRING, RUNE, FSTRING, BACKTICK, TRUE, FALSE,
  // keywords
  AS("as"), BREAK("break"), CONST("const"), CONTINUE("continue"), DEFER("defer"), ELSE("else"),
  ENUM("enum"), FN("fn"), FOR("for"), IF("if"), IMPL("impl"), IMPORT("import"), IN("in"),
  INTERFACE("interface"), LET("let"), LOOP("loop"), MATCH("match"), MUT("mut"), PUB("pub"),
  RECOVER("recover"), RETURN("return"), SELECT("select"), STRUCT("struct"), TASK("task"),
  TRY("try"), TYPE("type"), VAR("var"), WHILE("while"),
  // punctuation
  LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), LBRACE("{"), RBRACE("}"),
  LT("<"), GT(">"), EQ("="), EQEQ("=="), NE("!="), LE("<="), GE(">="), ARROW("->"), FAT_ARROW("=>"),
  COLON(":"), COMMA(","), DOT("."), DOTDOT(".."), DOTDOTEQ("..="), QUESTION("?"), BANG("!"),
  HASH("#"), PIPE("|"), OROR("||"), PIPE_GT("|>"), AMP("&"), ANDAND("&&"), PLUS("+"), MINUS("-"),
  STAR("*"), SLASH("/"), PERCENT("%"), PLUS_EQ("+="), MINUS_EQ("-="), STAR_EQ("*="),
  SLASH_EQ("/="), PERCENT_EQ("%="), SEMI(";"), AT("@"), CARET("^"),
  DOC_COMMENT, EOF;

  private final String text;

  TokenKind() {
    this.text = null;
  }

  TokenKind(String text) {
    this.text = text;
  }

  /** The fixed spelling of a keyword or punctuation token, or a description. */
  public String display() {
    return switch (this) {
      case IDENT -> "identifier";
      case INT -> "integer literal";
      case FLOAT -> "float literal";
      case IMAGINARY -> "imaginary literal";
      case STRING -> "string literal";
      case RUNE -> "rune literal";
      case FSTRING -> "format string";
      case BACKTICK -> "raw string";
      case TRUE -> "`true`";
      case FALSE -> "`false`";
      case DOC_COMMENT -> "doc comment";
      case EOF -> "end of file";
      default -> "`" + text + "`";
    };
  }

  public String text() {
    return text;
  }

  public boolean isKeyword() {
    return ordinal() >= AS.ordinal() && ordinal() <= WHILE.ordinal();
  }

  static final Map<String, TokenKind> KEYWORDS;

  static {
    var m = new java.util.HashMap<String, TokenKind>();
    for (TokenKind k : values()) {
      if (k.isKeyword()) {
        m.put(k.text, k);
      }
    }
    m.put("true", TRUE);
    m.put("false", FALSE);
    KEYWORDS = Map.copyOf(m);
  }
}

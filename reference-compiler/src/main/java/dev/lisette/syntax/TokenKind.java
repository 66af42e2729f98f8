package dev.lisette.syntax;

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

  /** The keyword (or `true`/`false`) spelled {@code text}, else IDENT. */
  static TokenKind keyword(String text) {
    int n = text.length();
    if (n < 2 || n > 9) {
      return IDENT;
    }
    return switch (text.charAt(0)) {
      case 'a' -> is(text, "as", AS);
      case 'b' -> is(text, "break", BREAK);
      case 'c' -> n == 5 ? is(text, "const", CONST) : is(text, "continue", CONTINUE);
      case 'd' -> is(text, "defer", DEFER);
      case 'e' -> n == 4 ? (text.charAt(1) == 'l' ? is(text, "else", ELSE) : is(text, "enum", ENUM)) : IDENT;
      case 'f' -> n == 2 ? is(text, "fn", FN) : n == 3 ? is(text, "for", FOR) : is(text, "false", FALSE);
      case 'i' -> switch (n) {
        case 2 -> text.charAt(1) == 'f' ? IF : text.charAt(1) == 'n' ? IN : IDENT;
        case 4 -> is(text, "impl", IMPL);
        case 6 -> is(text, "import", IMPORT);
        case 9 -> is(text, "interface", INTERFACE);
        default -> IDENT;
      };
      case 'l' -> n == 3 ? is(text, "let", LET) : is(text, "loop", LOOP);
      case 'm' -> n == 5 ? is(text, "match", MATCH) : is(text, "mut", MUT);
      case 'p' -> is(text, "pub", PUB);
      case 'r' -> n == 6 ? is(text, "return", RETURN) : is(text, "recover", RECOVER);
      case 's' -> is(text, n == 6 && text.charAt(1) == 'e' ? "select" : "struct", n == 6 && text.charAt(1) == 'e' ? SELECT : STRUCT);
      case 't' -> switch (n) {
        case 3 -> is(text, "try", TRY);
        case 4 -> text.charAt(1) == 'a' ? is(text, "task", TASK) : text.charAt(1) == 'y' ? is(text, "type", TYPE)
            : is(text, "true", TRUE);
        default -> IDENT;
      };
      case 'v' -> is(text, "var", VAR);
      case 'w' -> is(text, "while", WHILE);
      default -> IDENT;
    };
  }

  private static TokenKind is(String text, String keyword, TokenKind kind) {
    return text.equals(keyword) ? kind : IDENT;
  }

}

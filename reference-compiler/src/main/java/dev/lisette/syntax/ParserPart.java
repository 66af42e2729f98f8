package dev.lisette.syntax;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;

/**
 * What every part of the parser shares: the token cursor, error reporting and the nesting
 * guard. The parts ({@link ItemParser}, {@link StmtParser}, {@link ExprParser},
 * {@link PatternParser}, {@link TypeParser}) reach each other through the {@link Parser} hub.
 */
abstract class ParserPart {
  static final int MAX_ERRORS = 50;
  static final int MAX_DEPTH = 256;

  /** Thrown to abandon the current statement, member or item after a reported error. */
  static final class Abort extends RuntimeException {
    Abort() {
      super(null, null, false, false);
    }
  }

  /** Thrown when parsing stops for good: nesting too deep, or too many errors. */
  static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  final Parser p;
  final ParseState s;

  ParserPart(Parser p) {
    this.p = p;
    this.s = p.state;
  }

  // ---- cursor --------------------------------------------------------------------------

  final Token peek() {
    return s.tokens[s.pos];
  }

  final Token peek(int k) {
    int i = s.pos + k;
    return s.tokens[i < s.tokens.length ? i : s.tokens.length - 1];
  }

  final TokenKind kind() {
    return s.tokens[s.pos].kind();
  }

  final TokenKind kind(int k) {
    return peek(k).kind();
  }

  final boolean at(TokenKind k) {
    return s.tokens[s.pos].kind() == k;
  }

  final Token advance() {
    Token t = s.tokens[s.pos];
    switch (t.kind()) {
      case EOF -> {
        return t;
      }
      case LBRACE -> s.braces++;
      case RBRACE -> s.braces--;
      default -> {}
    }
    s.pos++;
    return t;
  }

  final boolean eat(TokenKind k) {
    if (at(k)) {
      advance();
      return true;
    }
    return false;
  }

  /** The last token consumed (the first token if none was). */
  final Token previous() {
    return s.tokens[Math.max(0, s.pos - 1)];
  }

  final Token expect(TokenKind k, String what) {
    if (at(k)) {
      return advance();
    }
    throw fail("parse.syntax_error", "expected " + what + ", found " + describe(peek()), peek().span(),
        "expected " + what, hint());
  }

  /** A help line for syntax of other languages at the current token, or null. */
  final String hint() {
    Token t = peek();
    Token prev = previous();
    boolean sameLine = !newlineBefore();
    switch (t.kind()) {
      case COLON -> {
        if (kind(1) == TokenKind.EQ && glued(t, peek(1))) {
          return "Lisette has no `:=`; declare with `let name = value`";
        }
      }
      case FAT_ARROW -> {
        if (prev.kind() == TokenKind.RPAREN) {
          return "Lisette has no `=>` functions; write a lambda `|x| x * 2`";
        }
      }
      case BANG -> {
        if (prev.kind() == TokenKind.IDENT && glued(prev, t) && (kind(1) == TokenKind.LPAREN || kind(1) == TokenKind.LBRACKET)) {
          return "Lisette has no macros: call `fmt.Println(…)`, write a slice literal `[…]`";
        }
      }
      case IDENT -> {
        switch (t.text()) {
          case "catch" -> {
            return "`try` blocks give a `Result`: `match try { … } { Ok(v) => …, Err(e) => … }`; catch panics with `recover { … }`";
          }
          case "when" -> {
            return "write the guard with `if`: `x if x > 5 => …`";
          }
          case "where" -> {
            return "write bounds in the type parameter list: `fn f<T: Ord>(…)`";
          }
          default -> {}
        }
      }
      default -> {}
    }
    if (sameLine && prev.kind() == TokenKind.IDENT && prev.text().equals("throw")) {
      return "Lisette has no exceptions; return `Err(e)`";
    }
    if (sameLine && prev.kind() == TokenKind.QUESTION && ExprParser.startsExpression(t.kind())) {
      return "Lisette has no `? :` conditional; write `if c { a } else { b }`";
    }
    if (sameLine && prev.kind() == TokenKind.IDENT && prev.text().equals("case")) {
      return "match arms are written `pattern => value`, e.g. `0 => …`; a receive in `select` is `let Some(v) = ch.receive() => …`";
    }
    return null;
  }

  /** Whether a line break separates the current token from the one before it. */
  final boolean newlineBefore() {
    return newlineBefore(s.pos);
  }

  final boolean newlineBefore(int index) {
    if (index == 0) {
      return false;
    }
    int from = s.tokens[index - 1].span().end();
    int to = s.tokens[index].span().start();
    for (int i = from; i < to; i++) {
      if (s.src.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Two tokens written without any space between them. */
  static boolean glued(Token a, Token b) {
    return a.span().end() == b.span().start();
  }

  static String describe(Token t) {
    return switch (t.kind()) {
      case IDENT -> "`" + t.text() + "`";
      case SEMI -> t.inserted() ? "end of line" : "`;`";
      case INT, FLOAT, IMAGINARY, STRING, RUNE -> t.kind().display() + " `" + t.text() + "`";
      case EOF -> t.text().isEmpty() ? "end of file" : "the end of the interpolation";
      default -> t.kind().display();
    };
  }

  static Ident ident(Token t) {
    return new Ident(t.text(), t.span());
  }

  static boolean startsUppercase(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
  }

  // ---- diagnostics ---------------------------------------------------------------------

  final Abort fail(String code, String message, Span span, String label, String help) {
    report(code, message, span, label, help);
    return new Abort();
  }

  final void report(String code, String message, Span span, String label, String help) {
    var d = Diagnostic.error(code, message, span, label);
    report(help == null ? d : d.withHelp(help));
  }

  final void report(Diagnostic d) {
    s.diagnostics.add(d);
    if (++s.errors >= MAX_ERRORS) {
      throw new GiveUp();
    }
  }

  // ---- nesting guard -------------------------------------------------------------------

  final void enter(Span at) {
    if (++s.depth > MAX_DEPTH) {
      s.depth = 0;
      report("parse.nesting_too_deep", "nesting too deep", at,
          "more than " + MAX_DEPTH + " nested levels", "split the code into smaller `let` bindings or functions");
      throw new GiveUp();
    }
  }

  final void leave() {
    s.depth--;
  }
}

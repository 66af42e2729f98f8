package dev.lisette.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lexical structure and automatic semicolon insertion (spec lexical.*). */
class LexerTest {

  private static String kinds(String src) {
    var errors = new ArrayList<Diagnostic>();
    List<Token> tokens = Lexer.lex(src, errors);
    assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    return tokens.stream().map(t -> t.kind() == TokenKind.SEMI ? ";" : t.text())
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
  }

  private static List<String> errorCodes(String src) {
    var errors = new ArrayList<Diagnostic>();
    Lexer.lex(src, errors);
    return errors.stream().map(Diagnostic::code).toList();
  }

  @Test
  void semicolonIsInsertedAfterALineEndingInAValue() {
    assertEquals("let x = 1 ; let y = x ;", kinds("let x = 1\nlet y = x\n"));
  }

  @Test
  void aLineStartingWithAContinuationOperatorContinuesTheExpression() {
    assertEquals("let total = a + b ;", kinds("let total = a\n  + b\n"));
    assertEquals("x . f ( ) ;", kinds("x\n  .f()\n"));
  }

  @Test
  void aLineStartingWithMinusStartsANewStatement() {
    assertEquals("total ; - 1 ;", kinds("total\n-1\n"));
  }

  @Test
  void noSemicolonBeforeAClosingBraceOrElse() {
    assertEquals("{ a } else { b }", kinds("{ a\n}\nelse { b }"));
  }

  @Test
  void commentsDoNotStopInsertion() {
    assertEquals("a ; b", kinds("a // trailing\nb"));
  }

  @Test
  void numberForms() {
    assertEquals("0x1F 0o17 0b101 0755 1_000 1.5 6e2 2i", kinds("0x1F 0o17 0b101 0755 1_000 1.5 6e2 2i"));
  }

  @Test
  void tupleIndexIsNotAFloat() {
    assertEquals("t . 0 . 1", kinds("t.0.1"));
  }

  @Test
  void malformedNumbers() {
    assertEquals(List.of("lex.number_trailing_underscore"), errorCodes("1_"));
    assertEquals(List.of("lex.number_consecutive_underscores"), errorCodes("1__0"));
    assertEquals(List.of("lex.number_missing_hex_digits"), errorCodes("0x"));
    assertEquals(List.of("lex.number_invalid_binary_digit"), errorCodes("0b102"));
    assertEquals(List.of("lex.number_invalid_octal_digit"), errorCodes("0o78"));
    assertEquals(List.of("lex.number_missing_exponent"), errorCodes("1e+"));
  }

  @Test
  void stringEscapes() {
    var errors = new ArrayList<Diagnostic>();
    Token t = Lexer.lex("\"a\\tb\\u{1F600}\\x41\\101\"", errors).get(0);
    assertTrue(errors.isEmpty());
    assertEquals("a\tb\uD83D\uDE00AA", t.value());
    assertEquals(List.of("lex.invalid_escape_sequence"), errorCodes("\"\\q\""));
    assertEquals(List.of("lex.unicode_escape_out_of_range"), errorCodes("\"\\u{D800}\""));
    assertEquals(List.of("lex.octal_escape_out_of_range"), errorCodes("\"\\777\""));
    assertEquals(List.of("lex.unterminated_string"), errorCodes("\"abc\nx"));
  }

  @Test
  void runes() {
    assertEquals(List.of("lex.empty_rune"), errorCodes("''"));
    assertEquals(List.of("lex.unterminated_rune"), errorCodes("'ab'"));
  }

  @Test
  void formatStringParts() {
    var errors = new ArrayList<Diagnostic>();
    Token t = Lexer.lex("f\"a {{b}} {x + 1} c\"", errors).get(0);
    assertTrue(errors.isEmpty());
    assertEquals(TokenKind.FSTRING, t.kind());
    assertEquals(3, t.parts().size());
    assertEquals(List.of("lex.format_string_unmatched_brace"), errorCodes("f\"a } b\""));
    assertEquals(List.of("lex.format_string_unclosed_brace"), errorCodes("f\"a {x\""));
  }

  @Test
  void fourSlashesAreAnError() {
    assertEquals(List.of("lex.excess_slashes_in_comment"), errorCodes("//// no"));
  }

  @Test
  void everyKeywordIsRecognisedAndNothingElse() {
    for (TokenKind k : TokenKind.values()) {
      if (k.isKeyword()) {
        assertEquals(k, TokenKind.keyword(k.text()), k.text());
        assertEquals(TokenKind.IDENT, TokenKind.keyword(k.text() + "s"));
        assertEquals(TokenKind.IDENT, TokenKind.keyword("_" + k.text()));
      }
    }
    assertEquals(TokenKind.TRUE, TokenKind.keyword("true"));
    assertEquals(TokenKind.FALSE, TokenKind.keyword("false"));
    assertEquals(TokenKind.IDENT, TokenKind.keyword("Self"));
    assertEquals(TokenKind.IDENT, TokenKind.keyword("self"));
    assertEquals(TokenKind.IDENT, TokenKind.keyword("zeta"));
  }
}

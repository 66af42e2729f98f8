package dev.lisette.syntax;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns source text into tokens, then inserts semicolons at line ends (spec lexical.asi).
 * Errors are collected; the lexer always reaches the end of the input.
 */
public final class Lexer {
  private final String src;
  private final int base;
  private final int end;
  private final List<Diagnostic> errors;
  private final ArrayList<Token> out;
  private int pos;
  /** A line feed was skipped since the last token (spec lexical.asi.insertion). */
  private boolean newline;
  /** The last token that is not a doc comment, its index in {@link #out}, and the one before it. */
  private Token last;
  private int lastIndex = -1;
  private TokenKind beforeLast;

  private Lexer(String src, int from, int to, List<Diagnostic> errors) {
    this.src = src;
    this.base = from;
    this.pos = from;
    this.end = to;
    this.errors = errors;
    this.out = new ArrayList<>(Math.max(16, (to - from) / 3));
  }

  /** Lexes a whole file, with semicolon insertion. */
  public static List<Token> lex(String src, List<Diagnostic> errors) {
    return lex(src, 0, src.length(), errors);
  }

  /** Lexes {@code src[from, to)} (an f-string hole), keeping offsets relative to the file. */
  public static List<Token> lex(String src, int from, int to, List<Diagnostic> errors) {
    var lexer = new Lexer(src, from, to, errors);
    lexer.run();
    return lexer.out;
  }

  /**
   * Adds a token, first inserting a `;` after the previous one when a line feed separates them,
   * the previous token can end a statement and this one does not continue it (spec
   * lexical.asi.insertion). Doc comments do not take part; the `;` goes before them.
   */
  private void emit(Token t) {
    if (t.kind() == TokenKind.DOC_COMMENT) {
      out.add(t);
      return;
    }
    if (newline && last != null && !CONTINUATION[t.kind().ordinal()]
        && (ENDS[last.kind().ordinal()] || (last.kind() == TokenKind.STAR && beforeLast == TokenKind.DOT))) {
      Token semi = new Token(TokenKind.SEMI, Span.at(last.span().end()), ";", ";", List.of(), true);
      if (lastIndex + 1 == out.size()) {
        out.add(semi);
      } else {
        out.add(lastIndex + 1, semi);
      }
    }
    out.add(t);
    beforeLast = last == null ? null : last.kind();
    last = t;
    lastIndex = out.size() - 1;
    newline = false;
  }

  private void run() {
    while (true) {
      skipSpace();
      if (pos >= end) {
        emit(new Token(TokenKind.EOF, Span.at(end), ""));
        return;
      }
      int start = pos;
      char c = src.charAt(pos);
      if (c == '/' && peek(1) == '/') {
        comment();
      } else if (c == 'f' && peek(1) == '"') {
        fstring();
      } else if (c < 128 ? isIdentStart(c) : isIdentStart(src.codePointAt(pos))) {
        ident();
      } else if (isDigit(c)) {
        number();
      } else if (c == '"') {
        string();
      } else if (c == '\'') {
        rune();
      } else if (c == '`') {
        backtick();
      } else {
        punct();
      }
      assert pos > start;
    }
  }

  private char peek(int k) {
    return pos + k < end ? src.charAt(pos + k) : '\0';
  }

  private void skipSpace() {
    String s = src;
    int p = pos;
    int e = end;
    boolean nl = newline;
    while (p < e) {
      char c = s.charAt(p);
      if (c == ' ' || c == '\t' || c == '\r') {
        p++;
      } else if (c == '\n') {
        nl = true;
        p++;
      } else {
        break;
      }
    }
    pos = p;
    newline = nl;
  }

  private void error(String code, String message, int from, int to, String label, String help) {
    var d = Diagnostic.error(code, message, new Span(from, Math.max(from, to)), label);
    errors.add(help == null ? d : d.withHelp(help));
  }

  private void comment() {
    int start = pos;
    int slashes = 0;
    while (pos < end && src.charAt(pos) == '/') {
      slashes++;
      pos++;
    }
    int lineEnd = pos;
    while (lineEnd < end && src.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    if (slashes >= 4) {
      error("lex.excess_slashes_in_comment", "invalid comment", start, start + slashes,
          "comments start with `//`, doc comments with `///`", "use `//` for a comment or `///` for a doc comment");
    } else if (slashes == 3) {
      String text = src.substring(pos, lineEnd);
      if (text.startsWith(" ")) {
        text = text.substring(1);
      }
      emit(new Token(TokenKind.DOC_COMMENT, new Span(start, lineEnd), src.substring(start, lineEnd), text, List.of(), false));
    }
    pos = lineEnd;
  }

  static boolean isIdentStart(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    }
    return Character.isLetter(cp);
  }

  static boolean isIdentPart(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void ident() {
    int start = pos;
    String s = src;
    int p = pos;
    int e = end;
    while (p < e) {
      char c = s.charAt(p);
      if (c < 128) {
        if (!isIdentPart(c)) {
          break;
        }
        p++;
      } else {
        int cp = s.codePointAt(p);
        if (!isIdentPart(cp)) {
          break;
        }
        p += Character.charCount(cp);
      }
    }
    pos = p;
    String text = s.substring(start, p);
    TokenKind kind = TokenKind.keyword(text);
    emit(new Token(kind, new Span(start, pos), text));
  }

  // ---- numbers -------------------------------------------------------------------------

  private void number() {
    int start = pos;
    char c = src.charAt(pos);
    if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
      radixNumber(start, 16, "hex");
      return;
    }
    if (c == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
      radixNumber(start, 8, "octal");
      return;
    }
    if (c == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
      radixNumber(start, 2, "binary");
      return;
    }
    boolean ok = digits(start);
    boolean isFloat = false;
    // A fraction needs digits on both sides; `1.` and `t.0.1` are not floats.
    if (peek(0) == '.' && isDigit(peek(1)) && !precededByDot(start)) {
      pos++;
      ok &= digits(start);
      isFloat = true;
    } else if (peek(0) == '.' && peek(1) == '_') {
      error("lex.number_decimal_leading_underscore", "invalid number literal", pos + 1, pos + 2,
          "`_` cannot follow the decimal point", "remove the `_`");
      ok = false;
    }
    if (peek(0) == 'e' || peek(0) == 'E') {
      int save = pos;
      pos++;
      if (peek(0) == '+' || peek(0) == '-') {
        pos++;
      }
      if (!isDigit(peek(0))) {
        // `1e` followed by a letter could be an identifier: only report if it looks like an exponent.
        if (pos < end && isIdentPart(src.codePointAt(pos)) && pos == save + 1) {
          pos = save;
        } else {
          error("lex.number_missing_exponent", "invalid number literal", start, pos,
              "exponent has no digits", "write at least one digit after `e`, e.g. `1e3`");
          ok = false;
        }
      } else {
        ok &= digits(start);
        isFloat = true;
      }
    }
    TokenKind kind = isFloat ? TokenKind.FLOAT : TokenKind.INT;
    if (!isFloat && ok && src.charAt(start) == '0' && pos - start > 1) {
      // Legacy octal: a leading 0 followed by digits.
      for (int i = start + 1; i < pos; i++) {
        char d = src.charAt(i);
        if (d == '8' || d == '9') {
          error("lex.number_invalid_octal_digit", "invalid octal literal", i, i + 1,
              "`" + d + "` is not an octal digit", "a number starting with `0` is octal; remove the leading `0` for a decimal");
          ok = false;
          break;
        }
      }
    }
    if (peek(0) == 'i' && !(pos + 1 < end && isIdentPart(src.codePointAt(pos + 1)))) {
      pos++;
      kind = TokenKind.IMAGINARY;
    }
    trailingJunk(start);
    emit(new Token(kind, new Span(start, pos), src.substring(start, pos)));
  }

  private boolean precededByDot(int start) {
    return start > base && src.charAt(start - 1) == '.' && !(start > base + 1 && src.charAt(start - 2) == '.');
  }

  /** Reads decimal digits with `_` separators; reports misplaced underscores. */
  private boolean digits(int litStart) {
    boolean ok = true;
    boolean lastUnderscore = false;
    while (pos < end && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      char c = src.charAt(pos);
      if (c == '_') {
        if (lastUnderscore) {
          error("lex.number_consecutive_underscores", "invalid number literal", pos - 1, pos + 1,
              "consecutive `_` in number", "use a single `_` between digits");
          ok = false;
        }
        lastUnderscore = true;
      } else {
        lastUnderscore = false;
      }
      pos++;
    }
    if (lastUnderscore) {
      error("lex.number_trailing_underscore", "invalid number literal", pos - 1, pos,
          "number ends with `_`", "remove the trailing `_`");
      ok = false;
    }
    return ok;
  }

  private void radixNumber(int start, int radix, String name) {
    pos += 2;
    int digitsStart = pos;
    boolean lastUnderscore = false;
    boolean any = false;
    boolean bad = false;
    while (pos < end && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      char c = src.charAt(pos);
      if (c == '_') {
        if (lastUnderscore && !bad) {
          error("lex.number_consecutive_underscores", "invalid number literal", pos - 1, pos + 1,
              "consecutive `_` in number", "use a single `_` between digits");
          bad = true;
        }
        lastUnderscore = true;
      } else {
        lastUnderscore = false;
        if (Character.digit(c, radix) < 0) {
          if (radix == 16 || !isDigit(c)) {
            break;
          }
          if (!bad) {
            String code = radix == 8 ? "lex.number_invalid_octal_digit" : "lex.number_invalid_binary_digit";
            error(code, "invalid " + name + " literal", pos, pos + 1, "`" + c + "` is not a " + name + " digit",
                radix == 8 ? "octal digits are 0 to 7" : "binary digits are 0 and 1");
            bad = true;
          }
        }
        any = true;
      }
      pos++;
    }
    if (!any) {
      String code = switch (radix) {
        case 16 -> "lex.number_missing_hex_digits";
        case 8 -> "lex.number_missing_octal_digits";
        default -> "lex.number_missing_binary_digits";
      };
      String prefix = src.substring(start, Math.min(start + 2, end));
      error(code, "invalid " + name + " literal", start, pos, "no digits after the prefix",
          "write at least one " + name + " digit after `" + prefix + "`, e.g. `" + prefix
              + (radix == 16 ? "FF" : radix == 8 ? "17" : "101") + "`");
    } else if (lastUnderscore && !bad) {
      error("lex.number_trailing_underscore", "invalid number literal", pos - 1, pos,
          "number ends with `_`", "remove the trailing `_`");
    }
    if (pos < digitsStart) {
      pos = digitsStart;
    }
    if (peek(0) == 'i' && !(pos + 1 < end && isIdentPart(src.codePointAt(pos + 1)))) {
      pos++;
      error("lex.non_decimal_imaginary", "invalid imaginary literal", start, pos,
          "imaginary literals must be decimal", "write the value in decimal, or build it with `complex(0.0, x)`");
    }
    trailingJunk(start);
    emit(new Token(TokenKind.INT, new Span(start, pos), src.substring(start, pos)));
  }

  /** Letters glued to a number (`12abc`) are part of one malformed literal. */
  private void trailingJunk(int start) {
    if (pos < end && isIdentPart(src.codePointAt(pos))) {
      int from = pos;
      while (pos < end && isIdentPart(src.codePointAt(pos))) {
        pos += Character.charCount(src.codePointAt(pos));
      }
      error("lex.unexpected_char", "invalid number literal", from, pos,
          "unexpected `" + src.substring(from, pos) + "` after number", "separate the number from the name with a space or operator");
    }
  }

  // ---- strings and runes ---------------------------------------------------------------

  private void string() {
    int start = pos;
    pos++;
    var value = new StringBuilder();
    while (true) {
      if (pos >= end || src.charAt(pos) == '\n') {
        error("lex.unterminated_string", "unterminated string literal", start, pos,
            "string starts here and is not closed on this line", "close the string with `\"`; strings cannot span lines");
        emit(new Token(TokenKind.STRING, new Span(start, pos), src.substring(start, pos), value.toString(), List.of(), false));
        return;
      }
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        break;
      }
      if (c == '\\') {
        if (!escape(value, false)) {
          break;
        }
      } else {
        value.append(c);
        pos++;
      }
    }
    emit(new Token(TokenKind.STRING, new Span(start, pos), src.substring(start, pos), value.toString(), List.of(), false));
  }

  /**
   * Decodes one escape at {@code pos} (a backslash) into {@code value}. Returns false for a
   * backslash at the end of the line, which ends the literal (spec lexical.strings.unterminated-escape).
   */
  private boolean escape(StringBuilder value, boolean inRune) {
    int start = pos;
    pos++;
    if (pos >= end || src.charAt(pos) == '\n' || (src.charAt(pos) == '\r' && pos + 1 < end && src.charAt(pos + 1) == '\n')) {
      error("lex.unterminated_escape", "unterminated escape sequence", start, pos, "escape is not finished",
          inRune ? "a rune holds one character; write `'\\\\'` for a backslash"
              : "a string cannot continue on the next line; join two strings with `+`");
      return false;
    }
    char c = src.charAt(pos);
    pos++;
    switch (c) {
      case '\\' -> value.append('\\');
      case '"' -> value.append('"');
      case '\'' -> value.append('\'');
      case 'n' -> value.append('\n');
      case 'r' -> value.append('\r');
      case 't' -> value.append('\t');
      case 'a' -> value.append('\u0007');
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'v' -> value.append('\u000b');
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        int v = c - '0';
        int n = 1;
        while (n < 3 && pos < end && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') {
          v = v * 8 + (src.charAt(pos) - '0');
          pos++;
          n++;
        }
        if (v > 255) {
          error("lex.octal_escape_out_of_range", "octal escape out of range", start, pos,
              "value " + v + " is larger than 255", "octal escapes go up to `\\377`");
        }
        value.append((char) v);
      }
      case 'x' -> value.appendCodePoint(hexDigits(start, 2, "\\xHH"));
      case 'U' -> {
        int cp = hexDigits(start, 8, "\\UHHHHHHHH");
        value.appendCodePoint(validScalar(cp, start) ? cp : 0xFFFD);
      }
      case 'u' -> {
        int cp = braceUnicode(start);
        value.appendCodePoint(cp);
      }
      default -> {
        pos--;
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        error("lex.invalid_escape_sequence", "invalid escape sequence", start, pos,
            "unknown escape `\\" + Character.toString(cp) + "`",
            "valid escapes: \\\\ \\\" \\' \\n \\r \\t \\a \\b \\f \\v \\NNN \\xHH \\u{H…} \\UHHHHHHHH" + (inRune ? "" : "; write `\\\\` for a backslash"));
      }
    }
    return true;
  }

  private int hexDigits(int start, int count, String form) {
    int v = 0;
    for (int i = 0; i < count; i++) {
      int d = pos < end ? Character.digit(src.charAt(pos), 16) : -1;
      if (d < 0) {
        error("lex.invalid_escape_sequence", "invalid escape sequence", start, pos,
            "expected " + count + " hex digits", "write the escape as `" + form + "`");
        return 0xFFFD;
      }
      v = v * 16 + d;
      pos++;
    }
    return v;
  }

  private boolean validScalar(int cp, int start) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp < 0) {
      error("lex.unicode_escape_out_of_range", "unicode escape out of range", start, pos,
          "not a Unicode scalar value", "code points go up to 10FFFF and exclude surrogates D800–DFFF");
      return false;
    }
    return true;
  }

  private int braceUnicode(int start) {
    if (peek(0) != '{') {
      error("lex.invalid_unicode_escape", "invalid unicode escape", start, pos,
          "expected `{` after `\\u`", "write a unicode escape as `\\u{1F600}`");
      return 0xFFFD;
    }
    pos++;
    long v = 0;
    int n = 0;
    while (pos < end && Character.digit(src.charAt(pos), 16) >= 0) {
      v = v * 16 + Character.digit(src.charAt(pos), 16);
      n++;
      pos++;
    }
    if (peek(0) != '}' || n == 0 || n > 6) {
      while (pos < end && src.charAt(pos) != '}' && src.charAt(pos) != '"' && src.charAt(pos) != '\n') {
        pos++;
      }
      if (peek(0) == '}') {
        pos++;
      }
      error("lex.invalid_unicode_escape", "invalid unicode escape", start, pos,
          n > 6 ? "at most 6 hex digits" : "expected 1 to 6 hex digits and `}`", "write a unicode escape as `\\u{1F600}`");
      return 0xFFFD;
    }
    pos++;
    int cp = (int) v;
    return validScalar(cp, start) ? cp : 0xFFFD;
  }

  private void rune() {
    int start = pos;
    pos++;
    if (peek(0) == '\'') {
      pos++;
      error("lex.empty_rune", "empty rune literal", start, pos, "a rune holds exactly one character", "write a character between the quotes, e.g. `'a'`");
      emit(new Token(TokenKind.RUNE, new Span(start, pos), "''", "\0", List.of(), false));
      return;
    }
    var value = new StringBuilder();
    if (pos < end && src.charAt(pos) == '\\') {
      if (!escape(value, true)) {
        emit(new Token(TokenKind.RUNE, new Span(start, pos), src.substring(start, pos), "?", List.of(), false));
        return;
      }
    } else if (pos < end && src.charAt(pos) != '\n') {
      value.appendCodePoint(src.codePointAt(pos));
      pos += Character.charCount(src.codePointAt(pos));
    }
    if (peek(0) != '\'') {
      while (pos < end && src.charAt(pos) != '\'' && src.charAt(pos) != '\n') {
        pos++;
      }
      if (peek(0) == '\'') {
        pos++;
        error("lex.unterminated_rune", "invalid rune literal", start, pos, "a rune holds exactly one character", "use double quotes for a string");
      } else {
        error("lex.unterminated_rune", "unterminated rune literal", start, pos, "rune is not closed", "close the rune with `'`");
      }
      emit(new Token(TokenKind.RUNE, new Span(start, pos), src.substring(start, pos), "?", List.of(), false));
      return;
    }
    pos++;
    String v = value.isEmpty() ? "\0" : value.toString();
    emit(new Token(TokenKind.RUNE, new Span(start, pos), src.substring(start, pos), v, List.of(), false));
  }

  private void backtick() {
    int start = pos;
    pos++;
    while (pos < end && src.charAt(pos) != '`' && src.charAt(pos) != '\n') {
      pos++;
    }
    if (peek(0) != '`') {
      error("lex.unterminated_backtick", "unterminated raw string", start, pos, "not closed on this line", "close it with a backtick");
    } else {
      pos++;
    }
    String text = src.substring(start, pos);
    emit(new Token(TokenKind.BACKTICK, new Span(start, pos), text, text.length() >= 2 ? text.substring(1, text.length() - 1) : "", List.of(), false));
  }

  // ---- format strings ------------------------------------------------------------------

  private void fstring() {
    int start = pos;
    pos += 2;
    var parts = new ArrayList<Token.FStringPart>();
    var text = new StringBuilder();
    int textStart = pos;
    while (true) {
      if (pos >= end || src.charAt(pos) == '\n') {
        error("lex.format_string_unterminated", "unterminated format string", start, pos,
            "format string is not closed on this line", "close it with `\"`");
        break;
      }
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        break;
      }
      if (c == '\\') {
        if (!escape(text, false)) {
          break;
        }
      } else if (c == '{' && peek(1) == '{') {
        text.append('{');
        pos += 2;
      } else if (c == '}' && peek(1) == '}') {
        text.append('}');
        pos += 2;
      } else if (c == '}') {
        error("lex.format_string_unmatched_brace", "unmatched `}` in format string", pos, pos + 1,
            "no `{` opens this", "write `}}` for a literal `}`");
        pos++;
      } else if (c == '{') {
        parts.add(new Token.FStringPart.Text(src.substring(textStart, pos), text.toString(), new Span(textStart, pos)));
        text.setLength(0);
        if (!hole(parts)) {
          textStart = pos;
          break;
        }
        textStart = pos;
        continue;
      } else {
        text.append(c);
        pos++;
      }
    }
    int textEnd = Math.max(textStart, pos > start + 2 && pos <= end && src.charAt(pos - 1) == '"' ? pos - 1 : pos);
    parts.add(new Token.FStringPart.Text(src.substring(textStart, textEnd), text.toString(), new Span(textStart, textEnd)));
    emit(new Token(TokenKind.FSTRING, new Span(start, pos), src.substring(start, pos), "", List.copyOf(parts), false));
  }

  /** Scans `{ expr }`; returns false if the f-string cannot continue. */
  private boolean hole(List<Token.FStringPart> parts) {
    int open = pos;
    pos++;
    int depth = 0;
    int exprStart = pos;
    boolean reportedQuote = false;
    boolean multiline = false;
    while (true) {
      if (pos < end && src.charAt(pos) == '\n') {
        // Reported once; the interpolation is read on to its `}` so the next line is not
        // reported again (spec lexical.fstrings.expressions).
        if (!multiline) {
          error("lex.format_string_multiline_interpolation", "multi-line f-string interpolation", open, open + 1,
              "this interpolation does not end on its line", "move the expression into a `let` before the f-string");
          multiline = true;
        }
        pos++;
        continue;
      }
      if (pos >= end) {
        if (!multiline) {
          error("lex.format_string_unclosed_brace", "unclosed `{` in format string", open, open + 1,
              "this `{` is never closed", "close the interpolation with `}`, or write `{{` for a literal `{`");
        }
        return false;
      }
      char c = src.charAt(pos);
      if (c == '\\' && peek(1) == '"') {
        if (reportedQuote) {
          pos += 2;
          continue;
        }
        reportedQuote = true;
        error("lex.escaped_quote_in_interpolation", "escaped quote in f-string interpolation", pos, pos + 2,
            "`\\\"` is not allowed inside `{…}`", "use a plain string inside the interpolation, or hoist it to a `let`");
        pos += 2;
        continue;
      }
      if (c == '"') {
        // A string inside the hole ends the f-string unless it is properly an inner string:
        // an inner string is a quote that starts an argument; we find its end on this line.
        int close = src.indexOf('"', pos + 1);
        int nl = src.indexOf('\n', pos + 1);
        if (close < 0 || close >= end || (nl >= 0 && nl < close)) {
          if (multiline) {
            pos = end;
            return false;
          }
          error("lex.format_string_unclosed_brace", "unclosed `{` in format string", open, open + 1,
              "this `{` is never closed", "close the interpolation with `}`, or write `{{` for a literal `{`");
          pos = close < 0 || close >= end ? end : close;
          return false;
        }
        pos = close + 1;
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      pos++;
    }
    if (src.substring(exprStart, pos).isBlank()) {
      error("lex.format_string_unclosed_brace", "empty interpolation in format string", open, pos + 1,
          "`{}` holds no expression", "write `{{}}` for literal braces, or put an expression inside");
    }
    parts.add(new Token.FStringPart.Hole(new Span(exprStart, pos)));
    pos++;
    return true;
  }

  // ---- punctuation ---------------------------------------------------------------------

  private void punct() {
    char c = src.charAt(pos);
    char n = peek(1);
    char n2 = peek(2);
    TokenKind kind = switch (c) {
      case '.' -> n == '.' ? (n2 == '=' ? TokenKind.DOTDOTEQ : TokenKind.DOTDOT) : TokenKind.DOT;
      case '-' -> n == '>' ? TokenKind.ARROW : n == '=' ? TokenKind.MINUS_EQ : TokenKind.MINUS;
      case '=' -> n == '>' ? TokenKind.FAT_ARROW : n == '=' ? TokenKind.EQEQ : TokenKind.EQ;
      case '!' -> n == '=' ? TokenKind.NE : TokenKind.BANG;
      case '<' -> n == '=' ? TokenKind.LE : TokenKind.LT;
      case '>' -> n == '=' ? TokenKind.GE : TokenKind.GT;
      case '|' -> n == '|' ? TokenKind.OROR : n == '>' ? TokenKind.PIPE_GT : TokenKind.PIPE;
      case '&' -> n == '&' ? TokenKind.ANDAND : TokenKind.AMP;
      case '+' -> n == '=' ? TokenKind.PLUS_EQ : TokenKind.PLUS;
      case '*' -> n == '=' ? TokenKind.STAR_EQ : TokenKind.STAR;
      case '/' -> n == '=' ? TokenKind.SLASH_EQ : TokenKind.SLASH;
      case '%' -> n == '=' ? TokenKind.PERCENT_EQ : TokenKind.PERCENT;
      case '(' -> TokenKind.LPAREN;
      case ')' -> TokenKind.RPAREN;
      case '[' -> TokenKind.LBRACKET;
      case ']' -> TokenKind.RBRACKET;
      case '{' -> TokenKind.LBRACE;
      case '}' -> TokenKind.RBRACE;
      case ':' -> TokenKind.COLON;
      case ',' -> TokenKind.COMMA;
      case '?' -> TokenKind.QUESTION;
      case '#' -> TokenKind.HASH;
      case ';' -> TokenKind.SEMI;
      case '@' -> rawGoAhead() ? TokenKind.AT : null;
      case '^' -> TokenKind.CARET;
      default -> null;
    };
    if (kind != null) {
      int len = kind.text().length();
      emit(new Token(kind, new Span(pos, pos + len), kind.text()));
      pos += len;
      return;
    }
    int cp = src.codePointAt(pos);
    int start = pos;
    pos += Character.charCount(cp);
    error("lex.unexpected_char", "unexpected character", start, pos,
        "`" + Character.toString(cp) + "` cannot start a token", cp == '$' ? "Lisette names do not use `$`"
            : cp == '@' ? "Lisette has no decorators or annotations with `@`; attributes are written `#[name]`" : null);
  }

  /** `@` is only the start of the `@rawgo` directive (spec grammar.expr.rawgo). */
  private boolean rawGoAhead() {
    int after = pos + 6;
    return src.startsWith("rawgo", pos + 1) && (after >= end || !isIdentPart(src.codePointAt(after)));
  }

  // ---- automatic semicolon insertion ---------------------------------------------------

  private static final boolean[] ENDS = table(EnumSet.of(
      TokenKind.IDENT, TokenKind.INT, TokenKind.FLOAT, TokenKind.IMAGINARY, TokenKind.STRING,
      TokenKind.RUNE, TokenKind.FSTRING, TokenKind.BACKTICK, TokenKind.TRUE, TokenKind.FALSE,
      TokenKind.RPAREN, TokenKind.RBRACKET, TokenKind.RBRACE, TokenKind.BREAK, TokenKind.CONTINUE,
      TokenKind.RETURN, TokenKind.DOTDOT, TokenKind.DOTDOTEQ, TokenKind.QUESTION));

  private static final boolean[] CONTINUATION = table(EnumSet.of(
      TokenKind.PLUS, TokenKind.STAR, TokenKind.SLASH, TokenKind.PERCENT, TokenKind.PIPE_GT,
      TokenKind.ANDAND, TokenKind.OROR, TokenKind.EQEQ, TokenKind.NE, TokenKind.LT, TokenKind.GT,
      TokenKind.LE, TokenKind.GE, TokenKind.DOT, TokenKind.EQ, TokenKind.PLUS_EQ, TokenKind.MINUS_EQ,
      TokenKind.STAR_EQ, TokenKind.SLASH_EQ, TokenKind.ELSE, TokenKind.LBRACE, TokenKind.RBRACE,
      TokenKind.RPAREN, TokenKind.RBRACKET, TokenKind.AS));

  private static boolean[] table(Set<TokenKind> kinds) {
    var t = new boolean[TokenKind.values().length];
    kinds.forEach(k -> t[k.ordinal()] = true);
    return t;
  }




}

package dev.lisette.emit;

/** Go spellings of Lisette string and rune literals (spec lexical.strings.escapes). */
final class GoLiterals {
  private GoLiterals() {}

  /**
   * Rewrites the source text of a Lisette string (between the quotes) as the body of a Go
   * interpreted string: escapes Go lacks (a quote escape, short octal, braced unicode) become Go forms.
   * With {@code format} set, the text becomes a printf format: `%` doubles and `{{`/`}}`
   * become single braces.
   */
  static String stringBody(String raw, boolean format) {
    var out = new StringBuilder(raw.length() + 8);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (format && (c == '{' || c == '}') && i + 1 < raw.length() && raw.charAt(i + 1) == c) {
        out.append(c);
        i++;
        continue;
      }
      if (format && c == '%') {
        out.append("%%");
        continue;
      }
      if (c != '\\' || i + 1 >= raw.length()) {
        out.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      switch (e) {
        case '\'' -> out.append('\'');
        case '"', '\\', 'n', 'r', 't', 'a', 'b', 'f', 'v' -> out.append('\\').append(e);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          int n = 1;
          while (n < 3 && i + 1 < raw.length() && raw.charAt(i + 1) >= '0' && raw.charAt(i + 1) <= '7') {
            v = v * 8 + (raw.charAt(++i) - '0');
            n++;
          }
          appendByte(out, v, format);
        }
        case 'x' -> {
          int v = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
          i += 2;
          appendByte(out, v, format);
        }
        case 'U' -> {
          int v = Integer.parseInt(raw.substring(i + 1, i + 9), 16);
          i += 8;
          appendCodePoint(out, v, format);
        }
        case 'u' -> {
          int close = raw.indexOf('}', i);
          int v = Integer.parseInt(raw.substring(i + 2, close), 16);
          i = close;
          appendCodePoint(out, v, format);
        }
        default -> out.append('\\').append(e);
      }
    }
    return out.toString();
  }

  private static void appendByte(StringBuilder out, int v, boolean format) {
    if (format && v == '%') {
      out.append("%%");
    } else {
      out.append(String.format("\\%03o", v));
    }
  }

  private static void appendCodePoint(StringBuilder out, int cp, boolean format) {
    if (format && cp == '%') {
      out.append("%%");
    } else if (cp <= 0xFFFF) {
      out.append(String.format("\\u%04x", cp));
    } else {
      out.append(String.format("\\U%08x", cp));
    }
  }

  static String string(String raw) {
    return "\"" + stringBody(raw, false) + "\"";
  }

  /** A Go rune literal for a code point. */
  static String rune(int cp) {
    String body = switch (cp) {
      case '\'' -> "\\'";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 7 -> "\\a";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case 11 -> "\\v";
      default -> {
        if (cp < 0x20 || cp == 0x7F) {
          yield String.format("\\x%02x", cp);
        }
        if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT
            || Character.isSurrogate((char) Math.min(cp, 0xFFFF)) && cp <= 0xFFFF) {
          yield cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
        }
        yield Character.toString(cp);
      }
    };
    return "'" + body + "'";
  }

  /**
   * A number literal as gofmt normalizes it: lower-case `0x`/`0b`/`0o` prefixes and exponent
   * letters, no leading zeros in integer imaginary literals (go/printer normalizedNumber).
   */
  static String number(String x) {
    if (x.length() < 2) {
      return x;
    }
    switch (x.substring(0, 2)) {
      case "0X", "0x" -> {
        x = "0x" + x.substring(2);
        int i = x.lastIndexOf('P');
        return i >= 0 ? x.substring(0, i) + "p" + x.substring(i + 1) : x;
      }
      case "0O", "0o" -> {
        return "0o" + x.substring(2);
      }
      case "0B", "0b" -> {
        return "0b" + x.substring(2);
      }
      default -> {
        int i = x.lastIndexOf('E');
        if (i >= 0) {
          return x.substring(0, i) + "e" + x.substring(i + 1);
        }
        if (x.endsWith("i") && x.indexOf('.') < 0 && x.indexOf('e') < 0) {
          String t = x.replaceFirst("^[0_]+", "");
          return t.equals("i") ? "0i" : t;
        }
        return x;
      }
    }
  }
}

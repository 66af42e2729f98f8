package dev.lisette.syntax;

import java.util.List;
import java.util.Random;

/**
 * Writes random, syntactically valid Lisette programs (not necessarily meaningful ones) for
 * the property tests. It steers clear of the forms whose parse depends on context, so the
 * output must parse without diagnostics: struct literals in headers, casts and lambdas as
 * operands and ranges are parenthesized, and the right operand of `>` is never a `(`.
 */
final class ProgramGenerator {
  private static final List<String> NAMES = List.of("a", "b", "count", "xs", "item", "value", "total", "_tmp", "größe");
  private static final List<String> TYPES = List.of("Point", "Shape", "Ev", "Pair", "Config");
  private static final List<String> PRIMS = List.of("int", "string", "bool", "float64", "byte", "rune", "int64");

  private final Random r;
  private int indent;

  ProgramGenerator(long seed) {
    this.r = new Random(seed);
  }

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  private <T> T pick(List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  private String name() {
    return pick(NAMES);
  }

  private String typeName() {
    return pick(TYPES);
  }

  private String nl() {
    return "\n" + "  ".repeat(indent);
  }

  String program() {
    var sb = new StringBuilder();
    if (chance(60)) {
      sb.append("import \"go:fmt\"\n");
    }
    if (chance(30)) {
      sb.append("import s \"go:strings\"\n");
    }
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append('\n').append(item()).append('\n');
    }
    return sb.toString();
  }

  // ---- items ---------------------------------------------------------------------------

  private String item() {
    return switch (r.nextInt(9)) {
      case 0, 1, 2 -> fn();
      case 3 -> struct();
      case 4 -> enumItem();
      case 5 -> iface();
      case 6 -> impl();
      case 7 -> "const " + name().toUpperCase().replace("_", "") + "X" + (chance(50) ? ": " + type(1) : "") + " = " + literal();
      default -> (chance(50) ? "pub " : "") + "type " + typeName() + "Alias = " + type(2);
    };
  }

  private String prefix() {
    var sb = new StringBuilder();
    if (chance(20)) {
      sb.append("/// doc ").append(r.nextInt(100)).append(nl());
    }
    if (chance(15)) {
      sb.append("#[json(").append(chance(50) ? "omitempty" : "\"id\"").append(")]").append(nl());
    }
    return sb.toString();
  }

  private String generics() {
    if (!chance(30)) {
      return "";
    }
    return "<T" + (chance(50) ? ": Show + Eq" : "") + (chance(40) ? ", U" : "") + ">";
  }

  private String fn() {
    var sb = new StringBuilder(prefix());
    if (chance(30)) {
      sb.append("pub ");
    }
    sb.append("fn ").append(name().replace("_", "f")).append(generics()).append('(');
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (i == 0 && chance(20)) {
        sb.append(chance(50) ? "self" : "self: Ref<Point>");
        continue;
      }
      sb.append(chance(15) ? "mut " : "").append(chance(15) ? "(p, q)" : name()).append(": ").append(type(2));
    }
    sb.append(')');
    if (chance(50)) {
      sb.append(" -> ").append(type(2));
    }
    sb.append(' ').append(block(3));
    return sb.toString();
  }

  private String struct() {
    var sb = new StringBuilder(prefix()).append("struct ").append(typeName()).append(generics());
    if (chance(30)) {
      sb.append('(').append(type(1)).append(chance(50) ? ", " + type(1) : "").append(')');
      return sb.toString();
    }
    sb.append(" {");
    indent++;
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(nl()).append(chance(30) ? "pub " : "").append("f").append(i).append(": ").append(type(2)).append(',');
    }
    indent--;
    return sb.append(n > 0 ? nl() : "").append('}').toString();
  }

  private String enumItem() {
    var sb = new StringBuilder(prefix()).append("enum ").append(typeName()).append(generics()).append(" {");
    indent++;
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(nl()).append("V").append(i);
      switch (r.nextInt(3)) {
        case 0 -> sb.append('(').append(type(1)).append(')');
        case 1 -> sb.append(" { x: ").append(type(1)).append(", y: int }");
        default -> {}
      }
      sb.append(',');
    }
    indent--;
    return sb.append(nl()).append('}').toString();
  }

  private String iface() {
    var sb = new StringBuilder("interface ").append(typeName()).append("Like").append(generics()).append(" {");
    indent++;
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      sb.append(nl()).append("fn m").append(i).append("(self").append(chance(50) ? ", x: int" : "").append(")");
      if (chance(60)) {
        sb.append(" -> ").append(type(2));
      }
    }
    if (chance(30)) {
      sb.append(nl()).append("impl Other");
    }
    indent--;
    return sb.append(nl()).append('}').toString();
  }

  private String impl() {
    var sb = new StringBuilder("impl").append(generics()).append(' ').append(typeName()).append(" {");
    indent++;
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      sb.append(nl()).append(fn());
    }
    indent--;
    return sb.append(nl()).append('}').toString();
  }

  // ---- types ---------------------------------------------------------------------------

  private String type(int d) {
    if (d <= 0) {
      return pick(PRIMS);
    }
    return switch (r.nextInt(9)) {
      case 0 -> "Slice<" + type(d - 1) + ">";
      case 1 -> "Map<string, " + type(d - 1) + ">";
      case 2 -> "Option<" + type(d - 1) + ">";
      case 3 -> "(" + type(d - 1) + ", " + type(d - 1) + ")";
      case 4 -> "fn(" + type(d - 1) + ") -> " + type(d - 1);
      case 5 -> "Ref<" + typeName() + ">";
      case 6 -> "http.Request";
      case 7 -> "()";
      default -> pick(PRIMS);
    };
  }

  // ---- statements ----------------------------------------------------------------------

  private String block(int d) {
    int n = d <= 0 ? r.nextInt(2) : r.nextInt(4);
    if (n == 0) {
      return "{}";
    }
    var sb = new StringBuilder("{");
    indent++;
    for (int i = 0; i < n; i++) {
      sb.append(nl()).append(stmt(d - 1));
    }
    indent--;
    return sb.append(nl()).append('}').toString();
  }

  private String stmt(int d) {
    return switch (r.nextInt(13)) {
      case 0, 1 -> "let " + (chance(30) ? "mut " : "") + name() + (chance(30) ? ": " + type(1) : "") + " = " + valueExpr(d);
      case 2 -> "let " + topPattern(1) + " = " + expr(d) + (chance(50) ? " else { return }" : "");
      case 3 -> place(d) + " " + pick(List.of("=", "+=", "-=", "*=", "/=", "%=")) + " " + expr(d);
      case 4 -> "for " + pattern(1) + " in " + header(d) + " " + block(d - 1);
      case 5 -> "while " + header(d) + " " + block(d - 1);
      case 6 -> "while let " + topPattern(1) + " = " + header(d) + " " + block(d - 1);
      case 7 -> ifExpr(d);
      case 8 -> match(d);
      case 9 -> "loop " + block(d - 1);
      case 10 -> pick(List.of("task ", "defer ")) + (chance(50) ? call(d) : block(d - 1));
      case 11 -> chance(50) ? "return" : "return " + expr(d);
      default -> call(d);
    };
  }

  private String place(int d) {
    return switch (r.nextInt(5)) {
      case 0 -> name() + ".f0";
      case 1 -> name() + "[" + expr(d - 1) + "]";
      case 2 -> name() + ".0";
      case 3 -> name() + ".*";
      default -> name();
    };
  }

  private String header(int d) {
    return expr(Math.min(d, 2));
  }

  private String valueExpr(int d) {
    if (d > 0 && chance(25)) {
      return switch (r.nextInt(6)) {
        case 0 -> ifExpr(d);
        case 1 -> match(d);
        case 2 -> block(d - 1);
        case 3 -> "loop { break " + expr(d - 1) + " }";
        case 4 -> "try " + block(d - 1);
        default -> select(d);
      };
    }
    return expr(d);
  }

  private String ifExpr(int d) {
    String head = chance(30) ? "if let " + topPattern(1) + " = " + header(d) : "if " + header(d);
    String s = head + " " + block(d - 1);
    if (chance(50)) {
      s += chance(30) ? " else " + ifExpr(d - 1) : " else " + block(d - 1);
    }
    return s;
  }

  private String match(int d) {
    var sb = new StringBuilder("match ").append(header(d)).append(" {");
    indent++;
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(nl()).append(topPattern(2));
      if (chance(20)) {
        sb.append(" if ").append(expr(1));
      }
      sb.append(" => ");
      if (chance(20)) {
        sb.append(name()).append(" += 1");
      } else if (chance(25)) {
        sb.append(block(d - 1));
      } else {
        sb.append(expr(d - 1));
      }
      sb.append(',');
    }
    indent--;
    return sb.append(n > 0 ? nl() : "").append('}').toString();
  }

  private String select(int d) {
    var sb = new StringBuilder("select {");
    indent++;
    sb.append(nl()).append("let Some(v) = ch.receive() => ").append(expr(d - 1)).append(',');
    if (chance(50)) {
      sb.append(nl()).append("ch.send(").append(expr(d - 1)).append(") => ").append(expr(d - 1)).append(',');
    }
    if (chance(50)) {
      sb.append(nl()).append("_ => ").append(expr(d - 1)).append(',');
    }
    indent--;
    return sb.append(nl()).append('}').toString();
  }

  // ---- expressions ---------------------------------------------------------------------

  private String literal() {
    return switch (r.nextInt(10)) {
      case 0 -> String.valueOf(r.nextInt(1000));
      case 1 -> "0x" + Integer.toHexString(r.nextInt(4096));
      case 2 -> r.nextInt(100) + "." + r.nextInt(100);
      case 3 -> "\"s" + r.nextInt(10) + "\\n\"";
      case 4 -> "'" + (char) ('a' + r.nextInt(26)) + "'";
      case 5 -> chance(50) ? "true" : "false";
      case 6 -> r.nextInt(9) + "i";
      case 7 -> "1_000";
      case 8 -> "2.5e-3";
      default -> "()";
    };
  }

  private String call(int d) {
    String callee = switch (r.nextInt(5)) {
      case 0 -> "fmt.Println";
      case 1 -> name() + ".m";
      case 2 -> "f<" + type(1) + ">";
      case 3 -> "Slice.new<int>";
      default -> name();
    };
    var sb = new StringBuilder(callee).append('(');
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? ", " : "").append(chance(15) ? lambda(d - 1) : expr(d - 1));
    }
    return sb.append(')').toString();
  }

  private String lambda(int d) {
    String params = chance(20) ? "||" : "|" + name() + (chance(40) ? ": int" : "") + (chance(30) ? ", (p, q)" : "") + "|";
    return chance(25) ? params + " -> int " + block(d) : params + " " + expr(d);
  }

  String expr(int d) {
    if (d <= 0) {
      return chance(50) ? name() : literal();
    }
    return switch (r.nextInt(16)) {
      case 0, 1 -> expr(d - 1) + " " + pick(List.of("+", "-", "*", "/", "%", "==", "!=", "<=", ">=", "&&", "||", "<"))
          + " " + expr(d - 1);
      case 2 -> expr(d - 1) + " > " + (chance(50) ? name() : String.valueOf(r.nextInt(9)));
      case 3 -> pick(List.of("-", "!", "&")) + operand(d - 1);
      case 4 -> call(d);
      case 5 -> operand(d - 1) + pick(List.of(".f0", ".0", ".*", "?", ".m()", ".0.1"));
      case 6 -> operand(d - 1) + "[" + pick(List.of("0", "..", "1..", "..2", "a..b", "..=3", "1..=b")) + "]";
      case 7 -> "(" + expr(d - 1) + " as " + type(1) + ")";
      case 8 -> "(" + expr(d - 1) + ", " + expr(d - 1) + (chance(30) ? ", " + expr(d - 1) : "") + ")";
      case 9 -> "[" + expr(d - 1) + (chance(50) ? ", " + expr(d - 1) : "") + "]";
      case 10 -> "(" + typeName() + " { x: " + expr(d - 1) + (chance(50) ? ", y" : "") + (chance(30) ? ", ..base" : "") + " })";
      case 11 -> "(" + lambda(d - 1) + ")";
      case 12 -> "(" + expr(d - 1) + " |> " + (chance(50) ? name() : call(d - 1)) + ")";
      case 13 -> "(" + operand(d - 1) + ".." + (chance(50) ? "=" : "") + operand(d - 1) + ")";
      case 14 -> "f\"x={" + name() + "} y={" + name() + " + 1}\"";
      default -> "(" + expr(d - 1) + ")";
    };
  }

  /** An expression that can stand before a postfix or after a prefix operator. */
  private String operand(int d) {
    return chance(60) ? name() : "(" + expr(d) + ")";
  }

  // ---- patterns ------------------------------------------------------------------------

  private String topPattern(int d) {
    String p = pattern(d);
    return chance(15) ? p + " | " + pattern(d) : p;
  }

  private String pattern(int d) {
    if (d <= 0) {
      return chance(50) ? name() : "_";
    }
    return switch (r.nextInt(11)) {
      case 0 -> String.valueOf(r.nextInt(9));
      case 1 -> "-" + (1 + r.nextInt(9));
      case 2 -> "\"k\"";
      case 3 -> "(" + pattern(d - 1) + ", " + pattern(d - 1) + ")";
      case 4 -> "Some(" + pattern(d - 1) + ")";
      case 5 -> "None";
      case 6 -> typeName() + ".V" + r.nextInt(3);
      case 7 -> typeName() + " { x" + (chance(50) ? ": " + pattern(d - 1) : "") + (chance(50) ? ", .." : "") + " }";
      case 8 -> "[" + pattern(d - 1) + (chance(50) ? ", ..rest" : "") + "]";
      case 9 -> "'c'";
      default -> chance(50) ? name() : "_";
    };
  }
}

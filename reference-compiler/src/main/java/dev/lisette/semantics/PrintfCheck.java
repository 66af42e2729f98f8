package dev.lisette.semantics;

import dev.lisette.syntax.Expr;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks calls of Go's printf- and println-style functions the way `go vet` does, so that
 * every accepted program also passes vet (spec interop.fmt.vet-rules): verbs must match
 * their arguments, the argument count must match the format, Println must not be given a
 * format directive or a redundant trailing newline, and a format with no arguments must be
 * a constant.
 */
final class PrintfCheck {
  private PrintfCheck() {}

  private static final Pattern PRINT_DIRECTIVE =
      Pattern.compile("%[ #+\\-0]*(\\[\\d+])?(\\*|\\d+)?\\.?(\\*|\\d+)?(\\[\\d+])?[bcdefgopqstvxEFGTUX]");

  static void check(Checker c, GoPackages.Member member, Expr.Call call) {
    List<Expr> args = call.args();
    for (int i = member.firstValue(); i < args.size(); i++) {
      functionValue(c, args.get(i));
    }
    if (member.printlnStyle()) {
      println(c, member, call);
      return;
    }
    int fi = member.printfFormat();
    if (fi < 0 || args.size() <= fi) {
      return;
    }
    Expr format = args.get(fi);
    Optional<String> constant = constantString(format);
    List<Expr> values = args.subList(fi + 1, args.size());
    if (constant.isEmpty()) {
      if (values.isEmpty() && !(format instanceof Expr.FString)) {
        c.error("infer.printf_non_constant_format", "non-constant format string", format.span(),
            "`" + member.pkgName() + "." + member.name() + "` with a variable format and no arguments",
            "print the text with `fmt.Print(s)`, or write `" + member.pkgName() + "." + member.name() + "(\"%s\", s)`");
      }
      return;
    }
    verbs(c, member, format, constant.get(), values);
  }

  /** Printing a function value prints an address: vet reports it as a forgotten call. */
  static void functionValue(Checker c, Expr arg) {
    if (c.types.get(arg) instanceof Type.Fn) {
      c.error("infer.printf_mismatch", "function value printed", arg.span(),
          "this is a function, not the result of calling it", "call it: add `(…)`");
    }
  }

  private static Optional<String> constantString(Expr e) {
    return switch (e) {
      case Expr.StringLit s -> Optional.of(s.value());
      case Expr.Paren p -> constantString(p.inner());
      default -> Optional.empty();
    };
  }

  private static void println(Checker c, GoPackages.Member member, Expr.Call call) {
    List<Expr> args = call.args().subList(Math.min(member.firstValue(), call.args().size()), call.args().size());
    if (args.isEmpty()) {
      return;
    }
    String fn = member.pkgName() + "." + member.name();
    constantString(args.get(0)).ifPresent(s -> {
      String text = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
      Matcher m = PRINT_DIRECTIVE.matcher(text);
      while (m.find()) {
        String d = m.group();
        if (d.length() >= 3 && isHex(d.charAt(1)) && isHex(d.charAt(2))) {
          continue;
        }
        c.error("infer.println_format_directive", "possible formatting directive in " + fn, args.get(0).span(),
            "`" + d + "` is printed literally by `" + fn + "`", "use `fmt.Printf` to format, or an f-string");
        break;
      }
    });
    if (member.name().endsWith("ln")) {
      constantString(args.get(args.size() - 1)).filter(s -> s.endsWith("\n")).ifPresent(s ->
          c.error("infer.println_redundant_newline", fn + " arg list ends with redundant newline",
              args.get(args.size() - 1).span(), "`" + fn + "` already ends the line",
              "remove the trailing `\\n`, or use `fmt.Print`"));
    }
  }

  private static boolean isHex(char ch) {
    return Character.digit(ch, 16) >= 0;
  }

  private static void verbs(Checker c, GoPackages.Member member, Expr format, String s, List<Expr> values) {
    String fn = member.pkgName() + "." + member.name();
    int arg = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '%') {
        continue;
      }
      i++;
      if (i >= s.length()) {
        c.error("infer.printf_mismatch", "invalid format string", format.span(), "the format ends with a lone `%`",
            "write `%%` for a percent sign");
        return;
      }
      if (s.charAt(i) == '%') {
        continue;
      }
      while (i < s.length() && " #+-0".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (i < s.length() && s.charAt(i) == '[') {
        return; // explicit argument indexes: not checked here
      }
      if (i < s.length() && s.charAt(i) == '*') {
        if (!intArg(c, fn, format, values, arg++)) {
          return;
        }
        i++;
      }
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        if (i < s.length() && s.charAt(i) == '*') {
          if (!intArg(c, fn, format, values, arg++)) {
            return;
          }
          i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
      }
      if (i >= s.length()) {
        c.error("infer.printf_mismatch", "invalid format string", format.span(), "the format ends inside a directive", null);
        return;
      }
      char verb = s.charAt(i);
      if ("bcdeEfFgGoOpqstTvxXUw".indexOf(verb) < 0) {
        c.error("infer.printf_mismatch", "unknown formatting verb", format.span(),
            "`%" + verb + "` is not a verb of `" + fn + "`", "see the verbs of Go's fmt package; `%v` prints any value");
        return;
      }
      if (arg >= values.size()) {
        c.error("infer.printf_mismatch", "missing argument for format", format.span(),
            "`%" + verb + "` reads argument " + (arg + 1) + ", but the call has " + values.size(),
            "add the missing argument");
        return;
      }
      Expr value = values.get(arg++);
      Type t = c.types.getOrDefault(value, Type.Error.ERROR);
      if (!verbAccepts(c, verb, t, fn)) {
        c.error("infer.printf_mismatch", "wrong argument type for format verb", value.span(),
            "`%" + verb + "` does not format a `" + t + "`", "use `%v`, which formats any value");
      }
    }
    if (arg < values.size()) {
      c.error("infer.printf_mismatch", "too many arguments for format", values.get(arg).span(),
          "the format uses " + arg + " argument" + (arg == 1 ? "" : "s") + ", the call passes " + values.size(),
          "add a verb such as `%v` for each argument, or remove the extra ones");
    }
  }

  private static boolean intArg(Checker c, String fn, Expr format, List<Expr> values, int index) {
    if (index >= values.size()) {
      c.error("infer.printf_mismatch", "missing argument for format", format.span(),
          "`*` reads argument " + (index + 1) + ", but the call has " + values.size(), null);
      return false;
    }
    Type t = c.types.getOrDefault(values.get(index), Type.Error.ERROR);
    if (!Type.lenient(t) && !Type.isInteger(t)) {
      c.error("infer.printf_mismatch", "wrong argument type for format verb", values.get(index).span(),
          "`*` needs an integer width, found `" + t + "`", null);
      return false;
    }
    return true;
  }

  private static boolean verbAccepts(Checker c, char verb, Type t, String fn) {
    if (Type.lenient(t) || t == Type.Unknown.UNKNOWN) {
      return true;
    }
    if (verb == 'v' || verb == 'T') {
      return true;
    }
    boolean textual = t.equals(Type.ERROR_INTERFACE) || hasMethod(c, t, "Error") || hasMethod(c, t, "String");
    if (verb == 'w') {
      // only fmt.Errorf wraps, and only errors (vet: "does not support error-wrapping directive %w")
      return fn.endsWith("Errorf") && (t.equals(Type.ERROR_INTERFACE) || hasMethod(c, t, "Error"));
    }
    if (textual && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
      return true;
    }
    Type.Prim p = Type.prim(Operators.namedUnderlying(c, t).orElse(t));
    if (p == null) {
      return false;
    }
    boolean integer = p.isInteger();
    boolean flt = p.isFloat() || p.isComplex();
    boolean str = p == Type.Prim.STRING;
    return switch (verb) {
      case 'd', 'c', 'U', 'o', 'O' -> integer;
      case 'b' -> integer || flt;
      case 'e', 'E', 'f', 'F', 'g', 'G' -> flt;
      case 's' -> str;
      case 'q' -> str || integer;
      case 'x', 'X' -> integer || flt || str;
      case 't' -> p == Type.Prim.BOOL;
      default -> false;
    };
  }

  /** Whether values of {@code t} have method {@code name} (their own, or declared by their interface). */
  private static boolean hasMethod(Checker c, Type t, String name) {
    if (!(c.shallow(t) instanceof Type.Named n) || !(c.typeDecls.get(n.key()) instanceof TypeDecl d)) {
      return false;
    }
    if (d instanceof TypeDecl.Interface i) {
      return c.interfaces.lookup(n, name).isPresent();
    }
    return c.method(d, name).isPresent();
  }
}

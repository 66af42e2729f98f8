package dev.lisette.semantics.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lisette syntax for patterns, mainly for witnesses in {@code infer.non_exhaustive} help. Only the
 * checker knows how to name a variant ({@code Shape.Triangle} but {@code Some}) or a struct, so it
 * supplies {@link #render(Object, Constructor, List)}; {@link #standard(Constructor, List)} renders
 * everything that needs no names and is what a checker's implementation falls back to.
 */
@FunctionalInterface
public interface PatternSyntax<T> {

  /** Renders constructor {@code c} of a value of {@code type} applied to already rendered arguments. */
  String render(T type, Constructor c, List<String> renderedArgs);

  /** Renders every constructor with {@link #standard(Constructor, List)}. */
  static <T> PatternSyntax<T> standard() {
    return (type, c, args) -> standard(c, args);
  }

  /**
   * Name-free syntax: {@code [a, b]}, {@code [a, b, ..]}, tuples {@code (a, b)} and {@code ()},
   * {@code true}/{@code false}, literals, and a variant's bare name with its arguments in parentheses.
   */
  static String standard(Constructor c, List<String> args) {
    return switch (c) {
      case Constructor.Slice s -> "[" + String.join(", ", args) + "]";
      case Constructor.SliceRest r -> {
        var items = new ArrayList<>(args);
        items.add("..");
        yield "[" + String.join(", ", items) + "]";
      }
      case Constructor.Product p -> "(" + String.join(", ", args) + ")";
      case Constructor.Bool b -> Boolean.toString(b.value());
      case Constructor.Literal l -> literal(l.value());
      case Constructor.Variant v -> args.isEmpty() ? v.name() : v.name() + "(" + String.join(", ", args) + ")";
    };
  }

  /**
   * Renders {@code pat}, a pattern of a value of {@code type}: {@code _} for wildcards,
   * {@code a | b} for or-patterns, this syntax for constructors (sub-patterns get their types from
   * {@code shapes}).
   */
  default String pattern(T type, Pat pat, TypeShapes<T> shapes) {
    return switch (pat) {
      case Pat.Wild w -> "_";
      case Pat.Or or -> or.alternatives().stream().map(a -> pattern(type, a, shapes)).collect(Collectors.joining(" | "));
      case Pat.Ctor ctor -> {
        List<T> argumentTypes = shapes.argumentTypes(type, ctor.ctor());
        var args = new ArrayList<String>();
        for (int i = 0; i < ctor.args().size(); i++) {
          args.add(pattern(argumentTypes.get(i), ctor.args().get(i), shapes));
        }
        yield render(type, ctor.ctor(), args);
      }
    };
  }

  /** Renders one pattern per column, e.g. a {@link Report#missing()} witness. */
  default List<String> patterns(List<T> columnTypes, List<Pat> pats, TypeShapes<T> shapes) {
    var out = new ArrayList<String>();
    for (int i = 0; i < pats.size(); i++) {
      out.add(pattern(columnTypes.get(i), pats.get(i), shapes));
    }
    return out;
  }

  private static String literal(Object value) {
    return switch (value) {
      case String s -> quote(s, '"');
      case Character ch -> quote(String.valueOf(ch), '\'');
      default -> value.toString();
    };
  }

  private static String quote(String s, char quote) {
    var out = new StringBuilder().append(quote);
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (cp == quote) {
            out.append('\\');
          }
          out.appendCodePoint(cp);
        }
      }
    });
    return out.append(quote).toString();
  }
}

package dev.lisette.syntax;

import dev.lisette.diagnostics.SourceFile;
import dev.lisette.diagnostics.Span;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * The debug view of a syntax tree (`lis parse --ast`): one node per line, indented by depth,
 * with its kind, its scalar attributes and its span as `line:col-line:col`. Child nodes are
 * labelled with the role they play in their parent. Without a source file the spans are left
 * out, which gives a text that compares trees regardless of layout.
 *
 * <p>The dump is derived from the record components, so every node kind is shown without a
 * per-kind case; the parser's derived data (the desugared call of a pipeline) is skipped.
 */
public final class AstDump {
  private final StringBuilder out = new StringBuilder();
  private final Optional<SourceFile> file;

  private AstDump(Optional<SourceFile> file) {
    this.file = file;
  }

  /** The tree of a file, with spans. */
  public static String dump(SourceFile file, List<Item> items) {
    var d = new AstDump(Optional.of(file));
    d.out.append("File ").append(items.size()).append(items.size() == 1 ? " item\n" : " items\n");
    for (Item item : items) {
      d.node(item, 1, "");
    }
    return d.out.toString();
  }

  /** The tree without spans: equal for trees that differ only in layout. */
  public static String shape(List<Item> items) {
    var d = new AstDump(Optional.empty());
    for (Item item : items) {
      d.node(item, 0, "");
    }
    return d.out.toString();
  }

  private static boolean isNode(Object o) {
    return o instanceof Record && !(o instanceof Span) && !(o instanceof Ident);
  }

  private void node(Object value, int depth, String role) {
    Record node = (Record) value;
    out.append("  ".repeat(depth)).append(role.isEmpty() ? "" : role + ": ").append(kind(node));
    RecordComponent[] components = node.getClass().getRecordComponents();
    Span span = null;
    // scalar attributes on the node's line
    for (RecordComponent c : components) {
      Object v = get(c, node);
      String name = c.getName();
      if (skip(node, name)) {
        continue;
      }
      if (v instanceof Span s) {
        if (name.equals("span")) {
          span = s;
        }
        continue;
      }
      inline(name, v).filter(text -> !text.isEmpty()).ifPresent(text -> out.append(' ').append(text));
    }
    if (span == null && hasSpanMethod(node)) {
      span = spanOf(node);
    }
    if (span != null && file.isPresent()) {
      out.append(" @").append(position(span));
    }
    out.append('\n');
    // children
    for (RecordComponent c : components) {
      Object v = get(c, node);
      String name = c.getName();
      if (skip(node, name) || inline(name, v).isPresent() || v instanceof Span) {
        continue;
      }
      children(name, v, depth + 1);
    }
  }

  private void children(String role, Object v, int depth) {
    if (v instanceof Optional<?> o) {
      o.ifPresent(x -> children(role, x, depth));
    } else if (v instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        children(role + "[" + i + "]", list.get(i), depth);
      }
    } else if (isNode(v)) {
      node(v, depth, role);
    }
  }

  private static boolean skip(Record node, String component) {
    return node instanceof Expr.Pipe && component.equals("call");
  }

  /** A component shown on the node's own line, if it is a scalar. */
  private static Optional<String> inline(String name, Object v) {
    return switch (v) {
      case Boolean b when name.equals("value") -> Optional.of(name + "=" + b);
      case Boolean b -> b ? Optional.of(name) : Optional.of("");
      case Integer i -> Optional.of(name + "=" + i);
      case String s -> Optional.of(name + "=" + literal(s));
      case Ident id -> Optional.of(name + "=" + id.name());
      case BinaryOp op -> Optional.of(name + "=" + literal(op.text()));
      case UnaryOp op -> Optional.of(name + "=" + literal(op.text()));
      case Enum<?> e -> Optional.of(name + "=" + e.name().toLowerCase());
      case Optional<?> o when o.isEmpty() -> Optional.of("");
      case Optional<?> o when !(o.get() instanceof Record) || o.get() instanceof Ident -> inline(name, o.get());
      case List<?> l when l.isEmpty() -> Optional.of("");
      case List<?> l when l.get(0) instanceof Ident -> Optional.of(name + "=" + String.join(".",
          l.stream().map(x -> ((Ident) x).name()).toList()));
      default -> Optional.empty();
    };
  }

  private static String literal(String s) {
    var sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            sb.append(String.format("\\u{%x}", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.append('"').toString();
  }

  private static String kind(Record node) {
    Class<?> c = node.getClass();
    String name = c.getSimpleName();
    Class<?> outer = c.getEnclosingClass();
    // `Item.Fields.Named` → `Fields.Named`; `Expr.Call` → `Call`; `Pattern.Tuple` → `Pattern.Tuple`
    if (outer == null || outer == Expr.class || outer == Item.class || outer == Stmt.class) {
      return name;
    }
    return outer.getSimpleName() + "." + name;
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasSpanMethod(Record node) {
    return node instanceof Expr || node instanceof Pattern || node instanceof Attribute.Arg;
  }

  private static Span spanOf(Record node) {
    return switch (node) {
      case Expr e -> e.span();
      case Pattern p -> p.span();
      case Attribute.Arg a -> a.span();
      default -> throw new IllegalStateException();
    };
  }

  private String position(Span span) {
    SourceFile f = file.orElseThrow();
    return f.line(span.start()) + ":" + f.column(span.start()) + "-" + f.line(span.end()) + ":" + f.column(span.end());
  }
}

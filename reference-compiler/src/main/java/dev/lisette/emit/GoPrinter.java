package dev.lisette.emit;

import dev.lisette.emit.GoAst.Expr;
import dev.lisette.emit.GoAst.Stmt;
import java.util.List;

/**
 * Prints the Go syntax tree exactly as gofmt would lay it out, so the output needs no
 * formatter: tabs for indentation, spaces to align struct field types, labels one level out.
 */
public final class GoPrinter extends GoExprPrinter {
  private GoPrinter() {}

  /** A debug build's `//line` targets (see {@link GoAst.File}); empty otherwise. */
  private java.util.Map<Object, Integer> lines = java.util.Map.of();
  private String lineFile = "";
  /** The Lisette line the Go being printed comes from, 0 when not known. */
  private int line;

  public static String print(GoAst.File file) {
    var p = new GoPrinter();
    p.lines = file.lines();
    p.lineFile = file.lineFile();
    p.file(file);
    return p.out.toString();
  }

  private void file(GoAst.File f) {
    out.append("package ").append(f.packageName()).append("\n");
    List<GoAst.Import> imports = f.imports().stream()
        .sorted(java.util.Comparator.comparing(GoAst.Import::path)).toList();
    if (imports.size() == 1) {
      out.append("\nimport ");
      importSpec(imports.get(0));
      out.append("\n");
    } else if (imports.size() > 1) {
      out.append("\nimport (\n");
      for (GoAst.Import i : imports) {
        out.append('\t');
        importSpec(i);
        out.append('\n');
      }
      out.append(")\n");
    }
    for (GoAst.Decl d : f.decls()) {
      out.append('\n');
      line = lines.getOrDefault(d, 0);
      lineDirective();
      decl(d);
    }
  }

  private void importSpec(GoAst.Import i) {
    i.alias().ifPresent(a -> out.append(a).append(' '));
    out.append('"').append(i.path()).append('"');
  }

  private void decl(GoAst.Decl d) {
    switch (d) {
      case GoAst.Func fn -> func(fn);
      case GoAst.StructType s -> {
        out.append("type ").append(s.name()).append(s.typeParams()).append(" struct");
        if (s.fields().isEmpty()) {
          out.append("{}\n");
          return;
        }
        out.append(" {\n");
        int width = s.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        int[] typeWidths = StructTags.typeColumn(s.fields());
        for (int i = 0; i < s.fields().size(); i++) {
          GoAst.Field f = s.fields().get(i);
          out.append('\t').append(f.name()).append(" ".repeat(width - f.name().length() + 1)).append(f.type());
          if (!f.tag().isEmpty()) {
            out.append(" ".repeat(typeWidths[i] - f.type().length() + 1)).append(StructTags.literal(f.tag()));
          }
          out.append('\n');
        }
        out.append("}\n");
      }
      case GoAst.DefinedType t -> out.append("type ").append(t.name()).append(t.typeParams()).append(' ')
          .append(t.underlying()).append('\n');
      case GoAst.InterfaceType i -> {
        out.append("type ").append(i.name()).append(i.typeParams()).append(" interface");
        if (i.embeds().isEmpty() && i.methods().isEmpty()) {
          out.append("{}\n");
          return;
        }
        out.append(" {\n");
        i.embeds().forEach(e -> out.append('\t').append(e).append('\n'));
        for (GoAst.Method m : i.methods()) {
          out.append('\t').append(m.name());
          params(m.params());
          m.result().ifPresent(r -> out.append(' ').append(r));
          out.append('\n');
        }
        out.append("}\n");
      }
      case GoAst.Const c -> {
        constSpec(c);
        out.append('\n');
      }
      case GoAst.IotaConsts c -> {
        out.append("const (\n");
        for (int i = 0; i < c.names().size(); i++) {
          out.append('\t').append(c.names().get(i));
          if (i == 0) {
            out.append(' ').append(c.type()).append(" = iota");
          }
          out.append('\n');
        }
        out.append(")\n");
      }
    }
  }

  private void func(GoAst.Func fn) {
    out.append("func ");
    fn.receiver().ifPresent(r -> out.append('(').append(r.name()).append(' ').append(r.type()).append(") "));
    out.append(fn.name()).append(fn.typeParams());
    params(fn.params());
    fn.result().ifPresent(r -> out.append(' ').append(r));
    out.append(' ');
    block(fn.body());
    out.append('\n');
  }

  @Override
  protected void block(List<Stmt> body) {
    out.append("{\n");
    indent++;
    statements(body);
    indent--;
    tabs();
    out.append('}');
  }

  private void statements(List<Stmt> body) {
    int outer = line;
    for (Stmt s : body) {
      line = lines.getOrDefault(s, line);
      if (s instanceof GoAst.Labeled l) {
        // gofmt prints labels one level out from the statements they label.
        out.append("\t".repeat(Math.max(0, indent - 1))).append(l.label()).append(":\n");
        s = l.stmt();
      }
      lineDirective();
      int at = line;
      tabs();
      stmt(s);
      out.append('\n');
      line = at; // a nested block may have moved it
    }
    line = outer;
  }

  /** In a debug build, `//line file.lis:N` (at column 1) maps the next Go line to the Lisette line being printed. */
  private void lineDirective() {
    if (line > 0) {
      out.append("//line ").append(lineFile).append(':').append(line).append('\n');
    }
  }

  private void headerExpr(Expr e) {
    header = true;
    expr0(stripParens(e), 1);
    header = false;
  }

  private void stmt(Stmt s) {
    switch (s) {
      case GoAst.ExprStmt e -> expr0(e.expr(), 1);
      case GoAst.Define d -> {
        int depth = d.names().size() > 1 && d.values().size() > 1 ? 2 : 1;
        out.append(String.join(", ", d.names())).append(" := ");
        exprList(d.values(), depth);
      }
      case GoAst.Var v -> {
        out.append("var ").append(v.name()).append(' ').append(v.type());
        v.value().ifPresent(x -> {
          out.append(" = ");
          expr0(x, 1);
        });
      }
      case GoAst.Assign a -> {
        expr0(a.target(), 1);
        out.append(' ').append(a.op()).append(' ');
        expr0(a.value(), 1);
      }
      case GoAst.Assign2 a -> {
        int depth = a.targets().size() > 1 && a.values().size() > 1 ? 2 : 1;
        exprList(a.targets(), depth);
        out.append(" = ");
        exprList(a.values(), depth);
      }
      case GoAst.IncDec i -> {
        expr0(i.target(), 1);
        out.append(i.op());
      }
      case GoAst.Return r -> {
        out.append("return");
        r.value().ifPresent(x -> {
          out.append(' ');
          expr0(x, 1);
        });
      }
      case GoAst.If i -> {
        out.append("if ");
        headerExpr(i.cond());
        out.append(' ');
        block(i.then());
        i.otherwise().ifPresent(o -> {
          out.append(" else ");
          switch (o) {
            case GoAst.If nested -> stmt(nested);
            case GoAst.Block b -> block(b.body());
            default -> throw new IllegalStateException("else must be if or block");
          }
        });
      }
      case GoAst.For f -> {
        out.append("for ");
        if (f.init().isPresent() || f.post().isPresent()) {
          f.init().ifPresent(this::stmt);
          out.append("; ");
          f.cond().ifPresent(this::headerExpr);
          out.append("; ");
          f.post().ifPresent(this::stmt);
          out.append(' ');
        } else if (f.cond().isPresent()) {
          headerExpr(f.cond().get());
          out.append(' ');
        }
        block(f.body());
      }
      case GoAst.ForRange r -> {
        out.append("for ");
        if (r.key().isPresent()) {
          out.append(r.key().get());
          r.value().ifPresent(v -> out.append(", ").append(v));
          out.append(" := ");
        }
        out.append("range ");
        headerExpr(r.range());
        out.append(' ');
        block(r.body());
      }
      case GoAst.Switch sw -> {
        out.append("switch ");
        sw.tag().ifPresent(t -> {
          headerExpr(t);
          out.append(' ');
        });
        out.append("{\n");
        for (GoAst.Case c : sw.cases()) {
          tabs();
          if (c.labels().isEmpty()) {
            out.append("default:\n");
          } else {
            out.append("case ");
            exprList(c.labels(), 1);
            out.append(":\n");
          }
          indent++;
          statements(c.body());
          indent--;
        }
        tabs();
        out.append('}');
      }
      case GoAst.Labeled l -> stmt(l.stmt());
      case GoAst.Block b -> block(b.body());
      case GoAst.Break b -> {
        out.append("break");
        b.label().ifPresent(l -> out.append(' ').append(l));
      }
      case GoAst.Continue c -> out.append("continue");
      case GoAst.Defer d -> {
        out.append("defer ");
        expr0(d.call(), 1);
      }
      case GoAst.Const c -> constSpec(c);
      case GoAst.Go g -> {
        out.append("go ");
        expr0(g.call(), 1);
      }
      case GoAst.Send snd -> {
        expr0(snd.channel(), 1);
        out.append(" <- ");
        expr0(snd.value(), 1);
      }
      case GoAst.Goto g -> out.append("goto ").append(g.label());
      case GoAst.Select sel -> {
        out.append("select {\n");
        for (GoAst.CommClause c : sel.clauses()) {
          tabs();
          if (c.comm().isEmpty()) {
            out.append("default:\n");
          } else {
            out.append("case ");
            stmt(c.comm().get());
            out.append(":\n");
          }
          indent++;
          statements(c.body());
          indent--;
        }
        tabs();
        out.append('}');
      }
    }
  }

  private void constSpec(GoAst.Const c) {
    out.append(c.variable() ? "var " : "const ").append(c.name());
    c.type().ifPresent(t -> out.append(' ').append(t));
    out.append(" = ");
    expr0(c.value(), 1);
  }

  private static Expr stripParens(Expr e) {
    while (e instanceof GoAst.Paren p) {
      e = p.inner();
    }
    return e;
  }

  /** Exposed for tests: prints one expression as a statement-level expression. */
  static String expression(Expr e) {
    var p = new GoPrinter();
    p.expr0(e, 1);
    return p.out.toString();
  }

  /** Exposed for tests: prints one statement at indentation level 1. */
  static String statement(Stmt s) {
    var p = new GoPrinter();
    p.indent = 1;
    p.statements(List.of(s));
    return p.out.toString();
  }

  /** Exposed for tests: prints one declaration. */
  static String declaration(GoAst.Decl d) {
    var p = new GoPrinter();
    p.decl(d);
    return p.out.toString();
  }
}

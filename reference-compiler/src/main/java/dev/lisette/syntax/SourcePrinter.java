package dev.lisette.syntax;

import java.util.List;
import java.util.Optional;

/**
 * Prints a syntax tree back as Lisette source, two spaces per level. Parsing the output gives
 * the same tree again (spans aside): parentheses are nodes of the tree, and `;` is written
 * where a line break would not end a statement. Comments other than doc comments are not in
 * the tree and are not printed.
 */
public final class SourcePrinter {
  private final StringBuilder out = new StringBuilder();
  private final boolean flat;
  private int indent;

  private SourcePrinter(boolean flat) {
    this.flat = flat;
  }

  /** A whole file. */
  public static String print(List<Item> items) {
    var p = new SourcePrinter(false);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        p.out.append('\n');
      }
      p.item(items.get(i));
      p.out.append('\n');
    }
    return p.out.toString();
  }

  /** One expression on one line. */
  public static String expr(Expr e) {
    var p = new SourcePrinter(true);
    p.expression(e);
    return p.out.toString();
  }

  public static String type(TypeExpr t) {
    var p = new SourcePrinter(true);
    p.typeExpr(t);
    return p.out.toString();
  }

  public static String pattern(Pattern pat) {
    var p = new SourcePrinter(true);
    p.pat(pat);
    return p.out.toString();
  }

  // ---- layout --------------------------------------------------------------------------

  private SourcePrinter a(String s) {
    out.append(s);
    return this;
  }

  private void newline() {
    if (flat) {
      out.append(' ');
      return;
    }
    out.append('\n');
    out.append("  ".repeat(indent));
  }

  private <T> void commaList(List<T> xs, java.util.function.Consumer<T> each) {
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      each.accept(xs.get(i));
    }
  }

  private static String quote(String value) {
    var sb = new StringBuilder("\"");
    value.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
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

  // ---- items ---------------------------------------------------------------------------

  private void docs(Optional<DocComment> docs) {
    if (docs.isEmpty()) {
      return;
    }
    for (String line : docs.get().text().split("\n", -1)) {
      out.append("/// ").append(line);
      out.append('\n');
      out.append("  ".repeat(indent));
    }
  }

  private void attrs(List<Attribute> attrs) {
    for (Attribute at : attrs) {
      out.append("#[").append(at.name().name());
      if (!at.args().isEmpty()) {
        out.append('(');
        commaList(at.args(), arg -> {
          switch (arg) {
            case Attribute.Arg.Flag f -> out.append(f.name().name());
            case Attribute.Arg.Negated n -> out.append('!').append(n.name().name());
            case Attribute.Arg.Str str -> out.append('"').append(str.raw()).append('"');
            case Attribute.Arg.Raw r -> out.append('`').append(r.text()).append('`');
          }
        });
        out.append(')');
      }
      out.append(']');
      newline();
    }
  }

  private void pub(boolean pub) {
    if (pub) {
      out.append("pub ");
    }
  }

  private void generics(List<TypeParam> generics) {
    if (generics.isEmpty()) {
      return;
    }
    out.append('<');
    commaList(generics, g -> {
      out.append(g.name().name());
      if (!g.bounds().isEmpty()) {
        out.append(": ");
        for (int i = 0; i < g.bounds().size(); i++) {
          if (i > 0) {
            out.append(" + ");
          }
          typeExpr(g.bounds().get(i));
        }
      }
    });
    out.append('>');
  }

  private void params(List<Item.Param> params) {
    out.append('(');
    commaList(params, prm -> {
      if (prm.mut()) {
        out.append("mut ");
      }
      pat(prm.pattern());
      prm.type().ifPresent(t -> {
        out.append(": ");
        typeExpr(t);
      });
    });
    out.append(')');
  }

  private void item(Item item) {
    switch (item) {
      case Item.Import imp -> {
        out.append("import ");
        imp.alias().ifPresent(al -> out.append(al.name()).append(' '));
        out.append(quote(imp.path()));
      }
      case Item.Fn fn -> fn(fn);
      case Item.Struct st -> {
        docs(st.docs());
        attrs(st.attrs());
        pub(st.pub());
        out.append("struct ").append(st.name().name());
        generics(st.generics());
        fields(st.fields(), true);
      }
      case Item.Enum en -> {
        docs(en.docs());
        attrs(en.attrs());
        pub(en.pub());
        out.append("enum ").append(en.name().name());
        generics(en.generics());
        out.append(" {");
        indent++;
        for (Item.Variant v : en.variants()) {
          newline();
          docs(v.docs());
          out.append(v.name().name());
          fields(v.fields(), false);
          out.append(',');
        }
        indent--;
        if (!en.variants().isEmpty()) {
          newline();
        }
        out.append('}');
      }
      case Item.ValueEnum en -> {
        docs(en.docs());
        attrs(en.attrs());
        pub(en.pub());
        out.append("enum ").append(en.name().name());
        en.underlying().ifPresent(t -> {
          out.append(": ");
          typeExpr(t);
        });
        out.append(" {");
        indent++;
        for (Item.ValueVariant v : en.variants()) {
          newline();
          docs(v.docs());
          out.append(v.name().name());
          v.value().ifPresent(x -> {
            out.append(" = ");
            expression(x);
          });
          out.append(',');
        }
        indent--;
        if (!en.variants().isEmpty()) {
          newline();
        }
        out.append('}');
      }
      case Item.Interface in -> {
        docs(in.docs());
        attrs(in.attrs());
        pub(in.pub());
        out.append("interface ").append(in.name().name());
        generics(in.generics());
        out.append(" {");
        indent++;
        for (Item.Member m : in.members()) {
          newline();
          switch (m) {
            case Item.Member.Method me -> {
              docs(me.docs());
              attrs(me.attrs());
              out.append("fn ").append(me.name().name());
              params(me.params());
              me.returnType().ifPresent(t -> {
                out.append(" -> ");
                typeExpr(t);
              });
            }
            case Item.Member.Embed em -> {
              docs(em.docs());
              attrs(em.attrs());
              out.append("impl ");
              typeExpr(em.type());
            }
          }
          if (flat) {
            out.append(';');
          }
        }
        indent--;
        if (!in.members().isEmpty()) {
          newline();
        }
        out.append('}');
      }
      case Item.Impl im -> {
        attrs(im.attrs());
        out.append("impl");
        generics(im.generics());
        out.append(' ');
        typeExpr(im.target());
        out.append(" {");
        indent++;
        for (int i = 0; i < im.methods().size(); i++) {
          if (i > 0 && !flat) {
            out.append('\n');
          }
          newline();
          fn(im.methods().get(i));
          if (flat || im.methods().get(i).body().isEmpty()) {
            out.append(';');
          }
        }
        indent--;
        if (!im.methods().isEmpty()) {
          newline();
        }
        out.append('}');
      }
      case Item.Const c -> {
        docs(c.docs());
        attrs(c.attrs());
        pub(c.pub());
        out.append("const ").append(c.name().name());
        c.type().ifPresent(t -> {
          out.append(": ");
          typeExpr(t);
        });
        c.value().ifPresent(v -> {
          out.append(" = ");
          expression(v);
        });
      }
      case Item.Var v -> {
        docs(v.docs());
        attrs(v.attrs());
        pub(v.pub());
        out.append("var ").append(v.name().name()).append(": ");
        typeExpr(v.type());
      }
      case Item.TypeAlias t -> {
        docs(t.docs());
        attrs(t.attrs());
        pub(t.pub());
        out.append("type ").append(t.name().name());
        generics(t.generics());
        t.target().ifPresent(x -> {
          out.append(" = ");
          typeExpr(x);
        });
      }
    }
  }

  private void fn(Item.Fn fn) {
    docs(fn.docs());
    attrs(fn.attrs());
    pub(fn.pub());
    out.append("fn ").append(fn.name().name());
    generics(fn.generics());
    params(fn.params());
    fn.returnType().ifPresent(t -> {
      out.append(" -> ");
      typeExpr(t);
    });
    fn.body().ifPresent(b -> {
      out.append(' ');
      block(b);
    });
  }

  private void fields(Item.Fields fields, boolean multiline) {
    switch (fields) {
      case Item.Fields.Unit u -> {}
      case Item.Fields.Positional pos -> {
        out.append('(');
        commaList(pos.types(), this::typeExpr);
        out.append(')');
      }
      case Item.Fields.Named named -> {
        if (named.fields().isEmpty()) {
          out.append(" {}");
          return;
        }
        if (!multiline || flat) {
          out.append(" { ");
          commaList(named.fields(), this::field);
          out.append(" }");
          return;
        }
        out.append(" {");
        indent++;
        for (Item.Field f : named.fields()) {
          newline();
          field(f);
          out.append(',');
        }
        indent--;
        newline();
        out.append('}');
      }
    }
  }

  private void field(Item.Field f) {
    docs(f.docs());
    attrs(f.attrs());
    pub(f.pub());
    out.append(f.name().name()).append(": ");
    typeExpr(f.type());
  }

  // ---- types ---------------------------------------------------------------------------

  private void typeExpr(TypeExpr t) {
    switch (t) {
      case TypeExpr.Named n -> {
        out.append(n.display());
        if (!n.args().isEmpty()) {
          out.append('<');
          commaList(n.args(), this::typeExpr);
          out.append('>');
        }
      }
      case TypeExpr.Unit u -> out.append("()");
      case TypeExpr.Tuple tu -> {
        out.append('(');
        commaList(tu.elements(), this::typeExpr);
        if (tu.elements().size() == 1) {
          out.append(',');
        }
        out.append(')');
      }
      case TypeExpr.Function f -> {
        out.append("fn(");
        commaList(f.params(), this::typeExpr);
        out.append(')');
        if (!(f.result() instanceof TypeExpr.Unit)) {
          out.append(" -> ");
          typeExpr(f.result());
        }
      }
    }
  }

  // ---- blocks and statements -----------------------------------------------------------

  private void block(Block b) {
    if (b.stmts().isEmpty() && b.tail().isEmpty()) {
      out.append("{}");
      return;
    }
    var entries = new java.util.ArrayList<Stmt>(b.stmts());
    b.tail().ifPresent(t -> entries.add(new Stmt.ExprStmt(t.span(), t)));
    out.append('{');
    indent++;
    for (int i = 0; i < entries.size(); i++) {
      newline();
      statement(entries.get(i));
      if (i + 1 < entries.size()) {
        char end = out.charAt(out.length() - 1);
        if (flat || end == '>' || end == '*' || startsWithBrace(entries.get(i + 1))) {
          out.append(';');
        }
      }
    }
    indent--;
    newline();
    out.append('}');
  }

  /** A statement starting with `{` or `||` must be separated from the one before by `;`. */
  private static boolean startsWithBrace(Stmt s) {
    if (!(s instanceof Stmt.ExprStmt es)) {
      return false;
    }
    String text = expr(es.expr());
    return text.startsWith("{") || text.startsWith("||");
  }

  private void statement(Stmt s) {
    switch (s) {
      case Stmt.Let let -> {
        out.append("let ");
        if (let.mut()) {
          out.append("mut ");
        }
        pat(let.pattern());
        let.type().ifPresent(t -> {
          out.append(": ");
          typeExpr(t);
        });
        out.append(" = ");
        expression(let.init());
        let.otherwise().ifPresent(b -> {
          out.append(" else ");
          block(b);
        });
      }
      case Stmt.Assign as -> {
        expression(as.target());
        out.append(' ').append(as.op().map(o -> o.text() + "=").orElse("=")).append(' ');
        expression(as.value());
      }
      case Stmt.ExprStmt e -> expression(e.expr());
      case Stmt.While w -> {
        out.append("while ");
        expression(w.cond());
        out.append(' ');
        block(w.body());
      }
      case Stmt.WhileLet w -> {
        out.append("while let ");
        pat(w.pattern());
        out.append(" = ");
        expression(w.scrutinee());
        out.append(' ');
        block(w.body());
      }
      case Stmt.For f -> {
        out.append("for ");
        pat(f.pattern());
        f.type().ifPresent(t -> {
          out.append(": ");
          typeExpr(t);
        });
        out.append(" in ");
        expression(f.iterable());
        out.append(' ');
        block(f.body());
      }
      case Stmt.NestedItem n -> item(n.item());
    }
  }

  // ---- expressions ---------------------------------------------------------------------

  private void expression(Expr e) {
    switch (e) {
      case Expr.IntLit i -> out.append(i.text());
      case Expr.FloatLit f -> out.append(f.text());
      case Expr.ImaginaryLit i -> out.append(i.text());
      case Expr.BoolLit b -> out.append(b.value());
      case Expr.StringLit s -> out.append('"').append(s.raw()).append('"');
      case Expr.RuneLit r -> out.append('\'').append(r.raw()).append('\'');
      case Expr.FString f -> {
        out.append("f\"");
        for (Expr.FString.Part part : f.parts()) {
          switch (part) {
            case Expr.FString.Text t -> out.append(t.raw());
            case Expr.FString.Hole h -> out.append('{').append(expr(h.expr())).append('}');
          }
        }
        out.append('"');
      }
      case Expr.Unit u -> out.append("()");
      case Expr.Name n -> out.append(n.ident().name());
      case Expr.Field f -> {
        expression(f.target());
        out.append('.').append(f.name().name());
      }
      case Expr.TupleField t -> {
        expression(t.target());
        out.append('.').append(t.index());
      }
      case Expr.Call c -> {
        expression(c.callee());
        out.append('(');
        commaList(c.args(), this::expression);
        out.append(')');
      }
      case Expr.TypeApply t -> {
        expression(t.target());
        out.append('<');
        commaList(t.args(), this::typeExpr);
        out.append('>');
      }
      case Expr.Index i -> {
        expression(i.target());
        out.append('[');
        expression(i.index());
        out.append(']');
      }
      case Expr.Deref d -> {
        expression(d.target());
        out.append(".*");
      }
      case Expr.Propagate q -> {
        expression(q.operand());
        out.append('?');
      }
      case Expr.Unary u -> {
        out.append(u.op().text());
        String operand = expr(u.operand());
        if (operand.startsWith(u.op().text())) {
          out.append(' ');
        }
        expression(u.operand());
      }
      case Expr.Binary b -> {
        expression(b.left());
        out.append(' ').append(b.op().text()).append(' ');
        expression(b.right());
      }
      case Expr.Pipe p -> {
        expression(p.value());
        out.append(" |> ");
        expression(p.target());
      }
      case Expr.Cast c -> {
        expression(c.operand());
        out.append(" as ");
        typeExpr(c.type());
      }
      case Expr.Paren p -> {
        out.append('(');
        expression(p.inner());
        out.append(')');
      }
      case Expr.Tuple t -> {
        out.append('(');
        commaList(t.elements(), this::expression);
        if (t.elements().size() == 1) {
          out.append(',');
        }
        out.append(')');
      }
      case Expr.SliceLit s -> {
        out.append('[');
        commaList(s.elements(), this::expression);
        out.append(']');
      }
      case Expr.StructLit s -> {
        out.append(String.join(".", s.path().stream().map(Ident::name).toList()));
        if (s.fields().isEmpty() && s.spread().isEmpty()) {
          out.append(" {}");
          return;
        }
        out.append(" { ");
        commaList(s.fields(), f -> {
          out.append(f.name().name());
          f.value().ifPresent(v -> {
            out.append(": ");
            expression(v);
          });
        });
        s.spread().ifPresent(sp -> {
          if (!s.fields().isEmpty()) {
            out.append(", ");
          }
          out.append("..");
          expression(sp);
        });
        out.append(" }");
      }
      case Expr.Lambda l -> {
        if (l.params().isEmpty()) {
          out.append("||");
        } else {
          out.append('|');
          commaList(l.params(), prm -> {
            pat(prm.pattern());
            prm.type().ifPresent(t -> {
              out.append(": ");
              typeExpr(t);
            });
          });
          out.append('|');
        }
        out.append(' ');
        l.returnType().ifPresent(t -> {
          out.append("-> ");
          typeExpr(t);
          out.append(' ');
        });
        expression(l.body());
      }
      case Expr.BlockExpr b -> block(b.block());
      case Expr.If i -> {
        out.append("if ");
        expression(i.cond());
        out.append(' ');
        block(i.then());
        elseBranch(i.otherwise());
      }
      case Expr.IfLet i -> {
        out.append("if let ");
        pat(i.pattern());
        out.append(" = ");
        expression(i.scrutinee());
        out.append(' ');
        block(i.then());
        elseBranch(i.otherwise());
      }
      case Expr.Match m -> {
        out.append("match ");
        expression(m.scrutinee());
        out.append(' ');
        arms(m.arms());
      }
      case Expr.Loop l -> {
        out.append("loop ");
        block(l.body());
      }
      case Expr.Break b -> {
        out.append("break");
        b.value().ifPresent(v -> {
          out.append(' ');
          expression(v);
        });
      }
      case Expr.Continue c -> out.append("continue");
      case Expr.Return r -> {
        out.append("return");
        r.value().ifPresent(v -> {
          out.append(' ');
          expression(v);
        });
      }
      case Expr.Range r -> {
        r.start().ifPresent(this::expression);
        out.append(r.inclusive() ? "..=" : "..");
        r.end().ifPresent(this::expression);
      }
      case Expr.Task t -> {
        out.append("task ");
        expression(t.body());
      }
      case Expr.Defer d -> {
        out.append("defer ");
        expression(d.body());
      }
      case Expr.Try t -> {
        out.append("try ");
        block(t.body());
      }
      case Expr.Recover r -> {
        out.append("recover ");
        block(r.body());
      }
      case Expr.Select s -> {
        out.append("select {");
        indent++;
        for (Expr.SelectArm arm : s.arms()) {
          newline();
          switch (arm) {
            case Expr.SelectArm.Receive r -> {
              out.append("let ");
              pat(r.pattern());
              out.append(" = ");
              expression(r.receive());
              out.append(" => ");
              statement(r.body());
            }
            case Expr.SelectArm.MatchReceive m -> {
              out.append("match ");
              expression(m.receive());
              out.append(' ');
              arms(m.arms());
            }
            case Expr.SelectArm.Operation o -> {
              expression(o.operation());
              out.append(" => ");
              statement(o.body());
            }
            case Expr.SelectArm.Default d -> {
              out.append("_ => ");
              statement(d.body());
            }
          }
          out.append(',');
        }
        indent--;
        if (!s.arms().isEmpty()) {
          newline();
        }
        out.append('}');
      }
      case Expr.RawGo r -> out.append("@rawgo(").append(quote(r.code())).append(')');
      case Expr.Missing m -> out.append("/* missing */");
    }
  }

  private void elseBranch(Optional<Expr> otherwise) {
    otherwise.ifPresent(o -> {
      out.append(" else ");
      expression(o);
    });
  }

  private void arms(List<Expr.MatchArm> arms) {
    out.append('{');
    indent++;
    for (Expr.MatchArm arm : arms) {
      newline();
      pat(arm.pattern());
      arm.guard().ifPresent(g -> {
        out.append(" if ");
        expression(g);
      });
      out.append(" => ");
      statement(arm.body());
      out.append(',');
    }
    indent--;
    if (!arms.isEmpty()) {
      newline();
    }
    out.append('}');
  }

  // ---- patterns ------------------------------------------------------------------------

  private void pat(Pattern p) {
    switch (p) {
      case Pattern.Wildcard w -> out.append('_');
      case Pattern.Binding b -> out.append(b.name().name());
      case Pattern.IntLit i -> out.append(i.negative() ? "-" : "").append(i.text());
      case Pattern.StringLit s -> out.append('"').append(s.raw()).append('"');
      case Pattern.RuneLit r -> out.append('\'').append(r.raw()).append('\'');
      case Pattern.BoolLit b -> out.append(b.value());
      case Pattern.Unit u -> out.append("()");
      case Pattern.Paren pa -> {
        out.append('(');
        pat(pa.inner());
        out.append(')');
      }
      case Pattern.Tuple t -> {
        out.append('(');
        commaList(t.elements(), this::pat);
        if (t.elements().size() == 1) {
          out.append(',');
        }
        out.append(')');
      }
      case Pattern.Slice s -> {
        out.append('[');
        commaList(s.elements(), this::pat);
        s.rest().ifPresent(r -> {
          if (!s.elements().isEmpty()) {
            out.append(", ");
          }
          out.append("..");
          r.binding().ifPresent(b -> out.append(b.name()));
        });
        out.append(']');
      }
      case Pattern.Path pa -> out.append(String.join(".", pa.path().stream().map(Ident::name).toList()));
      case Pattern.TupleStruct t -> {
        out.append(String.join(".", t.path().stream().map(Ident::name).toList())).append('(');
        commaList(t.elements(), this::pat);
        if (t.rest()) {
          out.append(t.elements().isEmpty() ? ".." : ", ..");
        }
        out.append(')');
      }
      case Pattern.Struct s -> {
        out.append(String.join(".", s.path().stream().map(Ident::name).toList()));
        if (s.fields().isEmpty() && !s.rest()) {
          out.append(" {}");
          return;
        }
        out.append(" { ");
        commaList(s.fields(), f -> {
          out.append(f.name().name());
          f.pattern().ifPresent(x -> {
            out.append(": ");
            pat(x);
          });
        });
        if (s.rest()) {
          out.append(s.fields().isEmpty() ? ".." : ", ..");
        }
        out.append(" }");
      }
      case Pattern.Or o -> {
        for (int i = 0; i < o.alternatives().size(); i++) {
          if (i > 0) {
            out.append(" | ");
          }
          pat(o.alternatives().get(i));
        }
      }
    }
  }
}

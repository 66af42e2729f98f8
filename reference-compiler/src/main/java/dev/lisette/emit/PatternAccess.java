package dev.lisette.emit;

import dev.lisette.emit.DecisionTree.Access;
import dev.lisette.emit.DecisionTree.Column;
import dev.lisette.emit.DecisionTree.Ctor;
import dev.lisette.emit.DecisionTree.Kind;
import dev.lisette.emit.DecisionTree.Pat;
import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.ConstValue;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.semantics.TypeDecl;
import dev.lisette.syntax.Pattern;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a Lisette pattern into what the decision tree checks: tests on sub-values (enum tags,
 * literals, slice lengths) and the bindings of sub-values, each with the Go expression that
 * reads it (`s.Circle`, `t.First`, `*e.Add0`, `xs[1]`, `float64(m)`).
 */
final class PatternAccess {
  private final Lowering l;
  private final CheckedProgram p;

  PatternAccess(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  /**
   * The key under which a received Option's root (`received, ok := <-ch`, see
   * PatternLowering) holds `ok`, which stands for the tag.
   */
  static final String RECEIVED_OK = "ok";
  /** The key under which it holds the received value, the payload of `Some`. */
  static final String RECEIVED_VALUE = "value";

  /** `x.name`, looking through a dereference (Go selectors dereference pointers). */
  static GoAst.Expr select(GoAst.Expr x, String name) {
    if (x instanceof GoAst.Composite c) {
      // An element of a tuple literal scrutinee, read without building the tuple.
      for (GoAst.Expr e : c.elements()) {
        if (e instanceof GoAst.KeyValue kv && kv.key().equals(name)) {
          return kv.value();
        }
      }
    }
    if (x instanceof GoAst.Unary u && u.op().equals("*")) {
      return new GoAst.Selector(u.operand(), name);
    }
    return new GoAst.Selector(x, name);
  }

  List<Pat> pats(Pattern pattern, Access at) {
    var out = new ArrayList<Pat>();
    collect(pattern, at, out);
    return out;
  }

  private void collect(Pattern pattern, Access at, List<Pat> out) {
    switch (pattern) {
      case Pattern.Paren paren -> collect(paren.inner(), at, out);
      case Pattern.Wildcard w -> {}
      case Pattern.Unit u -> {}
      case Pattern.Binding b -> bind(p.declarations().get(b), at, out);
      case Pattern.IntLit i -> {
        BigInteger v = ConstValue.parseInt(i.text());
        if (i.negative()) {
          v = v.negate();
        }
        literal("i:" + v, new GoAst.Lit((i.negative() ? "-" : "") + GoLiterals.number(i.text())), at, out);
      }
      case Pattern.StringLit s -> literal("s:" + s.value(), new GoAst.Lit(GoLiterals.string(s.raw())), at, out);
      case Pattern.RuneLit r -> literal("r:" + r.value(), new GoAst.Lit(GoLiterals.rune(r.value())), at, out);
      case Pattern.BoolLit b -> {
        var column = new Column(Kind.BOOL, Optional.of(at.expr()), List.of("true", "false"));
        GoAst.Expr cond = b.value() ? at.expr() : new GoAst.Unary("!", at.expr());
        out.add(new Pat.Test(at, column, Ctor.of(Boolean.toString(b.value()), new GoAst.Ident(Boolean.toString(b.value())),
            cond), List.of()));
      }
      case Pattern.Tuple t -> {
        for (int i = 0; i < t.elements().size(); i++) {
          collect(t.elements().get(i), new Access(select(at.expr(), DataLowering.ORDINALS.get(i))), out);
        }
      }
      case Pattern.Slice s -> slice(s, at, out);
      case Pattern.Path path when p.resolution(path) instanceof dev.lisette.semantics.Symbol.Constant k ->
          literal("k:" + k.module() + "." + k.name(), l.interop.constant(k), at, out);
      case Pattern.Path path -> constructor(pattern, at, List.of(), out);
      case Pattern.TupleStruct ts -> {
        var parts = new ArrayList<Part>();
        for (int i = 0; i < ts.elements().size(); i++) {
          parts.add(new Part(Integer.toString(i), i, ts.elements().get(i), null));
        }
        constructor(pattern, at, parts, out);
      }
      case Pattern.Struct st -> {
        var parts = new ArrayList<Part>();
        for (Pattern.FieldPattern f : st.fields()) {
          parts.add(new Part(f.name().name(), -1, f.pattern().orElse(null), f));
        }
        constructor(pattern, at, parts, out);
      }
      case Pattern.Or or -> throw new IllegalStateException("or-pattern below the top of a pattern");
    }
  }

  /**
   * A sub-pattern of a struct or tuple-struct pattern, by field name or position; a shorthand
   * field (`Pt { x }`) has no pattern and binds through its field pattern.
   */
  private record Part(String field, int index, Pattern pattern, Pattern.FieldPattern shorthand) {}

  /**
   * Bindings already declared where their value arrives (`v, ok := <-ch`), which the tree does
   * not bind again.
   */
  private final java.util.Set<Integer> prebound = new java.util.HashSet<>();

  void prebind(Binding b) {
    prebound.add(b.id());
  }

  private void bind(Binding b, Access at, List<Pat> out) {
    if (b != null && p.isRead(b) && !b.name().equals("_") && !prebound.contains(b.id())) {
      out.add(new Pat.Bind(at, b));
    }
  }

  private void literal(String key, GoAst.Expr lit, Access at, List<Pat> out) {
    var column = new Column(Kind.LITERAL, Optional.of(at.expr()), List.of());
    out.add(new Pat.Test(at, column, Ctor.of(key, lit, new GoAst.Binary("==", at.expr(), lit)), List.of()));
  }

  private void slice(Pattern.Slice s, Access at, List<Pat> out) {
    int n = s.elements().size();
    boolean rest = s.rest().isPresent();
    GoAst.Expr len = new GoAst.Call(new GoAst.Ident("len"), List.of(at.expr()));
    GoAst.Expr cond = new GoAst.Binary(rest ? ">=" : "==", len, new GoAst.Lit(Integer.toString(n)));
    var subs = new ArrayList<Pat>();
    for (int i = 0; i < n; i++) {
      collect(s.elements().get(i), new Access(new GoAst.Index(at.expr(), new GoAst.Lit(Integer.toString(i)))), subs);
    }
    s.rest().ifPresent(r -> {
      Binding b = p.declarations().get(r);
      // The rest has capacity = length, like every sub-slice (brief §22.8).
      var tail = new GoAst.SliceExpr(at.expr(), n == 0 ? Optional.empty() : Optional.of(new GoAst.Lit(Integer.toString(n))),
          Optional.of(len), Optional.of(len));
      bind(b, new Access(tail), subs);
    });
    if (rest && n == 0) {
      out.addAll(subs); // `[..rest]` matches every slice
      return;
    }
    var column = new Column(Kind.SLICE, Optional.empty(), List.of());
    out.add(new Pat.Test(at, column, new Ctor((rest ? "len>=" : "len==") + n, cond, cond, n, rest), subs));
  }

  private void constructor(Pattern pattern, Access at, List<Part> parts, List<Pat> out) {
    Symbol sym = p.resolution(pattern);
    switch (sym) {
      case Symbol.Variant v -> variant(pattern, v, at, parts, out);
      case Symbol.TypeName t -> {
        TypeDecl.Struct s = (TypeDecl.Struct) t.decl();
        for (Part part : parts) {
          TypeDecl.Field f = TypeLowering.field(s, part.field());
          Access child;
          if (s.newtype()) {
            String go = l.types.goType(fieldType(pattern, s, f));
            child = new Access(new GoAst.Call(new GoAst.Ident(go), List.of(at.expr())));
          } else {
            child = new Access(select(at.expr(), TypeLowering.fieldName(s, f)));
          }
          sub(part, child, out);
        }
      }
      default -> throw new IllegalStateException("pattern resolved to " + sym);
    }
  }

  private Type fieldType(Pattern pattern, TypeDecl.Struct s, TypeDecl.Field f) {
    Type t = p.typeOf(pattern);
    return t instanceof Type.Named n ? TypeDecl.substitute(f.type(), s.params(), n.args()) : f.type();
  }

  private void sub(Part part, Access child, List<Pat> out) {
    if (part.pattern() != null) {
      collect(part.pattern(), child, out);
    } else {
      bind(p.declarations().get(part.shorthand()), child, out);
    }
  }

  private void variant(Pattern pattern, Symbol.Variant v, Access at, List<Part> parts, List<Pat> out) {
    TypeDecl.Enum e = v.owner();
    // A received Option (`v, ok := <-ch`): `ok` is its tag, so `Some` is `ok` and `None` is
    // `!ok`, and the payload is `v`; the Option layout (and with it the support package) is not used.
    boolean received = at.expr() instanceof GoAst.Composite c && c.elements().stream()
        .anyMatch(x -> x instanceof GoAst.KeyValue kv && kv.key().equals(RECEIVED_OK));
    TypeLowering.EnumLayout layout = received ? null : l.types.layout(e);
    GoAst.Expr tag = select(at.expr(), received ? RECEIVED_OK : layout.tagField());
    var column = new Column(Kind.ENUM, Optional.of(tag), e.variants().stream().map(TypeDecl.Variant::name).toList());
    GoAst.Expr label = new GoAst.Ident(received ? v.variant().name() : layout.tags().get(v.variant().name()));
    var subs = new ArrayList<Pat>();
    for (Part part : parts) {
      if (received) {
        sub(part, new Access(select(at.expr(), RECEIVED_VALUE)), subs);
        continue;
      }
      int i = part.index() >= 0 ? part.index()
          : v.variant().fields().indexOf(v.variant().field(part.field()).orElseThrow());
      TypeLowering.Payload f = layout.payloads().get(v.variant().name()).get(i);
      GoAst.Expr read = select(at.expr(), f.goName());
      sub(part, new Access(f.pointer() ? new GoAst.Unary("*", read) : read), subs);
    }
    GoAst.Expr cond = !received ? new GoAst.Binary("==", tag, label)
        : v.variant().name().equals("Some") ? tag : new GoAst.Unary("!", tag);
    Ctor ctor = Ctor.of(v.variant().name(), label, cond);
    if (e.variants().size() == 1) {
      out.addAll(subs); // a single-variant enum: nothing to test
      return;
    }
    out.add(new Pat.Test(at, column, ctor, subs));
  }
}

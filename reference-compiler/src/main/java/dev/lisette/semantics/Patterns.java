package dev.lisette.semantics;

import dev.lisette.diagnostics.Diagnostic;
import dev.lisette.diagnostics.Span;
import dev.lisette.semantics.patterns.Constructor;
import dev.lisette.semantics.patterns.Pat;
import dev.lisette.semantics.patterns.Report;
import dev.lisette.semantics.patterns.Row;
import dev.lisette.semantics.patterns.Usefulness;
import dev.lisette.syntax.Ident;
import dev.lisette.syntax.Pattern;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pattern checking (spec patterns.*): the type each pattern matches, what its paths name, the
 * bindings it introduces; refutability, exhaustiveness and redundancy through
 * {@link Usefulness} (Maranget's algorithm) over {@link PatternShapes}.
 */
final class Patterns {
  private final Checker c;
  private final PatternShapes shapes;
  private final Paths paths;
  /** Names bound so far by the pattern being bound (each binds once). */
  private Map<String, Binding> bound = new HashMap<>();
  /** While binding a later or-alternative: the bindings of the first alternative, to reuse. */
  private Optional<Map<String, Binding>> reuse = Optional.empty();

  Patterns(Checker c) {
    this.c = c;
    this.shapes = new PatternShapes(c);
    this.paths = new Paths(c);
  }

  // ---- binding -------------------------------------------------------------------------

  /** Checks a (possibly refutable) pattern against {@code t} and declares its bindings in the current scope. */
  void bind(Pattern p, Type t) {
    bound = new HashMap<>();
    reuse = Optional.empty();
    int before = c.diagnostics.size();
    pattern(p, t, true);
    if (c.diagnostics.size() > before) {
      erroneous.add(p);
    }
  }

  /** Patterns with errors: the analysis would only repeat them. */
  private final java.util.Set<Pattern> erroneous = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** A `let`, parameter or `for` pattern: it must always match (spec patterns.refutability). */
  void bindIrrefutable(Pattern p, Type t, String where) {
    bound = new HashMap<>();
    reuse = Optional.empty();
    if (p instanceof Pattern.Or or) {
      c.error("infer.or_pattern_in_irrefutable", "invalid or-pattern", or.span(),
          "or-patterns are not allowed in " + where, "use `match`, `if let` or `let … else`");
      pattern(or.alternatives().get(0), t, false);
      return;
    }
    int before = c.diagnostics.size();
    pattern(p, t, false);
    if (c.diagnostics.size() == before && !Type.lenient(c.shallow(t)) && !irrefutable(p, t)) {
      if (containsLiteral(p)) {
        c.error("infer.literal_in_binding", "pattern might not match", p.span(),
            "a literal pattern is not allowed in " + where, "use `if` to compare, or `let … else`");
      } else {
        c.error("infer.refutable_pattern", "pattern might not match", p.span(),
            "this pattern does not cover every value of `" + c.resolve(t) + "`",
            "use `match`, `if let` or `let … else { … }`");
      }
    }
  }

  private static boolean containsLiteral(Pattern p) {
    return switch (p) {
      case Pattern.IntLit i -> true;
      case Pattern.StringLit s -> true;
      case Pattern.RuneLit r -> true;
      case Pattern.BoolLit b -> true;
      case Pattern.Paren pa -> containsLiteral(pa.inner());
      case Pattern.Tuple tu -> tu.elements().stream().anyMatch(Patterns::containsLiteral);
      case Pattern.TupleStruct ts -> ts.elements().stream().anyMatch(Patterns::containsLiteral);
      case Pattern.Struct st -> st.fields().stream().anyMatch(f -> f.pattern().map(Patterns::containsLiteral).orElse(false));
      case Pattern.Slice sl -> sl.elements().stream().anyMatch(Patterns::containsLiteral);
      default -> false;
    };
  }

  private void record(Pattern p, Type t) {
    c.patternTypes.put(p, t);
  }

  private void pattern(Pattern p, Type t, boolean orAllowed) {
    record(p, t);
    switch (p) {
      case Pattern.Wildcard w -> { }
      case Pattern.Binding b -> binding(b.name(), p, t);
      case Pattern.Paren pa -> pattern(pa.inner(), t, orAllowed);
      case Pattern.IntLit i -> intLiteral(i, t);
      case Pattern.RuneLit r -> literal(p, t, Type.RUNE, true);
      case Pattern.StringLit s -> literal(p, t, Type.Prim.STRING, false);
      case Pattern.BoolLit b -> literal(p, t, Type.Prim.BOOL, false);
      case Pattern.Unit u -> literal(p, t, Type.Unit.UNIT, false);
      case Pattern.Tuple tu -> tuple(tu, t);
      case Pattern.Slice sl -> slice(sl, t);
      case Pattern.Path pa when valueEnumMember(pa).isPresent() -> {
        // `time.Month.January`: an equality test against the Go constant (spec interop.named-numeric.patterns)
        Symbol.Constant k = valueEnumMember(pa).get();
        c.resolved.put(pa, k);
        literal(p, t, k.type(), false);
      }
      case Pattern.Path pa -> constructor(pa, pa.path(), t, List.of(), false, PatternForm.UNIT);
      case Pattern.TupleStruct ts -> constructor(ts, ts.path(), t, ts.elements(), ts.rest(), PatternForm.TUPLE);
      case Pattern.Struct st -> constructor(st, st.path(), t, List.of(), st.rest(), PatternForm.STRUCT);
      case Pattern.Or or -> or(or, t);
    }
  }

  enum PatternForm { UNIT, TUPLE, STRUCT }

  /** A member of a Go value enum named `pkg.Type.Member`, as the Go constant it stands for. */
  Optional<Symbol.Constant> valueEnumMember(Pattern.Path pa) {
    var path = pa.path();
    if (path.size() != 3 || c.lookupLocal(path.get(0).name()).isPresent()
        || !(c.global(path.get(0).name()) instanceof Symbol.Module m) || !m.exports().go()
        || !(m.exports().types().get(path.get(1).name()) instanceof TypeDecl.ValueEnum v)
        || !v.members().contains(path.get(2).name())) {
      return Optional.empty();
    }
    c.lints.usedImport(m.localName());
    return Optional.ofNullable(m.exports().constants().get(path.get(2).name()));
  }

  /** `Shape.Circle(r)`, `Pt { x, .. }`, `Color.Red`, `None`, `Rgb(r, _, _)` (spec patterns.forms). */
  private void constructor(Pattern p, List<Ident> path, Type t, List<Pattern> elements, boolean rest, PatternForm form) {
    Optional<Symbol> found = paths.lookup(path, p.span(), form != PatternForm.STRUCT);
    if (found.isEmpty()) {
      subErrors(p);
      return;
    }
    Symbol sym = found.get();
    c.resolved.put(p, sym);
    TypeDecl owner = Paths.owner(sym);
    Type s = c.shallow(t);
    List<Type> args;
    if (s instanceof Type.Named n && n.module().equals(owner.module()) && n.name().equals(owner.name())) {
      args = n.args();
    } else {
      args = c.freshArgs(owner);
      Type instance = c.instantiate(owner, args);
      if (!c.unify(t, instance)) {
        c.mismatch(p.span(), t, instance, "this pattern matches `" + owner.name() + "` values");
        subErrors(p);
        return;
      }
    }
    var fields = Paths.fields(sym, args);
    TypeDecl.Shape shape = Paths.shape(sym);
    String name = Paths.display(sym);
    switch (form) {
      case UNIT -> {
        if (shape != TypeDecl.Shape.UNIT && !(shape == TypeDecl.Shape.NAMED && fields.isEmpty())) {
          c.error("infer.arg_count_mismatch", "wrong number of fields", p.span(),
              "`" + name + "` has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s"),
              shape == TypeDecl.Shape.TUPLE ? "write `" + name + "(" + String.join(", ", java.util.Collections.nCopies(fields.size(), "_")) + ")`"
                  : "write `" + name + " { .. }`");
        }
      }
      case TUPLE -> {
        if (shape == TypeDecl.Shape.NAMED) {
          c.error("infer.type_mismatch", "struct pattern expected", p.span(), "`" + name + "` has named fields",
              "write `" + name + " { … }`");
          elements.forEach(e -> sub(e, Type.Error.ERROR));
          return;
        }
        boolean arity = rest ? elements.size() <= fields.size() : elements.size() == fields.size();
        if (shape == TypeDecl.Shape.UNIT) {
          c.error("infer.arg_count_mismatch", "wrong number of fields", p.span(), "`" + name + "` has no payload",
              "write `" + name + "` without parentheses");
          elements.forEach(e -> sub(e, Type.Error.ERROR));
          return;
        }
        if (!arity) {
          c.error("infer.arg_count_mismatch", "wrong number of fields", p.span(),
              "`" + name + "` has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s") + ", this pattern has "
                  + elements.size(), null);
          elements.forEach(e -> sub(e, Type.Error.ERROR));
          return;
        }
        for (int i = 0; i < elements.size(); i++) {
          sub(elements.get(i), i < fields.size() ? fields.get(i).type() : Type.Error.ERROR);
        }
      }
      case STRUCT -> structFields((Pattern.Struct) p, owner, name, fields, shape);
    }
  }

  private void structFields(Pattern.Struct st, TypeDecl owner, String name, List<TypeDecl.Field> fields, TypeDecl.Shape shape) {
    if (shape == TypeDecl.Shape.TUPLE) {
      c.error("infer.type_mismatch", "tuple pattern expected", st.span(), "`" + name + "` has positional fields",
          "write `" + name + "(…)`");
      subErrors(st);
      return;
    }
    var seen = new java.util.HashSet<String>();
    for (Pattern.FieldPattern f : st.fields()) {
      var field = fields.stream().filter(x -> x.name().equals(f.name().name())).findFirst();
      seen.add(f.name().name());
      if (field.isEmpty()) {
        c.error("infer.member_not_found", "field not found", f.name().span(),
            "`" + name + "` has no field `" + f.name().name() + "`", null);
        f.pattern().ifPresentOrElse(x -> sub(x, Type.Error.ERROR), () -> binding(f.name(), f, Type.Error.ERROR));
        continue;
      }
      c.expressions.data().privateField(owner, field.get(), f.name().span(), "match");
      if (f.pattern().isPresent()) {
        sub(f.pattern().get(), field.get().type());
      } else {
        binding(f.name(), f, field.get().type());
      }
    }
    if (!st.rest()) {
      var missing = fields.stream().map(TypeDecl.Field::name).filter(n -> !seen.contains(n)).toList();
      if (!missing.isEmpty()) {
        c.error("infer.pattern_missing_fields", "missing pattern fields", st.span(),
            "`" + String.join("`, `", missing) + "` not listed", "list them, or add `..` to ignore the rest");
      }
    }
  }

  /** Gives the sub-patterns of an unresolved pattern the error type, declaring their names. */
  private void subErrors(Pattern p) {
    switch (p) {
      case Pattern.TupleStruct ts -> ts.elements().forEach(e -> sub(e, Type.Error.ERROR));
      case Pattern.Struct st -> st.fields().forEach(f -> f.pattern().ifPresentOrElse(x -> sub(x, Type.Error.ERROR),
          () -> binding(f.name(), f, Type.Error.ERROR)));
      default -> { }
    }
  }

  void sub(Pattern p, Type t) {
    pattern(p, t, false);
  }

  void binding(Ident name, Object node, Type t) {
    if (bound.containsKey(name.name())) {
      c.error("infer.duplicate_binding_in_pattern", "duplicate binding", name.span(),
          "`" + name.name() + "` is bound more than once in this pattern", "use another name, or `_`");
      return;
    }
    Binding b;
    if (reuse.isPresent() && reuse.get().containsKey(name.name())) {
      b = reuse.get().get(name.name());
      if (!c.unify(b.type(), t)) {
        c.error("infer.or_pattern_type_mismatch", "invalid or-pattern", name.span(),
            "`" + name.name() + "` is `" + c.resolve(t) + "` here but `" + c.resolve(b.type()) + "` in the first alternative",
            "every alternative must bind each name with the same type");
      }
    } else {
      b = c.declare(name.name(), t, false, name.span());
    }
    bound.put(name.name(), b);
    c.declarations.put(node, b);
  }

  private void or(Pattern.Or or, Type t) {
    var first = or.alternatives().get(0);
    var outer = bound;
    pattern(first, t, false);
    Map<String, Binding> firstNames = new HashMap<>(bound);
    for (int i = 1; i < or.alternatives().size(); i++) {
      Pattern alt = or.alternatives().get(i);
      bound = new HashMap<>();
      reuse = Optional.of(firstNames);
      pattern(alt, t, false);
      reuse = Optional.empty();
      if (!bound.keySet().equals(firstNames.keySet())) {
        var missing = new java.util.TreeSet<>(firstNames.keySet());
        missing.removeAll(bound.keySet());
        var extra = new java.util.TreeSet<>(bound.keySet());
        extra.removeAll(firstNames.keySet());
        String what = !missing.isEmpty() ? "`" + missing.first() + "` is not bound in this alternative"
            : "`" + extra.first() + "` is not bound in the first alternative";
        c.error("infer.or_pattern_binding_mismatch", "invalid or-pattern", alt.span(), what,
            "every alternative must bind the same names");
      }
    }
    bound = outer;
    bound.putAll(firstNames);
  }

  private void intLiteral(Pattern.IntLit i, Type t) {
    Type s = c.shallow(t);
    if (s instanceof Type.Var) {
      c.unify(t, Type.Prim.INT);
      s = Type.Prim.INT;
    }
    if (Type.lenient(s)) {
      return;
    }
    if (!Type.isInteger(s)) {
      c.mismatch(i.span(), s, Type.Prim.INT, "an integer pattern matches integers only");
      return;
    }
    BigInteger v = ConstValue.parseInt(i.text());
    if (i.negative()) {
      v = v.negate();
    }
    Type.Prim prim = Type.prim(s);
    if (v.compareTo(ConstValue.min(prim)) < 0 || v.compareTo(ConstValue.max(prim)) > 0) {
      c.error("infer.integer_literal_overflow", "integer literal overflow", i.span(),
          "`" + (i.negative() ? "-" : "") + i.text() + "` does not fit in `" + s + "`", null);
    }
  }

  private void literal(Pattern p, Type t, Type literal, boolean integerAdapts) {
    Type s = c.shallow(t);
    if (integerAdapts && Type.isInteger(s)) {
      return;
    }
    if (!c.unify(t, literal)) {
      c.mismatch(p.span(), t, literal, null);
    }
  }

  private void tuple(Pattern.Tuple tu, Type t) {
    Type s = c.shallow(t);
    if (s instanceof Type.Var) {
      var fresh = new ArrayList<Type>();
      tu.elements().forEach(e -> fresh.add(c.fresh()));
      c.unify(s, new Type.Tuple(fresh));
      s = c.shallow(t);
    }
    if (!(s instanceof Type.Tuple tt)) {
      if (!Type.lenient(s)) {
        c.error("infer.type_mismatch", "mismatched types", tu.span(),
            "expected `" + c.resolve(s) + "`, found a tuple pattern", null);
      }
      tu.elements().forEach(e -> sub(e, Type.Error.ERROR));
      return;
    }
    if (tt.elements().size() != tu.elements().size()) {
      c.error("infer.tuple_element_count_mismatch", "tuple arity mismatch", tu.span(),
          "expected a tuple of " + tt.elements().size() + " elements, found " + tu.elements().size(), null);
      tu.elements().forEach(e -> sub(e, Type.Error.ERROR));
      return;
    }
    for (int i = 0; i < tu.elements().size(); i++) {
      sub(tu.elements().get(i), tt.elements().get(i));
    }
  }

  private void slice(Pattern.Slice sl, Type t) {
    Type s = c.shallow(t);
    if (s instanceof Type.Var) {
      c.unify(s, new Type.Slice(c.fresh()));
      s = c.shallow(t);
    }
    Type element;
    if (s instanceof Type.Slice st) {
      element = st.element();
    } else {
      if (!Type.lenient(s)) {
        c.error("infer.type_mismatch", "mismatched types", sl.span(), "expected `" + c.resolve(s) + "`, found a slice pattern",
            s == Type.Prim.STRING ? "strings cannot be matched by slice patterns; use `s.split(…)` or compare" : null);
      }
      element = Type.Error.ERROR;
      s = Type.Error.ERROR;
    }
    for (Pattern e : sl.elements()) {
      sub(e, element);
    }
    if (sl.rest().isPresent()) {
      var rest = sl.rest().get();
      if (rest.binding().isPresent()) {
        binding(rest.binding().get(), rest, s instanceof Type.Slice ? s : Type.Error.ERROR);
      } else if (sl.elements().isEmpty()) {
        c.add(Diagnostic.warning("lint.rest_only_slice_pattern", "slice pattern matches everything", sl.span(),
            "`[..]` matches every slice").withHelp("use `_`"));
      }
    }
  }

  // ---- analysis ------------------------------------------------------------------------

  boolean irrefutable(Pattern p, Type t) {
    Report r = Usefulness.analyze(List.of(t), List.of(Row.of(abstractPat(p))), shapes);
    return r.exhaustive();
  }

  /** Exhaustiveness and redundancy of `match` arms (spec patterns.exhaustive, patterns.redundant). */
  void analyzeMatch(Span at, Type t, List<Pattern> arms, List<Boolean> guarded) {
    if (Type.lenient(c.shallow(t)) || c.shallow(t) instanceof Type.Var || arms.stream().anyMatch(erroneous::contains)) {
      return;
    }
    var rows = new ArrayList<Row>();
    for (int i = 0; i < arms.size(); i++) {
      rows.add(new Row(List.of(abstractPat(arms.get(i))), guarded.get(i)));
    }
    Report r = Usefulness.analyze(List.of(t), rows, shapes);
    for (var red : r.redundant()) {
      Pattern arm = arms.get(red.arm());
      Span span = arm.span();
      if (red.alternative().isPresent() && unparen(arm) instanceof Pattern.Or or) {
        span = or.alternatives().get(red.alternative().getAsInt()).span();
      }
      c.add(Diagnostic.warning("infer.redundant_arm", "unreachable pattern", span,
          "earlier arms already match every value this matches").withHelp("remove this pattern"));
    }
    if (r.missing().isPresent()) {
      String missing = shapes.pattern(t, r.missing().get().get(0), shapes);
      boolean onlyGuarded = guarded.stream().anyMatch(g -> g);
      String guardNote = onlyGuarded ? " (guarded arms never count: add one without a guard)" : "";
      c.error("infer.non_exhaustive", "`match` is not exhaustive", at, "pattern `" + missing + "` not covered",
          missing.equals("_") ? "add a catch-all arm `_ => …`" + guardNote
              : "add an arm for `" + missing + "`" + guardNote + ", or a catch-all `_ =>`");
    }
  }

  private static Pattern unparen(Pattern p) {
    while (p instanceof Pattern.Paren pa) {
      p = pa.inner();
    }
    return p;
  }

  /** The analysis' view of a checked pattern. */
  Pat abstractPat(Pattern p) {
    return switch (p) {
      case Pattern.Wildcard w -> Pat.WILD;
      case Pattern.Binding b -> Pat.WILD;
      case Pattern.Paren pa -> abstractPat(pa.inner());
      case Pattern.IntLit i -> {
        BigInteger v = ConstValue.parseInt(i.text());
        yield new Pat.Ctor(new Constructor.Literal(i.negative() ? v.negate() : v), List.of());
      }
      case Pattern.RuneLit r -> new Pat.Ctor(new Constructor.Literal(BigInteger.valueOf(r.value())), List.of());
      case Pattern.StringLit s -> new Pat.Ctor(new Constructor.Literal(s.value()), List.of());
      case Pattern.BoolLit b -> new Pat.Ctor(new Constructor.Bool(b.value()), List.of());
      case Pattern.Unit u -> new Pat.Ctor(new Constructor.Product(0), List.of());
      case Pattern.Tuple tu -> new Pat.Ctor(new Constructor.Product(tu.elements().size()),
          tu.elements().stream().map(this::abstractPat).toList());
      case Pattern.Slice sl -> {
        var args = sl.elements().stream().map(this::abstractPat).toList();
        yield new Pat.Ctor(sl.rest().isPresent() ? new Constructor.SliceRest(args.size()) : new Constructor.Slice(args.size()), args);
      }
      case Pattern.Or or -> new Pat.Or(or.alternatives().stream().map(this::abstractPat).toList());
      case Pattern.Path pa when c.resolved.get(pa) instanceof Symbol.Constant k ->
          new Pat.Ctor(new Constructor.Literal(k.module() + "." + k.name()), List.of());
      case Pattern.Path pa -> shapes.constructed(pa, List.of(), Map.of());
      case Pattern.TupleStruct ts -> {
        var positional = new HashMap<String, Pattern>();
        for (int i = 0; i < ts.elements().size(); i++) {
          positional.put(Integer.toString(i), ts.elements().get(i));
        }
        yield shapes.constructed(ts, List.of(), positional);
      }
      case Pattern.Struct st -> {
        var named = new HashMap<String, Pattern>();
        for (var f : st.fields()) {
          named.put(f.name().name(), f.pattern().orElse(new Pattern.Wildcard(f.span())));
        }
        yield shapes.constructed(st, List.of(), named);
      }
    };
  }
}

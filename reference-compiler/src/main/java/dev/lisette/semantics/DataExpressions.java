package dev.lisette.semantics;

import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Ident;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Expressions over data (spec data-types, collections): tuples, slice literals, struct
 * literals, field and tuple-field access, indexing, references and dereferences.
 */
final class DataExpressions {
  private final Checker c;
  private final Expressions x;
  private final Paths paths;

  DataExpressions(Checker c, Expressions x) {
    this.c = c;
    this.x = x;
    this.paths = new Paths(c);
  }

  // ---- tuples and slices ---------------------------------------------------------------

  Type tuple(Expr.Tuple t, Optional<Type> hint) {
    var hints = hint.map(c::shallow).filter(h -> h instanceof Type.Tuple ht && ht.elements().size() == t.elements().size())
        .map(h -> ((Type.Tuple) h).elements());
    var out = new ArrayList<Type>();
    for (int i = 0; i < t.elements().size(); i++) {
      Expr e = t.elements().get(i);
      int k = i;
      Optional<Type> want = hints.map(h -> c.shallow(h.get(k))).filter(h -> !(h instanceof Type.Var));
      if (want.isPresent() && Interfaces.isInterface(c, want.get())) {
        out.add(x.subExpression(e) ? x.coerce(e, want.get()) : Type.Error.ERROR);
        continue;
      }
      out.add(x.subExpression(e) ? x.infer(e, want) : Type.Error.ERROR);
    }
    return new Type.Tuple(out);
  }

  Type tupleField(Expr.TupleField f) {
    Type target = deref(x.infer(f.target(), Optional.empty()));
    if (Type.lenient(target)) {
      return Type.Error.ERROR;
    }
    if (target instanceof Type.Tuple t) {
      if (f.index() < t.elements().size()) {
        return t.elements().get(f.index());
      }
      c.error("infer.member_not_found", "tuple index out of range", f.indexSpan(),
          "`" + c.resolve(t) + "` has " + t.elements().size() + " elements", "indices start at 0");
      return Type.Error.ERROR;
    }
    if (target instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Struct s
        && s.shape() == TypeDecl.Shape.TUPLE) {
      var field = s.field(Integer.toString(f.index()));
      if (field.isPresent()) {
        return TypeDecl.substitute(field.get().type(), s.params(), n.args());
      }
      c.error("infer.member_not_found", "field not found", f.indexSpan(),
          "`" + s.name() + "` has " + s.fields().size() + " field" + (s.fields().size() == 1 ? "" : "s"), null);
      return Type.Error.ERROR;
    }
    c.error("infer.member_not_found", "field not found", f.indexSpan(),
        "`" + c.resolve(target) + "` has no field `" + f.index() + "`", null);
    return Type.Error.ERROR;
  }

  /** `[a, b]`: elements adapt to an expected element type (spec slices.literal). */
  Type sliceLit(Expr.SliceLit s, Optional<Type> hint) {
    Optional<Type> element = hint.map(c::shallow).filter(h -> h instanceof Type.Slice).map(h -> ((Type.Slice) h).element());
    Type elem = element.orElseGet(c::fresh);
    for (Expr e : s.elements()) {
      if (!x.subExpression(e)) {
        continue;
      }
      Type known = c.shallow(elem);
      if (Interfaces.isInterface(c, known)) {
        x.coerce(e, known);
        continue;
      }
      Type t = x.infer(e, known instanceof Type.Var ? Optional.empty() : Optional.of(known));
      if (!c.unify(elem, t)) {
        c.mismatch(e.span(), elem, t, "all elements of a slice have one type");
      }
    }
    return new Type.Slice(elem);
  }

  // ---- struct literals -----------------------------------------------------------------

  Type structLit(Expr.StructLit s, Optional<Type> hint) {
    Optional<Symbol> found = paths.lookup(s.path(), s.path().get(s.path().size() - 1).span());
    if (found.isEmpty()) {
      s.fields().forEach(f -> f.value().ifPresent(v -> x.infer(v, Optional.empty())));
      s.spread().ifPresent(v -> x.infer(v, Optional.empty()));
      return Type.Error.ERROR;
    }
    Symbol sym = found.get();
    TypeDecl owner = Paths.owner(sym);
    String name = Paths.display(sym);
    if (Paths.shape(sym) != TypeDecl.Shape.NAMED && !(Paths.shape(sym) == TypeDecl.Shape.UNIT && s.fields().isEmpty())) {
      c.error("infer.type_mismatch", "not a struct with named fields", s.span(),
          "`" + name + "` has positional fields", "construct it with `" + name + "(…)`");
      return Type.Error.ERROR;
    }
    c.resolved.put(s, sym);
    List<Type> args = c.freshArgs(owner);
    Type instance = c.instantiate(owner, args);
    hint.ifPresent(h -> c.interfaces.expect(instance, h));
    var fields = Paths.fields(sym, args);
    var given = new HashSet<String>();
    boolean unknown = false;
    for (Expr.FieldInit init : s.fields()) {
      String fname = init.name().name();
      var field = fields.stream().filter(f -> f.name().equals(fname)).findFirst();
      if (!given.add(fname)) {
        c.error("parse.duplicate_struct_field", "duplicate field", init.name().span(), "`" + fname + "` is set twice", null);
      }
      if (field.isEmpty()) {
        String help = fields.stream().map(TypeDecl.Field::name).filter(n -> Expressions.editDistance(n, fname) <= 2)
            .findFirst().map(n -> "did you mean `" + n + "`?").orElse(null);
        c.error("infer.member_not_found", "field not found", init.name().span(),
            "`" + name + "` has no field `" + fname + "`", help);
        init.value().ifPresent(v -> x.infer(v, Optional.empty()));
        unknown = true;
        continue;
      }
      privateField(owner, field.get(), init.name().span(), "set");
      if (init.value().isPresent()) {
        if (x.subExpression(init.value().get())) {
          x.argument(init.value().get(), field.get().type());
        }
      } else {
        shorthand(init, field.get().type());
      }
    }
    if (s.spread().isPresent()) {
      Expr spread = s.spread().get();
      if (sym instanceof Symbol.Variant) {
        c.error("infer.type_mismatch", "spread of an enum variant", spread.span(), "`..` only works for structs", null);
      } else if (x.subExpression(spread)) {
        x.coerce(spread, instance);
        var hidden = fields.stream().filter(f -> !f.pub() && !given.contains(f.name())).findFirst();
        if (c.foreign(owner) && hidden.isPresent()) {
          c.error("resolve.private_field_spread", "private field", spread.span(),
              "`..` would copy the private field `" + hidden.get().name() + "` of `" + owner.name() + "`",
              "construct it with a `pub` function of module `" + owner.module() + "`");
        }
      }
    } else {
      var missing = fields.stream().map(TypeDecl.Field::name).filter(n -> !given.contains(n)).toList();
      if (!missing.isEmpty() && !unknown) {
        c.error("infer.missing_struct_fields", "struct `" + name + "` is missing fields", s.span(),
            "missing `" + String.join("`, `", missing) + "`", "set every field, or copy the rest with `..other`");
      }
    }
    return instance;
  }

  /** `Point { x, y }`: the field takes the variable of the same name. */
  private void shorthand(Expr.FieldInit init, Type fieldType) {
    Ident n = init.name();
    Optional<Binding> b = c.lookupLocal(n.name());
    if (b.isEmpty()) {
      c.error("resolve.name_not_found", "name not found", n.span(), "no variable `" + n.name() + "` in scope",
          "write `" + n.name() + ": value`");
      return;
    }
    c.read.add(b.get().id());
    c.resolved.put(init, new Symbol.Local(b.get()));
    if (!c.unify(b.get().type(), fieldType)) {
      c.mismatch(n.span(), fieldType, b.get().type(), null);
    }
  }

  // ---- fields --------------------------------------------------------------------------

  /** Looks through `Ref`s (field access and method calls dereference automatically). */
  Type deref(Type t) {
    Type s = c.shallow(t);
    while (s instanceof Type.Ref r) {
      s = c.shallow(r.target());
    }
    return s;
  }

  /** `value.field` on a struct (the member is not a method: calls go through {@link Calls}). */
  /**
   * `p.area` without a call: a function value bound to `p` (spec closures.method-value). A
   * `Ref` receiver needs a reference or a mutable variable; generic methods and associated
   * functions are not values.
   */
  private Type methodValue(Expr.Field f, TypeDecl owner, TypeDecl.Method m, Type.Named recv, boolean viaRef) {
    int implParams = owner.params().size();
    String problem = m.receiver() == TypeDecl.Receiver.NONE ? "`" + m.name() + "` is an associated function"
        : m.params().size() > implParams ? "`" + m.name() + "` is generic"
        : m.receiver() == TypeDecl.Receiver.REF && !viaRef && !(addressable(f.target(), false)
            && x.mutableRoot(Expressions.unparen(f.target()), "take its method `" + m.name() + "` as a value")) ? "" : null;
    if (problem != null) {
      if (!problem.isEmpty()) {
        c.error("infer.native_method_value", "method used as a value", f.name().span(), problem,
            "call it, or wrap it in a lambda: `|…| value." + m.name() + "(…)`");
      }
      return Type.Error.ERROR;
    }
    if (c.foreign(owner) && !m.pub()) {
      c.error("resolve.private_item", "private method", f.name().span(),
          "`" + m.name() + "` is private to module `" + owner.module() + "`", "mark it `pub fn " + m.name() + "`");
    }
    c.members.put(f, new Symbol.Method(m, false));
    return TypeDecl.substitute(m.signature(), m.params(), recv.args());
  }

  Type valueField(Expr.Field f, Type targetType) {
    Type target = deref(targetType);
    String name = f.name().name();
    if (Type.lenient(target)) {
      return Type.Error.ERROR;
    }
    if (target instanceof Type.Var) {
      c.error("infer.type_not_inferred", "type annotations needed", f.target().span(),
          "the type of this value must be known to access `." + name + "`", "annotate the binding's type");
      return Type.Error.ERROR;
    }
    for (Type.Named iface : c.interfaces.interfacesOf(target)) {
      var found = c.interfaces.lookup(iface, name);
      if (found.isPresent() && c.shallow(targetType) == target) {
        // `shape.area` without a call: a method value bound to the interface value.
        c.members.put(f, new Symbol.InterfaceMethod(found.get().owner(), found.get().method()));
        return found.get().signature();
      }
    }
    if (target instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Struct s) {
      var field = s.field(name);
      if (field.isPresent() && s.shape() == TypeDecl.Shape.NAMED) {
        privateField(s, field.get(), f.name().span(), "read");
        c.members.put(f, new Symbol.Field(s, field.get()));
        return TypeDecl.substitute(field.get().type(), s.params(), n.args());
      }
      if (c.typeDecls.get(n.key()) != null && c.method(s, name).isPresent()) {
        return methodValue(f, s, c.method(s, name).get(), n, c.shallow(targetType) instanceof Type.Ref);
      }
      String help = s.fields().stream().map(TypeDecl.Field::name).filter(k -> Expressions.editDistance(k, name) <= 2)
          .findFirst().map(k -> "did you mean `" + k + "`?").orElse(null);
      c.error("infer.member_not_found", "field not found", f.name().span(),
          "`" + s.name() + "` has no field `" + name + "`", help);
      return Type.Error.ERROR;
    }
    var owner = Natives.owner(target);
    if (owner.isPresent() && Natives.method(owner.get().name(), name).isPresent()) {
      c.error("infer.native_method_value", "cannot use native method as a value", f.span(),
          "`" + name + "` is a method of `" + owner.get().name() + "`", "call it, or wrap it in a lambda: `|| xs." + name + "()`");
      return Type.Error.ERROR;
    }
    c.error("infer.member_not_found", "member not found", f.name().span(),
        "`" + c.resolve(target) + "` has no field `" + name + "`", null);
    return Type.Error.ERROR;
  }

  /** A field that is not `pub`, used from another module (spec projects.visibility.fields). */
  void privateField(TypeDecl owner, TypeDecl.Field field, dev.lisette.diagnostics.Span at, String use) {
    if (c.foreign(owner) && !field.pub()) {
      c.error("resolve.private_field", "private field", at,
          "field `" + field.name() + "` of `" + owner.name() + "` is private to module `" + owner.module() + "`",
          "mark it `pub " + field.name() + "` to " + use + " it from other modules");
    }
  }

  // ---- indexing ------------------------------------------------------------------------

  Type index(Expr.Index i) {
    Type target = c.shallow(x.infer(i.target(), Optional.empty()));
    Expr index = Expressions.unparen(i.index());
    if (target instanceof Type.Ref r) {
      target = c.shallow(r.target());
    }
    if (Type.lenient(target)) {
      if (!(index instanceof Expr.Range)) {
        x.infer(i.index(), Optional.empty());
      }
      return Type.Error.ERROR;
    }
    if (index instanceof Expr.Range r) {
      rangeBounds(r, i.index());
      if (target instanceof Type.Slice || target == Type.Prim.STRING) {
        return target;
      }
      c.error("infer.range_index_not_slice", "mismatched types", i.target().span(),
          "`" + c.resolve(target) + "` cannot be sliced", "only slices and strings can be sliced with a range");
      return Type.Error.ERROR;
    }
    switch (target) {
      case Type.Slice s -> {
        integerIndex(i.index());
        return s.element();
      }
      case Type.MapOf m -> {
        if (x.subExpression(i.index())) {
          x.argument(i.index(), m.key());
        }
        return m.value();
      }
      default -> {
        x.infer(i.index(), Optional.empty());
        if (target == Type.Prim.STRING) {
          c.error("infer.string_not_indexable", "cannot index into `string`", i.span(),
              "strings are not indexable by position", "use `s.byte_at(i)`, `s.rune_at(i)` or a range `s[a..b]`");
        } else {
          c.error("infer.not_indexable", "not indexable", i.target().span(), "`" + c.resolve(target) + "` cannot be indexed", null);
        }
        return Type.Error.ERROR;
      }
    }
  }

  private void integerIndex(Expr e) {
    if (!x.subExpression(e)) {
      return;
    }
    Type t = c.shallow(x.infer(e, Optional.of(Type.Prim.INT)));
    if (!Type.lenient(t) && !c.unify(t, Type.Prim.INT)) {
      c.error("infer.slice_index_type_mismatch", "mismatched types", e.span(), "expected an `int` index, found `"
          + c.resolve(t) + "`", null);
    }
  }

  private void rangeBounds(Expr.Range r, Expr recordAlso) {
    r.start().ifPresent(this::integerIndex);
    r.end().ifPresent(this::integerIndex);
    c.types.put(r, Type.Prim.INT);
    c.types.put(recordAlso, Type.Prim.INT);
  }

  // ---- references ----------------------------------------------------------------------

  /** `&e` (spec references.address). */
  Type reference(Expr.Unary u) {
    Expr operand = Expressions.unparen(u.operand());
    Type t = x.infer(u.operand(), Optional.empty());
    if (Type.lenient(c.shallow(t))) {
      return Type.Error.ERROR;
    }
    if (!addressable(operand, true)) {
      c.error("infer.non_addressable_expression", "non-addressable expression", u.operand().span(),
          "cannot take a reference to this value", "store it in a `let` binding first, then take `&binding`");
      return Type.Error.ERROR;
    }
    if (operand instanceof Expr.TupleField tf && deref(x.typeOf(tf.target())) instanceof Type.Named n
        && c.typeDecls.get(n.key()) instanceof TypeDecl.Struct s && s.newtype()) {
      c.error("infer.reference_through_newtype", "cannot take reference through newtype boundary", u.span(),
          "`" + s.name() + "` is its value", "take `&` of the whole value");
      return Type.Error.ERROR;
    }
    return new Type.Ref(t);
  }


  /** Variables, fields and elements of addressable values, dereferences, and (at the top) call results. */
  boolean addressable(Expr e, boolean top) {
    return switch (Expressions.unparen(e)) {
      case Expr.Name n -> c.names.get(n) instanceof Symbol.Local;
      case Expr.Field f -> c.members.get(f) instanceof Symbol.Field
          && (deref(x.typeOf(f.target())) != c.shallow(x.typeOf(f.target())) || addressable(f.target(), false));
      case Expr.TupleField f -> addressable(f.target(), false) || c.shallow(x.typeOf(f.target())) instanceof Type.Ref;
      case Expr.Index i -> c.shallow(x.typeOf(i.target())) instanceof Type.Slice
          && !(Expressions.unparen(i.index()) instanceof Expr.Range);
      case Expr.Deref d -> true;
      case Expr.Call call -> top;
      case Expr.StructLit s -> top;
      default -> false;
    };
  }

  /** `r.*` (spec references.deref). */
  Type derefExpr(Expr.Deref d) {
    Type t = c.shallow(x.infer(d.target(), Optional.empty()));
    if (Type.lenient(t)) {
      return Type.Error.ERROR;
    }
    if (t instanceof Type.Ref r) {
      return r.target();
    }
    c.error("infer.type_mismatch", "cannot dereference", d.span(), "`" + c.resolve(t) + "` is not a `Ref`",
        "only references can be dereferenced with `.*`");
    return Type.Error.ERROR;
  }
}

package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.semantics.TypeDecl;
import dev.lisette.syntax.Expr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Values of structs, enums and tuples: composite literals (`Point{x: 1, y: 2}`,
 * `Shape{Tag: ShapeCircle, Circle: 1.5}`, `lisette.Tuple2[int, string]{First: 1, Second: "a"}`),
 * the prelude constructors (`lisette.MakeOptionSome[int](3)`), conversions for one-field tuple
 * structs, and reading tuple and tuple-struct fields.
 */
final class DataLowering {
  static final List<String> ORDINALS = List.of("First", "Second", "Third", "Fourth", "Fifth");

  private final Lowering l;
  private final CheckedProgram p;

  DataLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  GoAst.Expr tuple(Type t, List<GoAst.Expr> elements) {
    var kvs = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < elements.size(); i++) {
      kvs.add(new GoAst.KeyValue(ORDINALS.get(i), elements.get(i)));
    }
    return new GoAst.Composite(l.types.goType(TypeLowering.deref(t)), kvs);
  }

  boolean isNewtype(Type t) {
    TypeDecl.Struct s = l.types.structOf(t);
    return s != null && s.newtype();
  }

  /** `t.0`: `.First` of a tuple, `.F0` of a tuple struct, a conversion of a one-field tuple struct. */
  GoAst.Expr tupleField(Expr.TupleField t) {
    Type targetType = p.typeOf(t.target());
    Type base = TypeLowering.deref(targetType);
    Expr target = Lowering.unparen(t.target());
    GoAst.Expr x = target instanceof Expr.Deref d ? l.exprs.value(d.target()) : l.exprs.value(target);
    if (base instanceof Type.Tuple) {
      return new GoAst.Selector(x, ORDINALS.get(t.index()));
    }
    TypeDecl.Struct s = l.types.structOf(base);
    if (s != null && s.newtype()) {
      GoAst.Expr v = targetType instanceof Type.Ref ? ExprLowering.deref(x) : x;
      return new GoAst.Call(new GoAst.Ident(l.types.goType(p.typeOf(t))), List.of(v));
    }
    return new GoAst.Selector(x, "F" + t.index());
  }

  /** A pointer to a copy of {@code v}: `&T{…}` for a composite literal, `lisette.Ptr(v)` otherwise. */
  private GoAst.Expr ptr(GoAst.Expr v) {
    if (v instanceof GoAst.Composite) {
      return new GoAst.Unary("&", v);
    }
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(l.imports.prelude()), "Ptr"), List.of(v));
  }

  /** A variant with its payload: a prelude constructor or a composite literal with the tag. */
  GoAst.Expr construct(Symbol.Variant v, Type type, List<GoAst.Expr> payload) {
    Type.Named n = (Type.Named) TypeLowering.deref(type);
    TypeDecl.Enum e = v.owner();
    if (e.module().equals(Type.PRELUDE)) {
      String fn = l.imports.prelude() + ".Make" + e.name() + v.variant().name() + l.types.typeArgs(n.args());
      return new GoAst.Call(new GoAst.Ident(fn), payload);
    }
    TypeLowering.EnumLayout layout = l.types.layout(e);
    var elements = new ArrayList<GoAst.Expr>();
    elements.add(new GoAst.KeyValue(layout.tagField(), new GoAst.Ident(layout.tags().get(v.variant().name()))));
    List<TypeLowering.Payload> fields = layout.payloads().get(v.variant().name());
    for (int i = 0; i < payload.size(); i++) {
      TypeLowering.Payload f = fields.get(i);
      elements.add(new GoAst.KeyValue(f.goName(), f.pointer() ? ptr(payload.get(i)) : payload.get(i)));
    }
    return new GoAst.Composite(l.types.goType(n), elements);
  }

  /** A variant named without a call: a unit variant's value, or a tuple variant's constructor as a function. */
  GoAst.Expr variantValue(Symbol.Variant v, Type t) {
    if (!(t instanceof Type.Fn fn)) {
      return construct(v, t, List.of());
    }
    Type.Named n = (Type.Named) fn.result();
    if (v.owner().module().equals(Type.PRELUDE)) {
      return new GoAst.Ident(l.imports.prelude() + ".Make" + v.owner().name() + v.variant().name()
          + l.types.typeArgs(n.args()));
    }
    var params = new ArrayList<GoAst.Param>();
    var args = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < fn.params().size(); i++) {
      params.add(new GoAst.Param("v" + i, l.types.goType(fn.params().get(i))));
      args.add(new GoAst.Ident("v" + i));
    }
    return new GoAst.FuncLit(params, Optional.of(l.types.goType(n)),
        List.of(new GoAst.Return(Optional.of(construct(v, n, args)))));
  }

  /** `Rgb(1, 2, 3)`: a tuple struct (a conversion for a one-field one). */
  GoAst.Expr tupleStruct(Symbol.TypeName t, Type type, List<GoAst.Expr> args) {
    TypeDecl.Struct s = (TypeDecl.Struct) t.decl();
    String go = l.types.goType(type);
    if (s.newtype()) {
      if (GoInterop.isGo(s.module())) {
        // `fstest.MapFS(files)`: the value converted to Go's view of the field's type
        return new GoAst.Call(new GoAst.Ident(go), List.of(l.interop.argument(args.get(0), s.fields().get(0).type())));
      }
      return new GoAst.Call(new GoAst.Ident(go), args);
    }
    var elements = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < args.size(); i++) {
      elements.add(new GoAst.KeyValue("F" + i, args.get(i)));
    }
    return new GoAst.Composite(go, elements);
  }

  /** `Point { x: 1, y }`, `Ev.Resized { w: 3, h: 4 }`, `Point { x: 0, ..old }` (fields in written order). */
  GoAst.Expr structLit(Expr.StructLit s) {
    Symbol r = p.resolution(s);
    Type t = p.typeOf(s);
    if (r instanceof Symbol.Variant v) {
      TypeLowering.EnumLayout layout = l.types.layout(v.owner());
      List<TypeLowering.Payload> fields = layout.payloads().get(v.variant().name());
      var elements = new ArrayList<GoAst.Expr>();
      elements.add(new GoAst.KeyValue(layout.tagField(), new GoAst.Ident(layout.tags().get(v.variant().name()))));
      for (Expr.FieldInit init : s.fields()) {
        int i = v.variant().fields().indexOf(v.variant().field(init.name().name()).orElseThrow());
        TypeLowering.Payload f = fields.get(i);
        GoAst.Expr value = fieldValue(init);
        elements.add(new GoAst.KeyValue(f.goName(), f.pointer() ? ptr(value) : value));
      }
      return new GoAst.Composite(l.types.goType(t), elements);
    }
    TypeDecl.Struct st = (TypeDecl.Struct) ((Symbol.TypeName) r).decl();
    var elements = new ArrayList<GoAst.Expr>();
    Set<String> given = new HashSet<>();
    boolean hoist = s.spread().isPresent() && !l.exprs.pure(s.spread().get());
    for (Expr.FieldInit init : s.fields()) {
      given.add(init.name().name());
      GoAst.Expr value = fieldValue(init);
      if (GoInterop.isGo(st.module())) {
        value = l.interop.argument(value, TypeLowering.field(st, init.name().name()).type()); // `None` is nil
      }
      if (hoist && init.value().isPresent() && !l.exprs.pure(init.value().get())) {
        // The base is evaluated after the fields: keep that order through temporaries.
        String tmp = l.fresh(init.name().name());
        l.sink.add(new GoAst.Define(List.of(tmp), List.of(value)));
        value = new GoAst.Ident(tmp);
      }
      elements.add(new GoAst.KeyValue(TypeLowering.fieldName(st, TypeLowering.field(st, init.name().name())), value));
    }
    if (s.spread().isPresent()) {
      GoAst.Expr base = l.exprs.value(s.spread().get());
      if (hoist) {
        String tmp = l.fresh("base");
        l.sink.add(new GoAst.Define(List.of(tmp), List.of(base)));
        base = new GoAst.Ident(tmp);
      }
      for (TypeDecl.Field f : st.fields()) {
        if (!given.contains(f.name())) {
          String go = TypeLowering.fieldName(st, f);
          elements.add(new GoAst.KeyValue(go, new GoAst.Selector(base, go)));
        }
      }
    }
    return new GoAst.Composite(l.types.goType(t), elements);
  }

  private GoAst.Expr fieldValue(Expr.FieldInit init) {
    if (init.value().isPresent()) {
      return l.exprs.value(init.value().get());
    }
    Symbol local = p.resolution(init);
    if (local instanceof Symbol.Local loc) {
      return new GoAst.Ident(l.goName(loc.binding()));
    }
    throw new IllegalStateException("shorthand field " + init.name().name() + " resolved to " + local);
  }
}

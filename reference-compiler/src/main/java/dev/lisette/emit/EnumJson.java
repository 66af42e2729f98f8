package dev.lisette.emit;

import dev.lisette.semantics.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `MarshalJSON`/`UnmarshalJSON` of an enum declared with `#[json]` (spec attributes.enum-json):
 * a unit variant is its name, a variant with a payload `{"Variant": payload}`; the support
 * package does the encoding (`lisette.MarshalTupleVariant`, …).
 */
final class EnumJson {
  private EnumJson() {}

  static List<GoAst.Decl> methods(TypeDecl.Enum e, TypeLowering.EnumLayout layout, String self, String prelude,
      TypeLowering types) {
    return List.of(marshal(e, layout, self, prelude), unmarshal(e, layout, self, prelude, types));
  }

  private static GoAst.Expr call(String prelude, String fn, List<GoAst.Expr> args) {
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(prelude), fn), args);
  }

  private static GoAst.Lit str(String s) {
    return new GoAst.Lit("\"" + s + "\"");
  }

  private static GoAst.Expr names(TypeDecl.Variant v) {
    return new GoAst.Composite("[]string", v.fields().stream().map(f -> (GoAst.Expr) str(f.name())).toList());
  }

  private static GoAst.Decl marshal(TypeDecl.Enum e, TypeLowering.EnumLayout layout, String self, String prelude) {
    GoAst.Ident v = new GoAst.Ident("v");
    var cases = new ArrayList<GoAst.Case>();
    GoAst.Stmt last = null;
    for (int i = 0; i < e.variants().size(); i++) {
      TypeDecl.Variant variant = e.variants().get(i);
      var args = new ArrayList<GoAst.Expr>();
      args.add(str(variant.name()));
      String fn = switch (variant.shape()) {
        case UNIT -> "MarshalUnitVariant";
        case TUPLE -> "MarshalTupleVariant";
        case NAMED -> {
          args.add(names(variant));
          yield "MarshalStructVariant";
        }
      };
      for (TypeLowering.Payload p : layout.payloads().get(variant.name())) {
        args.add(new GoAst.Selector(v, p.goName()));
      }
      GoAst.Stmt ret = new GoAst.Return(Optional.of(call(prelude, fn, args)));
      if (i + 1 < e.variants().size()) {
        cases.add(new GoAst.Case(List.of(new GoAst.Ident(layout.tags().get(variant.name()))), List.of(ret)));
      } else {
        last = ret;
      }
    }
    var body = new ArrayList<GoAst.Stmt>();
    if (!cases.isEmpty()) {
      body.add(new GoAst.Switch(Optional.of(new GoAst.Selector(v, layout.tagField())), cases));
    }
    body.add(last);
    return new GoAst.Func(Optional.of(new GoAst.Param("v", self)), "MarshalJSON", "", List.of(),
        Optional.of("([]byte, error)"), body);
  }

  private static GoAst.Decl unmarshal(TypeDecl.Enum e, TypeLowering.EnumLayout layout, String self, String prelude,
      TypeLowering types) {
    GoAst.Ident err = new GoAst.Ident("err");
    GoAst.Ident payload = new GoAst.Ident("payload");
    GoAst.Stmt checkErr = new GoAst.If(new GoAst.Binary("!=", err, new GoAst.Ident("nil")),
        List.of(new GoAst.Return(Optional.of(err))), Optional.empty());
    var body = new ArrayList<GoAst.Stmt>();
    body.add(new GoAst.Define(List.of("name", "payload", "err"),
        List.of(call(prelude, "UnmarshalVariant", List.of(new GoAst.Ident("data"))))));
    body.add(checkErr);
    var cases = new ArrayList<GoAst.Case>();
    for (TypeDecl.Variant variant : e.variants()) {
      var stmts = new ArrayList<GoAst.Stmt>();
      List<TypeLowering.Payload> payloads = layout.payloads().get(variant.name());
      var args = new ArrayList<GoAst.Expr>();
      args.add(str(variant.name()));
      args.add(payload);
      if (variant.shape() == TypeDecl.Shape.NAMED) {
        args.add(names(variant));
      }
      var elements = new ArrayList<GoAst.Expr>();
      elements.add(new GoAst.KeyValue(layout.tagField(), new GoAst.Ident(layout.tags().get(variant.name()))));
      for (int j = 0; j < payloads.size(); j++) {
        TypeLowering.Payload p = payloads.get(j);
        String local = "p" + j;
        stmts.add(new GoAst.Var(local, (p.pointer() ? "*" : "") + types.goType(p.type()), Optional.empty()));
        args.add(new GoAst.Unary("&", new GoAst.Ident(local)));
        elements.add(new GoAst.KeyValue(p.goName(), new GoAst.Ident(local)));
      }
      String fn = variant.shape() == TypeDecl.Shape.NAMED ? "UnmarshalStructPayload" : "UnmarshalTuplePayload";
      stmts.add(new GoAst.Assign(err, "=", call(prelude, fn, args)));
      stmts.add(checkErr);
      stmts.add(new GoAst.Assign(new GoAst.Unary("*", new GoAst.Ident("v")), "=", new GoAst.Composite(self, elements)));
      stmts.add(new GoAst.Return(Optional.of(new GoAst.Ident("nil"))));
      cases.add(new GoAst.Case(List.of(str(variant.name())), stmts));
    }
    if (!cases.isEmpty()) {
      body.add(new GoAst.Switch(Optional.of(new GoAst.Ident("name")), cases));
    }
    body.add(new GoAst.Return(Optional.of(call(prelude, "UnknownVariant", List.of(str(e.name()),
        new GoAst.Ident("name"))))));
    return new GoAst.Func(Optional.of(new GoAst.Param("v", "*" + self)), "UnmarshalJSON", "",
        List.of(new GoAst.Param("data", "[]byte")), Optional.of("error"), body);
  }
}
